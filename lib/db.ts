import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { targetFromEnv } from "@/lib/db/target";

/**
 * The process's one Prisma client, opened on first use (not at import, so `next build` never
 * opens the data directory), and kept on globalThis so dev hot reloads reuse it: PGlite allows
 * one instance per data directory.
 */
const holder = globalThis as typeof globalThis & { claimlineDb?: Db };

export function getDb(): Db {
  holder.claimlineDb ??= createPrismaClient(targetFromEnv());
  return holder.claimlineDb;
}

export type { Db };

/** Makes `db` the process's client: for tests and tools that open their own database. */
export function useDb(db: Db): void {
  holder.claimlineDb = db;
}
