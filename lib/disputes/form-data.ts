import "server-only";
import { getDb } from "@/lib/db";
import { disputeEditSelect, disputeValues } from "@/lib/disputes/mutations";

/** A dispute as its edit form needs it: id, version and the values in form shape. */
export async function getDisputeForEdit(slug: string, db = getDb()) {
  const row = await db.dispute.findUnique({
    where: { slug },
    select: { ...disputeEditSelect, events: { orderBy: { occurredStart: "asc" }, take: 500, select: { id: true, title: true } } },
  });
  return row ? { id: row.id, slug: row.slug, title: row.title, version: row.version, values: disputeValues(row), events: row.events } : null;
}

/** The id, slug and title of a dispute, for History and breadcrumbs. */
export async function getDisputeHeading(slug: string, db = getDb()) {
  return db.dispute.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
}
