import "server-only";
import { createPrismaClient } from "@/lib/db/client";
import { describeDatabaseError } from "@/lib/db/errors";
import { applyMigrations, withMigrationLock } from "@/lib/db/migrate";
import { describeProbe, probePostgres } from "@/lib/db/probe";
import { openSqlConnection } from "@/lib/db/sql";
import { targetFromEnv, type DbTarget } from "@/lib/db/target";
import { readEnv } from "@/lib/env";
import { DatabaseNotEmptyError, readSeedFile, seedIfEmpty, seedOrRefuse, type SeedCounts } from "@/lib/seed/load";
import { SeedFileError } from "@/lib/seed/refs";

export type SeedMode = "none" | "if-empty" | "required";

export interface PrepareReport {
  readonly target: string;
  readonly migrationsApplied: readonly string[];
  readonly seeded: SeedCounts | null;
}

/**
 * Migrates `target` and optionally seeds it. On PostgreSQL both happen under one advisory lock,
 * so app processes starting together on an empty database migrate and seed it once and then all
 * serve (on PGlite the data folder's lock already admits one process). Leaves `target`'s PGlite
 * open (its owner closes it).
 */
export async function prepareTarget(target: DbTarget, seed: SeedMode, seedFile?: string): Promise<PrepareReport> {
  const connection = await openSqlConnection(target);
  const prepare = async (): Promise<PrepareReport> => {
    const { applied } = await applyMigrations(connection);
    if (seed === "none") return { target: target.label, migrationsApplied: applied, seeded: null };
    const data = await readSeedFile(seedFile);
    const db = createPrismaClient(target);
    try {
      const seeded = seed === "required" ? await seedOrRefuse(db, data) : await seedIfEmpty(db, data);
      return { target: target.label, migrationsApplied: applied, seeded };
    } finally {
      await db.$disconnect();
    }
  };
  try {
    return target.kind === "postgres" ? await withMigrationLock(connection, prepare) : await prepare();
  } finally {
    await connection.release();
  }
}

/**
 * The command-line entry used by `npm run db:migrate`, `npm run db:seed` and `npm start`:
 * opens the database the environment names, prepares it, closes it, and turns any failure
 * into one readable line.
 */
export async function prepareDatabaseFromEnv(seed: SeedMode): Promise<PrepareReport> {
  let label = "the database";
  let target: DbTarget | undefined;
  try {
    target = targetFromEnv(readEnv());
    label = target.label;
    return await prepareTarget(target, seed);
  } catch (error) {
    if (error instanceof SeedFileError || error instanceof DatabaseNotEmptyError) throw error;
    const described = describeDatabaseError(error, label);
    // "Connection terminated" or "timed out" from a port that is not PostgreSQL's: say so.
    if (target?.kind === "postgres" && /^Cannot reach .*timed out\.$/.test(described)) {
      const { hostname, port } = new URL(target.url);
      const probed = describeProbe(await probePostgres(target.url), `The server at ${hostname || "localhost"}:${port || "5432"}`);
      if (probed) throw new Error(probed, { cause: error });
    }
    throw new Error(described, { cause: error });
  } finally {
    // A PGlite that failed to open rejects here too; the error above is the one to report.
    if (target?.kind === "pglite") await target.pglite.close().catch(() => undefined);
  }
}

export function formatReport(report: PrepareReport): string {
  const lines = [
    report.migrationsApplied.length > 0
      ? `Applied ${report.migrationsApplied.length} migration(s) to ${report.target}: ${report.migrationsApplied.join(", ")}`
      : `${report.target} is up to date.`,
  ];
  if (report.seeded) {
    const s = report.seeded;
    lines.push(
      `Loaded the demo data set: ${s.disputes} disputes, ${s.claims} claims, ${s.appearances} appearances, ` +
        `${s.links} links, ${s.events} events, ${s.actors} actors, ${s.sources} sources.`,
    );
  }
  return lines.join("\n");
}
