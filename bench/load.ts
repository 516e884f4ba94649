// npm run bench:load [-- --db pglite|postgres|both --size 100k --seconds 60 --readers 20]
// Readers under load: a production server (`npm start`) on the bench data set of that size
// (generated first if missing: bench/generate.ts), then `readers` concurrent clients for
// `seconds`, each fetching pages from a realistic mix (home, claims list with filters, sorts and
// search, claim, dispute, source and actor pages) and reading every body. Reports requests/s,
// p50/p95/p99, errors (any non-200 or failed fetch) and the server's RSS before and after.
// CPU-heavy: run it on a quiet machine.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { startServer } from "./server";
import { summarize } from "./stats";
import { parseSize, pgliteDir, postgresDatabaseExists, postgresUrl, sizeLabel, type BenchDb } from "./targets";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : (args[index + 1] ?? fallback);
};
const SIZE = parseSize(option("size", "100k"));
const SECONDS = Number(option("seconds", "60"));
const READERS = Number(option("readers", "20"));
const DBS: BenchDb[] = option("db", "both") === "both" ? ["postgres", "pglite"] : [option("db", "both") as BenchDb];

/** The server's RSS in MB: npm start's node process is the child of the npm process. */
function rssMb(npmPid: number): number | null {
  const visit = (pid: number): number | null => {
    const status = (() => {
      try {
        return readFileSync(`/proc/${pid}/status`, "utf8");
      } catch {
        return "";
      }
    })();
    const name = /^Name:\s+(\S+)/m.exec(status)?.[1];
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    if (name === "node" && rss) return Number(rss) / 1024;
    for (const task of (() => {
      try {
        return readdirSync(`/proc/${pid}/task`);
      } catch {
        return [];
      }
    })()) {
      let children: string[] = [];
      try {
        children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      } catch {
        children = [];
      }
      for (const child of children) {
        const found = visit(Number(child));
        if (found !== null) return found;
      }
    }
    return null;
  };
  return visit(npmPid);
}

async function ensureDataSet(db: BenchDb): Promise<void> {
  const exists = db === "postgres" ? await postgresDatabaseExists(SIZE) : (() => {
    try {
      return readdirSync(pgliteDir(SIZE)).includes("PG_VERSION");
    } catch {
      return false;
    }
  })();
  if (exists) return;
  console.log(`Generating the ${sizeLabel(SIZE)} data set on ${db}…`);
  const result = spawnSync("npm", ["run", "-s", "bench:generate", "--", "--db", db, "--size", sizeLabel(SIZE)], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`bench:generate failed on ${db}`);
}

async function pageMix(base: string): Promise<string[]> {
  const links = new Set<string>();
  for (const page of ["/", "/claims", "/sources", "/actors"]) {
    const html = await (await fetch(new URL(page, base))).text();
    for (const match of html.matchAll(/href="(\/(?:claims|disputes|sources|actors)\/[A-Za-z0-9_-]+)"/g)) links.add(match[1]!);
  }
  const pick = (prefix: string, n: number) => [...links].filter((link) => link.startsWith(prefix)).slice(0, n);
  return [
    "/",
    "/claims",
    "/claims?sort=claimant&dir=asc",
    "/claims?stance=DENIES",
    "/claims?q=missile",
    "/claims?page=5",
    "/sources",
    "/actors",
    ...pick("/claims/", 8),
    ...pick("/disputes/", 4),
    ...pick("/sources/", 4),
    ...pick("/actors/", 4),
  ];
}

async function runOne(db: BenchDb): Promise<string> {
  await ensureDataSet(db);
  const database = db === "postgres" ? { DATABASE_URL: postgresUrl(SIZE) } : { CLAIMLINE_DATA_DIR: pgliteDir(SIZE) };
  const server = await startServer(database, `load-${db}-${sizeLabel(SIZE)}`);
  try {
    const pages = await pageMix(server.base);
    // Warm every page once (first renders compile and fill caches).
    for (const page of pages) await (await fetch(new URL(page, server.base))).arrayBuffer();
    const npmPid = server.pid ?? 0;
    const rssBefore = npmPid ? rssMb(npmPid) : null;
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    let errors = 0;
    const deadline = Date.now() + SECONDS * 1000;
    let next = 0;
    const reader = async () => {
      while (Date.now() < deadline) {
        const page = pages[next++ % pages.length]!;
        const started = performance.now();
        try {
          const response = await fetch(new URL(page, server.base), { signal: AbortSignal.timeout(60_000) });
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          if (response.status !== 200) errors++;
        } catch {
          errors++;
          statuses.failed = (statuses.failed ?? 0) + 1;
        }
        latencies.push(performance.now() - started);
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: READERS }, reader));
    const elapsed = (Date.now() - started) / 1000;
    const rssAfter = npmPid ? rssMb(npmPid) : null;
    const stats = summarize(latencies);
    const sorted = [...latencies].sort((a, b) => a - b);
    const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
    return (
      `| ${db} | ${sizeLabel(SIZE)} | ${READERS} | ${SECONDS} s | ${latencies.length} | ${(latencies.length / elapsed).toFixed(1)} | ` +
      `${stats.p50.toFixed(0)} | ${stats.p95.toFixed(0)} | ${p99.toFixed(0)} | ${errors} | ` +
      `${rssBefore?.toFixed(0) ?? "?"} → ${rssAfter?.toFixed(0) ?? "?"} MB |`
    );
  } finally {
    await server.stop();
  }
}

void (async () => {
  const rows: string[] = [];
  for (const db of DBS) rows.push(await runOne(db));
  console.log("| database | claims | readers | duration | requests | req/s | p50 ms | p95 ms | p99 ms | errors | server RSS before → after |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  process.exit(0);
})();
