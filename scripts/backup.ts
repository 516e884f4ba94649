// npm run backup [-- <file>] — a verified copy of the embedded database (CLAIMLINE_DATA_DIR) in
// one file (default: claimline-backup-<time>.tar.gz), with its manifest beside it. While
// `npm start` serves from the folder, the server writes the copy (it holds the folder's lock);
// otherwise this command opens the folder itself. For PostgreSQL use pg_dump (README).
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { requestBackupFromServer, summarize, writeBackup, type BackupManifest } from "@/lib/db/backup";
import { DataDirLockedError } from "@/lib/db/lock";
import { lockedDataDir } from "@/lib/db/target";
import { readEnv } from "@/lib/env";
import { runCli } from "./cli";

runCli(async () => {
  const env = readEnv();
  if (env.DATABASE_URL) throw new Error("DATABASE_URL names a PostgreSQL server: back it up with pg_dump (see README, Backups).");
  const dir = path.resolve(env.CLAIMLINE_DATA_DIR);
  if (!existsSync(path.join(dir, "PG_VERSION"))) throw new Error(`There is no embedded database in ${dir} (set CLAIMLINE_DATA_DIR).`);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const output = path.resolve(process.argv[2] ?? `claimline-backup-${stamp}.tar.gz`);
  if (existsSync(output)) throw new Error(`${output} exists already: choose another file name.`);

  let manifest: BackupManifest;
  let how: string;
  try {
    lockedDataDir(env);
    const pglite = new PGlite(dir);
    try {
      manifest = await writeBackup(pglite, output);
    } finally {
      await pglite.close();
    }
    how = "with no server running";
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    if (!/scripts\/start\.ts$/.test(error.holder.command)) {
      throw new Error(`The data folder ${dir} is in use by process ${error.holder.pid} (${error.holder.command}): wait for it to finish.`);
    }
    manifest = await requestBackupFromServer(dir, error.holder.pid, output);
    how = `by the running server (process ${error.holder.pid})`;
  }
  console.log(`Backed up ${dir} to ${output} ${how}: ${(manifest.bytes / 1e6).toFixed(1)} MB, ${summarize(manifest.counts)}; verified.`);
});
