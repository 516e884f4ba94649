import "server-only";
import type { Db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { hasActiveAdmin } from "@/lib/users/data";
import { createInvitation } from "@/lib/users/mutations";

/**
 * First run: while no active admin exists, `npm start` prints a one-time setup link that creates
 * the first admin. The link is valid until it is used (or until any admin exists); each start
 * without an admin prints a new one, and every one printed works until then.
 */
export function appBaseUrl(port: string | number = process.env.PORT ?? 3000): string {
  return (readEnv().CLAIMLINE_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
}

export function invitationPath(token: string): string {
  return `/invite/${token}`;
}

/** A new setup link when no active admin exists, else null. */
export async function setupLinkIfNoAdmin(db: Db, baseUrl: string = appBaseUrl()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    // One start at a time decides (several processes may start against one PostgreSQL).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7274652)`;
    if (await hasActiveAdmin(tx)) return null;
    const { token } = await createInvitation(tx, { role: "ADMIN", purpose: "SETUP" }, null, null);
    return `${baseUrl}${invitationPath(token)}`;
  });
}

export function formatSetupNotice(link: string): string {
  return [
    "",
    "No administrator yet. Open this one-time link to create the first admin account:",
    `  ${link}`,
    "(It works until it is used. Or run: npm run user -- create --role admin <email>)",
    "",
  ].join("\n");
}
