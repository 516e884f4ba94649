import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openSqlConnection } from "@/lib/db/sql";
import type { DbTarget } from "@/lib/db/target";

/**
 * The databases integration tests run against: always a fresh in-memory PGlite, and a fresh
 * PostgreSQL database created on the server named by TEST_DATABASE_URL (or DATABASE_URL, or
 * the local default) and dropped afterwards. In CI an unreachable server is a failure; locally
 * the PostgreSQL suite is skipped with the reason in its name.
 */
export interface TestDatabase {
  readonly target: DbTarget;
  readonly db: Db;
  dispose(): Promise<void>;
}

export interface DatabaseKind {
  readonly name: string;
  /** why this kind is skipped, or null when it runs */
  readonly skipReason: string | null;
  open(): Promise<TestDatabase>;
}

const serverUrl =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

async function probePostgres(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export const pgliteKind: DatabaseKind = {
  name: "PGlite",
  skipReason: null,
  async open() {
    const pglite = new PGlite();
    const target: DbTarget = { kind: "pglite", pglite, label: "in-memory PGlite" };
    const db = await migrated(target);
    return {
      target,
      db,
      async dispose() {
        await db.$disconnect();
        await pglite.close();
      },
    };
  },
};

const probeError = await probePostgres(serverUrl);
if (probeError && process.env.CI) {
  throw new Error(`CI needs PostgreSQL for the integration tests, but ${serverUrl} is unreachable: ${probeError}`);
}
if (probeError) console.warn(`PostgreSQL integration tests skipped: ${serverUrl} unreachable (${probeError})`);

/** The test PostgreSQL server's URL (its own database). */
export const testServerUrl = (): string => serverUrl;

export const postgresSkipReason = probeError ? `no PostgreSQL at ${new URL(serverUrl).host}` : null;

/** A new, empty (unmigrated) PostgreSQL database on the test server, and how to drop it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; label: string; drop(): Promise<void> }> {
  const database = `claimline_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  return {
    url: withDatabase(serverUrl, database),
    label: database,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export const postgresKind: DatabaseKind = {
  name: "PostgreSQL",
  skipReason: postgresSkipReason,
  async open() {
    const empty = await createEmptyPostgresDatabase();
    const target: DbTarget = { kind: "postgres", url: empty.url, label: empty.label };
    const db = await migrated(target);
    return {
      target,
      db,
      async dispose() {
        await db.$disconnect();
        await empty.drop();
      },
    };
  },
};

export const DATABASE_KINDS: readonly DatabaseKind[] = [pgliteKind, postgresKind];

async function migrated(target: DbTarget): Promise<Db> {
  const connection = await openSqlConnection(target);
  try {
    await applyMigrations(connection, { lock: target.kind === "postgres" });
  } finally {
    await connection.release();
  }
  return createPrismaClient(target);
}
