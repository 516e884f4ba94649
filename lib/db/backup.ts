import "server-only";
import { randomUUID } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";

/**
 * Backups of the embedded database: PGlite's own dump of its data directory (a gzipped tar),
 * taken inside PGlite's query lock, so no statement runs while it is written: the copy is what a
 * crash at that instant would leave, which PostgreSQL recovers from by design. Every backup is
 * verified when taken (the dump is opened in memory and its rows counted) and again when
 * restored (the restored database must hold the same rows). A manifest beside the file
 * (`<file>.json`) keeps the counts.
 */
export const BACKUP_FORMAT = "claimline-pglite-backup";

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  bytes: number;
  /** rows per table (every table in the public schema) */
  counts: Record<string, number>;
  migrations: string[];
}

/** Rows per table and the applied migrations, read from an open PGlite. */
export async function describeContents(pglite: PGlite): Promise<Pick<BackupManifest, "counts" | "migrations">> {
  const tables = await pglite.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name.replace(/"/g, '""')}"`);
    counts[name] = result.rows[0]?.n ?? 0;
  }
  const migrations = tables.rows.some((table) => table.name === "_prisma_migrations")
    ? (
        await pglite.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        )
      ).rows.map((row) => row.migration_name)
    : [];
  return { counts, migrations };
}

/** Dumps `pglite` (open, maybe serving) to `output` and writes the verified manifest beside it. */
export async function writeBackup(pglite: PGlite, output: string): Promise<BackupManifest> {
  await pglite.exec("CHECKPOINT");
  const dump = await pglite.dumpDataDir("gzip");
  const bytes = new Uint8Array(await dump.arrayBuffer());
  writeFileSync(output, bytes);
  // Verify the file, not the live database (which may have changed since).
  const copy = new PGlite({ loadDataDir: new Blob([readFileSync(output)]) });
  try {
    const contents = await describeContents(copy);
    const manifest: BackupManifest = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), bytes: bytes.length, ...contents };
    writeFileSync(`${output}.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await copy.close();
  }
}

export function readManifest(file: string): BackupManifest | null {
  try {
    const value = JSON.parse(readFileSync(`${file}.json`, "utf8")) as BackupManifest;
    return value.format === BACKUP_FORMAT ? value : null;
  } catch {
    return null;
  }
}

/** "1,204 rows in 21 tables (33 claims)" */
export function summarize(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return `${total.toLocaleString("en-GB")} rows in ${Object.keys(counts).length} tables (${(counts.Claim ?? 0).toLocaleString("en-GB")} claims, ${(counts.Dispute ?? 0).toLocaleString("en-GB")} disputes)`;
}

// --- A backup taken by the running server --------------------------------------------------
// `npm run backup` cannot open a data folder `npm start` holds (one process per embedded
// database), so it asks the server: it writes a request file into the data folder and sends the
// server SIGUSR2; the server writes the backup and a result file naming the same request id.

export const BACKUP_REQUEST_FILE = "claimline-backup.request";
export const BACKUP_RESULT_FILE = "claimline-backup.result";

interface BackupRequest {
  id: string;
  output: string;
}
type BackupResult = { id: string; ok: true; manifest: BackupManifest } | { id: string; ok: false; error: string };

/** The server's side: answers the request in `dir` with a backup of `pglite`. */
export async function answerBackupRequest(dir: string, pglite: PGlite): Promise<void> {
  let request: BackupRequest;
  try {
    request = JSON.parse(readFileSync(`${dir}/${BACKUP_REQUEST_FILE}`, "utf8")) as BackupRequest;
  } catch {
    return;
  }
  let result: BackupResult;
  try {
    result = { id: request.id, ok: true, manifest: await writeBackup(pglite, request.output) };
  } catch (error) {
    result = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  writeFileSync(`${dir}/${BACKUP_RESULT_FILE}.tmp`, JSON.stringify(result));
  renameSync(`${dir}/${BACKUP_RESULT_FILE}.tmp`, `${dir}/${BACKUP_RESULT_FILE}`);
}

/** The command's side: asks the server `pid` holding `dir` for a backup into `output`. */
export async function requestBackupFromServer(dir: string, pid: number, output: string, timeoutMs = 600_000): Promise<BackupManifest> {
  const id = randomUUID();
  rmSync(`${dir}/${BACKUP_RESULT_FILE}`, { force: true });
  writeFileSync(`${dir}/${BACKUP_REQUEST_FILE}.tmp`, JSON.stringify({ id, output } satisfies BackupRequest));
  renameSync(`${dir}/${BACKUP_REQUEST_FILE}.tmp`, `${dir}/${BACKUP_REQUEST_FILE}`);
  process.kill(pid, "SIGUSR2");
  const started = Date.now();
  try {
    while (Date.now() - started < timeoutMs) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      let result: BackupResult;
      try {
        result = JSON.parse(readFileSync(`${dir}/${BACKUP_RESULT_FILE}`, "utf8")) as BackupResult;
      } catch {
        continue;
      }
      if (result.id !== id) continue;
      if (!result.ok) throw new Error(`The server could not write the backup: ${result.error}`);
      return result.manifest;
    }
    throw new Error(`The server (process ${pid}) did not answer the backup request within ${timeoutMs / 1000} s.`);
  } finally {
    rmSync(`${dir}/${BACKUP_REQUEST_FILE}`, { force: true });
    rmSync(`${dir}/${BACKUP_RESULT_FILE}`, { force: true });
  }
}
