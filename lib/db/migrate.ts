import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlConnection } from "@/lib/db/sql";

/**
 * Applies the committed Prisma migrations (prisma/migrations/<name>/migration.sql) in order,
 * each in its own transaction, and records them in `_prisma_migrations` exactly as
 * `prisma migrate deploy` would (same columns, sha256 checksum), so the two agree. Used for
 * both databases: the Prisma CLI never exits on an existing PGlite directory (STACK.md).
 */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Any fixed number: serialises concurrent app processes migrating one PostgreSQL database.
const MIGRATION_LOCK_KEY = 7_274_651;

export interface Migration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: number;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Runs `fn` holding the PostgreSQL advisory lock that serialises app processes preparing one
 * database (migrating, then seeding), so simultaneous first starts migrate and seed once.
 */
export async function withMigrationLock<T>(connection: SqlConnection, fn: () => Promise<T>): Promise<T> {
  await connection.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    return await fn();
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

export async function applyMigrations(
  connection: SqlConnection,
  options: { dir?: string; lock?: boolean } = {},
): Promise<MigrationResult> {
  if (options.lock) return withMigrationLock(connection, () => applyMigrations(connection, { dir: options.dir }));
  const migrations = await readMigrations(options.dir);
  await connection.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  const rows = await connection.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
  const done = new Map(
    rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row]),
  );
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started earlier and never finished; resolve it before migrating again.`,
    );
  }

  const applied: string[] = [];
  for (const migration of migrations) {
    const previous = done.get(migration.name);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied (checksum differs); add a new migration instead.`,
        );
      }
      continue;
    }
    await connection.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    });
    applied.push(migration.name);
  }
  return { applied, alreadyApplied: migrations.length - applied.length };
}
