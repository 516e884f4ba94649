// Prisma CLI configuration. Migrations are authored with `prisma migrate diff` against a
// PostgreSQL server and applied by the app's own runner (lib/db/migrate.ts, `npm run db:migrate`);
// see docs/database.md. The adapter lets the CLI's WebAssembly engine run without downloading a
// native engine (see ../shared/STACK.md).
//
// Without DATABASE_URL the CLI gets a throwaway in-memory PGlite, never the embedded data folder:
// the CLI opens its adapter even for `prisma -v` and `prisma generate` (run by npm install), and
// on an existing PGlite folder it never exits — `npm install` would hang once `npm start` had
// created ./data. Nothing here needs the real embedded database.
import path from "node:path";
import type { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
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
    // Same documented cast as lib/db/client.ts: the adapter's bundled types lag Prisma 6.19's.
    return new PrismaPGlite(new PGlite()) as unknown as AdapterFactory;
  },
});
