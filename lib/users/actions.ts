"use server";
import { headers } from "next/headers";
import { adminAction } from "@/lib/actions/client";
import { appBaseUrl, invitationPath } from "@/lib/auth/setup";
import { changeRoleSchema, createInvitationSchema, userIdSchema } from "@/lib/users/schema";
import { changeRole, createInvitation, setActive } from "@/lib/users/mutations";

/** The address this request reached the app at, for links an admin copies. */
async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  if (process.env.CLAIMLINE_PUBLIC_URL || !host) return appBaseUrl();
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${protocol}://${host}`;
}

export const createInvitationAction = adminAction("invitation.create", createInvitationSchema, async (tx, input, { user, audit }) => {
  const { token, expiresAt } = await createInvitation(tx, input, user, audit);
  return { link: `${await requestOrigin()}${invitationPath(token)}`, role: input.role, expiresAt: expiresAt?.toISOString() ?? null };
});

export const changeRoleAction = adminAction("user.changeRole", changeRoleSchema, async (tx, input, { audit }) =>
  changeRole(tx, input, audit),
);

export const deactivateUserAction = adminAction("user.deactivate", userIdSchema, async (tx, input, { user, audit }) =>
  setActive(tx, { userId: input.userId, active: false }, user, audit),
);

export const reactivateUserAction = adminAction("user.reactivate", userIdSchema, async (tx, input, { user, audit }) =>
  setActive(tx, { userId: input.userId, active: true }, user, audit),
);
