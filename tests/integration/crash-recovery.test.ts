import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { describeContents } from "@/lib/db/backup";
import { createEmptyPostgresDatabase, postgresSkipReason } from "./support/databases";

/**
 * kill -9 during a first start (migrating, seeding, at several moments) leaves a database that
 * the next start completes to exactly the demo: every table holds the same rows as a start that
 * was never interrupted. On both databases.
 */
const tmpDirs: string[] = [];
afterAll(() => {
  for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  ms: number;
}

/** The first-start steps in a child process; killed with SIGKILL after `killAfterMs` when given. */
function firstStart(env: Record<string, string>, killAfterMs?: number): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/first-start.ts"], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out: out.trim(), ms: Date.now() - started });
    }),
  );
}

/** Moments through a first start: fractions of an uninterrupted one's duration. */
const MOMENTS = [0.2, 0.5, 0.85];

async function pgliteContents(dir: string) {
  const pglite = new PGlite(dir);
  try {
    return (await describeContents(pglite)).counts;
  } finally {
    await pglite.close();
  }
}

async function postgresContents(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      counts[name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0]?.n ?? 0;
    }
    return counts;
  } finally {
    await client.end();
  }
}

function withoutVolatile(counts: Record<string, number>): Record<string, number> {
  // The one-time setup link and rate-limit rows depend on timing, not on the data set.
  const VOLATILE = new Set(["RateLimit", "RateLimiterFlexible", "Invitation", "Setting"]);
  return Object.fromEntries(Object.entries(counts).filter(([table]) => !VOLATILE.has(table)));
}

describe("kill -9 during a first start on the embedded database", () => {
  it("the next start completes it to exactly the demo, whatever the moment", async () => {
    const reference = mkdtempSync(path.join(os.tmpdir(), "claimline-crash-ref-"));
    tmpDirs.push(reference);
    const clean = await firstStart({ CLAIMLINE_DATA_DIR: reference });
    expect(clean.code, clean.out).toBe(0);
    const expected = withoutVolatile(await pgliteContents(reference));
    expect(expected.Claim).toBeGreaterThan(0);

    for (const moment of MOMENTS) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "claimline-crash-"));
      tmpDirs.push(dir);
      const killed = await firstStart({ CLAIMLINE_DATA_DIR: dir }, Math.round(clean.ms * moment));
      const next = await firstStart({ CLAIMLINE_DATA_DIR: dir });
      expect(next.code, `after kill at ${moment} (${killed.signal ?? `exit ${killed.code}`}): ${next.out}`).toBe(0);
      expect(withoutVolatile(await pgliteContents(dir)), `after kill at ${moment}`).toEqual(expected);
    }
  }, 900_000);
});

describe.skipIf(postgresSkipReason !== null)(`kill -9 during a first start on PostgreSQL${postgresSkipReason ? ` (skipped: ${postgresSkipReason})` : ""}`, () => {
  it("the next start completes it to exactly the demo, whatever the moment", async () => {
    const reference = await createEmptyPostgresDatabase();
    try {
      const clean = await firstStart({ DATABASE_URL: reference.url });
      expect(clean.code, clean.out).toBe(0);
      const expected = withoutVolatile(await postgresContents(reference.url));
      for (const moment of MOMENTS) {
        const database = await createEmptyPostgresDatabase();
        try {
          const killed = await firstStart({ DATABASE_URL: database.url }, Math.round(clean.ms * moment));
          const next = await firstStart({ DATABASE_URL: database.url });
          expect(next.code, `after kill at ${moment} (${killed.signal ?? `exit ${killed.code}`}): ${next.out}`).toBe(0);
          expect(withoutVolatile(await postgresContents(database.url)), `after kill at ${moment}`).toEqual(expected);
        } finally {
          await database.drop();
        }
      }
    } finally {
      await reference.drop();
    }
  }, 900_000);
});
