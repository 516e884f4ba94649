import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

const run = promisify(execFile);

/**
 * `npm run backup` while `npm start` serves from the embedded database (the e2e server): the
 * server writes the copy (it holds the folder), and `npm run restore` puts it into an empty
 * folder and checks every table's rows against the backup's manifest.
 */
test("a backup of the running embedded database restores into an empty folder, verified", async () => {
  test.setTimeout(300_000);
  const dataDir = process.env.CLAIMLINE_E2E_DATA_DIR ?? "";
  const work = mkdtempSync(path.join(os.tmpdir(), "claimline-backup-"));
  try {
    const file = path.join(work, "backup.tar.gz");
    const env = { ...process.env, CLAIMLINE_DATA_DIR: dataDir, DATABASE_URL: "" };
    const backup = await run("npm", ["run", "-s", "backup", "--", file], { env });
    expect(backup.stdout).toMatch(/^Backed up .* by the running server \(process \d+\): .* rows in \d+ tables \(\d+ claims, \d+ disputes\); verified\.$/m);

    const restored = path.join(work, "restored");
    const restore = await run("npm", ["run", "-s", "restore", "--", file, restored], { env });
    expect(restore.stdout).toMatch(/^Restored .* verified against the backup's manifest\.$/m);
    const claims = /\((\d+) claims/.exec(backup.stdout)?.[1];
    expect(restore.stdout).toContain(`(${claims} claims`);

    // Never into a folder that has data.
    await expect(run("npm", ["run", "-s", "restore", "--", file, restored], { env })).rejects.toMatchObject({
      stderr: expect.stringMatching(/^claimline: .*restored is not empty: restore into a new folder/m),
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
