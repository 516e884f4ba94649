// Starts the production app (`npm start`: builds if the source changed, migrates, serves) on a
// free port against one bench database, times full GET responses, and stops it again.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { measureFirstLoadJs, type FirstLoad } from "./first-load-js";
import { summarize, timeOnce, type Stats } from "./stats";
import { BENCH_DATA_DIR } from "./targets";

export interface RunningServer {
  base: string;
  logFile: string;
  /** the npm process (the server's node process is its child) */
  pid: number | undefined;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

/**
 * `npm start` in its own process group (so stopping it stops npm, tsx, the start script and
 * `next start` together), with the given database settings; resolves once / answers.
 */
export async function startServer(
  database: { DATABASE_URL: string } | { CLAIMLINE_DATA_DIR: string },
  name: string,
  timeoutMs = 900_000,
): Promise<RunningServer> {
  // BENCH_PORT: a fixed port (on a shared machine each user has one); otherwise any free one.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const logFile = path.join(BENCH_DATA_DIR, `server-${name}.log`);
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = { ...process.env, ...database, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  if (!("DATABASE_URL" in database)) delete env.DATABASE_URL;
  const child = spawn("npm", ["start"], { cwd: process.cwd(), env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const base = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    log.end();
  };

  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`npm start exited with code ${child.exitCode} (see ${path.relative(process.cwd(), logFile)})`);
    }
    try {
      const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      if (response.ok) return { base, logFile, stop, pid: child.pid };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`npm start did not answer within ${timeoutMs / 1000} s (see ${path.relative(process.cwd(), logFile)})`);
}

export interface RenderResult {
  path: string;
  label: string;
  /** "ok", or why it was not measured (for example "not available (HTTP 404)") */
  status: string;
  stats: Stats | null;
  htmlBytes: number | null;
}

/** Times `iterations` sequential GETs of `pagePath` (full body read) after `warmup` unmeasured ones. */
export async function measureRender(
  base: string,
  pagePath: string,
  label: string,
  options: { warmup: number; iterations: number; budgetMs: number; minIterations: number },
): Promise<RenderResult> {
  const get = async () => {
    const response = await fetch(new URL(pagePath, base), { signal: AbortSignal.timeout(120_000) });
    const body = await response.text();
    return { status: response.status, bytes: Buffer.byteLength(body) };
  };
  const first = await get();
  if (first.status === 404) return { path: pagePath, label, status: "not available (HTTP 404)", stats: null, htmlBytes: null };
  if (first.status !== 200) return { path: pagePath, label, status: `failed (HTTP ${first.status})`, stats: null, htmlBytes: null };
  for (let index = 1; index < options.warmup; index++) await get();
  const samples: number[] = [];
  const started = performance.now();
  for (let index = 0; index < options.iterations; index++) {
    if (index >= options.minIterations && performance.now() - started > options.budgetMs) break;
    const { ms, result } = await timeOnce(get);
    if (result.status !== 200) throw new Error(`${pagePath}: HTTP ${result.status} during timing`);
    samples.push(ms);
  }
  return { path: pagePath, label, status: "ok", stats: summarize(samples), htmlBytes: first.bytes };
}

export interface FirstLoadResult {
  path: string;
  status: string;
  result: FirstLoad | null;
}

export async function firstLoad(base: string, pagePath: string): Promise<FirstLoadResult> {
  try {
    return { path: pagePath, status: "ok", result: await measureFirstLoadJs(base, pagePath) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path: pagePath, status: /HTTP 404/.test(message) ? "not available (HTTP 404)" : `failed (${message})`, result: null };
  }
}
