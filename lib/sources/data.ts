import "server-only";
import { type Prisma, type SourceKind } from "@/generated/prisma/client";
import { appearanceHopSelect } from "@/lib/claims/data";
import { getDb } from "@/lib/db";
import { LIST_PAGE_SIZE, pageCountOf, pageWindow, type Paged } from "@/lib/paging";
import { fuzzyDate, fuzzyDateOrNull, type FuzzyDate } from "@/lib/dates";
import { chainOf, DanglingViaError, ProvenanceCycleError } from "@/lib/provenance/chain";

export interface SourceSummary {
  id: string;
  title: string;
  kind: SourceKind;
  publisher: { id: string; name: string } | null;
  /** the document's own address, when recorded */
  url: string | null;
  published: FuzzyDate | null;
  /** distinct claims among the source's appearances */
  claimCount: number;
  appearanceCount: number;
  /** context events that cite the source */
  eventCount: number;
}

/**
 * Every source for the sources page, ordered by publisher name (sources without a publisher
 * last), then by published date (undated last), then by title: an outlet's reports read in
 * the order they came out.
 */
export async function listSourceSummaries(page = 1, size = LIST_PAGE_SIZE): Promise<Paged<SourceSummary>> {
  const db = getDb();
  const [sources, total] = await Promise.all([
    db.source.findMany({
      ...pageWindow(page, size),
      orderBy: [
        { publisher: { name: "asc" } },
        { publishedStart: { sort: "asc", nulls: "last" } },
        { publishedEnd: { sort: "asc", nulls: "last" } },
        { title: "asc" },
        { id: "asc" },
      ],
      select: {
        id: true,
        title: true,
        kind: true,
        url: true,
        publishedStart: true,
        publishedEnd: true,
        publishedPrecision: true,
        publisher: { select: { id: true, name: true } },
      },
    }),
    db.source.count(),
  ]);
  // Counted for this page's sources only, each through its own index (a whole-table
  // aggregate per request grew with the database). A source may carry one claim twice, so
  // claims are counted distinct.
  const counts =
    sources.length === 0
      ? []
      : await db.$queryRaw<{ id: string; claims: number; appearances: number; events: number }[]>`
          SELECT s."id",
                 (SELECT count(DISTINCT a."claimId")::int FROM "Appearance" a WHERE a."sourceId" = s."id") AS "claims",
                 (SELECT count(*)::int FROM "Appearance" a WHERE a."sourceId" = s."id") AS "appearances",
                 (SELECT count(*)::int FROM "EventSource" e WHERE e."sourceId" = s."id") AS "events"
          FROM unnest(${sources.map((source) => source.id)}::text[]) AS s("id")`;
  const countsOf = new Map(counts.map((row) => [row.id, row]));
  const items = sources.map(({ publishedStart, publishedEnd, publishedPrecision, ...source }) => ({
    ...source,
    published: fuzzyDateOrNull(publishedStart, publishedEnd, publishedPrecision),
    claimCount: countsOf.get(source.id)?.claims ?? 0,
    appearanceCount: countsOf.get(source.id)?.appearances ?? 0,
    eventCount: countsOf.get(source.id)?.events ?? 0,
  }));
  return { items, total, page, pageCount: pageCountOf(total, size) };
}

const outletSelect = {
  id: true,
  title: true,
  kind: true,
  publisher: { select: { id: true, name: true } },
} as const satisfies Prisma.SourceSelect;

type OutletRow = Prisma.SourceGetPayload<{ select: typeof outletSelect }>;

/** What a provenance hop is called: its publisher, or the source's title when it has none. */
function outletName(source: OutletRow): string {
  return source.publisher?.name ?? source.title;
}

/** Appearances a page of a source shows. */
export const SOURCE_PAGE_SIZE = 100;

/**
 * One source with its metadata, one page of the appearances of claims in it (with the claim,
 * its dispute, and where the appearance sits in the claim's provenance chain), counts over all
 * of them (computed in the database), and the context events that cite it; null when the id is
 * unknown. Appearances come ordered by dispute title, then by when the claim was made, then by
 * when this source reported it.
 */
export async function getSourceDetail(id: string, { page = 1, pageSize = SOURCE_PAGE_SIZE }: { page?: number; pageSize?: number } = {}) {
  const db = getDb();
  const [summary] = await db.$queryRaw<{ appearances: number; claims: number; disputes: number; origins: number }[]>`
    SELECT count(*)::int AS "appearances", count(DISTINCT a."claimId")::int AS "claims",
           count(DISTINCT c."disputeId")::int AS "disputes", (count(*) FILTER (WHERE a."viaId" IS NULL))::int AS "origins"
    FROM "Appearance" a JOIN "Claim" c ON c."id" = a."claimId" WHERE a."sourceId" = ${id}`;
  const total = summary?.appearances ?? 0;
  const current = Math.min(Math.max(1, page), pageCountOf(total, pageSize));
  const pageIds =
    total === 0
      ? []
      : (
          await db.$queryRaw<{ id: string }[]>`
            SELECT a."id" FROM "Appearance" a JOIN "Claim" c ON c."id" = a."claimId" WHERE a."sourceId" = ${id}
            ORDER BY c."disputeSortKey", c."madeAtStart", c."madeAtEnd", a."reportedStart", a."createdAt", a."id"
            LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`
        ).map((row) => row.id);
  const source = await db.source.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      kind: true,
      url: true,
      archiveUrl: true,
      language: true,
      publishedStart: true,
      publishedEnd: true,
      publishedPrecision: true,
      retrievedStart: true,
      retrievedEnd: true,
      retrievedPrecision: true,
      updatedAt: true,
      publisher: { select: { id: true, name: true, kind: true } },
      appearances: {
        where: { id: { in: pageIds } },
        select: {
          ...appearanceHopSelect,
          claim: {
            select: {
              id: true,
              text: true,
              stance: true,
              status: true,
              madeAtStart: true,
              madeAtEnd: true,
              madeAtPrecision: true,
              claimant: { select: { id: true, name: true, kind: true } },
              dispute: { select: { id: true, slug: true, title: true } },
              // Every hop of the claim's provenance, to place this appearance in its chain.
              appearances: { select: { id: true, viaId: true, source: { select: outletSelect } } },
            },
          },
        },
      },
      events: {
        orderBy: [{ event: { occurredStart: "asc" } }, { event: { title: "asc" } }],
        select: {
          event: {
            select: {
              id: true,
              title: true,
              occurredStart: true,
              occurredEnd: true,
              occurredPrecision: true,
              dispute: { select: { slug: true, title: true } },
            },
          },
        },
      },
    },
  });
  if (!source) return null;
  const position = new Map(pageIds.map((appearanceId, index) => [appearanceId, index]));
  const appearances = [...source.appearances].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const { publishedStart, publishedEnd, publishedPrecision, retrievedStart, retrievedEnd, retrievedPrecision } = source;
  return {
    id: source.id,
    title: source.title,
    kind: source.kind,
    url: source.url,
    archiveUrl: source.archiveUrl,
    language: source.language,
    updatedAt: source.updatedAt,
    publisher: source.publisher,
    published: fuzzyDateOrNull(publishedStart, publishedEnd, publishedPrecision),
    retrieved: fuzzyDateOrNull(retrievedStart, retrievedEnd, retrievedPrecision),
    summary: {
      appearances: total,
      claims: summary?.claims ?? 0,
      disputes: summary?.disputes ?? 0,
      origins: summary?.origins ?? 0,
    },
    appearancesPage: { page: current, pageCount: pageCountOf(total, pageSize) },
    appearances: appearances.map(({ reportedStart, reportedEnd, reportedPrecision, claim, ...appearance }) => {
      const { madeAtStart, madeAtEnd, madeAtPrecision, appearances: hops, ...rest } = claim;
      return {
        ...appearance,
        reportedAt: fuzzyDate(reportedStart, reportedEnd, reportedPrecision),
        claim: { ...rest, madeAt: fuzzyDate(madeAtStart, madeAtEnd, madeAtPrecision) },
        provenance: placeInChain(appearance.id, claim.claimant.name, hops),
      };
    }),
    events: source.events.map(({ event: { occurredStart, occurredEnd, occurredPrecision, ...event } }) => ({
      ...event,
      occurredAt: fuzzyDate(occurredStart, occurredEnd, occurredPrecision),
    })),
  };
}

export interface ChainPlace {
  /** true when this source is a root of the claim's provenance: it relays no other appearance */
  origin: boolean;
  /** the outlet this appearance relays, when it relays one */
  via: { sourceId: string; outlet: string; kind: SourceKind } | null;
  /** the whole chain, speaker first: "U.S. officials → Financial Times → TIME"; null if unreadable */
  chain: string[] | null;
}

type HopRow = { id: string; viaId: string | null; source: OutletRow };

/** Speaker, then each hop's outlet; a speaker who published the root document is named once. */
function chainNames(speaker: string, walked: HopRow[]): string[] {
  const outlets = walked.map((hop) => outletName(hop.source));
  return outlets[0] === speaker ? outlets : [speaker, ...outlets];
}

/** Where appearance `id` sits among its claim's appearances `hops`. */
function placeInChain(id: string, speaker: string, hops: HopRow[]): ChainPlace {
  let walked: HopRow[] | null = null;
  try {
    walked = chainOf(id, hops);
  } catch (error) {
    // A broken chain (a loop, or a relay of another claim's appearance) must not take the page
    // down: the source still shows the claim, without the chain.
    if (!(error instanceof ProvenanceCycleError || error instanceof DanglingViaError)) throw error;
  }
  const self = hops.find((hop) => hop.id === id);
  const parent = self?.viaId ? hops.find((hop) => hop.id === self.viaId) : undefined;
  return {
    origin: !self?.viaId,
    via: parent ? { sourceId: parent.source.id, outlet: outletName(parent.source), kind: parent.source.kind } : null,
    chain: walked ? chainNames(speaker, walked) : null,
  };
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSourceDetail>>>;
export type SourceAppearance = SourceDetail["appearances"][number];
export type SourceEvent = SourceDetail["events"][number];
