import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import type { DbTarget } from "@/lib/db/target";

type Adapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

/**
 * A Prisma client over the target's driver adapter. No columns are omitted globally: the auth
 * library reads accounts through this client. Reads that show people select `publicUserSelect`
 * (lib/users/data.ts: id and display name, never the e-mail address).
 */
export function createPrismaClient(target: DbTarget) {
  const adapter =
    target.kind === "postgres"
      ? new PrismaPg({ connectionString: target.url, max: 10, connectionTimeoutMillis: 10_000 })
      : // pglite-prisma-adapter 0.6 bundles @prisma/driver-adapter-utils 6.10, whose types lag
        // the 6.19 client's; the runtime contract is the same (STACK.md), so one cast here.
        (new PrismaPGlite(target.pglite) as unknown as Adapter);
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
