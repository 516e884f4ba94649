import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ClaimListFilters } from "@/lib/claims/list-schema";
import type { AttributionKind, Stance } from "@/lib/claims/schema";
import { MARK_END, MARK_START } from "@/lib/claims/view-constants";
import { getDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { compareFuzzyDates, fuzzyDate, type DatePrecision, type FuzzyDate } from "@/lib/dates";
import { outletKeyOf } from "@/lib/provenance/origin-nodes";
import { summarizeOrigins, type OriginSummary } from "@/lib/provenance/origins";

/**
 * The claims table's query. Filtering, sorting and paging happen in the database: one
 * parameterised statement picks the page (claimIdsSql) and returns its rows with their
 * claimant, dispute and appearances (claimRowsSql), while the capped count (claimCountSql)
 * runs beside it. The same WHERE clause serves the page, the count and the CSV export.
 */

/** Counting stops here: past it the table says "10,000+". */
export const COUNT_CAP = 10_000;

/**
 * A search is ordered by relevance only when it has at most this many matches; past it, by
 * date (newest first). ts_rank has to score every match before the first row can be returned
 * (about 3 µs a match on PostgreSQL: ~50 ms for a word in 2% of a million claims, ~1 s for a
 * word in half of them), while newest-first walks the date index and stops after one page.
 * The trade-off: a broad search (a word in thousands of claims) is not ranked; its best
 * matches are not on the first page unless they are recent. Narrow it to get relevance back.
 */
export const RANK_LIMIT = 2_000;

/**
 * What a search matches and ranks: the words as typed (websearch syntax), an outlet's name also
 * matching the token its claims carry (migration 20261208500000). The function is declared
 * immutable, so the planner turns it into a constant once per statement and estimates the
 * matches from it (as it did from websearch_to_tsquery).
 */
const matchQuery = (q: string) => Prisma.sql`claimline_search_query(${q})`;
/** What a highlight marks: the words alone. */
const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/** The date order applies: sort=date, or relevance with nothing to rank. */
const sortsByDate = (filters: Pick<ClaimListFilters, "sort" | "q">) => filters.sort === "date" || (filters.sort === "relevance" && !filters.q);

const whereSql = (conditions: readonly Prisma.Sql[]) =>
  conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/** Enum values as parameters cast to their type, so the planner compares enums with enums. */
const enumList = (values: readonly string[], type: "Stance" | "AttributionKind") =>
  Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(`"${type}"`)}`));

/**
 * Imprecise dates match when their range overlaps the requested one. `alias` is the claim `c`,
 * or "ClaimPublisher" `cp`, whose copy of the claim's dates sits in its publisher-date index.
 */
function dateConditions(filters: ClaimListFilters, alias: "c" | "cp", { ordered = true }: { ordered?: boolean } = {}): Prisma.Sql[] {
  const table = Prisma.raw(alias);
  const conditions: Prisma.Sql[] = [];
  if (!filters.from && !filters.to) return conditions;
  const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);
  if (alias === "c") {
    // The overlap on the GiST-indexed range (migration 20261208300200): what the planner
    // estimates well and a bitmap scan can serve; the plain bound below lets an ordered walk of
    // the date index stop early.
    conditions.push(
      Prisma.sql`daterange(c."madeAtStart", c."madeAtEnd", '[]') && daterange(${day(filters.from?.start)}::date, ${day(filters.to?.end)}::date, '[]')`,
    );
  } else if (filters.from) {
    conditions.push(Prisma.sql`${table}."madeAtEnd" >= ${day(filters.from.start)}::date`);
  }
  // (A count has no order to walk: there the bound would only tempt the planner into ANDing a
  // bitmap of most of the table.)
  if (filters.to && (alias === "cp" || ordered)) conditions.push(Prisma.sql`${table}."madeAtStart" <= ${day(filters.to.end)}::date`);
  return conditions;
}

/**
 * Conditions on the claim alias `c`, except the publisher filter (and the dates, with `dates:
 * false`; `ordered: false` for a count). A claim's sources are probed as a scalar subquery
 * ("has one", LIMIT 1), never as EXISTS: the planner turns EXISTS into a semi-join and, on a
 * million claims, chose to hash every matching appearance rather than probe the index for the
 * few thousand claims the other filters leave.
 */
function claimConditions(
  filters: ClaimListFilters,
  { dates = true, ordered = true, stance = true }: { dates?: boolean; ordered?: boolean; stance?: boolean } = {},
): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.source.length > 0) {
    conditions.push(Prisma.sql`(
      SELECT true FROM "Appearance" a WHERE a."claimId" = c."id" AND a."sourceId" IN (${Prisma.join(filters.source)}) LIMIT 1)`);
  }
  if (filters.attribution.length > 0) {
    // The claim's trigger-maintained copy of its appearances' kinds (migration 20261208300400).
    conditions.push(Prisma.sql`c."attributions" && ARRAY[${enumList(filters.attribution, "AttributionKind")}]`);
  }
  // Annotations (#7): hidden notes do not count.
  if (filters.annotated || filters.motivation.length > 0) {
    const kinds = filters.motivation.length > 0 ? Prisma.sql`AND n."motivation"::text IN (${Prisma.join(filters.motivation)})` : Prisma.empty;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" n WHERE n."claimId" = c."id" AND n."hiddenAt" IS NULL ${kinds})`);
  }
  if (filters.actor.length > 0) conditions.push(Prisma.sql`c."claimantId" IN (${Prisma.join(filters.actor)})`);
  if (stance && filters.stance.length > 0) conditions.push(Prisma.sql`c."stance" IN (${enumList(filters.stance, "Stance")})`);
  if (filters.dispute.length === 1) {
    // One dispute as a scalar subquery (an InitPlan): the planner then estimates one dispute's
    // share of the claims and walks the (disputeId, madeAtStart) index, where a semi-join on
    // the slug (116 ms at 1m) or `= ANY(ARRAY(…))` (2.8 s: it scanned by date) guessed badly.
    conditions.push(Prisma.sql`c."disputeId" = (SELECT d."id" FROM "Dispute" d WHERE d."slug" = ${filters.dispute[0]!})`);
  } else if (filters.dispute.length > 1) {
    conditions.push(
      Prisma.sql`c."disputeId" IN (SELECT d."id" FROM "Dispute" d WHERE d."slug" IN (${Prisma.join(filters.dispute)}))`,
    );
  }
  if (dates) conditions.push(...dateConditions(filters, "c", { ordered }));
  if (filters.q) conditions.push(Prisma.sql`c."searchVector" @@ ${matchQuery(filters.q)}`);
  return conditions;
}

/**
 * The WHERE clause for a view, on the claim alias `c`. The publisher filter reads the
 * trigger-maintained "ClaimPublisher" (claim × publisher of any of its sources) instead of
 * joining Appearance to Source for every candidate claim.
 */
export function claimFilterSql(
  filters: ClaimListFilters,
  { ordered = true, extra = [] }: { ordered?: boolean; extra?: readonly Prisma.Sql[] } = {},
): Prisma.Sql {
  const conditions = claimConditions(filters, { ordered });
  if (filters.publisher.length > 0) {
    conditions.unshift(Prisma.sql`EXISTS (
      SELECT 1 FROM "ClaimPublisher" pub WHERE pub."claimId" = c."id" AND pub."publisherId" IN (${Prisma.join(filters.publisher)}))`);
  }
  return whereSql([...conditions, ...extra]);
}

/**
 * FROM … WHERE for one publisher's claims in a view, driven by "ClaimPublisher" cp: its
 * (publisherId, madeAtStart DESC, madeAtEnd DESC, claimId DESC, stance) index yields the
 * publisher's claims already in date order, with the date bounds and the stance applied on the
 * index's copies of them, and counts them without touching "Claim". "Claim" c is joined only
 * when another filter needs it. Several publishers are read one such scan each and merged
 * (see publisherMerge): `IN (a, b)` cannot read the index in order.
 */
function publisherDrivenSql(filters: ClaimListFilters, publisherId: string, extra: readonly Prisma.Sql[] = []): Prisma.Sql {
  const others = claimConditions(filters, { dates: false, stance: false });
  const join = others.length > 0 ? Prisma.sql`JOIN "Claim" c ON c."id" = cp."claimId"` : Prisma.empty;
  const stance = filters.stance.length > 0 ? [Prisma.sql`cp."stance" IN (${enumList(filters.stance, "Stance")})`] : [];
  return Prisma.sql`FROM "ClaimPublisher" cp ${join}
    ${whereSql([Prisma.sql`cp."publisherId" = ${publisherId}`, ...dateConditions(filters, "cp"), ...stance, ...extra, ...others])}`;
}

/**
 * JOINs and ORDER BY for a sort; every order ends in the id, so paging is stable. Names sort
 * case-insensitively by code point, the same on every database whatever its locale.
 * `rank: false` orders a relevance sort newest first instead (see RANK_LIMIT).
 */
export function claimOrderSql(
  filters: Pick<ClaimListFilters, "sort" | "dir" | "q">,
  { rank = true }: { rank?: boolean } = {},
): { join: Prisma.Sql; orderBy: Prisma.Sql } {
  const dir = filters.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const byDate = Prisma.sql`c."madeAtStart" ${dir}, c."madeAtEnd" ${dir}, c."id" ${dir}`;
  // The sort keys are trigger-maintained copies of lower(name) and lower(title) in collation
  // "C", each with an index per direction (migration 20261208300000).
  switch (filters.sort) {
    case "claimant":
      return { join: Prisma.empty, orderBy: Prisma.sql`ORDER BY c."claimantSortKey" ${dir}, c."madeAtStart" DESC, c."id" DESC` };
    case "dispute":
      return { join: Prisma.empty, orderBy: Prisma.sql`ORDER BY c."disputeSortKey" ${dir}, c."madeAtStart" DESC, c."id" DESC` };
    case "relevance":
      if (filters.q) {
        const ranked = rank ? Prisma.sql`ts_rank(c."searchVector", ${matchQuery(filters.q)}) ${dir}, ` : Prisma.empty;
        return { join: Prisma.empty, orderBy: Prisma.sql`ORDER BY ${ranked}c."madeAtStart" DESC, c."id" DESC` };
      }
      return { join: Prisma.empty, orderBy: Prisma.sql`ORDER BY ${byDate}` };
    case "date":
      return { join: Prisma.empty, orderBy: Prisma.sql`ORDER BY ${byDate}` };
  }
}

/** Where a keyset page starts: the sort values of the last row of the previous one. */
export interface ClaimCursor {
  madeAtStart: Date;
  madeAtEnd: Date;
  id: string;
  /** the sort key of a claimant or dispute sort */
  key: string;
}

/**
 * The condition "after `cursor` in this order" for a keyset page, with a leading bound the
 * index can start from (a tuple comparison mixing directions cannot be one).
 */
function afterCursorSql(
  filters: Pick<ClaimListFilters, "sort" | "dir" | "q">,
  cursor: ClaimCursor,
  alias: "c" | "cp",
): Prisma.Sql {
  const t = Prisma.raw(alias);
  const id = alias === "cp" ? Prisma.sql`cp."claimId"` : Prisma.sql`c."id"`;
  const start = Prisma.sql`${cursor.madeAtStart.toISOString().slice(0, 10)}::date`;
  const end = Prisma.sql`${cursor.madeAtEnd.toISOString().slice(0, 10)}::date`;
  const before = filters.dir === "asc" ? Prisma.sql`>` : Prisma.sql`<`;
  if (filters.sort === "claimant" || filters.sort === "dispute") {
    const key = filters.sort === "claimant" ? Prisma.sql`c."claimantSortKey"` : Prisma.sql`c."disputeSortKey"`;
    const op = filters.dir === "asc" ? Prisma.sql`>` : Prisma.sql`<`;
    const opOrEqual = filters.dir === "asc" ? Prisma.sql`>=` : Prisma.sql`<=`;
    return Prisma.sql`${key} ${opOrEqual} ${cursor.key} AND (${key} ${op} ${cursor.key}
      OR (${key} = ${cursor.key} AND (c."madeAtStart", c."id") < (${start}, ${cursor.id})))`;
  }
  if (filters.sort === "relevance" && filters.q) {
    // an unranked search: newest first, by (madeAtStart, id)
    return Prisma.sql`c."madeAtStart" <= ${start} AND (c."madeAtStart", c."id") < (${start}, ${cursor.id})`;
  }
  const bound = filters.dir === "asc" ? Prisma.sql`>=` : Prisma.sql`<=`;
  return Prisma.sql`${t}."madeAtStart" ${bound} ${start}
    AND (${t}."madeAtStart", ${t}."madeAtEnd", ${id}) ${before} (${start}, ${end}, ${cursor.id})`;
}

/** How a page is picked: OFFSET (`page`, `size` of the filters) or after a cursor. */
interface PageWindow {
  rank?: boolean;
  /** keyset paging: the first `filters.size` rows after this one (filters.page is ignored) */
  after?: ClaimCursor | null;
}

/**
 * Several publishers, sorted by date: one ordered, limited scan of each publisher's index,
 * merged. Each scan stops after offset + size rows (any claim among the first offset + size of
 * the merged, de-duplicated order is among the first offset + size of each of its publishers).
 */
function publisherMerge(
  filters: ClaimListFilters,
  columns: (alias: "cp") => Prisma.Sql,
  branchLimit: number,
  after: ClaimCursor | null,
  ordered: boolean,
): Prisma.Sql {
  const dir = filters.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const order = ordered ? Prisma.sql`ORDER BY cp."madeAtStart" ${dir}, cp."madeAtEnd" ${dir}, cp."claimId" ${dir}` : Prisma.empty;
  const extra = after ? [afterCursorSql(filters, after, "cp")] : [];
  const branches = filters.publisher.map(
    (publisherId) => Prisma.sql`(SELECT ${columns("cp")} ${publisherDrivenSql(filters, publisherId, extra)} ${order} LIMIT ${branchLimit})`,
  );
  return Prisma.join(branches, " UNION ALL ");
}

/**
 * The statement for one page's claim ids (column "id"). `rank` as in claimOrderSql.
 * Sorted by date with a publisher filter, it walks "ClaimPublisher"'s date index (the same
 * order as claimOrderSql's, on the copied dates); otherwise it filters and orders "Claim".
 */
export function claimIdsSql(filters: ClaimListFilters, { rank = true, after }: PageWindow = {}): Prisma.Sql {
  const offset = after !== undefined ? 0 : (filters.page - 1) * filters.size;
  const limit = Prisma.sql`LIMIT ${filters.size} OFFSET ${offset}`;
  const cursor = after ?? null;
  if (filters.publisher.length > 0 && sortsByDate(filters)) {
    const dir = filters.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
    if (filters.publisher.length === 1) {
      const extra = cursor ? [afterCursorSql(filters, cursor, "cp")] : [];
      return Prisma.sql`SELECT cp."claimId" AS "id", cp."madeAtStart", cp."madeAtEnd" ${publisherDrivenSql(filters, filters.publisher[0]!, extra)}
        ORDER BY cp."madeAtStart" ${dir}, cp."madeAtEnd" ${dir}, cp."claimId" ${dir} ${limit}`;
    }
    const columns = () => Prisma.sql`cp."claimId", cp."madeAtStart", cp."madeAtEnd"`;
    return Prisma.sql`SELECT DISTINCT merged."claimId" AS "id", merged."madeAtStart", merged."madeAtEnd"
      FROM (${publisherMerge(filters, columns, offset + filters.size, cursor, true)}) merged
      ORDER BY merged."madeAtStart" ${dir}, merged."madeAtEnd" ${dir}, merged."claimId" ${dir} ${limit}`;
  }
  const { join, orderBy } = claimOrderSql(filters, { rank });
  const where = claimFilterSql(filters, { extra: cursor ? [afterCursorSql(filters, cursor, "c")] : [] });
  return Prisma.sql`SELECT c."id" FROM "Claim" c ${join} ${where} ${orderBy} ${limit}`;
}

/** The statement counting a view's claims, no further than `cap` + 1 (column "n"). */
export function claimCountSql(filters: ClaimListFilters, cap: number = COUNT_CAP): Prisma.Sql {
  let matches: Prisma.Sql;
  // A search, source, claimant or dispute narrows more than a publisher does: then the planner
  // picks the side to start from (the publisher becomes a probe of ClaimPublisher's key).
  const narrower = Boolean(filters.q) || filters.source.length + filters.actor.length + filters.dispute.length > 0;
  if (narrower) {
    matches = Prisma.sql`SELECT 1 FROM "Claim" c ${claimFilterSql(filters, { ordered: false })}`;
  } else if (filters.publisher.length === 1) {
    matches = Prisma.sql`SELECT cp."claimId" ${publisherDrivenSql(filters, filters.publisher[0]!)}`;
  } else if (filters.publisher.length > 1) {
    // Each publisher's scan stops after cap + 1 claims: if one has more, so has the union.
    const columns = () => Prisma.sql`cp."claimId"`;
    matches = Prisma.sql`SELECT DISTINCT merged."claimId" FROM (${publisherMerge(filters, columns, cap + 1, null, false)}) merged`;
  } else {
    matches = Prisma.sql`SELECT 1 FROM "Claim" c ${claimFilterSql(filters, { ordered: false })}`;
  }
  return Prisma.sql`SELECT count(*)::int AS n FROM (${matches} LIMIT ${cap + 1}) capped`;
}

/** One appearance as the rows statement aggregates it (JSON: dates are "YYYY-MM-DD"). */
interface AppearanceRecord {
  id: string;
  viaId: string | null;
  attribution: AttributionKind;
  reportedStart: string;
  reportedEnd: string;
  reportedPrecision: DatePrecision;
  sourceId: string;
  sourceTitle: string;
  publisherName: string | null;
  publisherId: string | null;
  independentlySourced: boolean;
}

interface ClaimRowRecord {
  id: string;
  text: string;
  quote: string | null;
  stance: Stance;
  status: "ACTIVE" | "RETRACTED" | "SUPERSEDED";
  madeAtStart: Date;
  madeAtEnd: Date;
  madeAtPrecision: DatePrecision;
  claimantId: string;
  claimantName: string;
  disputeSlug: string;
  disputeTitle: string;
  appearances: AppearanceRecord[] | null;
  claimantSortKey: string;
  disputeSortKey: string;
  annotationCount: number;
}

/**
 * The table rows for the claims an ids statement picks, in its order, in one statement: the
 * claimant, the dispute and every appearance (aggregated as JSON) come with each claim, so a
 * page is one round trip (plus the count, in parallel) rather than one per relation.
 */
export function claimRowsSql(idsSql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH page AS (SELECT ids."id", row_number() OVER () AS ord FROM (${idsSql}) ids)
    SELECT c."id", c."text", c."quote", c."stance"::text AS "stance", c."status"::text AS "status",
           c."madeAtStart", c."madeAtEnd", c."madeAtPrecision"::text AS "madeAtPrecision",
           claimant."id" AS "claimantId", claimant."name" AS "claimantName",
           d."slug" AS "disputeSlug", d."title" AS "disputeTitle", ap."appearances",
           c."claimantSortKey", c."disputeSortKey",
           (SELECT count(*)::int FROM "Annotation" n WHERE n."claimId" = c."id" AND n."hiddenAt" IS NULL) AS "annotationCount"
    FROM page
    JOIN "Claim" c ON c."id" = page."id"
    JOIN "Actor" claimant ON claimant."id" = c."claimantId"
    JOIN "Dispute" d ON d."id" = c."disputeId"
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'id', a."id", 'viaId', a."viaId", 'attribution', a."attribution",
               'independentlySourced', a."independentlySourced", 'publisherId', s."publisherId",
               'reportedStart', a."reportedStart", 'reportedEnd', a."reportedEnd",
               'reportedPrecision', a."reportedPrecision",
               'sourceId', s."id", 'sourceTitle', s."title", 'publisherName', publisher."name")) AS "appearances"
      FROM "Appearance" a
      JOIN "Source" s ON s."id" = a."sourceId"
      LEFT JOIN "Actor" publisher ON publisher."id" = s."publisherId"
      WHERE a."claimId" = c."id"
    ) ap ON true
    ORDER BY page.ord`;
}

export interface ClaimListRow {
  id: string;
  text: string;
  quote: string | null;
  stance: Stance;
  status: ClaimRowRecord["status"];
  madeAt: FuzzyDate;
  claimant: { id: string; name: string };
  dispute: { slug: string; title: string };
  firstAppearance: { sourceId: string; sourceTitle: string; outlet: string; reportedAt: FuzzyDate } | null;
  appearanceCount: number;
  /** every outlet that carried the claim (publisher, or the source when it has none), earliest first */
  outlets: string[];
  /** independent origins, outlets and relays (docs/origins.md) */
  origins: OriginSummary;
  attributions: AttributionKind[];
  /** visible annotations (replies included) */
  annotationCount: number;
  /** text, quote and first source title with MARK_START/MARK_END around search matches */
  highlight: { text: string; quote: string | null; sourceTitle: string | null } | null;
}

export interface ClaimListPage {
  rows: ClaimListRow[];
  /** a relevance sort that matched too many claims to rank: listed newest first instead */
  unrankedSearch: boolean;
  /** matching claims, counted up to COUNT_CAP */
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageCount: number;
}

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

function toRow(claim: ClaimRowRecord): Omit<ClaimListRow, "highlight"> {
  const appearances = (claim.appearances ?? []).map((appearance) => ({
    ...appearance,
    reportedAt: fuzzyDate(day(appearance.reportedStart), day(appearance.reportedEnd), appearance.reportedPrecision),
  }));
  // The first appearance is the earliest root of the claim's provenance chains.
  const roots = appearances.filter((appearance) => appearance.viaId === null);
  // Ties on dates go to the smaller id, so the pick does not depend on the order rows came back in.
  const first = [...(roots.length > 0 ? roots : appearances)].sort(
    (a, b) => compareFuzzyDates(a.reportedAt, b.reportedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0];
  return {
    id: claim.id,
    text: claim.text,
    quote: claim.quote,
    stance: claim.stance,
    status: claim.status,
    madeAt: fuzzyDate(claim.madeAtStart, claim.madeAtEnd, claim.madeAtPrecision),
    claimant: { id: claim.claimantId, name: claim.claimantName },
    dispute: { slug: claim.disputeSlug, title: claim.disputeTitle },
    firstAppearance: first
      ? {
          sourceId: first.sourceId,
          sourceTitle: first.sourceTitle,
          outlet: first.publisherName ?? first.sourceTitle,
          reportedAt: first.reportedAt,
        }
      : null,
    appearanceCount: appearances.length,
    outlets: [
      ...new Set(
        [...appearances]
          .map((appearance) => ({ ...appearance, outlet: appearance.publisherName ?? appearance.sourceTitle }))
          .sort((a, b) => compareFuzzyDates(a.reportedAt, b.reportedAt) || a.outlet.localeCompare(b.outlet))
          .map((appearance) => appearance.outlet),
      ),
    ],
    origins: summarizeOrigins(
      appearances.map((appearance) => ({ ...appearance, outletKey: outletKeyOf(appearance.sourceId, appearance.publisherId) })),
    ),
    attributions: [...new Set(appearances.map((appearance) => appearance.attribution))],
    annotationCount: claim.annotationCount,
  };
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

/** Whether a search view is ordered by relevance: only with at most RANK_LIMIT matches. */
export async function ranksSearch(filters: ClaimListFilters, db: Db = getDb()): Promise<boolean> {
  if (!filters.q || filters.sort !== "relevance") return false;
  const [row] = await db.$queryRaw<{ n: number }[]>(claimCountSql(filters, RANK_LIMIT));
  return (row?.n ?? 0) <= RANK_LIMIT;
}

/** The rows of one page of a view (ranked when the search is narrow enough; see RANK_LIMIT). */
export async function listClaimRows(
  filters: ClaimListFilters,
  db: Db = getDb(),
  /** decided already (an export pages through one view, so it decides once) */
  rankDecision?: boolean,
): Promise<{ rows: Omit<ClaimListRow, "highlight">[]; ranked: boolean }> {
  const ranked = rankDecision ?? (await ranksSearch(filters, db));
  const records = await db.$queryRaw<ClaimRowRecord[]>(claimRowsSql(claimIdsSql(filters, { rank: ranked })));
  return { rows: records.map(toRow), ranked };
}

/** Where the next keyset page starts after `record`, in the order of `filters`. */
function cursorOf(filters: Pick<ClaimListFilters, "sort">, record: ClaimRowRecord): ClaimCursor {
  const key = filters.sort === "claimant" ? record.claimantSortKey : filters.sort === "dispute" ? record.disputeSortKey : "";
  return { madeAtStart: record.madeAtStart, madeAtEnd: record.madeAtEnd, id: record.id, key };
}

/**
 * Keyset paging through a whole view (the CSV export): the next `filters.size` rows after
 * `after` (null: from the start), and the cursor for the batch after them (null at the end).
 * Each batch starts from an index position instead of counting OFFSET rows from the top, so
 * every batch costs the same however deep it is. A ranked search has at most RANK_LIMIT
 * matches and comes in one batch (ranks do not make a stable keyset).
 */
export async function listClaimRowsAfter(
  filters: ClaimListFilters,
  after: ClaimCursor | null,
  ranked: boolean,
  db: Db = getDb(),
): Promise<{ rows: Omit<ClaimListRow, "highlight">[]; next: ClaimCursor | null }> {
  if (ranked) {
    if (after) return { rows: [], next: null };
    const records = await db.$queryRaw<ClaimRowRecord[]>(
      claimRowsSql(claimIdsSql({ ...filters, page: 1, size: RANK_LIMIT + 1 }, { rank: true })),
    );
    return { rows: records.map(toRow), next: null };
  }
  const records = await db.$queryRaw<ClaimRowRecord[]>(claimRowsSql(claimIdsSql(filters, { rank: false, after })));
  const last = records.at(-1);
  return { rows: records.map(toRow), next: last && records.length === filters.size ? cursorOf(filters, last) : null };
}

/** How many claims match, counting no further than COUNT_CAP + 1. */
export async function countClaims(filters: ClaimListFilters, db: Db = getDb()): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(claimCountSql(filters));
  return row?.n ?? 0;
}

/** One page of the claims table for a view. */
export async function listClaims(filters: ClaimListFilters, db: Db = getDb()): Promise<ClaimListPage> {
  const [{ rows, ranked }, counted] = await Promise.all([listClaimRows(filters, db), countClaims(filters, db)]);
  const ids = rows.map((row) => row.id);
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
    unrankedSearch: filters.sort === "relevance" && Boolean(filters.q) && !ranked,
    total,
    totalIsCapped,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / filters.size)),
  };
}
