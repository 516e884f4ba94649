import "server-only";
import type { ClaimListFilters } from "@/lib/claims/list-schema";
import { getDb } from "@/lib/db";

/**
 * The choices the claims filters offer: the busiest publishers, claimants and disputes (a
 * bounded list, so a million-claim database still renders a small form), plus whatever the
 * current view already selects. The rankings read the trigger-maintained "ActorStats" through
 * its indexes (a few index rows per request, whatever the size of the database), so nothing is
 * cached: a write shows in the options at once, on every process.
 */
export interface FilterOption {
  value: string;
  label: string;
}

export interface ClaimFilterOptions {
  publishers: FilterOption[];
  actors: FilterOption[];
  disputes: FilterOption[];
}

const LIMIT = 100;

async function rankedOptions(): Promise<ClaimFilterOptions> {
  const db = getDb();
  const [publishers, actors, disputes] = await Promise.all([
    db.$queryRaw<FilterOption[]>`
      SELECT a."id" AS "value", a."name" AS "label"
      FROM "ActorStats" st JOIN "Actor" a ON a."id" = st."actorId"
      WHERE st."sources" > 0 ORDER BY st."sources" DESC, a."name" LIMIT ${LIMIT}`,
    db.$queryRaw<FilterOption[]>`
      SELECT a."id" AS "value", a."name" AS "label"
      FROM "ActorStats" st JOIN "Actor" a ON a."id" = st."actorId"
      WHERE st."claims" > 0 ORDER BY st."claims" DESC, a."name" LIMIT ${LIMIT}`,
    db.$queryRaw<FilterOption[]>`
      SELECT d."slug" AS "value", d."title" AS "label" FROM "Dispute" d
      ORDER BY d."updatedAt" DESC, d."title" LIMIT ${LIMIT}`,
  ]);
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);
  return { publishers: publishers.sort(byLabel), actors: actors.sort(byLabel), disputes: disputes.sort(byLabel) };
}

function withSelected(options: FilterOption[], selected: FilterOption[]): FilterOption[] {
  const known = new Set(options.map((option) => option.value));
  return [...selected.filter((option) => !known.has(option.value)), ...options];
}

export async function listClaimFilterOptions(filters: ClaimListFilters): Promise<ClaimFilterOptions & { sources: FilterOption[] }> {
  const db = getDb();
  const [ranked, actors, disputes, sources] = await Promise.all([
    rankedOptions(),
    filters.publisher.length + filters.actor.length > 0
      ? db.actor.findMany({ where: { id: { in: [...filters.publisher, ...filters.actor] } }, select: { id: true, name: true } })
      : [],
    filters.dispute.length > 0
      ? db.dispute.findMany({ where: { slug: { in: filters.dispute } }, select: { slug: true, title: true } })
      : [],
    filters.source.length > 0
      ? db.source.findMany({ where: { id: { in: filters.source } }, select: { id: true, title: true } })
      : [],
  ]);
  const actorOption = (id: string) => {
    const actor = actors.find((candidate) => candidate.id === id);
    return actor ? [{ value: actor.id, label: actor.name }] : [];
  };
  return {
    publishers: withSelected(ranked.publishers, filters.publisher.flatMap(actorOption)),
    actors: withSelected(ranked.actors, filters.actor.flatMap(actorOption)),
    disputes: withSelected(
      ranked.disputes,
      disputes.map((dispute) => ({ value: dispute.slug, label: dispute.title })),
    ),
    sources: sources.map((source) => ({ value: source.id, label: source.title })),
  };
}
