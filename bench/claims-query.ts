// The claims table's query, two ways: through the app's own data layer (listClaims) and as one
// hand-written SQL statement returning the same page (and its capped count). Both are run on
// the same Prisma client (the raw one through $queryRawUnsafe) and, for reference, the raw one
// straight on the driver (node-postgres or PGlite). Every run checks that all of them return
// the same claims in the same order.
import pg from "pg";
import { claimCountSql, claimIdsSql, COUNT_CAP, listClaims, RANK_LIMIT, type ClaimListPage } from "@/lib/claims/list";
import { MARK_END, MARK_START } from "@/lib/claims/view-constants";
import { parseClaimListParams, type ClaimListFilters } from "@/lib/claims/list-schema";
import type { Db } from "@/lib/db/client";
import type { DbTarget } from "@/lib/db/target";
import { measureInterleaved, type Stats } from "./stats";

export interface QueryCase {
  key: string;
  /** what it shows, for the report */
  label: string;
  /** the /claims URL parameters of this view */
  params: Record<string, string>;
}

export interface RawDriver {
  readonly label: string;
  query<Row>(sql: string, params: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** node-postgres on its own connection (dates kept as text), or the PGlite instance itself. */
export async function openRawDriver(target: DbTarget): Promise<RawDriver> {
  if (target.kind === "pglite") {
    return {
      label: "PGlite .query()",
      query: async <Row>(sql: string, params: readonly unknown[]) => (await target.pglite.query<Row>(sql, [...params])).rows,
      close: async () => undefined,
    };
  }
  const client = new pg.Client({
    connectionString: target.url,
    types: { getTypeParser: (oid: number, format?: "text" | "binary") => (oid === 1082 ? (value: string) => value : pg.types.getTypeParser(oid, format)) },
  });
  await client.connect();
  return {
    label: "node-postgres Client.query()",
    query: async <Row>(sql: string, params: readonly unknown[]) => (await client.query(sql, [...params])).rows as Row[],
    close: () => client.end(),
  };
}

export interface RawRow {
  id: string;
  text: string;
  quote: string | null;
  claimantName: string;
  disputeTitle: string;
  sourceId: string | null;
  sourceTitle: string | null;
  outlet: string | null;
  reportedStart: Date | string | null;
  reportedEnd: Date | string | null;
  appearances: number;
  origins: number;
  total: number;
  hlText: string | null;
  hlQuote: string | null;
  hlSourceTitle: string | null;
}

const HIGHLIGHT_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/**
 * One statement for the page: the page's claims (filter, order, LIMIT/OFFSET), each with its
 * claimant, dispute, first appearance (earliest root, else earliest; ties by id), appearance and
 * origin counts, search highlights, and the capped count of all matches as an InitPlan.
 * Supports the views the bench measures: one publisher sorted by date, or a text search by relevance.
 * Written as an expert would against this schema: the publisher view walks "ClaimPublisher"'s
 * (publisherId, madeAtStart, madeAtEnd, claimId) index and counts from its primary key; the
 * search ranks only when there are at most RANK_LIMIT matches (the app's rule), as two
 * branches gated by one-time filters so each keeps its own plan (bitmap + sort when ranking,
 * the date index when not).
 */
export function rawClaimsStatement(filters: ClaimListFilters): { sql: string; params: unknown[] } {
  const onlyPublisher = filters.publisher.length === 1 && !filters.q && filters.sort === "date";
  const onlySearch = filters.q !== "" && filters.publisher.length === 0 && filters.sort === "relevance";
  const otherFilters =
    filters.source.length + filters.actor.length + filters.dispute.length + filters.stance.length + filters.attribution.length > 0 ||
    filters.from !== null ||
    filters.to !== null;
  if ((!onlyPublisher && !onlySearch) || otherFilters) throw new Error("rawClaimsStatement: unsupported view");
  const dir = filters.dir === "asc" ? "ASC" : "DESC";
  const limit = `LIMIT ${filters.size} OFFSET ${(filters.page - 1) * filters.size}`;
  // Matched and ranked as the app does (claimline_search_query), highlighted by the words alone.
  const query = `claimline_search_query($1)`;
  const words = `websearch_to_tsquery('english', $1)`;
  const columns = `c."id", c."text", c."quote", c."madeAtStart", c."madeAtEnd", c."claimantId", c."disputeId"`;
  let page: string;
  let total: string;
  if (onlyPublisher) {
    page = `
  SELECT ${columns}, 0::real AS "rank"
  FROM "ClaimPublisher" cp JOIN "Claim" c ON c."id" = cp."claimId"
  WHERE cp."publisherId" = $1
  ORDER BY cp."madeAtStart" ${dir}, cp."madeAtEnd" ${dir}, cp."claimId" ${dir}
  ${limit}`;
    total = `(SELECT count(*)::int FROM (SELECT 1 FROM "ClaimPublisher" cp WHERE cp."publisherId" = $1 LIMIT ${COUNT_CAP + 1}) capped)`;
  } else {
    const matches = (cap: number) => `(SELECT count(*)::int FROM (SELECT 1 FROM "Claim" c WHERE c."searchVector" @@ ${query} LIMIT ${cap + 1}) capped)`;
    page = `
  (SELECT ${columns}, ts_rank(c."searchVector", ${query}) AS "rank"
   FROM "Claim" c WHERE c."searchVector" @@ ${query} AND ${matches(RANK_LIMIT)} <= ${RANK_LIMIT}
   ORDER BY 8 ${dir}, c."madeAtStart" DESC, c."id" DESC
   ${limit})
  UNION ALL
  (SELECT ${columns}, 0::real AS "rank"
   FROM "Claim" c WHERE c."searchVector" @@ ${query} AND ${matches(RANK_LIMIT)} > ${RANK_LIMIT}
   ORDER BY c."madeAtStart" DESC, c."id" DESC
   ${limit})`;
    total = matches(COUNT_CAP);
  }
  const outerOrder = onlyPublisher
    ? `p."madeAtStart" ${dir}, p."madeAtEnd" ${dir}, p."id" ${dir}`
    : `p."rank" ${dir}, p."madeAtStart" DESC, p."id" DESC`;
  const highlight = (column: string) =>
    onlySearch ? `CASE WHEN ${column} IS NULL THEN NULL ELSE ts_headline('english', ${column}, ${words}, $2) END` : `NULL::text`;
  const sql = `
WITH page AS (${page}
)
SELECT p."id", p."text", p."quote", ac."name" AS "claimantName", d."title" AS "disputeTitle",
       fa."sourceId", fa."sourceTitle", fa."outlet", fa."reportedStart", fa."reportedEnd",
       ap."appearances", ap."origins",
       ${total} AS "total",
       ${highlight(`p."text"`)} AS "hlText", ${highlight(`p."quote"`)} AS "hlQuote", ${highlight(`fa."sourceTitle"`)} AS "hlSourceTitle"
FROM page p
JOIN "Actor" ac ON ac."id" = p."claimantId"
JOIN "Dispute" d ON d."id" = p."disputeId"
CROSS JOIN LATERAL (
  -- independent origins (docs/origins.md): the unmarked roots are one origin, each root marked
  -- independently sourced is one more
  SELECT count(*)::int AS "appearances",
         ((CASE WHEN bool_or(a."viaId" IS NULL AND NOT a."independentlySourced") THEN 1 ELSE 0 END)
          + count(*) FILTER (WHERE a."viaId" IS NULL AND a."independentlySourced"))::int AS "origins"
  FROM "Appearance" a WHERE a."claimId" = p."id"
) ap
LEFT JOIN LATERAL (
  SELECT a."sourceId", s."title" AS "sourceTitle", coalesce(pub."name", s."title") AS "outlet", a."reportedStart", a."reportedEnd"
  FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId" LEFT JOIN "Actor" pub ON pub."id" = s."publisherId"
  WHERE a."claimId" = p."id"
  ORDER BY (a."viaId" IS NULL) DESC, a."reportedStart", a."reportedEnd", a."id" COLLATE "C"
  LIMIT 1
) fa ON true
ORDER BY ${outerOrder}`;
  const params: unknown[] = onlyPublisher ? [filters.publisher[0]] : [filters.q, HIGHLIGHT_OPTIONS];
  return { sql, params };
}

function day(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export interface Verification {
  rows: number;
  total: number;
  totalIsCapped: boolean;
  /** rows whose first appearance ties with another on dates, so the app's pick is arbitrary */
  firstAppearanceTies: number;
}

export class MismatchError extends Error {
  constructor(label: string, detail: string) {
    super(`${label}: the app and the raw SQL disagree: ${detail}`);
    this.name = "MismatchError";
  }
}

/** Throws MismatchError unless `raw` is the same page as `app` (same claims, same order, same facts). */
export function verifySamePage(label: string, app: ClaimListPage, raw: readonly RawRow[]): Verification {
  const appIds = app.rows.map((row) => row.id);
  const rawIds = raw.map((row) => row.id);
  if (appIds.join() !== rawIds.join()) {
    const index = appIds.findIndex((id, i) => id !== rawIds[i]);
    throw new MismatchError(
      label,
      `claim ids differ (${appIds.length} vs ${rawIds.length} rows; first difference at row ${index}: ${appIds[index]} vs ${rawIds[index]})`,
    );
  }
  const rawTotal = raw[0]?.total ?? 0;
  if (app.rows.length > 0 && (app.total !== Math.min(rawTotal, COUNT_CAP) || app.totalIsCapped !== rawTotal > COUNT_CAP)) {
    throw new MismatchError(label, `counts differ (app ${app.total}${app.totalIsCapped ? "+" : ""}, raw ${rawTotal})`);
  }
  let ties = 0;
  app.rows.forEach((row, index) => {
    const other = raw[index];
    if (!other) throw new MismatchError(label, `row ${index} missing`);
    const problems: string[] = [];
    if (row.text !== other.text) problems.push("text");
    if (row.quote !== other.quote) problems.push("quote");
    if (row.claimant.name !== other.claimantName) problems.push("claimant");
    if (row.dispute.title !== other.disputeTitle) problems.push("dispute");
    if (row.appearanceCount !== other.appearances) problems.push(`appearance count ${row.appearanceCount}/${other.appearances}`);
    if (row.origins.origins !== other.origins) problems.push(`origin count ${row.origins.origins}/${other.origins}`);
    const first = row.firstAppearance;
    const sameDates = day(first?.reportedAt.start) === day(other.reportedStart) && day(first?.reportedAt.end) === day(other.reportedEnd);
    if (!sameDates) problems.push(`first appearance date ${day(first?.reportedAt.start)}/${day(other.reportedStart)}`);
    else if ((first?.sourceId ?? null) !== other.sourceId) ties++;
    else if ((first?.outlet ?? null) !== other.outlet) problems.push("first appearance outlet");
    if (row.highlight || other.hlText !== null) {
      if (row.highlight?.text !== other.hlText) problems.push("highlighted text");
      if ((row.highlight?.quote ?? null) !== other.hlQuote) problems.push("highlighted quote");
      if ((first?.sourceId ?? null) === other.sourceId && (row.highlight?.sourceTitle ?? null) !== other.hlSourceTitle) {
        problems.push("highlighted source title");
      }
    }
    if (problems.length > 0) throw new MismatchError(label, `row ${index} (${row.id}): ${problems.join(", ")}`);
  });
  return { rows: app.rows.length, total: app.total, totalIsCapped: app.totalIsCapped, firstAppearanceTies: ties };
}

export interface QueryCaseResult {
  key: string;
  label: string;
  url: string;
  verification: Verification;
  app: Stats;
  rawPrisma: Stats;
  rawDriver: Stats;
  /** app p50 / raw (Prisma) p50 */
  ratio: number;
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  minIterations: number;
  budgetMs: number;
}

export async function measureQueryCase(db: Db, driver: RawDriver, queryCase: QueryCase, options: MeasureOptions): Promise<QueryCaseResult> {
  const { filters } = parseClaimListParams(queryCase.params);
  const { sql, params } = rawClaimsStatement(filters);
  const app = () => listClaims(filters, db);
  const rawPrisma = () => db.$queryRawUnsafe<RawRow[]>(sql, ...params);
  const rawDriver = () => driver.query<RawRow>(sql, params);

  // Same page three ways, checked before anything is timed (and fails the run if not).
  const appPage = await app();
  const verification = verifySamePage(`${queryCase.key} (Prisma raw)`, appPage, await rawPrisma());
  verifySamePage(`${queryCase.key} (${driver.label})`, appPage, await rawDriver());
  if (appPage.rows.length === 0) throw new Error(`${queryCase.key}: the view is empty; the bench needs a full page`);

  const stats = await measureInterleaved({ app, rawPrisma, rawDriver }, options);
  const appStats = stats.app;
  const rawPrismaStats = stats.rawPrisma;
  const rawDriverStats = stats.rawDriver;
  if (!appStats || !rawPrismaStats || !rawDriverStats) throw new Error("missing samples");
  return {
    key: queryCase.key,
    label: queryCase.label,
    url: `/claims?${new URLSearchParams(queryCase.params).toString()}`,
    verification,
    app: appStats,
    rawPrisma: rawPrismaStats,
    rawDriver: rawDriverStats,
    ratio: Math.round((appStats.p50 / rawPrismaStats.p50) * 100) / 100,
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements listClaims sends for a view: the page's ids and
 * the capped count, built by list.ts's own claimIdsSql/claimCountSql (for a search, after the
 * same RANK_LIMIT probe). listClaimRows wraps the ids statement to fetch the rows in the same
 * round trip; that wrapper is not included here.
 */
export async function explainAppQueries(driver: RawDriver, params: Record<string, string>): Promise<{ ids: string; count: string }> {
  const { filters } = parseClaimListParams(params);
  let note = "";
  let rank = true;
  if (filters.q && filters.sort === "relevance") {
    const probe = claimCountSql(filters, RANK_LIMIT);
    const [row] = await driver.query<{ n: number }>(probe.text, probe.values);
    rank = (row?.n ?? 0) <= RANK_LIMIT;
    note = `-- ${rank ? "ranked" : "not ranked, newest first"}: the probe counted ${row?.n ?? 0} matches (cap ${RANK_LIMIT} + 1)\n`;
  }
  const ids = claimIdsSql(filters, { rank });
  const count = claimCountSql(filters);
  const plan = async (statement: { text: string; values: unknown[] }) =>
    (await driver.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values))
      .map((row) => row["QUERY PLAN"])
      .join("\n");
  const show = (statement: { text: string; values: unknown[] }) => `${statement.text.trim()}\n-- parameters: ${JSON.stringify(statement.values)}\n`;
  return {
    ids: `${note}${show(ids)}${await plan(ids)}`,
    count: `${show(count)}${await plan(count)}`,
  };
}
