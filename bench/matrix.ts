// The benchmark matrix (issue #9): every /claims parameter alone and in realistic combinations,
// each through the app's data layer (listClaims) against the best hand-written statement for
// the same page; every page type through the production server; and the CSV export's rows/s.
// Results go to bench/.data/matrix-<db>-<size>.json; `--report` writes the Matrix section of
// docs/benchmarks.md from every result file there (growth 1m ÷ 100k when both sizes exist).
//
// CLI:  npm run bench:matrix -- --db postgres --size 1m [--iterations 30] [--skip-server] [--skip-export]
//                              [--only <view key prefix>]  (only those views, logged, nothing written)
//       npm run bench:matrix -- --report
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { streamClaimsCsv } from "@/lib/claims/csv";
import { COUNT_CAP, listClaims, RANK_LIMIT } from "@/lib/claims/list";
import { parseClaimListParams } from "@/lib/claims/list-schema";
// Aliased: `useDb` is not a React hook, but the hooks lint rule goes by the name.
import { useDb as installDb } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { MARK_END, MARK_START } from "@/lib/claims/view-constants";
import { verifySamePage, type RawRow } from "./claims-query";
import { readDatasetInfo, type DatasetInfo } from "./generate";
import { measureFirstLoadJs, type FirstLoad } from "./first-load-js";
import { measureRender, startServer, type RenderResult } from "./server";
import { formatMs, measureInterleaved, type Stats } from "./stats";
import { BENCH_DATA_DIR, closeBenchTarget, openBenchTarget, parseSize, pgliteDir, postgresUrl, sizeLabel, type BenchDb } from "./targets";

const log = (line: string) => console.log(`[matrix] ${line}`);

/** One /claims view: its URL parameters and the hand-written statement for its page. */
interface MatrixView {
  key: string;
  label: string;
  params: Record<string, string | string[]>;
  raw: { sql: string; params: unknown[] };
}

const DATE_ORDER = (alias: string, id = "id") => `${alias}."madeAtStart" DESC, ${alias}."madeAtEnd" DESC, ${alias}."${id}" DESC`;
const COLUMNS = `c."id", c."text", c."quote", c."madeAtStart", c."madeAtEnd", c."claimantId", c."disputeId"`;
const HIGHLIGHT_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/**
 * The statement around a hand-written page: `page` selects the page's claims (COLUMNS plus
 * "rank", ordered and limited) and `total` is a scalar subquery counting matches up to the cap.
 * It adds what the table shows for each row (claimant, dispute, first appearance, counts, and
 * for a search the highlights), in one round trip. `qParam` is the $n of the search text.
 */
function wrap(page: string, total: string, outerOrder: string, params: unknown[], qParam: number | null): { sql: string; params: unknown[] } {
  const optionsParam = params.length + 1;
  const query = qParam ? `websearch_to_tsquery('english', $${qParam})` : "";
  const highlight = (column: string) =>
    qParam ? `CASE WHEN ${column} IS NULL THEN NULL ELSE ts_headline('english', ${column}, ${query}, $${optionsParam}) END` : `NULL::text`;
  const sql = `
WITH page AS (${page})
SELECT p."id", p."text", p."quote", ac."name" AS "claimantName", d."title" AS "disputeTitle",
       fa."sourceId", fa."sourceTitle", fa."outlet", fa."reportedStart", fa."reportedEnd",
       ap."appearances", ap."origins", ${total} AS "total",
       ${highlight(`p."text"`)} AS "hlText", ${highlight(`p."quote"`)} AS "hlQuote", ${highlight(`fa."sourceTitle"`)} AS "hlSourceTitle"
FROM page p
JOIN "Actor" ac ON ac."id" = p."claimantId"
JOIN "Dispute" d ON d."id" = p."disputeId"
CROSS JOIN LATERAL (
  SELECT count(*)::int AS "appearances",
         ((CASE WHEN bool_or(a."viaId" IS NULL AND NOT a."independentlySourced") THEN 1 ELSE 0 END)
          + count(*) FILTER (WHERE a."viaId" IS NULL AND a."independentlySourced"))::int AS "origins"
  FROM "Appearance" a WHERE a."claimId" = p."id") ap
LEFT JOIN LATERAL (
  SELECT a."sourceId", s."title" AS "sourceTitle", coalesce(pub."name", s."title") AS "outlet", a."reportedStart", a."reportedEnd"
  FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId" LEFT JOIN "Actor" pub ON pub."id" = s."publisherId"
  WHERE a."claimId" = p."id"
  ORDER BY (a."viaId" IS NULL) DESC, a."reportedStart", a."reportedEnd", a."id" COLLATE "C" LIMIT 1) fa ON true
ORDER BY ${outerOrder}`;
  return { sql, params: qParam ? [...params, HIGHLIGHT_OPTIONS] : params };
}

const capped = (from: string) => `(SELECT count(*)::int FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP + 1}) capped)`;
const DATE_OUTER = `p."madeAtStart" DESC, p."madeAtEnd" DESC, p."id" DESC`;

/** A view of "Claim" c filtered by `where`, newest first (or `order`), one page of 50 at `offset`. */
function claimScan(where: string, params: unknown[], options: { order?: string; outer?: string; offset?: number } = {}) {
  const from = `FROM "Claim" c ${where ? `WHERE ${where}` : ""}`;
  const page = `SELECT ${COLUMNS}, 0::real AS "rank" ${from} ORDER BY ${options.order ?? DATE_ORDER("c")} LIMIT 50 OFFSET ${options.offset ?? 0}`;
  return wrap(page, capped(from), options.outer ?? DATE_OUTER, params, null);
}

/** Several publishers' claims, newest first: one ordered scan of each publisher's index, merged. */
function publisherMerge(publishers: string[], where: string, params: unknown[]) {
  const branches = publishers
    .map((_, index) => {
      const p = params.length + index + 1;
      return `(SELECT cp."claimId", cp."madeAtStart", cp."madeAtEnd" FROM "ClaimPublisher" cp
        WHERE cp."publisherId" = $${p} ${where ? `AND ${where}` : ""} ORDER BY ${DATE_ORDER("cp", "claimId")} LIMIT 50)`;
    })
    .join(" UNION ALL ");
  const countBranches = publishers
    .map((_, index) => `(SELECT cp."claimId" FROM "ClaimPublisher" cp WHERE cp."publisherId" = $${params.length + index + 1} LIMIT ${COUNT_CAP + 1})`)
    .join(" UNION ALL ");
  const page = `SELECT ${COLUMNS}, 0::real AS "rank" FROM (SELECT DISTINCT * FROM (${branches}) u ORDER BY 2 DESC, 3 DESC, 1 DESC LIMIT 50) m
    JOIN "Claim" c ON c."id" = m."claimId"`;
  const total = `(SELECT count(*)::int FROM (SELECT DISTINCT "claimId" FROM (${countBranches}) u LIMIT ${COUNT_CAP + 1}) capped)`;
  return wrap(page, total, DATE_OUTER, [...params, ...publishers], null);
}

/** A search, ranked when it has at most RANK_LIMIT matches (the app's rule), else newest first. */
function search(q: string, extraFrom = "", extraWhere = "", extraParams: unknown[] = []) {
  // The app's query (claimline_search_query: words, and outlets' tokens for words of their names).
  const matchFrom = `FROM "Claim" c ${extraFrom} WHERE c."searchVector" @@ claimline_search_query($1) ${extraWhere}`;
  const probe = (cap: number) => `(SELECT count(*)::int FROM (SELECT 1 ${matchFrom} LIMIT ${cap + 1}) capped)`;
  const page = `
  (SELECT ${COLUMNS}, ts_rank(c."searchVector", claimline_search_query($1)) AS "rank" ${matchFrom} AND ${probe(RANK_LIMIT)} <= ${RANK_LIMIT}
   ORDER BY 8 DESC, c."madeAtStart" DESC, c."id" DESC LIMIT 50)
  UNION ALL
  (SELECT ${COLUMNS}, 0::real AS "rank" ${matchFrom} AND ${probe(RANK_LIMIT)} > ${RANK_LIMIT}
   ORDER BY c."madeAtStart" DESC, c."id" DESC LIMIT 50)`;
  return wrap(page, probe(COUNT_CAP), `p."rank" DESC, p."madeAtStart" DESC, p."id" DESC`, [q, ...extraParams], 1);
}

interface Subjects {
  busiestOutlet: string;
  midOutlet: string;
  publishers5: string[];
  busiestClaimant: { id: string; claims: number; name: string };
  /** names the search views type (issue #8, item 5) */
  busiestOutletName: string;
  medianClaimant: { id: string; claims: number };
  smallestClaimant: { id: string; claims: number };
  busiestSource: { id: string; appearances: number };
  medianSource: { id: string; appearances: number };
  smallestSource: { id: string; appearances: number };
  biggestDispute: { slug: string; claims: number };
  medianDispute: { slug: string; claims: number };
  claim: string;
}

async function pickSubjects(db: Db, info: DatasetInfo): Promise<Subjects> {
  const q = <T,>(sql: string) => db.$queryRawUnsafe<T[]>(sql);
  const publishers = await q<{ id: string }>(
    `SELECT st."actorId" AS id FROM "ActorStats" st JOIN "Actor" a ON a."id" = st."actorId" WHERE a."kind" = 'MEDIA_OUTLET' ORDER BY st."sources" DESC, 1 LIMIT 5`,
  );
  const claimants = await q<{ id: string; claims: number; name: string }>(
    `SELECT st."actorId" AS id, st."claims", a."name" FROM "ActorStats" st JOIN "Actor" a ON a."id" = st."actorId"
     WHERE st."claims" > 0 ORDER BY st."claims" DESC, st."actorId"`,
  );
  const [outletName] = await q<{ name: string }>(`SELECT "name" FROM "Actor" WHERE "id" = '${info.busiestOutlet.id}'`);
  const sources = await q<{ id: string; appearances: number }>(
    `SELECT "sourceId" AS id, count(*)::int AS appearances FROM "Appearance" GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const disputes = await q<{ slug: string; claims: number }>(
    `SELECT d."slug", count(*)::int AS claims FROM "Claim" c JOIN "Dispute" d ON d."id" = c."disputeId" GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const [claim] = await q<{ id: string }>(`SELECT "claimId" AS id FROM "Appearance" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  const median = <T,>(rows: T[]) => rows[Math.floor(rows.length / 2)]!;
  return {
    busiestOutlet: info.busiestOutlet.id,
    busiestOutletName: outletName!.name,
    midOutlet: info.midOutlet.id,
    publishers5: publishers.map((row) => row.id),
    busiestClaimant: claimants[0]!,
    medianClaimant: median(claimants),
    smallestClaimant: claimants.at(-1)!,
    busiestSource: sources[0]!,
    medianSource: median(sources),
    smallestSource: sources.at(-1)!,
    biggestDispute: disputes[0]!,
    medianDispute: median(disputes),
    claim: claim!.id,
  };
}

const STANCE_LIST = ["AFFIRMS", "DENIES", "QUALIFIES", "DECLINES_TO_COMMENT", "CONTEXT"] as const;
const ATTRIBUTION_LIST = ["DIRECT_QUOTE", "PARAPHRASE", "ANONYMOUS_SOURCING", "DOCUMENT", "RELAYED"] as const;

function matrixViews(info: DatasetInfo, s: Subjects): MatrixView[] {
  const views: MatrixView[] = [{ key: "all", label: "no filter, newest first", params: {}, raw: claimScan("", []) }];
  for (const stance of STANCE_LIST) {
    views.push({ key: `stance-${stance}`, label: `stance = ${stance}`, params: { stance }, raw: claimScan(`c."stance" = '${stance}'`, []) });
  }
  for (const attribution of ATTRIBUTION_LIST) {
    views.push({
      key: `attribution-${attribution}`,
      label: `attribution = ${attribution}`,
      params: { attribution },
      raw: claimScan(`c."attributions" && ARRAY['${attribution}']::"AttributionKind"[]`, []),
    });
  }
  views.push(
    {
      key: "month",
      label: "one month (2023-03)",
      params: { from: "2023-03", to: "2023-03" },
      raw: claimScan(`daterange(c."madeAtStart", c."madeAtEnd", '[]') && daterange('2023-03-01', '2023-03-31', '[]') AND c."madeAtStart" <= '2023-03-31'`, []),
    },
    {
      key: "anonymous-quarter",
      label: "attribution = ANONYMOUS_SOURCING, 2023-01…2023-03",
      params: { attribution: "ANONYMOUS_SOURCING", from: "2023-01", to: "2023-03" },
      raw: claimScan(
        `daterange(c."madeAtStart", c."madeAtEnd", '[]') && daterange('2023-01-01', '2023-03-31', '[]') AND c."madeAtStart" <= '2023-03-31'
          AND c."attributions" && ARRAY['ANONYMOUS_SOURCING']::"AttributionKind"[]`,
        [],
      ),
    },
  );
  for (const [key, outlet] of [
    ["busiest", s.busiestOutlet],
    ["mid", s.midOutlet],
  ] as const) {
    const from = `FROM "ClaimPublisher" cp
      WHERE cp."publisherId" = $1 AND cp."madeAtEnd" >= '2020-01-01' AND cp."madeAtStart" <= '2021-12-31' AND cp."stance" = 'DENIES'`;
    views.push({
      key: `publisher-${key}-denies-2020-2021`,
      label: `publisher = ${key} outlet × DENIES × 2020…2021`,
      params: { publisher: outlet, stance: "DENIES", from: "2020", to: "2021" },
      raw: wrap(
        `SELECT ${COLUMNS}, 0::real AS "rank" FROM (SELECT cp."claimId", cp."madeAtStart", cp."madeAtEnd" ${from}
           ORDER BY ${DATE_ORDER("cp", "claimId")} LIMIT 50) m JOIN "Claim" c ON c."id" = m."claimId"`,
        `(SELECT count(*)::int FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP + 1}) capped)`,
        DATE_OUTER,
        [outlet],
        null,
      ),
    });
  }
  views.push(
    {
      key: "publishers-2",
      label: "two publishers",
      params: { publisher: s.publishers5.slice(0, 2) },
      raw: publisherMerge(s.publishers5.slice(0, 2), "", []),
    },
    { key: "publishers-5", label: "five publishers", params: { publisher: s.publishers5 }, raw: publisherMerge(s.publishers5, "", []) },
    {
      key: "actor-busiest",
      label: `actor = busiest claimant (${s.busiestClaimant.claims} claims)`,
      params: { actor: s.busiestClaimant.id },
      raw: claimScan(`c."claimantId" = $1`, [s.busiestClaimant.id]),
    },
    {
      key: "dispute-biggest",
      label: `dispute = biggest (${s.biggestDispute.claims} claims)`,
      params: { dispute: s.biggestDispute.slug },
      raw: claimScan(`c."disputeId" = (SELECT d."id" FROM "Dispute" d WHERE d."slug" = $1)`, [s.biggestDispute.slug]),
    },
    {
      key: "sort-claimant",
      label: "sort = claimant (A→Z)",
      params: { sort: "claimant" },
      raw: claimScan("", [], {
        order: `c."claimantSortKey", c."madeAtStart" DESC, c."id" DESC`,
        outer: `p."claimantSortKey", p."madeAtStart" DESC, p."id" DESC`,
      }),
    },
    {
      key: "sort-claimant-desc",
      label: "sort = claimant (Z→A)",
      params: { sort: "claimant", dir: "desc" },
      raw: claimScan("", [], {
        order: `c."claimantSortKey" DESC, c."madeAtStart" DESC, c."id" DESC`,
        outer: `p."claimantSortKey" DESC, p."madeAtStart" DESC, p."id" DESC`,
      }),
    },
    {
      key: "sort-dispute",
      label: "sort = dispute",
      params: { sort: "dispute" },
      raw: claimScan("", [], {
        order: `c."disputeSortKey", c."madeAtStart" DESC, c."id" DESC`,
        outer: `p."disputeSortKey", p."madeAtStart" DESC, p."id" DESC`,
      }),
    },
    {
      key: "sort-date-asc",
      label: "sort = date, oldest first",
      params: { dir: "asc" },
      raw: claimScan("", [], {
        order: `c."madeAtStart", c."madeAtEnd", c."id"`,
        outer: `p."madeAtStart", p."madeAtEnd", p."id"`,
      }),
    },
    { key: "deep-page", label: "page 200 (rows 9,951–10,000)", params: { page: "200" }, raw: claimScan("", [], { offset: 9_950 }) },
    { key: "search-rare", label: `q = ${info.rareWord.word} (${info.rareWord.claims} claims)`, params: { q: info.rareWord.word }, raw: search(info.rareWord.word) },
    {
      key: "search-medium",
      label: `q = ${info.mediumWord.word} (${info.mediumWord.claims} claims)`,
      params: { q: info.mediumWord.word },
      raw: search(info.mediumWord.word),
    },
    {
      key: "search-common",
      label: `q = ${info.commonWord.word} (${info.commonWord.claims} claims)`,
      params: { q: info.commonWord.word },
      raw: search(info.commonWord.word),
    },
    { key: "search-phrase", label: `q = "military aid" (a phrase)`, params: { q: `"military aid"` }, raw: search(`"military aid"`) },
    {
      key: "search-word-publisher",
      label: `q = ${info.mediumWord.word} × publisher = busiest outlet`,
      params: { q: info.mediumWord.word, publisher: s.busiestOutlet },
      raw: search(
        info.mediumWord.word,
        "",
        `AND EXISTS (SELECT 1 FROM "ClaimPublisher" pub WHERE pub."claimId" = c."id" AND pub."publisherId" = $2)`,
        [s.busiestOutlet],
      ),
    },
    // Names in the search vector (migration 20261208500000_search_names).
    {
      key: "search-claimant-name",
      label: `q = busiest claimant's name (${s.busiestClaimant.name})`,
      params: { q: s.busiestClaimant.name },
      raw: search(s.busiestClaimant.name),
    },
    { key: "search-outlet-name", label: `q = busiest outlet's name (${s.busiestOutletName})`, params: { q: s.busiestOutletName }, raw: search(s.busiestOutletName) },
    {
      key: "search-word-minus-outlet",
      label: `q = ${info.mediumWord.word} -"${s.busiestOutletName}"`,
      params: { q: `${info.mediumWord.word} -"${s.busiestOutletName}"` },
      raw: search(`${info.mediumWord.word} -"${s.busiestOutletName}"`),
    },
  );
  return views;
}

// The sort keys the outer ORDER BY of the sorted views needs: the page CTE selects COLUMNS only.
function withSortKeys(view: MatrixView): MatrixView {
  if (!view.raw.sql.includes(`p."claimantSortKey"`) && !view.raw.sql.includes(`p."disputeSortKey"`)) return view;
  const sql = view.raw.sql.replace(`SELECT ${COLUMNS}, 0::real AS "rank"`, `SELECT ${COLUMNS}, 0::real AS "rank", c."claimantSortKey", c."disputeSortKey"`);
  return { ...view, raw: { ...view.raw, sql } };
}

interface ViewResult {
  key: string;
  label: string;
  url: string;
  matches: string;
  app: Stats;
  raw: Stats;
  ratio: number;
}

interface PageResult extends RenderResult {
  kind: string;
}

interface ExportResult {
  label: string;
  url: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** RSS growth of this process while exporting, MiB */
  rssGrowthMiB: number;
}

interface MatrixResult {
  db: BenchDb;
  size: number;
  at: string;
  loadBefore: number;
  loadAfter: number;
  views: ViewResult[];
  pages: PageResult[];
  exports: ExportResult[];
  firstLoad?: (FirstLoad & { budget: number })[];
}

async function measureViews(db: Db, views: MatrixView[], iterations: number): Promise<ViewResult[]> {
  const results: ViewResult[] = [];
  for (const view of views.map(withSortKeys)) {
    const { filters } = parseClaimListParams(view.params);
    const app = () => listClaims(filters, db);
    const raw = () => db.$queryRawUnsafe<RawRow[]>(view.raw.sql, ...view.raw.params);
    const page = await app();
    const verification = verifySamePage(view.key, page, await raw());
    const stats = await measureInterleaved({ app, raw }, { warmup: 3, iterations, minIterations: Math.min(10, iterations), budgetMs: 15_000 });
    const result: ViewResult = {
      key: view.key,
      label: view.label,
      url: `/claims?${new URLSearchParams(Object.entries(view.params).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))).toString()}`,
      matches: `${verification.total.toLocaleString("en-GB")}${verification.totalIsCapped ? "+" : ""}`,
      app: stats.app!,
      raw: stats.raw!,
      ratio: Math.round((stats.app!.p50 / stats.raw!.p50) * 100) / 100,
    };
    log(`  ${view.key}: app p50 ${formatMs(result.app.p50)} p95 ${formatMs(result.app.p95)} | raw p50 ${formatMs(result.raw.p50)} | ${result.ratio}× (${result.matches})`);
    results.push(result);
  }
  return results;
}

async function measureExport(db: Db, label: string, params: Record<string, string>, maxRows: number): Promise<ExportResult> {
  const { filters } = parseClaimListParams(params);
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const started = performance.now();
  const reader = (await streamClaimsCsv(filters, "https://claimline.example", { db })).getReader();
  let rows = -1; // the header line
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    for (const byte of value) if (byte === 10) rows++;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (rows >= maxRows) {
      await reader.cancel();
      break;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const result = {
    label,
    url: `/claims/export?${new URLSearchParams(params).toString()}`,
    rows,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(rows / seconds),
    rssGrowthMiB: Math.round((peak - rssBefore) / 2 ** 20),
  };
  log(`  export ${label}: ${rows} rows in ${result.seconds} s = ${result.rowsPerSecond} rows/s, RSS +${result.rssGrowthMiB} MiB`);
  return result;
}

/** Reading pages get 150 kB of first-load JS as transferred; editing pages 220 kB (issue #9). */
const READING_BUDGET = 150 * 1024;
const EDITING_BUDGET = 220 * 1024;

async function measurePages(
  dbKind: BenchDb,
  size: number,
  s: Subjects,
  info: DatasetInfo,
  iterations: number,
): Promise<{ pages: PageResult[]; firstLoad: (FirstLoad & { budget: number })[] }> {
  const database = dbKind === "postgres" ? { DATABASE_URL: postgresUrl(size) } : { CLAIMLINE_DATA_DIR: pgliteDir(size) };
  log(`  starting npm start on ${dbKind} ${sizeLabel(size)}…`);
  const server = await startServer(database, `matrix-${dbKind}-${sizeLabel(size)}`);
  const pages: { kind: string; path: string; label: string }[] = [
    { kind: "home", path: "/", label: "home (dispute list)" },
    { kind: "list", path: "/claims", label: "/claims, no filter" },
    { kind: "list", path: "/actors", label: "/actors, page 1" },
    { kind: "list", path: "/sources", label: "/sources, page 1" },
    { kind: "list", path: "/sources?page=250", label: "/sources, page 250" },
    { kind: "dispute", path: `/disputes/${s.biggestDispute.slug}`, label: `largest dispute (${s.biggestDispute.claims} claims), first section` },
    { kind: "dispute", path: `/disputes/${s.biggestDispute.slug}?page=5`, label: "largest dispute, section 5" },
    { kind: "dispute", path: `/disputes/${s.medianDispute.slug}`, label: `median dispute (${s.medianDispute.claims} claims)` },
    { kind: "dispute", path: `/disputes/${info.bigDispute.slug}`, label: `bench dispute (${info.bigDispute.claims} claims)` },
    { kind: "claim", path: `/claims/${s.claim}`, label: "claim with the most appearances" },
    { kind: "actor", path: `/actors/${s.busiestClaimant.id}`, label: `busiest claimant (${s.busiestClaimant.claims} claims)` },
    { kind: "actor", path: `/actors/${s.busiestClaimant.id}?page=100`, label: "busiest claimant, page 100" },
    { kind: "actor", path: `/actors/${s.busiestOutlet}`, label: "busiest outlet" },
    { kind: "actor", path: `/actors/${s.medianClaimant.id}`, label: `median claimant (${s.medianClaimant.claims} claims)` },
    { kind: "actor", path: `/actors/${s.smallestClaimant.id}`, label: `smallest claimant (${s.smallestClaimant.claims} claims)` },
    { kind: "source", path: `/sources/${s.busiestSource.id}`, label: `busiest source (${s.busiestSource.appearances} appearances)` },
    { kind: "source", path: `/sources/${s.medianSource.id}`, label: `median source (${s.medianSource.appearances} appearances)` },
    { kind: "source", path: `/sources/${s.smallestSource.id}`, label: `smallest source (${s.smallestSource.appearances} appearances)` },
  ];
  try {
    const results: PageResult[] = [];
    for (const page of pages) {
      const result = await measureRender(server.base, page.path, page.label, { warmup: 2, iterations, minIterations: 5, budgetMs: 20_000 });
      log(`  GET ${page.label}: ${result.stats ? `p50 ${formatMs(result.stats.p50)} p95 ${formatMs(result.stats.p95)} ms, ${(result.htmlBytes! / 1024).toFixed(0)} kB` : result.status}`);
      results.push({ ...result, kind: page.kind });
    }
    const firstLoad: (FirstLoad & { budget: number })[] = [];
    const reading = ["/", "/claims", `/disputes/${info.bigDispute.slug}`, `/claims/${s.claim}`, `/actors/${s.busiestClaimant.id}`, `/sources/${s.medianSource.id}`, "/actors", "/sources"];
    // Editing pages need a signed-in editor: FIRST_LOAD_COOKIE="better-auth.session_token=…".
    const cookie = process.env.FIRST_LOAD_COOKIE;
    const editing = cookie ? ["/claims/new", "/actors/new", "/sources/new"] : [];
    for (const [pages, budget] of [
      [reading, READING_BUDGET],
      [editing, EDITING_BUDGET],
    ] as const) {
      for (const pagePath of pages) {
        const result = await measureFirstLoadJs(server.base, pagePath, { cookie: budget === EDITING_BUDGET ? cookie : undefined });
        log(`  first-load JS ${pagePath}: ${(result.transferredBytes / 1024).toFixed(1)} kB transferred`);
        firstLoad.push({ ...result, budget });
      }
    }
    return { pages: results, firstLoad };
  } finally {
    await server.stop();
  }
}

function resultFile(db: BenchDb, size: number): string {
  return path.join(BENCH_DATA_DIR, `matrix-${db}-${sizeLabel(size)}.json`);
}

async function runMatrix(dbKind: BenchDb, size: number, options: { iterations: number; skipServer: boolean; skipExport: boolean; only?: string }) {
  const loadBefore = os.loadavg()[0] ?? 0;
  const target = await openBenchTarget(dbKind, size);
  const info = await readDatasetInfo(target, size);
  if (!info) throw new Error(`no ${dbKind} data set of ${sizeLabel(size)}: run npm run bench:generate -- --db ${dbKind} --size ${sizeLabel(size)}`);
  const db = createPrismaClient(target);
  installDb(db);
  let subjects: Subjects;
  let views: ViewResult[];
  const exports: ExportResult[] = [];
  try {
    subjects = await pickSubjects(db, info);
    const chosen = matrixViews(info, subjects).filter((view) => !options.only || view.key.startsWith(options.only));
    log(`${dbKind} ${sizeLabel(size)}: ${chosen.length} /claims views`);
    views = await measureViews(db, chosen, options.iterations);
    if (!options.skipExport) {
      exports.push(await measureExport(db, "stance = DENIES, 2023…2024", { stance: "DENIES", from: "2023", to: "2024" }, Number.POSITIVE_INFINITY));
      exports.push(await measureExport(db, "publisher = busiest outlet", { publisher: info.busiestOutlet.id }, Number.POSITIVE_INFINITY));
      exports.push(await measureExport(db, "sort = claimant, first 50,000 rows", { sort: "claimant" }, 50_000));
      exports.push(await measureExport(db, "no filter, first 200,000 rows", {}, 200_000));
    }
  } finally {
    await db.$disconnect();
    await closeBenchTarget(target);
  }
  if (options.only) {
    // A look at a few views (the log above) is not a matrix result: the last full one is kept.
    log(`--only ${options.only}: nothing written`);
    return;
  }
  // A partial run (--skip-server, --skip-export) keeps the skipped parts of the last full one.
  const previous = existsSync(resultFile(dbKind, size)) ? (JSON.parse(readFileSync(resultFile(dbKind, size), "utf8")) as MatrixResult) : null;
  if (options.skipExport && previous) exports.push(...previous.exports);
  const served = options.skipServer
    ? { pages: previous?.pages ?? [], firstLoad: previous?.firstLoad ?? [] }
    : await measurePages(dbKind, size, subjects, info, Math.min(options.iterations, 20));
  const result: MatrixResult = {
    db: dbKind,
    size,
    at: new Date().toISOString(),
    loadBefore,
    loadAfter: os.loadavg()[0] ?? 0,
    views,
    pages: served.pages,
    exports,
    firstLoad: served.firstLoad,
  };
  writeFileSync(resultFile(dbKind, size), JSON.stringify(result, null, 2));
  log(`wrote ${path.relative(process.cwd(), resultFile(dbKind, size))}`);
}

// ---- report -------------------------------------------------------------------------------

const MARK_BEGIN = "<!-- matrix:begin (written by npm run bench:matrix -- --report) -->";
const MARK_FINISH = "<!-- matrix:end -->";

const kb = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1024).toFixed(0)} kB`);
const met = (ok: boolean) => (ok ? "met" : "**not met**");

function viewTarget(result: MatrixResult, view: ViewResult): string {
  const maxRatio = result.db === "postgres" ? 1.5 : 3;
  const fast = view.app.p50 <= 100;
  const close = view.ratio <= maxRatio;
  return fast && close ? "met" : `**not met** (${[!fast ? "> 100 ms" : "", !close ? `> ${maxRatio}× raw` : ""].filter(Boolean).join(", ")})`;
}

export function renderMatrix(results: MatrixResult[]): string {
  const lines: string[] = [MARK_BEGIN, "", "## Matrix (issue #9)", ""];
  lines.push(
    "Every /claims parameter alone and in combinations, every page type, and the export, per database and size (`npm run bench:matrix`). " +
      "*app* is `listClaims` in-process (page rows, capped count, highlights); *raw* is the best hand-written statement for the same page and count " +
      "(`bench/matrix.ts`; each view is first checked to return the same claims in the same order and the same count). Times in ms. " +
      "Targets: every /claims view p50 ≤ 100 ms and ≤ 1.5× raw on PostgreSQL (≤ 3× on PGlite); every page p50 ≤ 300 ms; a page that shows a fixed amount grows ≤ 1.5× from 100k to 1m; export ≥ 20,000 rows/s and linear.",
    "",
  );
  // Hand-written findings (what changed, causes of targets not met) kept with the bench.
  const notes = path.join(process.cwd(), "bench", "matrix-notes.md");
  if (existsSync(notes)) lines.push(readFileSync(notes, "utf8").trim(), "");
  const bySize = (db: BenchDb, size: number) => results.find((r) => r.db === db && r.size === size);
  for (const result of results) {
    const small = result.size === 1_000_000 ? bySize(result.db, 100_000) : undefined;
    lines.push(
      `### ${result.db === "postgres" ? "PostgreSQL" : "PGlite"}, ${sizeLabel(result.size)}`,
      "",
      `Run ${result.at.slice(0, 16).replace("T", " ")} UTC; load average (1 min) ${result.loadBefore.toFixed(1)} before, ${result.loadAfter.toFixed(1)} after (2 cores: above 2 means other work shared the machine).`,
      "",
      `| view | matches | app p50 | app p95 | raw p50 | app/raw |${small ? " p50 ÷ 100k |" : ""} target |`,
      `|---|---:|---:|---:|---:|---:|${small ? "---:|" : ""}---|`,
    );
    for (const view of result.views) {
      const before = small?.views.find((v) => v.key === view.key);
      const growth = before ? ` ${(view.app.p50 / before.app.p50).toFixed(2)}× |` : small ? " – |" : "";
      lines.push(
        `| ${view.label} | ${view.matches} | ${formatMs(view.app.p50)} | ${formatMs(view.app.p95)} | ${formatMs(view.raw.p50)} | ${view.ratio.toFixed(2)}× |${growth} ${viewTarget(result, view)} |`,
      );
    }
    if (result.pages.length > 0) {
      lines.push("", `| page | p50 | p95 | HTML |${small ? " p50 ÷ 100k |" : ""} target (p50 ≤ 300 ms) |`, `|---|---:|---:|---:|${small ? "---:|" : ""}---|`);
      for (const page of result.pages) {
        const before = small?.pages.find((p) => p.label.replace(/\(.*\)/, "") === page.label.replace(/\(.*\)/, "") && p.kind === page.kind);
        const growth = before?.stats && page.stats ? ` ${(page.stats.p50 / before.stats.p50).toFixed(2)}× |` : small ? " – |" : "";
        lines.push(
          `| \`${page.path.length > 60 ? `${page.path.slice(0, 57)}…` : page.path}\` ${page.label} | ${page.stats ? formatMs(page.stats.p50) : page.status} | ${page.stats ? formatMs(page.stats.p95) : "–"} | ${kb(page.htmlBytes)} |${growth} ${page.stats ? met(page.stats.p50 <= 300) : "–"} |`,
        );
      }
    }
    if (result.exports.length > 0) {
      lines.push("", "| export | rows | seconds | rows/s | RSS growth | target (≥ 20,000 rows/s) |", "|---|---:|---:|---:|---:|---|");
      for (const item of result.exports) {
        lines.push(
          `| \`${item.url}\` ${item.label} | ${item.rows.toLocaleString("en-GB")} | ${item.seconds} | ${item.rowsPerSecond.toLocaleString("en-GB")} | ${item.rssGrowthMiB} MiB | ${met(item.rowsPerSecond >= 20_000)} |`,
        );
      }
    }
    if (result.firstLoad && result.firstLoad.length > 0) {
      lines.push("", "| first-load JS | scripts | transferred | gzip -9 | raw | budget |", "|---|---:|---:|---:|---:|---|");
      for (const item of result.firstLoad) {
        lines.push(
          `| \`${item.path.length > 50 ? `${item.path.slice(0, 47)}…` : item.path}\` | ${item.scripts} | ${kb(item.transferredBytes)} | ${kb(item.gzipBytes)} | ${kb(item.rawBytes)} | ${met(item.transferredBytes <= item.budget)} (≤ ${item.budget / 1024} kB) |`,
        );
      }
    }
    lines.push("");
  }
  lines.push(MARK_FINISH);
  return lines.join("\n");
}

function writeReport(): void {
  const results = existsSync(BENCH_DATA_DIR)
    ? readdirSync(BENCH_DATA_DIR)
        .filter((name) => /^matrix-(postgres|pglite)-.+\.json$/.test(name))
        .map((name) => JSON.parse(readFileSync(path.join(BENCH_DATA_DIR, name), "utf8")) as MatrixResult)
        .sort((a, b) => a.db.localeCompare(b.db) || a.size - b.size)
    : [];
  if (results.length === 0) throw new Error("no matrix results in bench/.data: run npm run bench:matrix first");
  const docs = path.join(process.cwd(), "docs", "benchmarks.md");
  writeFileSync(docs, spliceMatrix(readFileSync(docs, "utf8"), renderMatrix(results)));
  log(`wrote the Matrix section of docs/benchmarks.md (${results.length} runs)`);
}

/** `markdown` with its Matrix section replaced by (or, when it has none, followed by) `section`. */
export function spliceMatrix(markdown: string, section: string): string {
  const begin = markdown.indexOf(MARK_BEGIN);
  const end = markdown.indexOf(MARK_FINISH);
  if (begin >= 0 && end > begin) return `${markdown.slice(0, begin)}${section}${markdown.slice(end + MARK_FINISH.length)}`;
  return `${markdown.trimEnd()}\n\n${section}\n`;
}

/** The Matrix section of `markdown`, or "" (the full report keeps it when it rewrites the file). */
export function matrixSection(markdown: string): string {
  const begin = markdown.indexOf(MARK_BEGIN);
  const end = markdown.indexOf(MARK_FINISH);
  return begin >= 0 && end > begin ? markdown.slice(begin, end + MARK_FINISH.length) : "";
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--report")) return writeReport();
  let dbKind: BenchDb = "postgres";
  let size = 100_000;
  let iterations = 30;
  let only: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--db") {
      const value = argv[++index];
      if (value !== "postgres" && value !== "pglite") throw new Error("--db must be postgres or pglite");
      dbKind = value;
    } else if (arg === "--size") size = parseSize(argv[++index] ?? "");
    else if (arg === "--iterations") iterations = Number(argv[++index]);
    else if (arg === "--only") only = argv[++index];
    else if (arg !== "--skip-server" && arg !== "--skip-export") throw new Error(`Unknown argument: ${arg}`);
  }
  await runMatrix(dbKind, size, { iterations, skipServer: argv.includes("--skip-server"), skipExport: argv.includes("--skip-export"), only });
}

if (process.argv[1]?.endsWith("matrix.ts")) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

