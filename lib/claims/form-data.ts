import "server-only";
import { appearanceEditSelect, appearanceLabels, appearanceValues } from "@/lib/appearances/mutations";
import { claimEditSelect, claimValues } from "@/lib/claims/mutations";
import { getDb } from "@/lib/db";
import { eventEditSelect, eventValues } from "@/lib/events/mutations";
import { linkEditSelect, linkValues } from "@/lib/links/mutations";

/** A claim as its editing page needs it: values, version, labels, appearances and links. */
export async function getClaimForEdit(id: string, db = getDb()) {
  const row = await db.claim.findUnique({ where: { id }, select: claimEditSelect });
  if (!row) return null;
  const [appearances, links] = await Promise.all([
    db.appearance.findMany({ where: { claimId: id }, orderBy: [{ reportedStart: "asc" }, { createdAt: "asc" }], select: appearanceEditSelect }),
    db.claimLink.findMany({ where: { OR: [{ fromId: id }, { toId: id }] }, orderBy: { createdAt: "asc" }, select: linkEditSelect }),
  ]);
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    statusReason: row.statusReason,
    text: row.text,
    claimant: row.claimant.name,
    dispute: row.dispute,
    values: claimValues(row),
    appearances: appearances.map((appearance) => ({ id: appearance.id, version: appearance.version, values: appearanceValues(appearance), labels: appearanceLabels(appearance) })),
    links: links.map((link) => ({
      id: link.id,
      version: link.version,
      values: linkValues(link),
      outgoing: link.fromId === id,
      other: link.fromId === id ? `${link.to.claimant.name}: ${link.to.text}` : `${link.from.claimant.name}: ${link.from.text}`,
      otherId: link.fromId === id ? link.toId : link.fromId,
    })),
  };
}

export async function getAppearanceForEdit(id: string, db = getDb()) {
  const row = await db.appearance.findUnique({ where: { id }, select: { ...appearanceEditSelect, claim: { select: { text: true, claimant: { select: { name: true } } } } } });
  return row ? { id: row.id, claimId: row.claimId, version: row.version, values: appearanceValues(row), labels: appearanceLabels(row), claim: `${row.claim.claimant.name}: ${row.claim.text}` } : null;
}

export async function getEventForEdit(id: string, db = getDb()) {
  const row = await db.event.findUnique({ where: { id }, select: eventEditSelect });
  return row
    ? {
        id: row.id,
        version: row.version,
        dispute: row.dispute,
        values: eventValues({ ...row, sourceIds: row.sources.map((source) => source.sourceId) }),
        sources: row.sources.map((source) => ({ id: source.sourceId, title: source.source.title })),
      }
    : null;
}

/** The claim's heading for its sub-pages. */
export async function getClaimHeading(id: string, db = getDb()) {
  const row = await db.claim.findUnique({ where: { id }, select: { id: true, text: true, claimant: { select: { name: true } }, dispute: { select: { slug: true, title: true } } } });
  return row ? { id: row.id, title: `${row.claimant.name}: ${row.text}`, dispute: row.dispute } : null;
}
