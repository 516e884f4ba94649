"use server";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { publicAction, signedInAction } from "@/lib/actions/client";
import { getAuth, isSecureRequest } from "@/lib/auth/server";
import { assertSignInAllowed, clearFailedSignIns, clientAddress, recordFailedSignIn } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import { acceptInvitationSchema, returnPathSchema, signInSchema } from "@/lib/users/schema";
import { acceptInvitation, endSessions } from "@/lib/users/mutations";

/** Signing in: throttled per account and per address, then better-auth sets the session cookie. */
export const signInAction = publicAction(
  "session.signIn",
  signInSchema,
  async (_tx, input, { db }) => {
    const requestHeaders = await headers();
    const address = clientAddress(requestHeaders);
    await assertSignInAllowed(db, input.email, address);
    const auth = await getAuth({ secure: isSecureRequest(requestHeaders) }, db);
    try {
      await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: requestHeaders });
    } catch (error) {
      if (!isAPIError(error)) throw error;
      if (error.body?.code === "BANNED_USER") throw new AppError("FORBIDDEN", error.message);
      await recordFailedSignIn(db, input.email, address);
      throw new AppError("INVALID", "Wrong e-mail address or password.", {
        fieldErrors: { password: ["Wrong e-mail address or password."] },
      });
    }
    await clearFailedSignIns(db, input.email);
    return { next: input.next };
  },
  { transactional: false, redirectTo: (data) => data.next },
);

/** Signing out of this browser. */
export const signOutAction = signedInAction(
  "session.signOut",
  z.object({ next: returnPathSchema }),
  async () => {
    const requestHeaders = await headers();
    const auth = await getAuth({ secure: isSecureRequest(requestHeaders) });
    await auth.api.signOut({ headers: requestHeaders });
    return { next: "/" };
  },
  { transactional: false, redirectTo: (data) => data.next },
);

/** Signing out everywhere: every session of this account ends, on every device. */
export const signOutEverywhereAction = signedInAction(
  "session.signOutEverywhere",
  z.object({}),
  async (tx, _input, { user }) => {
    const ended = await endSessions(tx, user.id);
    return { ended };
  },
  { redirectTo: () => "/sign-in?signedOut=everywhere" },
);

/** Creating an account from an invitation or the first-run setup link. */
export const acceptInvitationAction = publicAction(
  "invitation.accept",
  acceptInvitationSchema,
  async (tx, input, { audit }) => acceptInvitation(tx, input, audit),
  { redirectTo: (data) => `/sign-in?created=1&email=${encodeURIComponent(data.email)}` },
);
