// npm run restore -- <file> [<data folder>] — restores a backup made by `npm run backup` into a
// new, empty data folder (default CLAIMLINE_DATA_DIR) and verifies it: the restored database
// must open and hold exactly the rows the backup's manifest lists. Never overwrites data.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describeContents, readManifest, summarize } from "@/lib/db/backup";
import { LOCK_FILE, readDataDirLock } from "@/lib/db/lock";
import { readMigrations } from "@/lib/db/migrate";
import { lockedDataDir } from "@/lib/db/target";
import { readEnv } from "@/lib/env";
import { runCli } from "./cli";

runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: npm run restore -- <backup file> [<data folder>]");
  const input = path.resolve(file);
  if (!existsSync(input)) throw new Error(`${input} does not exist.`);
  const env = readEnv({ ...process.env, DATABASE_URL: "", ...(process.argv[3] ? { CLAIMLINE_DATA_DIR: process.argv[3] } : {}) });
  const dir = path.resolve(env.CLAIMLINE_DATA_DIR);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty: restore into a new folder (npm run restore -- ${file} <new folder>), then point CLAIMLINE_DATA_DIR at it.`);
  }
  const manifest = readManifest(input);
  mkdirSync(dir, { recursive: true });
  lockedDataDir(env);
  let ok = false;
  try {
    const pglite = new PGlite(dir, { loadDataDir: new Blob([readFileSync(input)]) });
    try {
      const contents = await describeContents(pglite);
      if (manifest) {
        const differ = Object.keys({ ...manifest.counts, ...contents.counts }).filter((table) => manifest.counts[table] !== contents.counts[table]);
        if (differ.length > 0) throw new Error(`The restored database does not match the backup's manifest (tables ${differ.join(", ")}).`);
      }
      const committed = (await readMigrations()).map((migration) => migration.name);
      const pending = committed.filter((name) => !contents.migrations.includes(name)).length;
      console.log(
        `Restored ${input} into ${dir}: ${summarize(contents.counts)}; ` +
          (manifest ? "verified against the backup's manifest." : "no manifest beside the file, so only opened and counted.") +
          (pending > 0 ? ` ${pending} newer migration(s) will be applied by the next npm start.` : ""),
      );
      ok = true;
    } finally {
      await pglite.close();
      // The dump carries the lock file of the process it was taken from: not ours, not valid here.
      if (readDataDirLock(dir)?.pid !== process.pid) rmSync(path.join(dir, LOCK_FILE), { force: true });
    }
  } finally {
    if (!ok) rmSync(dir, { recursive: true, force: true });
  }
});
