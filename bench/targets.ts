// Where the benchmark's data sets live: one PostgreSQL database `claimline_bench_<size>` and one
// PGlite data directory `bench/.data/pglite-<size>` per size.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { acquireDataDirLock, LOCK_FILE, releaseDataDirLock } from "@/lib/db/lock";
import type { DbTarget } from "@/lib/db/target";

export type BenchDb = "postgres" | "pglite";
export const BENCH_DBS: readonly BenchDb[] = ["postgres", "pglite"];

/** The PostgreSQL server the bench databases are created on (its own database name is ignored). */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const BENCH_DATA_DIR = path.join(process.cwd(), "bench", ".data");

/** "10k" → 10000, "1m" → 1000000, "2500" → 2500. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`Not a size: "${text}" (use 10k, 100k, 1m or a number)`);
  const factor = { "": 1, k: 1_000, m: 1_000_000 }[(match[2] ?? "").toLowerCase()] ?? 1;
  const size = Math.round(Number(match[1]) * factor);
  if (size < 2_500) throw new Error(`Size ${size} is too small: the generator needs at least 2,500 claims`);
  return size;
}

/** 10000 → "10k", 1000000 → "1m". */
export function sizeLabel(size: number): string {
  if (size % 1_000_000 === 0) return `${size / 1_000_000}m`;
  if (size % 1_000 === 0) return `${size / 1_000}k`;
  return String(size);
}

/**
 * Prefix of the bench databases' names: set BENCH_DB_PREFIX when several checkouts (branches
 * with different migrations) share one PostgreSQL server, so they never reuse each other's data.
 */
const BENCH_DB_PREFIX = process.env.BENCH_DB_PREFIX ?? "claimline_bench";

export function postgresDatabaseName(size: number): string {
  return `${BENCH_DB_PREFIX}_${sizeLabel(size)}`;
}

export function postgresUrl(size: number): string {
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${postgresDatabaseName(size)}`;
  return url.toString();
}

export function pgliteDir(size: number): string {
  return path.join(BENCH_DATA_DIR, `pglite-${sizeLabel(size)}`);
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: BENCH_SERVER_URL, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function postgresDatabaseExists(size: number): Promise<boolean> {
  return onServer(async (client) => {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [postgresDatabaseName(size)]);
    return (result.rowCount ?? 0) > 0;
  });
}

/** Drops and creates the size's PostgreSQL database (empty). */
export async function recreatePostgresDatabase(size: number): Promise<void> {
  const name = postgresDatabaseName(size);
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** Opens the size's data set as a DbTarget; `fresh` starts from an empty database/directory. */
export async function openBenchTarget(db: BenchDb, size: number, options: { fresh?: boolean } = {}): Promise<DbTarget> {
  if (db === "postgres") {
    if (options.fresh) await recreatePostgresDatabase(size);
    else if (!(await postgresDatabaseExists(size))) await onServer((c) => c.query(`CREATE DATABASE "${postgresDatabaseName(size)}"`));
    return { kind: "postgres", url: postgresUrl(size), label: `PostgreSQL database ${postgresDatabaseName(size)}` };
  }
  const dir = pgliteDir(size);
  mkdirSync(dir, { recursive: true });
  // The same one-process lock as the app (lib/db/lock.ts), taken before anything is deleted;
  // released by closeBenchTarget so the server the bench starts next can take it.
  acquireDataDirLock(dir);
  if (options.fresh) {
    for (const entry of readdirSync(dir)) if (entry !== LOCK_FILE) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  return { kind: "pglite", pglite, label: `PGlite in ${path.relative(process.cwd(), dir)}` };
}

export async function closeBenchTarget(target: DbTarget): Promise<void> {
  if (target.kind === "pglite") {
    await target.pglite.close();
    releaseDataDirLock(target.pglite.dataDir ?? "");
  }
}
