import "server-only";
import pg from "pg";
import type { DbTarget } from "@/lib/db/target";

/**
 * A minimal SQL connection used where Prisma's client is the wrong tool: applying migration
 * files (several statements at once) and checks before the client exists. PGlite and node-pg
 * both accept multi-statement text through their simple-query paths.
 */
export interface SqlConnection {
  /** Runs one or more statements; no parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `fn` in a transaction on this connection; rolls back when it throws. */
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T>;
  /** Releases the connection. Leaves a PGlite instance open: its owner closes it. */
  release(): Promise<void>;
}

export async function openSqlConnection(target: DbTarget): Promise<SqlConnection> {
  if (target.kind === "pglite") {
    const db = target.pglite;
    await db.waitReady;
    const connection: SqlConnection = {
      exec: async (sql) => {
        await db.exec(sql);
      },
      query: async <Row>(sql: string, params: readonly unknown[] = []) =>
        (await db.query<Row>(sql, [...params])).rows,
      transaction: (fn) =>
        db.transaction((tx) =>
          fn({
            exec: async (sql) => {
              await tx.exec(sql);
            },
            query: async <Row>(sql: string, params: readonly unknown[] = []) =>
              (await tx.query<Row>(sql, [...params])).rows,
            transaction: () => Promise.reject(new Error("nested transactions are not supported")),
            release: async () => undefined,
          }),
        ),
      release: async () => undefined,
    };
    return connection;
  }

  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  const onClient: Omit<SqlConnection, "transaction" | "release"> = {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(sql, [...params])).rows as Row[],
  };
  return {
    ...onClient,
    transaction: async (fn) => {
      await client.query("BEGIN");
      try {
        const result = await fn({
          ...onClient,
          transaction: () => Promise.reject(new Error("nested transactions are not supported")),
          release: async () => undefined,
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    release: () => client.end(),
  };
}
