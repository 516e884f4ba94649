import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { AuditRecorder, Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import type { DbTx } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { AppError, fieldError } from "@/lib/errors";
import { hasActiveAdmin } from "@/lib/users/data";
import type { NewUser } from "@/lib/users/schema";

/**
 * Accounts: created from an invitation or the setup link (or `npm run user`), never by signing
 * up; roles changed and accounts deactivated by admins. Every change is audited — with the
 * display name and role only: the History is public and never shows e-mail addresses.
 */
export const INVITATION_DAYS = 7;

interface UserRow {
  id: string;
  name: string;
  role: Role;
  banned: boolean | null;
}

function userSnapshot(user: UserRow): Snapshot {
  return { name: user.name, role: user.role, status: user.banned ? "deactivated" : "active" };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Creates an account with an e-mail + password sign-in (the hash is better-auth's scrypt). */
export async function createUser(tx: DbTx, input: NewUser, audit: AuditRecorder): Promise<{ id: string; name: string }> {
  const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw fieldError("email", "An account with this e-mail address already exists.");
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, role: input.role, emailVerified: false },
    select: { id: true, name: true, role: true, banned: true },
  });
  await tx.account.create({
    data: {
      id: randomBytes(16).toString("hex"),
      accountId: user.id,
      providerId: "credential",
      userId: user.id,
      password: await hashPassword(input.password),
    },
  });
  await audit.record({ entity: "User", entityId: user.id, action: "CREATE", before: null, after: userSnapshot(user) });
  return { id: user.id, name: user.name };
}

/** A one-time link that creates an account with `role`; the token is returned once, stored hashed. */
export async function createInvitation(
  tx: DbTx,
  input: { role: Role; email?: string; purpose?: "INVITE" | "SETUP" },
  createdBy: CurrentUser | null,
  audit: AuditRecorder | null,
): Promise<{ token: string; expiresAt: Date | null }> {
  const token = newToken();
  const purpose = input.purpose ?? "INVITE";
  const expiresAt = purpose === "SETUP" ? null : new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const invitation = await tx.invitation.create({
    data: { tokenHash: hashToken(token), purpose, role: input.role, email: input.email ?? null, createdById: createdBy?.id ?? null, expiresAt },
    select: { id: true },
  });
  await audit?.record({
    entity: "Invitation",
    entityId: invitation.id,
    action: "CREATE",
    before: null,
    after: { role: input.role, expires: expiresAt?.toISOString().slice(0, 10) ?? "" },
  });
  return { token, expiresAt };
}

/** Uses an invitation (or the setup link) once: creates the account it was for. */
export async function acceptInvitation(
  tx: DbTx,
  input: { token: string; email?: string; name: string; password: string },
  audit: AuditRecorder,
): Promise<{ id: string; email: string }> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Invitation" WHERE "tokenHash" = ${hashToken(input.token)} FOR UPDATE`;
  const invitation = rows[0] ? await tx.invitation.findUnique({ where: { id: rows[0].id } }) : null;
  const unusable = new AppError("NOT_FOUND", "This link has been used or has expired. Ask an administrator for a new one.");
  if (!invitation || invitation.usedAt || (invitation.expiresAt && invitation.expiresAt <= new Date())) throw unusable;
  if (invitation.purpose === "SETUP" && (await hasActiveAdmin(tx))) {
    throw new AppError("NOT_FOUND", "An administrator already exists: this setup link no longer works. Sign in instead.");
  }
  const email = invitation.email ?? input.email;
  if (!email) throw fieldError("email", "Enter the e-mail address you will sign in with.");
  const user = await createUser(tx, { email, name: input.name, role: invitation.role, password: input.password }, audit);
  await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: new Date(), usedById: user.id } });
  return { id: user.id, email };
}

async function lockUser(tx: DbTx, userId: string): Promise<UserRow> {
  const rows = await tx.$queryRaw<UserRow[]>`
    SELECT "id", "name", "role"::text AS "role", "banned" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const user = rows[0];
  if (!user) throw new AppError("NOT_FOUND", "That account does not exist.");
  return user;
}

/** Refuses a change that would leave nobody able to manage accounts. */
async function assertAnotherAdmin(tx: DbTx, userId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "ADMIN", NOT: [{ banned: true }, { id: userId }] } });
  if (others === 0) {
    throw new AppError("INVALID", "This is the last active admin: make someone else an admin first.");
  }
}

export async function changeRole(tx: DbTx, input: { userId: string; role: Role }, audit: AuditRecorder) {
  const user = await lockUser(tx, input.userId);
  if (user.role === input.role) return { id: user.id, role: user.role };
  if (user.role === "ADMIN" && !user.banned) await assertAnotherAdmin(tx, user.id);
  const updated = await tx.user.update({
    where: { id: user.id },
    data: { role: input.role },
    select: { id: true, name: true, role: true, banned: true },
  });
  await audit.record({ entity: "User", entityId: user.id, action: "UPDATE", before: userSnapshot(user), after: userSnapshot(updated) });
  return { id: updated.id, role: updated.role };
}

/** Deactivates an account and ends all its sessions at once (on every app process). */
export async function setActive(
  tx: DbTx,
  input: { userId: string; active: boolean },
  actor: CurrentUser,
  audit: AuditRecorder,
) {
  const user = await lockUser(tx, input.userId);
  if (!input.active && user.id === actor.id) throw new AppError("INVALID", "You cannot deactivate your own account.");
  if ((user.banned !== true) === input.active) return { id: user.id, active: input.active };
  if (!input.active && user.role === "ADMIN") await assertAnotherAdmin(tx, user.id);
  const updated = await tx.user.update({
    where: { id: user.id },
    data: input.active ? { banned: false, banReason: null } : { banned: true, banReason: `Deactivated by ${actor.name}` },
    select: { id: true, name: true, role: true, banned: true },
  });
  if (!input.active) await tx.session.deleteMany({ where: { userId: user.id } });
  await audit.record({ entity: "User", entityId: user.id, action: "UPDATE", before: userSnapshot(user), after: userSnapshot(updated) });
  return { id: user.id, active: input.active };
}

/** Ends every session of one user (sign out everywhere). Not audited: it changes no record. */
export async function endSessions(tx: DbTx, userId: string): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId } });
  return count;
}
