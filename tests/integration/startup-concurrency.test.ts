import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { prepareTarget } from "@/lib/db/prepare";
import type { DbTarget } from "@/lib/db/target";
import { createEmptyPostgresDatabase, postgresSkipReason } from "./support/databases";

/**
 * Processes starting at the same moment: on one embedded data folder exactly one may open it
 * (the others stop at once with one line naming the holder, and the folder stays usable); on
 * one empty PostgreSQL database all of them start, the migrations and the demo data are applied
 * once.
 */
const tmpDirs: string[] = [];
afterAll(() => {
  for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});

function runCli(script: string, dataDir: string): Promise<{ code: number | null; out: string }> {
  const env = { ...process.env, CLAIMLINE_DATA_DIR: dataDir, DATABASE_URL: "" };
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, out: out.trim() })));
}

describe("two processes on one empty embedded data folder", () => {
  it("one migrates it, the other stops at once naming the holder, and the folder opens afterwards", async () => {
    for (let round = 0; round < 3; round++) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "claimline-two-"));
      tmpDirs.push(dir);
      const results = await Promise.all([runCli("scripts/db-migrate.ts", dir), runCli("scripts/db-migrate.ts", dir)]);
      const ok = results.filter((result) => result.code === 0);
      const refused = results.filter((result) => result.code !== 0);
      expect(ok, JSON.stringify(results)).toHaveLength(1);
      expect(ok[0]!.out).toMatch(/Applied \d+ migration/);
      expect(refused[0]!.out).toMatch(/^claimline: The data folder .* is in use by process \d+ \(/);
      expect(refused[0]!.out.split("\n")).toHaveLength(1);

      const again = await runCli("scripts/db-migrate.ts", dir);
      expect(again).toEqual({ code: 0, out: `embedded PGlite in ${dir} is up to date.` });
    }
    // Nine process starts (tsx + PGlite + every migration): over a minute on a busy 2-core machine.
  }, 240_000);
});

describe.skipIf(postgresSkipReason !== null)(
  `simultaneous first starts on one empty PostgreSQL database${postgresSkipReason ? ` (skipped: ${postgresSkipReason})` : ""}`,
  () => {
    it("migrate and seed once, and every one of them succeeds", async () => {
      const empty = await createEmptyPostgresDatabase();
      try {
        const target: DbTarget = { kind: "postgres", url: empty.url, label: empty.label };
        const reports = await Promise.all([1, 2, 3].map(() => prepareTarget(target, "if-empty")));
        expect(reports.filter((report) => report.seeded !== null)).toHaveLength(1);
        expect(reports.filter((report) => report.migrationsApplied.length > 0)).toHaveLength(1);
        const db = createPrismaClient(target);
        try {
          expect(await db.dispute.count()).toBe(reports.find((report) => report.seeded)!.seeded!.disputes);
        } finally {
          await db.$disconnect();
        }
      } finally {
        await empty.drop();
      }
    });
  },
);
