import { createAuditRecorder } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { createUser } from "@/lib/users/mutations";

export const TEST_PASSWORD = "correct horse battery";

export type Caller = "signedOut" | "viewer" | "editor" | "otherEditor" | "admin";
export const CALLERS: readonly Caller[] = ["signedOut", "viewer", "editor", "otherEditor", "admin"];

const ROLE_OF: Record<Exclude<Caller, "signedOut">, Role> = {
  viewer: "VIEWER",
  editor: "EDITOR",
  otherEditor: "EDITOR",
  admin: "ADMIN",
};

/** One account per kind of caller, created through the app's own mutation (real password hashes). */
export async function createCallers(db: Db, suffix = ""): Promise<Record<Caller, CurrentUser | null>> {
  const users: Record<Caller, CurrentUser | null> = { signedOut: null, viewer: null, editor: null, otherEditor: null, admin: null };
  for (const caller of CALLERS) {
    if (caller === "signedOut") continue;
    const role = ROLE_OF[caller];
    const email = `${caller.toLowerCase()}${suffix}@claimline.test`;
    const user = await db.$transaction((tx) =>
      createUser(tx, { email, name: `Test ${caller}${suffix}`, role, password: TEST_PASSWORD }, createAuditRecorder(tx, { userId: null, action: "test.setup" })),
    );
    users[caller] = { id: user.id, name: user.name, email, role };
  }
  return users;
}
