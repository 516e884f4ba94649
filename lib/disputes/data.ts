import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { pageCountOf, pageWindow, type Paged } from "@/lib/paging";
import { Prisma } from "@/generated/prisma/client";
import { fuzzyDate, toEdtf, type DatePrecision, type FuzzyDate } from "@/lib/dates";
import { emptyStanceCounts, type Stance } from "@/lib/claims/schema";
import type { DisputeStatus } from "@/lib/disputes/schema";
import { outletKeyOf } from "@/lib/provenance/origin-nodes";
import { summarizeOrigins } from "@/lib/provenance/origins";
import { sourcingKindOf } from "@/lib/provenance/sourcing";
import { sideTotals, withSourcing, type SideTotals } from "@/lib/timeline/sides";
import type { AttributionKind } from "@/lib/domain/enums";
import { ANSWER_LINK_KINDS, buildTimeline, pickWindow, sectionTimeline, TIMELINE_COLUMNS, type LinkKind, type TimelineSections } from "@/lib/timeline/build";

export interface DisputeSummary {
  id: string;
  slug: string;
  title: string;
  proposition: string;
  status: DisputeStatus;
  tags: string[];
  claimCount: number;
  stanceCounts: Record<Stance, number>;
  latestStatement: FuzzyDate | null;
  lastUpdated: Date;
}

export const DISPUTES_PAGE_SIZE = 50;

/**
 * One page of disputes for the home page, open ones first, with claim counts per stance and
 * the latest statement — aggregated for the disputes on the page only, so the page costs the
 * same at a million claims as at a hundred.
 */
export async function listDisputeSummaries(page = 1, size = DISPUTES_PAGE_SIZE): Promise<Paged<DisputeSummary>> {
  const db = getDb();
  const [disputes, total] = await Promise.all([
    db.dispute.findMany({
      ...pageWindow(page, size),
      orderBy: [{ status: "asc" }, { title: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, title: true, proposition: true, status: true, tags: true, updatedAt: true },
    }),
    db.dispute.count(),
  ]);
  const ids = disputes.map((dispute) => dispute.id);
  const [counts, latest] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db.claim.groupBy({
            by: ["disputeId", "stance"],
            where: { disputeId: { in: ids } },
            _count: { _all: true },
            _max: { updatedAt: true },
          }),
          db.$queryRaw<{ disputeId: string; madeAtStart: Date; madeAtEnd: Date; madeAtPrecision: DatePrecision }[]>`
            SELECT DISTINCT ON (c."disputeId") c."disputeId", c."madeAtStart", c."madeAtEnd", c."madeAtPrecision"::text AS "madeAtPrecision"
            FROM "Claim" c WHERE c."disputeId" IN (${Prisma.join(ids)})
            ORDER BY c."disputeId", c."madeAtStart" DESC, c."madeAtEnd" DESC`,
        ]);
  const latestByDispute = new Map(latest.map((row) => [row.disputeId, row]));
  const items = disputes.map((dispute) => {
    const stanceCounts = emptyStanceCounts();
    let lastUpdated = dispute.updatedAt;
    for (const row of counts) {
      if (row.disputeId !== dispute.id) continue;
      stanceCounts[row.stance] = row._count._all;
      if (row._max.updatedAt && row._max.updatedAt > lastUpdated) lastUpdated = row._max.updatedAt;
    }
    const newest = latestByDispute.get(dispute.id);
    return {
      ...dispute,
      claimCount: Object.values(stanceCounts).reduce((sum, n) => sum + n, 0),
      stanceCounts,
      latestStatement: newest ? fuzzyDate(newest.madeAtStart, newest.madeAtEnd, newest.madeAtPrecision) : null,
      lastUpdated,
    };
  });
  return { items, total, page, pageCount: pageCountOf(total, size) };
}

/**
 * The dispute a page is about (header fields only), or null when the slug is unknown. Cached
 * per request: the page and its metadata both ask.
 */
export const getDisputeBySlug = cache(async (slug: string) => {
  return getDb().dispute.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      proposition: true,
      summary: true,
      status: true,
      affirmLabel: true,
      denyLabel: true,
      tags: true,
      updatedAt: true,
    },
  });
});

export type DisputeHeader = NonNullable<Awaited<ReturnType<typeof getDisputeBySlug>>>;

interface TimelineLayoutRow {
  id: string;
  stance: Stance;
  claimantName: string;
  madeAtStart: Date;
  madeAtEnd: Date;
  madeAtPrecision: DatePrecision;
  answers: { toId: string; kind: LinkKind }[] | null;
}

/** Origins, outlets and sourcing kind from a claim's appearances (earliest first). */
function sourcingOf(appearances: readonly { viaId?: string | null; attribution: AttributionKind; independentlySourced: boolean; sourceId: string; publisherId: string | null }[]) {
  const nodes = appearances.map((appearance) => ({
    viaId: appearance.viaId ?? null,
    independentlySourced: appearance.independentlySourced,
    outletKey: outletKeyOf(appearance.sourceId, appearance.publisherId),
  }));
  const firstRoot = appearances.find((appearance) => (appearance.viaId ?? null) === null);
  return {
    origins: summarizeOrigins(nodes),
    rootOutlets: [...new Set(nodes.filter((node) => node.viaId === null).map((node) => node.outletKey))],
    sourcing: sourcingKindOf(firstRoot?.attribution),
  };
}

interface TimelineCardRow {
  id: string;
  stance: Stance;
  text: string;
  quote: string | null;
  status: "ACTIVE" | "RETRACTED" | "SUPERSEDED";
  madeAtStart: Date;
  madeAtEnd: Date;
  madeAtPrecision: DatePrecision;
  claimantId: string;
  claimantName: string;
  /** each appearance as counted for origins, and its outlet's name, earliest first */
  appearances: { viaId: string | null; attribution: AttributionKind; independentlySourced: boolean; sourceId: string; publisherId: string | null; outlet: string }[] | null;
  annotationCount: number;
}

function toTimelineCard(row: TimelineCardRow) {
  return {
    id: row.id,
    stance: row.stance,
    text: row.text,
    quote: row.quote,
    status: row.status,
    madeAt: fuzzyDate(row.madeAtStart, row.madeAtEnd, row.madeAtPrecision),
    claimant: { id: row.claimantId, name: row.claimantName },
    ...sourcingOf(row.appearances ?? []),
    outlets: [...new Set((row.appearances ?? []).map((appearance) => appearance.outlet))],
    annotationCount: row.annotationCount,
  };
}

export type TimelineCard = ReturnType<typeof toTimelineCard>;

/** What a claim card on the timeline shows, for the claims of the window being read. */
async function getTimelineCards(ids: readonly string[]): Promise<Map<string, TimelineCard>> {
  if (ids.length === 0) return new Map();
  const rows = await getDb().$queryRaw<TimelineCardRow[]>`
    SELECT c."id", c."stance"::text AS "stance", c."text", c."quote", c."status"::text AS "status",
           c."madeAtStart", c."madeAtEnd", c."madeAtPrecision"::text AS "madeAtPrecision",
           claimant."id" AS "claimantId", claimant."name" AS "claimantName",
           ap."appearances",
           (SELECT count(*)::int FROM "Annotation" n WHERE n."claimId" = c."id" AND n."hiddenAt" IS NULL) AS "annotationCount"
    FROM "Claim" c
    JOIN "Actor" claimant ON claimant."id" = c."claimantId"
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'viaId', a."viaId", 'attribution', a."attribution", 'independentlySourced', a."independentlySourced", 'sourceId', s."id",
               'publisherId', s."publisherId", 'outlet', coalesce(publisher."name", s."title"))
             ORDER BY a."reportedStart", a."createdAt") AS "appearances"
      FROM "Appearance" a
      JOIN "Source" s ON s."id" = a."sourceId"
      LEFT JOIN "Actor" publisher ON publisher."id" = s."publisherId"
      WHERE a."claimId" = c."id"
    ) ap ON true
    WHERE c."id" IN (${Prisma.join([...ids])})`;
  return new Map(rows.map((row) => [row.id, toTimelineCard(row)]));
}

/**
 * A dispute's timeline layout as last read: the claims (id, side, date, claimant name) and the
 * answers between them, with the dispute's layout version when it was read (the version is
 * read first, so a layout is never labelled newer than it is). Kept per process for the
 * disputes read most recently; any change to a dispute's claims, answers or claimant names
 * bumps its version in the database (migration 20261208600000), on whichever process wrote it.
 */
interface CachedLayout {
  version: string;
  claims: { id: string; stance: Stance; madeAt: FuzzyDate }[];
  links: { fromId: string; toId: string; kind: LinkKind }[];
  /** each side's whole-dispute figures and the overview's claims, made once per layout */
  sides: SideTotals[];
  overviewClaims: { id: string; stance: Stance; madeAt: FuzzyDate; claimantName: string }[];
  /** the built timeline, by the events it was built with (their ids and dates) */
  built: { eventsKey: string; sections: TimelineSections<{ id: string; stance: Stance; madeAt: FuzzyDate }, { id: string; occurredAt: FuzzyDate }> } | null;
}

const LAYOUT_CACHE_DISPUTES = 16;
/** Per database client (one in the app; tests switch databases within a process). */
const layoutCaches = new WeakMap<object, Map<string, CachedLayout>>();

async function readLayout(disputeId: string): Promise<CachedLayout> {
  const db = getDb();
  let layoutCache = layoutCaches.get(db);
  if (!layoutCache) layoutCaches.set(db, (layoutCache = new Map()));
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT "version"::text AS "version" FROM "DisputeLayout" WHERE "disputeId" = ${disputeId}`;
  const version = row?.version ?? "0";
  const cached = layoutCache.get(disputeId);
  if (cached && cached.version === version) {
    // Most recently used last: the oldest is the first to go.
    layoutCache.delete(disputeId);
    layoutCache.set(disputeId, cached);
    return cached;
  }
  const answerKinds = Prisma.join(ANSWER_LINK_KINDS.map((kind) => Prisma.sql`${kind}`));
  const layoutRows = await db.$queryRaw<TimelineLayoutRow[]>`
    SELECT c."id", c."stance"::text AS "stance", c."madeAtStart", c."madeAtEnd",
           c."madeAtPrecision"::text AS "madeAtPrecision", an."answers", claimant."name" AS "claimantName"
    FROM "Claim" c
    JOIN "Actor" claimant ON claimant."id" = c."claimantId"
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('toId', l."toId", 'kind', l."kind")) AS "answers"
      FROM "ClaimLink" l WHERE l."fromId" = c."id" AND l."kind"::text IN (${answerKinds})
    ) an ON true
    WHERE c."disputeId" = ${disputeId}
    ORDER BY c."madeAtStart", c."madeAtEnd", c."createdAt"`;
  const claims = layoutRows.map((row) => ({ id: row.id, stance: row.stance, madeAt: fuzzyDate(row.madeAtStart, row.madeAtEnd, row.madeAtPrecision) }));
  const links = layoutRows.flatMap((row) => (row.answers ?? []).map((answer) => ({ fromId: row.id, ...answer })));
  const layout: CachedLayout = {
    version,
    claims,
    links,
    sides: sideTotals(claims, links),
    overviewClaims: claims.map((claim, index) => ({ ...claim, claimantName: layoutRows[index]!.claimantName })),
    built: null,
  };
  layoutCache.delete(disputeId);
  layoutCache.set(disputeId, layout);
  while (layoutCache.size > LAYOUT_CACHE_DISPUTES) layoutCache.delete(layoutCache.keys().next().value!);
  return layout;
}

/**
 * One window of a dispute's contested timeline (see windowTimeline). The layout — rows,
 * columns, which denial pairs with which claim — comes from a light read of every claim (id,
 * stance, date, what it answers), kept in memory until the dispute's layout version moves; the
 * cards' contents are then read only for the claims the window shows (and the claims they pair
 * with), so a long dispute costs a version check, its events and one window of markup.
 */
export async function getDisputeTimeline(disputeId: string, windowIndex = 1) {
  const db = getDb();
  const [events, layout] = await Promise.all([
    db.event.findMany({
      where: { disputeId },
      orderBy: [{ occurredStart: "asc" }, { occurredEnd: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        description: true,
        occurredStart: true,
        occurredEnd: true,
        occurredPrecision: true,
        sources: { select: { source: { select: { id: true, title: true } } } },
      },
    }),
    readLayout(disputeId),
  ]);
  const { claims, links } = layout;
  const contextEvents = events.map(({ occurredStart, occurredEnd, occurredPrecision, sources, ...event }) => ({
    ...event,
    occurredAt: fuzzyDate(occurredStart, occurredEnd, occurredPrecision),
    sources: sources.map((link) => link.source),
  }));
  // The built layout is kept with the events' ids and dates it was built with; the events'
  // words (title, description, sources) are always this request's.
  const eventsKey = contextEvents.map((event) => `${event.id}@${toEdtf(event.occurredAt)}`).join(" ");
  if (layout.built?.eventsKey !== eventsKey) {
    const placed = contextEvents.map((event) => ({ id: event.id, occurredAt: event.occurredAt }));
    layout.built = { eventsKey, sections: sectionTimeline(buildTimeline(claims, placed, links)) };
  }
  const eventsById = new Map(contextEvents.map((event) => [event.id, event]));
  const windowed = pickWindow(layout.built.sections, windowIndex);
  const timeline = {
    ...windowed,
    bands: windowed.bands.map((band) => ({ ...band, events: band.events.flatMap((event) => eventsById.get(event.id) ?? []) })),
  };
  const shown = timeline.bands.flatMap((band) => [
    ...TIMELINE_COLUMNS.flatMap((column) => band.cells[column].map((claim) => claim.id)),
    ...band.pairs.flatMap((pair) => [pair.responseId, pair.targetId]),
  ]);
  const cards = await getTimelineCards([...new Set(shown)]);
  // Each side at a glance: counts, dates and denials over the whole dispute; outlets, origins
  // and sourcing over the claims whose cards were read (reading every appearance of a long
  // dispute would cost the timeline its speed target; see docs/origins.md).
  const sides = withSourcing(
    layout.sides,
    [...cards.values()].map((card) => ({ stance: card.stance, detail: card })),
  );
  // The to-scale overview draws every claim and event of the dispute (components/timeline/overview.tsx).
  const overview = {
    claims: layout.overviewClaims,
    events: contextEvents.map((event) => ({ id: event.id, title: event.title, occurredAt: event.occurredAt })),
    links,
  };
  return { timeline, sides, overview, cards };
}

export type DisputeTimelineData = Awaited<ReturnType<typeof getDisputeTimeline>>;
