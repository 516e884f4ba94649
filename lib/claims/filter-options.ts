import "server-only";
import type { ClaimListFilters } from "@/lib/claims/list-schema";
import { getDb } from "@/lib/db";

/**
 * The choices the claims filters offer: the busiest publishers, claimants and disputes (a
 * bounded list, so a million-claim database still renders a small form), plus whatever the
 * current view already selects. The ranking is cached briefly per process.
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
const TTL_MS = 60_000;
let cached: { at: number; options: ClaimFilterOptions } | null = null;

async function rankedOptions(): Promise<ClaimFilterOptions> {
  const db = getDb();
  const [publishers, actors, disputes] = await Promise.all([
    db.$queryRaw<FilterOption[]>`
      SELECT a."id" AS "value", a."name" AS "label"
      FROM "Actor" a JOIN "Source" s ON s."publisherId" = a."id"
      GROUP BY a."id", a."name" ORDER BY count(*) DESC, a."name" LIMIT ${LIMIT}`,
    db.$queryRaw<FilterOption[]>`
      SELECT a."id" AS "value", a."name" AS "label"
      FROM (SELECT "claimantId", count(*) AS n FROM "Claim" GROUP BY "claimantId" ORDER BY n DESC LIMIT ${LIMIT}) top
      JOIN "Actor" a ON a."id" = top."claimantId" ORDER BY top.n DESC, a."name"`,
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
  const now = Date.now();
  if (!cached || now - cached.at > TTL_MS) cached = { at: now, options: await rankedOptions() };
  const db = getDb();
  const [actors, disputes, sources] = await Promise.all([
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
    publishers: withSelected(cached.options.publishers, filters.publisher.flatMap(actorOption)),
    actors: withSelected(cached.options.actors, filters.actor.flatMap(actorOption)),
    disputes: withSelected(
      cached.options.disputes,
      disputes.map((dispute) => ({ value: dispute.slug, label: dispute.title })),
    ),
    sources: sources.map((source) => ({ value: source.id, label: source.title })),
  };
}
