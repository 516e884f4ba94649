import "server-only";
import { getDb } from "@/lib/db";
import { readMigrations } from "@/lib/db/migrate";

/**
 * Whether the database can serve: reachable, and every committed migration applied. For
 * /readyz and for the front door's "database unavailable" state (scripts/front-door.ts).
 */
export interface Readiness {
  ready: boolean;
  database: "reachable" | "unreachable";
  /** committed migrations not applied (or failed) in the database */
  pendingMigrations: number | null;
}

let committed: Promise<string[]> | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** A cheap round trip: does the database answer? */
export async function pingDatabase(timeoutMs = 2_000): Promise<boolean> {
  try {
    await withTimeout(getDb().$queryRawUnsafe("SELECT 1"), timeoutMs);
    return true;
  } catch {
    return false;
  }
}

export async function checkReadiness(timeoutMs = 2_000): Promise<Readiness> {
  committed ??= readMigrations().then((migrations) => migrations.map((migration) => migration.name));
  try {
    const rows = await withTimeout(
      getDb().$queryRawUnsafe<{ migration_name: string }[]>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      ),
      timeoutMs,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = (await committed).filter((name) => !applied.has(name)).length;
    return { ready: pending === 0, database: "reachable", pendingMigrations: pending };
  } catch {
    return { ready: false, database: "unreachable", pendingMigrations: null };
  }
}
