import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDataDirLock } from "@/lib/db/lock";
import { readEnv, type Env } from "@/lib/env";

/**
 * Where the data lives: the embedded PGlite database in a data directory (the default), or a
 * PostgreSQL server named by DATABASE_URL. Everything else (migrations, the Prisma client,
 * seeding) takes a DbTarget, so both databases go through one code path.
 */
export type DbTarget =
  | { readonly kind: "pglite"; readonly pglite: PGlite; readonly label: string }
  | { readonly kind: "postgres"; readonly url: string; readonly label: string };

/**
 * The target the environment names. For the embedded database: creates the data directory if
 * missing, takes its one-process lock (lib/db/lock.ts; throws naming the holder when another
 * process has it), then opens PGlite.
 */
export function targetFromEnv(env: Env = readEnv()): DbTarget {
  if (env.DATABASE_URL) {
    return { kind: "postgres", url: env.DATABASE_URL, label: describePostgresUrl(env.DATABASE_URL) };
  }
  const dir = lockedDataDir(env);
  return { kind: "pglite", pglite: new PGlite(dir), label: `embedded PGlite in ${dir}` };
}

/** The embedded data directory, created if missing and locked to this process. */
export function lockedDataDir(env: Env = readEnv()): string {
  const dir = path.resolve(env.CLAIMLINE_DATA_DIR);
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    // acquireDataDirLock names the problem (permission, read-only, a file in the way)
  }
  acquireDataDirLock(dir);
  return dir;
}

/** "PostgreSQL database claimline on db.internal:5432" — never the password. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "(default)";
  return `PostgreSQL database ${database} on ${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
}
