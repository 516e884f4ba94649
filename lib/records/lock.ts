import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/lib/db";

/** The tables whose rows writes lock before deciding (a fixed list: names are never user input). */
const LOCKABLE = ["Dispute", "Actor", "Source", "Claim", "Appearance", "ClaimLink", "Event", "Annotation"] as const;
export type LockableTable = (typeof LOCKABLE)[number];

/**
 * Locks one row (SELECT … FOR UPDATE) until the transaction ends, so the version it is read at
 * stays true while the write decides; false when the row does not exist.
 */
export async function lockRow(tx: DbTx, table: LockableTable, id: string): Promise<boolean> {
  if (!LOCKABLE.includes(table)) throw new Error(`not a lockable table: ${table}`);
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`;
  return rows.length > 0;
}
