// Turns a bench run into docs/benchmarks.md: machine, targets (met / not met), data sets, and
// one table per database and size.
import type { QueryCaseResult } from "./claims-query";
import type { DatasetInfo } from "./generate";
import type { FirstLoadResult, RenderResult } from "./server";
import { formatMs, type Stats } from "./stats";
import { sizeLabel, type BenchDb } from "./targets";
import type { WritesResult } from "./writes";

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  pglite: string;
  os: string;
}

export interface DbSizeResult {
  db: BenchDb;
  size: number;
  dataset: DatasetInfo;
  cached: boolean;
  queries: QueryCaseResult[];
  queryError: string | null;
  renders: RenderResult[];
  serverError: string | null;
  /** EXPLAIN (ANALYZE, BUFFERS) of the app's statements per view, when collected */
  plans: { key: string; ids: string; count: string }[];
  /** getDisputeTimeline for the 2,000-claim dispute, in the bench process (data only, no render) */
  timelineData: Stats | null;
  loadAverage: { before: number; after: number };
  /** the write side (bench/writes.ts); absent in runs from before it existed */
  writes?: WritesResult | null;
  writesError?: string | null;
}

export interface RunResult {
  startedAt: string;
  finishedAt: string;
  minutes: number;
  args: string;
  /** default sizes and databases, with the server: such a run owns docs/benchmarks.md */
  full?: boolean;
  machine: Machine;
  driverLabels: Record<BenchDb, string>;
  results: DbSizeResult[];
  firstLoad: FirstLoadResult[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const DB_NAMES: Record<BenchDb, string> = { postgres: "PostgreSQL", pglite: "PGlite" };
const MAIN_CASES = ["publisher-busiest", "publisher-mid", "search-medium"];
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mark = (met: boolean | null) => (met === null ? "not measured" : met ? "**met**" : "**not met**");
const num = (value: number) => value.toLocaleString("en-US");

export function checkTargets(run: RunResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const largest = (db: BenchDb) =>
    run.results.filter((result) => result.db === db).sort((a, b) => b.size - a.size)[0];

  const pg = largest("postgres");
  const pg1m = run.results.find((result) => result.db === "postgres" && result.size === 1_000_000);
  const pgCases = (pg1m ?? pg)?.queries.filter((query) => MAIN_CASES.includes(query.key)) ?? [];
  for (const query of pgCases) {
    const scope = `${DB_NAMES.postgres} ${sizeLabel((pg1m ?? pg)?.size ?? 0)}`;
    checks.push({
      target: `claims query, ${query.key}, ${scope}: app p50 ≤ 1.5× raw p50`,
      measured: `${formatMs(query.app.p50)} vs ${formatMs(query.rawPrisma.p50)} ms (${query.ratio.toFixed(2)}×)`,
      met: pg1m ? query.ratio <= 1.5 : null,
    });
    checks.push({
      target: `claims query, ${query.key}, ${scope}: app p95 < 50 ms`,
      measured: `${formatMs(query.app.p95)} ms`,
      met: pg1m ? query.app.p95 < 50 : null,
    });
  }
  for (const result of run.results.filter((r) => r.db === "pglite")) {
    for (const query of result.queries.filter((q) => MAIN_CASES.includes(q.key))) {
      checks.push({
        target: `claims query, ${query.key}, PGlite ${sizeLabel(result.size)}: app p50 ≤ 3× raw p50`,
        measured: `${formatMs(query.app.p50)} vs ${formatMs(query.rawPrisma.p50)} ms (${query.ratio.toFixed(2)}×)`,
        met: query.ratio <= 3,
      });
    }
  }
  for (const result of run.results) {
    const timeline = result.renders.find((render) => render.path.startsWith("/disputes/"));
    checks.push({
      target: `timeline of 2,000 claims, ${DB_NAMES[result.db]} ${sizeLabel(result.size)}: render p50 ≤ 150 ms`,
      measured: timeline?.stats ? `${formatMs(timeline.stats.p50)} ms` : (timeline?.status ?? result.serverError ?? "not measured"),
      met: timeline?.stats ? timeline.stats.p50 <= 150 : null,
    });
  }
  for (const result of run.results) {
    const scope = `${DB_NAMES[result.db]} ${sizeLabel(result.size)}`;
    if (!result.writes && !result.writesError) continue;
    const writes = result.writes;
    for (const [key, label] of [["saveClaim", "claim.update"], ["addAppearance", "appearance.create"], ["addAnnotation", "annotation.create"]] as const) {
      checks.push({
        target: `save round trip through the action (${label}, audit + triggers), ${scope}: p95 ≤ 100 ms`,
        measured: writes?.[key] ? `${formatMs(writes[key].p95)} ms` : (result.writesError ?? "not measured"),
        met: writes?.[key] ? writes[key].p95 <= 100 : null,
      });
    }
    const annotated = result.renders.find((render) => render.label.includes("annotations"));
    checks.push({
      target: `claim page with 500 annotations, ${scope}: render p95 ≤ 150 ms`,
      measured: annotated?.stats ? `${formatMs(annotated.stats.p95)} ms (p50 ${formatMs(annotated.stats.p50)})` : (annotated?.status ?? result.writesError ?? result.serverError ?? "not measured"),
      met: annotated?.stats ? annotated.stats.p95 <= 150 : null,
    });
    const history = result.renders.find((render) => render.path.includes("/history"));
    checks.push({
      target: `History of a record with 1,000 changes, ${scope}: render p95 ≤ 150 ms`,
      measured: history?.stats ? `${formatMs(history.stats.p95)} ms (p50 ${formatMs(history.stats.p50)})` : (history?.status ?? result.writesError ?? result.serverError ?? "not measured"),
      met: history?.stats ? history.stats.p95 <= 150 : null,
    });
  }
  const claimsJs = run.firstLoad.find((entry) => entry.path === "/claims");
  checks.push({
    target: "first-load JS of /claims ≤ 150 kB gzipped",
    measured: claimsJs?.result ? kB(claimsJs.result.gzipBytes) : (claimsJs?.status ?? "not measured"),
    met: claimsJs?.result ? claimsJs.result.gzipBytes <= 150 * 1024 : null,
  });
  for (const db of ["postgres", "pglite"] as const) {
    const oneMillion = run.results.find((result) => result.db === db && result.size === 1_000_000);
    if (!oneMillion) continue;
    const { seconds, peakRssMiB } = oneMillion.dataset;
    checks.push({
      target: `generating 1m claims on ${DB_NAMES[db]}: < 10 min and < 2 GB peak RSS`,
      measured: `${(seconds / 60).toFixed(1)} min, ${peakRssMiB ?? "?"} MiB`,
      met: seconds < 600 && peakRssMiB !== null && peakRssMiB < 2048,
    });
  }
  return checks;
}

function statsCells(stats: { p50: number; p95: number }) {
  return `${formatMs(stats.p50)} | ${formatMs(stats.p95)}`;
}

export function renderMarkdown(run: RunResult): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  const m = run.machine;
  push(
    "# Benchmarks",
    "",
    `Latest full run of \`npm run bench\` (${run.args || "all sizes, both databases"}): ${run.startedAt.slice(0, 16).replace("T", " ")} UTC, ` +
      `took ${run.minutes.toFixed(1)} min${
        run.results.every((r) => r.cached)
          ? ` (data sets reused from the cache; generating them all adds ${(run.results.reduce((sum, r) => sum + r.dataset.seconds, 0) / 60).toFixed(1)} min)`
          : ""
      }. ` +
      "This file is overwritten by every full run; the raw numbers are in `bench/.data/results-latest.json` (not committed).",
    "",
    "## Machine",
    "",
    `- CPU: ${m.cpuModel}, ${m.cores} cores; memory ${m.memoryGiB.toFixed(0)} GiB; ${m.os}`,
    `- Node ${m.node}; ${m.postgres}; PGlite ${m.pglite}`,
    `- Load average (1 min) before/after each database and size: ${run.results
      .map((r) => `${DB_NAMES[r.db]} ${sizeLabel(r.size)} ${r.loadAverage.before.toFixed(1)}/${r.loadAverage.after.toFixed(1)}`)
      .join(", ")}. ` + "Anything above the core count means other work shared the machine and the times are inflated.",
    "",
    "## How to read this",
    "",
    "- **Claims query**: one page (50 rows) of the /claims table, through the app's data layer " +
      "(`listClaims(filters, db)` from `lib/claims/list.ts`: page ids and capped count in parallel, then Prisma hydrates the rows, " +
      "plus highlights for a search) against one hand-written SQL statement returning the same page and count " +
      "(`bench/claims-query.ts`). *raw* runs that statement on the same Prisma client with `$queryRawUnsafe`; " +
      `*driver* runs it straight on the driver (${run.driverLabels.postgres}, or ${run.driverLabels.pglite}). ` +
      "Every view is first checked to return the same claims in the same order (and the same count, names, first appearance " +
      "and highlights) all three ways; the run fails if not. Variants are interleaved, after a warm-up. Times are milliseconds, " +
      "p50/p95 of n runs. *app/raw* is app p50 ÷ raw p50.",
    "- Views: *publisher-busiest* = `?publisher=<the outlet with the most claims>` sorted by date; *publisher-mid* = an outlet " +
      "with about 1% of the claims; *search-medium* = `?q=<a word in about 1% of claims>` by relevance; *search-common* = " +
      "`?q=<a word in about half of the claims>` (not a target, shows the cost of ranking many matches).",
    "- **Render**: full response time of sequential GETs to `npm start` (production build) on the same database, after a warm-up: " +
      "the contested timeline `/disputes/bench-2000` (a dispute with exactly 2,000 claims), the /claims views above, and / . " +
      "The timeline page lays out all 2,000 claims (rows, columns, denial pairs) and shows its first section of whole rows, " +
      "at most 120 claims, a day with more split into parts (`?page=N` for the others); rendering all 2,000 cards on one page took 450–560 ms (4.7 MB of HTML) " +
      "before sections were introduced; trimming the markup (plain links, no client components per card) only brought it to 454 ms.",
    "- **First-load JS**: external scripts a browser runs for the page, gzipped (`bench/first-load-js.ts`); the inline RSC payload (data) is listed apart.",
    "- **Data sets** are generated by `bench/generate.ts` with a fixed seed (identical on both databases) and cached: " +
      "PostgreSQL databases `claimline_bench_<size>`, PGlite directories `bench/.data/pglite-<size>`. `npm run bench -- --regenerate` rebuilds them.",
    "",
    "## Targets",
    "",
    "| target | measured | |",
    "|---|---|---|",
    ...checkTargets(run).map((check) => `| ${check.target} | ${check.measured} | ${mark(check.met)} |`),
    "",
    "## Data sets",
    "",
    "| database | claims | disputes | actors | sources | appearances (relays / anonymous) | denial links | generated | generation time | peak RSS (Node) |",
    "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|",
    ...run.results.map((r) => {
      const c = r.dataset.counts;
      return (
        `| ${DB_NAMES[r.db]} | ${num(r.size)} | ${num(c.Dispute ?? 0)} | ${num(c.Actor ?? 0)} | ${num(c.Source ?? 0)} | ` +
        `${num(c.Appearance ?? 0)} (${num(c.relayAppearances ?? 0)} / ${num(c.anonymousAppearances ?? 0)}) | ${num(c.ClaimLink ?? 0)} | ` +
        `${r.dataset.generatedAt.slice(0, 10)}${r.cached ? " (cached)" : ""} | ${r.dataset.seconds} s | ${r.dataset.peakRssMiB ?? "?"} MiB |`
      );
    }),
    "",
    "Generation steps (seconds): " +
      run.results
        .map((r) => `${DB_NAMES[r.db]} ${sizeLabel(r.size)}: ${r.dataset.steps.map((s) => `${s.step} ${s.seconds}`).join(", ")}`)
        .join("; ") +
      ".",
    "",
  );

  for (const r of run.results) {
    push(`## ${DB_NAMES[r.db]}, ${sizeLabel(r.size)} claims`, "");
    const d = r.dataset;
    push(
      `Views: busiest outlet ${d.busiestOutlet.name} (${num(d.busiestOutlet.claims)} claims), mid-sized outlet ${d.midOutlet.name} ` +
        `(${num(d.midOutlet.claims)}), medium word “${d.mediumWord.word}” (${num(d.mediumWord.claims)} claims), ` +
        `common word “${d.commonWord.word}” (${num(d.commonWord.claims)}).`,
      "",
    );
    if (r.queryError) push(`Claims query: **failed**: ${r.queryError}`, "");
    if (r.queries.length > 0) {
      push(
        "| view | matches | app p50 | app p95 | raw p50 | raw p95 | driver p50 | driver p95 | app/raw | n |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ...r.queries.map(
          (q) =>
            `| ${q.key} | ${q.verification.totalIsCapped ? `${num(q.verification.total)}+` : num(q.verification.total)} | ` +
            `${statsCells(q.app)} | ${statsCells(q.rawPrisma)} | ${statsCells(q.rawDriver)} | ${q.ratio.toFixed(2)}× | ${q.app.n} |`,
        ),
        "",
      );
      const ties = r.queries.reduce((sum, q) => sum + q.verification.firstAppearanceTies, 0);
      if (ties > 0) {
        push(
          `Note: in ${ties} row(s) two root appearances share the earliest dates, so "first appearance" is a tie; ` +
            "the app's pick (Prisma's row order) and the raw SQL's (lowest id) may differ there, and the check accepts either.",
          "",
        );
      }
    }
    if (r.timelineData) {
      push(
        `Timeline data alone (\`getDisputeTimeline\` for ${num(d.bigDispute.claims)} claims, in the bench process): ` +
          `p50 ${formatMs(r.timelineData.p50)} ms, p95 ${formatMs(r.timelineData.p95)} ms (n=${r.timelineData.n}).`,
        "",
      );
    }
    if (r.serverError) push(`Render: **not measured**: ${r.serverError}`, "");
    if (r.renders.length > 0) {
      push(
        "| page | what | p50 | p95 | n | HTML |",
        "|---|---|---:|---:|---:|---:|",
        ...r.renders.map((render) =>
          render.stats
            ? `| \`${render.path.length > 60 ? `${render.path.slice(0, 57)}…` : render.path}\` | ${render.label} | ${statsCells(render.stats)} | ${render.stats.n} | ${kB(render.htmlBytes ?? 0)} |`
            : `| \`${render.path.length > 60 ? `${render.path.slice(0, 57)}…` : render.path}\` | ${render.label} | ${render.status} | | | |`,
        ),
        "",
      );
    }
  }

  const withWrites = run.results.filter((r) => r.writes);
  if (withWrites.length > 0) {
    push(
      "## Writes",
      "",
      "Saves through the action layer (`runAction`: role, zod, one transaction, audit entries, the database's triggers) in the bench process; the History data for a dispute with 1,000 changes made through the same actions (its page render is in the tables above).",
      "",
      "| database | size | claim.update p50 | p95 | appearance.create p50 | p95 | annotation.create p50 | p95 | History data (1,000 changes) p50 | p95 |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...withWrites.map((r) => {
        const w = r.writes as WritesResult;
        const notes = w.addAnnotation ? statsCells(w.addAnnotation) : "– | –";
        return `| ${DB_NAMES[r.db]} | ${sizeLabel(r.size)} | ${statsCells(w.saveClaim)} | ${statsCells(w.addAppearance)} | ${notes} | ${statsCells(w.historyData)} |`;
      }),
      "",
    );
  }

  push("## First-load JS", "");
  if (run.firstLoad.length === 0) push("Not measured in this run.", "");
  else {
    push(
      "| page | scripts | gzipped | raw | inline RSC payload (gzipped) |",
      "|---|---:|---:|---:|---:|",
      ...run.firstLoad.map((entry) =>
        entry.result
          ? `| \`${entry.path}\` | ${entry.result.scripts} | ${kB(entry.result.gzipBytes)} | ${kB(entry.result.rawBytes)} | ${kB(entry.result.inlineGzipBytes)} |`
          : `| \`${entry.path}\` | ${entry.status} | | | |`,
      ),
      "",
    );
  }

  const plans = run.results.filter((r) => r.plans.length > 0);
  if (plans.length > 0) {
    push("## Query plans", "", "EXPLAIN (ANALYZE, BUFFERS) of the statements `listClaims` sends (page ids; capped count), per view:", "");
    for (const r of plans) {
      for (const plan of r.plans) {
        push(`### ${DB_NAMES[r.db]} ${sizeLabel(r.size)}, ${plan.key}`, "", "```", plan.ids, "", plan.count, "```", "");
      }
    }
  }
  return lines.join("\n");
}
