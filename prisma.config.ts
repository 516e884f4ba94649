// Prisma CLI configuration. Migrations are authored with `prisma migrate diff` and applied by
// the app's own runner (lib/db/migrate.ts, `npm run db:migrate`); see docs/database.md.
// The adapter below lets the CLI's WebAssembly engine reach the same database the app uses
// without downloading a native engine (see ../shared/STACK.md).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { acquireDataDirLock } from "./lib/db/lock";
import { readEnv } from "./lib/env";

// Both factories implement Prisma's SqlMigrationAwareDriverAdapterFactory.
type AdapterFactory = PrismaPg;

const env = readEnv();
if (!env.DATABASE_URL) process.env.PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK = "1";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (env.DATABASE_URL) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: env.DATABASE_URL });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    mkdirSync(env.CLAIMLINE_DATA_DIR, { recursive: true });
    // One process per embedded data folder, the CLI included (lib/db/lock.ts).
    acquireDataDirLock(env.CLAIMLINE_DATA_DIR);
    // Same documented cast as lib/db/client.ts: the adapter's bundled types lag Prisma 6.19's.
    return new PrismaPGlite(new PGlite(env.CLAIMLINE_DATA_DIR)) as unknown as AdapterFactory;
  },
});
