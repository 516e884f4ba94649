// npm run bench [-- --sizes 10k,100k] [--dbs postgres,pglite] [--regenerate] [--skip-server]
//               (BENCH_PORT=… serves the measured app on that port rather than any free one)
//               [--iterations 100] [--write-docs] [--report-only]
//
// For each size and database: makes sure the data set exists (bench/generate.ts, cached), times
// the claims-table query through the app's data layer against one raw SQL statement, then
// starts the production app on that database and times page renders; measures first-load JS
// once. A full run (default sizes and databases, with the server) overwrites
// docs/benchmarks.md; other runs write bench/.data/benchmarks-partial.md unless --write-docs.
// --report-only rewrites the report from the last run's bench/.data/results-latest.json.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// Aliased: `useDb` is not a React hook, but the hooks lint rule goes by the name.
import { useDb as installDb } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { matrixSection } from "./matrix";
import { getDisputeBySlug, getDisputeTimeline } from "@/lib/disputes/data";
import { explainAppQueries, measureQueryCase, openRawDriver, type QueryCase, type QueryCaseResult } from "./claims-query";
import { BIG_DISPUTE_SLUG, readDatasetInfo, RESULT_PREFIX, type DatasetInfo } from "./generate";
import { checkTargets, renderMarkdown, type DbSizeResult, type Machine, type RunResult } from "./report";
import { measureInterleaved, type Stats } from "./stats";
import { measureWrites } from "./writes";
import { firstLoad, measureRender, startServer, type FirstLoadResult, type RenderResult } from "./server";
import {
  BENCH_DATA_DIR,
  BENCH_DBS,
  BENCH_SERVER_URL,
  closeBenchTarget,
  openBenchTarget,
  parseSize,
  pgliteDir,
  postgresUrl,
  sizeLabel,
  type BenchDb,
} from "./targets";

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];

interface Options {
  sizes: number[];
  dbs: BenchDb[];
  regenerate: boolean;
  skipServer: boolean;
  iterations: number;
  writeDocs: boolean;
  reportOnly: boolean;
  full: boolean;
  skipWrites: boolean;
  args: string;
}

function parseArgs(argv: readonly string[]): Options {
  let sizes = DEFAULT_SIZES;
  let dbs: BenchDb[] = [...BENCH_DBS];
  let regenerate = false;
  let skipServer = false;
  let iterations = 100;
  let writeDocs = false;
  let reportOnly = false;
  let full = true;
  let skipWrites = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--sizes") {
      sizes = value().split(",").map(parseSize).sort((a, b) => a - b);
      full = false;
    } else if (arg === "--dbs") {
      dbs = value()
        .split(",")
        .map((db) => {
          if (db !== "postgres" && db !== "pglite") throw new Error(`unknown database ${db}`);
          return db;
        });
      full = false;
    } else if (arg === "--regenerate") regenerate = true;
    else if (arg === "--skip-server") {
      skipServer = true;
      full = false;
    } else if (arg === "--iterations") {
      iterations = Number(value());
      full = false;
    } else if (arg === "--write-docs") writeDocs = true;
    else if (arg === "--report-only") reportOnly = true;
    else if (arg === "--skip-writes") {
      skipWrites = true;
      full = false;
    }
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return { sizes, dbs, regenerate, skipServer, iterations, writeDocs, reportOnly, full, skipWrites, args: argv.join(" ") };
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Runs the generator in a child process (so its wall time and peak RSS are its own). */
async function generateInChild(db: BenchDb, size: number, regenerate: boolean): Promise<{ info: DatasetInfo; cached: boolean }> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const args = ["--conditions=react-server", "bench/generate.ts", "--db", db, "--size", sizeLabel(size)];
  if (regenerate) args.push("--regenerate");
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, args, { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
    let result: { info: DatasetInfo; cached: boolean } | null = null;
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline = buffered.indexOf("\n");
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as { info: DatasetInfo; cached: boolean };
        else console.log(`    ${line}`);
        newline = buffered.indexOf("\n");
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`generator for ${db} ${sizeLabel(size)} exited with code ${code}`));
    });
  });
}

async function ensureDataset(db: BenchDb, size: number, regenerate: boolean): Promise<{ info: DatasetInfo; cached: boolean }> {
  if (!regenerate) {
    const target = await openBenchTarget(db, size);
    try {
      const info = await readDatasetInfo(target, size);
      if (info) return { info, cached: true };
    } finally {
      await closeBenchTarget(target);
    }
  }
  log(`generating ${db} ${sizeLabel(size)} (child process)…`);
  return generateInChild(db, size, true);
}

function queryCases(info: DatasetInfo): QueryCase[] {
  return [
    {
      key: "publisher-busiest",
      label: `publisher = ${info.busiestOutlet.name}, by date`,
      params: { publisher: info.busiestOutlet.id, sort: "date" },
    },
    { key: "publisher-mid", label: `publisher = ${info.midOutlet.name}, by date`, params: { publisher: info.midOutlet.id, sort: "date" } },
    { key: "search-medium", label: `q = ${info.mediumWord.word}, by relevance`, params: { q: info.mediumWord.word } },
    { key: "search-common", label: `q = ${info.commonWord.word}, by relevance`, params: { q: info.commonWord.word } },
  ];
}

async function measureQueries(
  db: BenchDb,
  size: number,
  info: DatasetInfo,
  options: Options,
  explain: boolean,
  machine: Machine,
): Promise<{ queries: QueryCaseResult[]; plans: DbSizeResult["plans"]; timelineData: Stats | null }> {
  const target = await openBenchTarget(db, size);
  const prisma = createPrismaClient(target);
  const driver = await openRawDriver(target);
  try {
    if (target.kind === "pglite" && machine.pglite.includes("?")) {
      const [row] = (await target.pglite.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows;
      machine.pglite = machine.pglite.replace("?", row?.v ?? "?");
    }
    const queries: QueryCaseResult[] = [];
    const plans: DbSizeResult["plans"] = [];
    for (const queryCase of queryCases(info)) {
      const result = await measureQueryCase(prisma, driver, queryCase, {
        warmup: 5,
        iterations: options.iterations,
        minIterations: Math.min(20, options.iterations),
        budgetMs: 20_000,
      });
      log(
        `  ${queryCase.key}: app p50 ${result.app.p50} p95 ${result.app.p95} | raw p50 ${result.rawPrisma.p50} p95 ${result.rawPrisma.p95} | ` +
          `driver p50 ${result.rawDriver.p50} | ${result.ratio}× (n=${result.app.n}, ${result.verification.total}${result.verification.totalIsCapped ? "+" : ""} matches)`,
      );
      queries.push(result);
      if (explain) plans.push({ key: queryCase.key, ...(await explainAppQueries(driver, queryCase.params)) });
    }
    // The timeline page's data alone (lib/disputes/data.ts on this client), to split its render time.
    installDb(prisma);
    const dispute = await getDisputeBySlug(BIG_DISPUTE_SLUG);
    let timelineData: Stats | null = null;
    if (dispute) {
      const stats = await measureInterleaved({ timeline: () => getDisputeTimeline(dispute.id) }, {
        warmup: 3,
        iterations: 30,
        minIterations: 5,
        budgetMs: 20_000,
      });
      timelineData = stats.timeline ?? null;
      log(`  timeline data (getDisputeTimeline, ${info.bigDispute.claims} claims): p50 ${timelineData?.p50} p95 ${timelineData?.p95}`);
    }
    return { queries, plans, timelineData };
  } finally {
    await driver.close();
    await prisma.$disconnect();
    await closeBenchTarget(target);
  }
}

/** The write side on one data set (bench/writes.ts): saves through the actions, a 1,000-change History. */
async function measureWritesOn(db: BenchDb, size: number, options: Options): Promise<NonNullable<DbSizeResult["writes"]>> {
  const target = await openBenchTarget(db, size);
  const prisma = createPrismaClient(target);
  try {
    installDb(prisma);
    return await measureWrites(prisma, { bigDisputeSlug: BIG_DISPUTE_SLUG, iterations: Math.min(options.iterations, 100), historyChanges: 1_000, log });
  } finally {
    await prisma.$disconnect();
    await closeBenchTarget(target);
  }
}

async function measureServer(
  db: BenchDb,
  size: number,
  info: DatasetInfo,
  wantFirstLoad: boolean,
  historyPath: string | null,
  annotatedClaimPath: string | null = null,
): Promise<{ renders: RenderResult[]; firstLoad: FirstLoadResult[] }> {
  const database = db === "postgres" ? { DATABASE_URL: postgresUrl(size) } : { CLAIMLINE_DATA_DIR: pgliteDir(size) };
  log(`  starting npm start on ${db} ${sizeLabel(size)} (builds first if the source changed)…`);
  const server = await startServer(database, `${db}-${sizeLabel(size)}`);
  try {
    const renders: RenderResult[] = [];
    const pages: { path: string; label: string; iterations: number }[] = [
      { path: `/disputes/${BIG_DISPUTE_SLUG}`, label: `timeline, ${info.bigDispute.claims} claims`, iterations: 30 },
      ...queryCases(info).map((queryCase) => ({
        path: `/claims?${new URLSearchParams(queryCase.params).toString()}`,
        label: `/claims ${queryCase.key}`,
        iterations: 30,
      })),
      { path: "/", label: "home (dispute list)", iterations: 10 },
      ...(historyPath ? [{ path: historyPath, label: "History, 1,000 changes", iterations: 20 }] : []),
      ...(annotatedClaimPath ? [{ path: annotatedClaimPath, label: "claim page, 500 annotations", iterations: 20 }] : []),
    ];
    for (const page of pages) {
      const result = await measureRender(server.base, page.path, page.label, {
        warmup: 2,
        iterations: page.iterations,
        minIterations: 5,
        budgetMs: 30_000,
      });
      log(`  GET ${page.label}: ${result.stats ? `p50 ${result.stats.p50} ms, p95 ${result.stats.p95} ms (n=${result.stats.n})` : result.status}`);
      renders.push(result);
    }
    const loads: FirstLoadResult[] = [];
    if (wantFirstLoad) {
      for (const pagePath of ["/", "/claims", `/disputes/${BIG_DISPUTE_SLUG}`]) {
        const result = await firstLoad(server.base, pagePath);
        log(`  first-load JS ${pagePath}: ${result.result ? `${(result.result.gzipBytes / 1024).toFixed(1)} kB gzipped` : result.status}`);
        loads.push(result);
      }
    }
    return { renders, firstLoad: loads };
  } finally {
    await server.stop();
  }
}

async function describeMachine(): Promise<Machine> {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const cpuModel = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  const pgliteVersion = (
    JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string }
  ).version;
  let postgres = "PostgreSQL (unreachable)";
  try {
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: BENCH_SERVER_URL });
    await client.connect();
    const result = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    await client.end();
    postgres = `PostgreSQL ${result.rows[0]?.v ?? "?"} (127.0.0.1, server settings as installed)`;
  } catch {
    // reported as unreachable
  }
  return {
    cpuModel,
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    postgres,
    pglite: `${pgliteVersion} (PostgreSQL ?)`,
    os: `${os.type()} ${os.release()}`,
  };
}

const RESULTS_FILE = path.join(BENCH_DATA_DIR, "results-latest.json");

const NOTES_BEGIN = "<!-- notes:begin (hand-written measurements, kept by full runs) -->";
const NOTES_END = "<!-- notes:end -->";

function notesSection(markdown: string): string {
  const begin = markdown.indexOf(NOTES_BEGIN);
  const end = markdown.indexOf(NOTES_END);
  return begin >= 0 && end > begin ? markdown.slice(begin, end + NOTES_END.length) : "";
}

function writeReport(run: RunResult, toDocs: boolean): void {
  const markdown = renderMarkdown(run);
  const file = toDocs ? path.join(process.cwd(), "docs", "benchmarks.md") : path.join(BENCH_DATA_DIR, "benchmarks-partial.md");
  // The Matrix section (npm run bench:matrix -- --report) and the hand-written measurements
  // between NOTES_BEGIN and NOTES_END are kept when the file is rewritten.
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const kept = [matrixSection(previous), notesSection(previous)].filter(Boolean);
  writeFileSync(file, markdown + kept.map((section) => `\n\n${section}`).join("") + "\n");
  log(`wrote ${path.relative(process.cwd(), file)} (run took ${run.minutes.toFixed(1)} min)`);
  for (const check of checkTargets(run)) {
    log(`  ${check.met === null ? "–" : check.met ? "met    " : "NOT MET"}  ${check.target}: ${check.measured}`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.reportOnly) {
    const run = JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as RunResult;
    writeReport(run, options.writeDocs || (run.full ?? run.args === ""));
    return;
  }
  const started = new Date();
  const machine = await describeMachine();
  log(`machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(0)} GiB, Node ${machine.node}, ${machine.postgres}`);
  const results: DbSizeResult[] = [];
  let firstLoadResults: FirstLoadResult[] = [];
  const driverLabels: Record<BenchDb, string> = { postgres: "node-postgres Client.query()", pglite: "PGlite .query()" };
  const largestPostgres = Math.max(...(options.dbs.includes("postgres") ? options.sizes : [0]));

  for (const size of options.sizes) {
    for (const db of options.dbs) {
      log(`${db} ${sizeLabel(size)}`);
      const loadBefore = os.loadavg()[0] ?? 0;
      const { info, cached } = await ensureDataset(db, size, options.regenerate);
      log(`  data set: ${cached ? `cached (generated ${info.generatedAt})` : "generated"} in ${info.seconds} s, peak RSS ${info.peakRssMiB} MiB`);
      const result: DbSizeResult = {
        db,
        size,
        dataset: info,
        cached,
        queries: [],
        queryError: null,
        renders: [],
        serverError: null,
        plans: [],
        timelineData: null,
        loadAverage: { before: loadBefore, after: 0 },
        writes: null,
        writesError: null,
      };
      try {
        const explain = db === "postgres" && size === largestPostgres;
        Object.assign(result, await measureQueries(db, size, info, options, explain, machine));
      } catch (error) {
        // A mismatch between the app and the raw SQL fails the run loudly.
        if (error instanceof Error && error.name === "MismatchError") throw error;
        result.queryError = error instanceof Error ? error.message : String(error);
        log(`  claims query failed: ${result.queryError}`);
      }
      if (!options.skipWrites) {
        try {
          // The data set's database first gets this checkout's migrations (the server would too).
          const target = await openBenchTarget(db, size);
          const { applyMigrations } = await import("@/lib/db/migrate");
          const { openSqlConnection } = await import("@/lib/db/sql");
          const connection = await openSqlConnection(target);
          await applyMigrations(connection).finally(() => connection.release());
          await closeBenchTarget(target);
          result.writes = await measureWritesOn(db, size, options);
        } catch (error) {
          result.writesError = error instanceof Error ? error.message : String(error);
          log(`  writes failed: ${result.writesError}`);
        }
      }
      if (!options.skipServer) {
        try {
          const measured = await measureServer(db, size, info, firstLoadResults.length === 0, result.writes?.historyPath ?? null, result.writes?.annotatedClaimPath ?? null);
          result.renders = measured.renders;
          if (measured.firstLoad.length > 0) firstLoadResults = measured.firstLoad;
        } catch (error) {
          result.serverError = error instanceof Error ? error.message : String(error);
          log(`  server: ${result.serverError}`);
        }
      }
      result.loadAverage.after = os.loadavg()[0] ?? 0;
      results.push(result);
    }
  }

  const finished = new Date();
  const run: RunResult = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    minutes: (finished.getTime() - started.getTime()) / 60_000,
    args: options.args,
    full: options.full,
    machine,
    driverLabels,
    results,
    firstLoad: firstLoadResults,
  };
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify(run, null, 2));
  writeReport(run, options.full || options.writeDocs);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
