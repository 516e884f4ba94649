import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type DbClient } from "@/lib/db";

/** What any page may show about a person: the id and display name, never the e-mail address. */
export const publicUserSelect = { id: true, name: true } as const satisfies Prisma.UserSelect;

/** Whether an active (not deactivated) admin exists. */
export async function hasActiveAdmin(db: DbClient = getDb()): Promise<boolean> {
  const admin = await db.user.findFirst({ where: { role: "ADMIN", NOT: { banned: true } }, select: { id: true } });
  return admin !== null;
}

/** Every account, for /admin/users (admins see e-mail addresses there, and only there). */
export async function listUsersForAdmin(db: DbClient = getDb()) {
  const users = await db.user.findMany({
    orderBy: [{ banned: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      banned: true,
      createdAt: true,
      _count: { select: { sessions: true, changeSets: true } },
    },
  });
  return users.map(({ _count, banned, ...user }) => ({
    ...user,
    active: banned !== true,
    sessions: _count.sessions,
    changeSets: _count.changeSets,
  }));
}

/** Open invitations (unused, unexpired), newest first. */
export async function listOpenInvitations(db: DbClient = getDb()) {
  return db.invitation.findMany({
    where: { purpose: "INVITE", usedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, role: true, email: true, createdAt: true, expiresAt: true, createdBy: { select: publicUserSelect } },
  });
}

/** An invitation by its token, for the page that accepts it: null when unusable. */
export async function findUsableInvitation(tokenHash: string, db: DbClient = getDb()) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, purpose: true, role: true, email: true, usedAt: true, expiresAt: true },
  });
  if (!invitation || invitation.usedAt || (invitation.expiresAt && invitation.expiresAt <= new Date())) return null;
  if (invitation.purpose === "SETUP" && (await hasActiveAdmin(db))) return null;
  return invitation;
}
