import "server-only";
import { getDb } from "@/lib/db";

/** Where a merged-away record's address now points, or null. */
export async function findRedirect(entity: "Actor" | "Source", fromId: string, db = getDb()): Promise<string | null> {
  const redirect = await db.recordRedirect.findUnique({ where: { entity_fromId: { entity, fromId } }, select: { toId: true } });
  return redirect?.toId ?? null;
}
