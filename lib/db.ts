import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { targetFromEnv, type DbTarget } from "@/lib/db/target";

/**
 * The process's one Prisma client, opened on first use (not at import, so `next build` never
 * opens the data directory), and kept on globalThis so dev hot reloads reuse it: PGlite allows
 * one instance per data directory.
 */
const holder = globalThis as typeof globalThis & { claimlineDb?: Db; claimlineDbTarget?: DbTarget };

export function getDb(): Db {
  if (!holder.claimlineDb) {
    const target = targetFromEnv();
    holder.claimlineDbTarget = target;
    holder.claimlineDb = createPrismaClient(target);
  }
  return holder.claimlineDb;
}

/**
 * Closes the process's client and, for the embedded database, PGlite itself (flushing it to
 * disk). The server calls it on shutdown; the next getDb() opens a new one.
 */
export async function closeDb(): Promise<void> {
  const { claimlineDb: db, claimlineDbTarget: target } = holder;
  holder.claimlineDb = undefined;
  holder.claimlineDbTarget = undefined;
  await db?.$disconnect();
  if (target?.kind === "pglite") await target.pglite.close();
}

/** The embedded database's PGlite, when this process has it open (for backups). */
export function openEmbeddedDatabase(): PGlite | null {
  return holder.claimlineDbTarget?.kind === "pglite" ? holder.claimlineDbTarget.pglite : null;
}

export type { Db };

/** The client inside an interactive transaction. */
export type DbTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What reads and writes take: the client, or a transaction when they are part of one. */
export type DbClient = Db | DbTx;

/** Makes `db` the process's client: for tests and tools that open their own database. */
export function useDb(db: Db): void {
  holder.claimlineDb = db;
}

/**
 * Runs `fn` in one transaction (READ COMMITTED; rows that decide a write are locked with
 * SELECT … FOR UPDATE by the mutation). Generous limits: this machine class is often busy.
 */
export function withTransaction<T>(fn: (tx: DbTx) => Promise<T>, db: Db = getDb()): Promise<T> {
  return db.$transaction(fn, { maxWait: 15_000, timeout: 30_000 });
}
