import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ClaimListFilters } from "@/lib/claims/list-schema";
import { MARK_END, MARK_START } from "@/lib/claims/view-constants";
import { getDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { compareFuzzyDates, fuzzyDate, type FuzzyDate } from "@/lib/dates";

/**
 * The claims table's query. Filtering, sorting and paging happen in the database: one SQL
 * statement (built here, parameterised) picks the page's claim ids, and Prisma hydrates those
 * rows. The same WHERE clause serves the count and the CSV export.
 */

/** Counting stops here: past it the table says "10,000+". */
export const COUNT_CAP = 10_000;

const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/** The WHERE clause for a view, on the claim alias `c`. */
export function claimFilterSql(filters: ClaimListFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.publisher.length > 0) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId"
      WHERE a."claimId" = c."id" AND s."publisherId" IN (${Prisma.join(filters.publisher)}))`);
  }
  if (filters.source.length > 0) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Appearance" a WHERE a."claimId" = c."id" AND a."sourceId" IN (${Prisma.join(filters.source)}))`);
  }
  if (filters.attribution.length > 0) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Appearance" a
      WHERE a."claimId" = c."id" AND a."attribution"::text IN (${Prisma.join(filters.attribution)}))`);
  }
  if (filters.actor.length > 0) conditions.push(Prisma.sql`c."claimantId" IN (${Prisma.join(filters.actor)})`);
  if (filters.stance.length > 0) conditions.push(Prisma.sql`c."stance"::text IN (${Prisma.join(filters.stance)})`);
  if (filters.dispute.length > 0) {
    conditions.push(
      Prisma.sql`c."disputeId" IN (SELECT d."id" FROM "Dispute" d WHERE d."slug" IN (${Prisma.join(filters.dispute)}))`,
    );
  }
  // Imprecise dates match when their range overlaps the requested one.
  if (filters.from) conditions.push(Prisma.sql`c."madeAtEnd" >= ${filters.from.start}::date`);
  if (filters.to) conditions.push(Prisma.sql`c."madeAtStart" <= ${filters.to.end}::date`);
  if (filters.q) conditions.push(Prisma.sql`c."searchVector" @@ ${tsQuery(filters.q)}`);
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * JOINs and ORDER BY for a sort; every order ends in the id, so paging is stable. Names sort
 * case-insensitively by code point, the same on every database whatever its locale.
 */
export function claimOrderSql(filters: Pick<ClaimListFilters, "sort" | "dir" | "q">): { join: Prisma.Sql; orderBy: Prisma.Sql } {
  const dir = filters.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const byDate = Prisma.sql`c."madeAtStart" ${dir}, c."madeAtEnd" ${dir}, c."id" ${dir}`;
  switch (filters.sort) {
    case "claimant":
      return {
        join: Prisma.sql`JOIN "Actor" sort_actor ON sort_actor."id" = c."claimantId"`,
        orderBy: Prisma.sql`ORDER BY lower(sort_actor."name") COLLATE "C" ${dir}, c."madeAtStart" DESC, c."id" DESC`,
      };
    case "dispute":
      return {
        join: Prisma.sql`JOIN "Dispute" sort_dispute ON sort_dispute."id" = c."disputeId"`,
        orderBy: Prisma.sql`ORDER BY lower(sort_dispute."title") COLLATE "C" ${dir}, c."madeAtStart" DESC, c."id" DESC`,
      };
    case "relevance":
      if (filters.q) {
        return {
          join: Prisma.empty,
          orderBy: Prisma.sql`ORDER BY ts_rank(c."searchVector", ${tsQuery(filters.q)}) ${dir}, c."madeAtStart" DESC, c."id" DESC`,
        };
      }
      return { join: Prisma.empty, orderBy: Prisma.sql`ORDER BY ${byDate}` };
    case "date":
      return { join: Prisma.empty, orderBy: Prisma.sql`ORDER BY ${byDate}` };
  }
}

const rowSelect = {
  id: true,
  text: true,
  quote: true,
  stance: true,
  status: true,
  madeAtStart: true,
  madeAtEnd: true,
  madeAtPrecision: true,
  claimant: { select: { id: true, name: true } },
  dispute: { select: { slug: true, title: true } },
  appearances: {
    select: {
      id: true,
      viaId: true,
      attribution: true,
      reportedStart: true,
      reportedEnd: true,
      reportedPrecision: true,
      source: { select: { id: true, title: true, publisher: { select: { id: true, name: true } } } },
    },
  },
} as const satisfies Prisma.ClaimSelect;

type HydratedClaim = Prisma.ClaimGetPayload<{ select: typeof rowSelect }>;

export interface ClaimListRow {
  id: string;
  text: string;
  quote: string | null;
  stance: HydratedClaim["stance"];
  status: HydratedClaim["status"];
  madeAt: FuzzyDate;
  claimant: { id: string; name: string };
  dispute: { slug: string; title: string };
  firstAppearance: { sourceId: string; sourceTitle: string; outlet: string; reportedAt: FuzzyDate } | null;
  appearanceCount: number;
  originCount: number;
  attributions: HydratedClaim["appearances"][number]["attribution"][];
  /** text, quote and first source title with MARK_START/MARK_END around search matches */
  highlight: { text: string; quote: string | null; sourceTitle: string | null } | null;
}

export interface ClaimListPage {
  rows: ClaimListRow[];
  /** matching claims, counted up to COUNT_CAP */
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageCount: number;
}

function toRow(claim: HydratedClaim): Omit<ClaimListRow, "highlight"> {
  const appearances = claim.appearances.map((appearance) => ({
    ...appearance,
    reportedAt: fuzzyDate(appearance.reportedStart, appearance.reportedEnd, appearance.reportedPrecision),
  }));
  // The first appearance is the earliest root of the claim's provenance chains.
  const roots = appearances.filter((appearance) => appearance.viaId === null);
  const first = [...(roots.length > 0 ? roots : appearances)].sort((a, b) => compareFuzzyDates(a.reportedAt, b.reportedAt))[0];
  return {
    id: claim.id,
    text: claim.text,
    quote: claim.quote,
    stance: claim.stance,
    status: claim.status,
    madeAt: fuzzyDate(claim.madeAtStart, claim.madeAtEnd, claim.madeAtPrecision),
    claimant: claim.claimant,
    dispute: claim.dispute,
    firstAppearance: first
      ? {
          sourceId: first.source.id,
          sourceTitle: first.source.title,
          outlet: first.source.publisher?.name ?? first.source.title,
          reportedAt: first.reportedAt,
        }
      : null,
    appearanceCount: appearances.length,
    originCount: roots.length,
    attributions: [...new Set(appearances.map((appearance) => appearance.attribution))],
  };
}

/** Hydrates claim rows in the given id order. */
export async function hydrateClaimRows(ids: readonly string[], db: Db = getDb()): Promise<Omit<ClaimListRow, "highlight">[]> {
  if (ids.length === 0) return [];
  const claims = await db.claim.findMany({ where: { id: { in: [...ids] } }, select: rowSelect });
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => {
    const claim = byId.get(id);
    return claim ? [toRow(claim)] : [];
  });
}

async function highlights(ids: readonly string[], q: string, db: Db) {
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
  const rows = await db.$queryRaw<{ id: string; text: string; quote: string | null }[]>`
    SELECT c."id",
           ts_headline('english', c."text", ${tsQuery(q)}, ${options}) AS "text",
           CASE WHEN c."quote" IS NULL THEN NULL ELSE ts_headline('english', c."quote", ${tsQuery(q)}, ${options}) END AS "quote"
    FROM "Claim" c WHERE c."id" IN (${Prisma.join([...ids])})`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** Highlights for many short strings (source titles) in one query. */
async function highlightStrings(values: readonly string[], q: string, db: Db): Promise<Map<string, string>> {
  if (values.length === 0) return new Map();
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
  const rows = await db.$queryRaw<{ value: string; marked: string }[]>`
    SELECT v AS "value", ts_headline('english', v, ${tsQuery(q)}, ${options}) AS "marked"
    FROM unnest(${[...values]}::text[]) AS v`;
  return new Map(rows.map((row) => [row.value, row.marked]));
}

/** Ids of the claims on one page of a view. */
export async function listClaimIds(filters: ClaimListFilters, db: Db = getDb()): Promise<string[]> {
  const { join, orderBy } = claimOrderSql(filters);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Claim" c ${join} ${claimFilterSql(filters)} ${orderBy}
    LIMIT ${filters.size} OFFSET ${(filters.page - 1) * filters.size}`;
  return rows.map((row) => row.id);
}

/** How many claims match, counting no further than COUNT_CAP + 1. */
export async function countClaims(filters: ClaimListFilters, db: Db = getDb()): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Claim" c ${claimFilterSql(filters)} LIMIT ${COUNT_CAP + 1}) capped`;
  return row?.n ?? 0;
}

/** One page of the claims table for a view. */
export async function listClaims(filters: ClaimListFilters, db: Db = getDb()): Promise<ClaimListPage> {
  const [ids, counted] = await Promise.all([listClaimIds(filters, db), countClaims(filters, db)]);
  const rows = await hydrateClaimRows(ids, db);
  let withHighlights: ClaimListRow[] = rows.map((row) => ({ ...row, highlight: null }));
  if (filters.q && ids.length > 0) {
    const titles = [...new Set(rows.flatMap((row) => (row.firstAppearance ? [row.firstAppearance.sourceTitle] : [])))];
    const [marked, markedTitles] = await Promise.all([highlights(ids, filters.q, db), highlightStrings(titles, filters.q, db)]);
    withHighlights = rows.map((row) => {
      const mark = marked.get(row.id);
      const title = row.firstAppearance ? (markedTitles.get(row.firstAppearance.sourceTitle) ?? null) : null;
      return { ...row, highlight: mark ? { text: mark.text, quote: mark.quote, sourceTitle: title } : null };
    });
  }
  const totalIsCapped = counted > COUNT_CAP;
  const total = Math.min(counted, COUNT_CAP);
  return {
    rows: withHighlights,
    total,
    totalIsCapped,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / filters.size)),
  };
}
