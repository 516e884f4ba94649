import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrate";
import { openSqlConnection } from "@/lib/db/sql";
import type { DbTarget } from "@/lib/db/target";
import { readSeedFile, seedIfEmpty } from "@/lib/seed/load";

/**
 * Upgrading a database that already holds claims: migration 20261208500000_search_names
 * backfills every claim's vector with the names, phrases and excerpts, on the embedded
 * database the app migrates itself (the PostgreSQL upgrade was run on a copy of the 100k bench
 * database: docs/benchmarks.md).
 */
const NEW_MIGRATION = "20261208500000_search_names";
const olderDir = mkdtempSync(path.join(os.tmpdir(), "claimline-migrations-"));
for (const entry of readdirSync(MIGRATIONS_DIR, { withFileTypes: true })) {
  if (entry.name < NEW_MIGRATION) cpSync(path.join(MIGRATIONS_DIR, entry.name), path.join(olderDir, entry.name), { recursive: true });
}
const pglite = new PGlite();
const target: DbTarget = { kind: "pglite", pglite, label: "in-memory PGlite" };

afterAll(async () => {
  await pglite.close();
  rmSync(olderDir, { recursive: true, force: true });
});

it("backfills the vectors of claims written before the migration (PGlite)", async () => {
  const connection = await openSqlConnection(target);
  const db = createPrismaClient(target);
  try {
    const before = await applyMigrations(connection, { dir: olderDir });
    expect(before.applied).not.toContain(NEW_MIGRATION);
    await seedIfEmpty(db, await readSeedFile());
    const thompson = async () =>
      (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" WHERE "searchVector" @@ websearch_to_tsquery('english', 'Drew Thompson')`)[0]!.n;
    expect(await thompson()).toBe(0);
    const after = await applyMigrations(connection);
    // This migration first, then any that came after it.
    expect(after.applied[0]).toBe(NEW_MIGRATION);
    expect(after.applied.every((name) => name >= NEW_MIGRATION)).toBe(true);
    expect(await thompson()).toBe(5);
  } finally {
    await db.$disconnect();
    await connection.release();
  }
});
