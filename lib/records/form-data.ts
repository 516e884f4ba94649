import "server-only";
import { actorEditSelect, actorValues } from "@/lib/actors/mutations";
import { getDb } from "@/lib/db";
import { sourceEditSelect, sourceValues } from "@/lib/sources/mutations";

/** Records as their edit forms need them: id, version, values in form shape, labels of refs. */
export async function getActorForEdit(id: string, db = getDb()) {
  const row = await db.actor.findUnique({ where: { id }, select: actorEditSelect });
  return row ? { id: row.id, name: row.name, version: row.version, values: actorValues(row), affiliation: row.affiliation?.name } : null;
}

export async function getSourceForEdit(id: string, db = getDb()) {
  const row = await db.source.findUnique({ where: { id }, select: sourceEditSelect });
  return row ? { id: row.id, title: row.title, version: row.version, values: sourceValues(row), publisher: row.publisher?.name } : null;
}

/** Name or title of a record for a page heading, or null. */
export async function getRecordHeading(entity: "Actor" | "Source", id: string, db = getDb()) {
  if (entity === "Actor") return db.actor.findUnique({ where: { id }, select: { id: true, name: true } }).then((row) => row && { id: row.id, title: row.name });
  return db.source.findUnique({ where: { id }, select: { id: true, title: true } });
}
