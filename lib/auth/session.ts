import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth, isSecureRequest } from "@/lib/auth/server";
import type { CurrentUser } from "@/lib/auth/roles";
import { roleSchema } from "@/lib/domain/enums";

/**
 * The signed-in user of this request, or null: read once per request from the session cookie
 * and the Session table (so a deactivated user or a revoked session is out at once, on every
 * app process). Pages never extend the session (they cannot set cookies); actions do.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  const auth = await getAuth({ secure: isSecureRequest(requestHeaders) });
  const session = await auth.api.getSession({
    headers: requestHeaders,
    query: { disableCookieCache: true, disableRefresh: true },
  });
  if (!session || session.user.banned) return null;
  const role = roleSchema.safeParse(session.user.role);
  if (!role.success) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email, role: role.data };
});
