import { randomUUID } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * One process per embedded data directory. PGlite keeps no lock of its own (its postmaster.pid
 * always says pid -42), and two processes opening one directory can corrupt it for good, so
 * every process that opens a PGlite directory first takes this lock: a file created with
 * O_EXCL in the directory, naming the holder (pid, start time, command). A second process
 * stops at once with one line naming the directory and the holder. A lock whose holder is
 * gone (crash, kill -9, reboot, pid reused by another program) is stale and taken over.
 *
 * The lock is held until the process exits; a process may take it again (re-entrant), which is
 * how `npm start` prepares the database and then serves from it in the same process. Not
 * "server-only": the Prisma CLI config takes it too.
 */
export const LOCK_FILE = "claimline.lock";

export interface LockHolder {
  readonly pid: number;
  /** the holder's start time in clock ticks since boot (/proc/<pid>/stat), to tell a reused pid */
  readonly startTime: string | null;
  /** /proc/sys/kernel/random/boot_id when the lock was taken: another boot means a stale lock */
  readonly bootId: string | null;
  readonly host: string;
  readonly command: string;
  readonly since: string;
  readonly token: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        `Only one process may open an embedded database: stop that process first, or set CLAIMLINE_DATA_DIR to another folder.`,
    );
    this.name = "DataDirLockedError";
  }
}

export class DataDirLockError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DataDirLockError";
  }
}

/** Locks held by this process, shared by every copy of this module (tsx and the Next bundle). */
const held: Map<string, string> = ((globalThis as Record<symbol, unknown>)[Symbol.for("claimline.dataDirLocks")] ??=
  new Map<string, string>()) as Map<string, string>;

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat (after the command, which may contain spaces and parentheses). */
export function processStartTime(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? null;
}

function currentBootId(): string | null {
  return readText("/proc/sys/kernel/random/boot_id")?.trim() ?? null;
}

function parseHolder(text: string | null): LockHolder | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const record = value as Record<string, unknown>;
    if (typeof record.pid !== "number" || !Number.isInteger(record.pid) || typeof record.token !== "string") return null;
    const text_ = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : null);
    return {
      pid: record.pid,
      startTime: text_("startTime"),
      bootId: text_("bootId"),
      host: text_("host") ?? "unknown host",
      command: text_("command") ?? "unknown command",
      since: text_("since") ?? "unknown time",
      token: record.token,
    };
  } catch {
    return null;
  }
}

/** Whether the process a lock names still runs. */
export function holderIsAlive(holder: LockHolder): boolean {
  const bootId = currentBootId();
  if (holder.bootId && bootId && holder.bootId !== bootId) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (holder.startTime) {
    const now = processStartTime(holder.pid);
    if (now !== null && now !== holder.startTime) return false;
  }
  return true;
}

function describeCommand(): string {
  const script = process.argv.slice(1).find((arg) => !arg.startsWith("-")) ?? "";
  return script ? `node ${path.relative(process.cwd(), script) || script}` : "node";
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Moves a stale lock aside. If another process took the lock over between our read and the
 * rename, what we moved is its live lock: put it back and let the caller find it held.
 */
function breakStaleLock(lockPath: string, staleText: string): void {
  const aside = `${lockPath}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // a third process created a lock meanwhile; it wins
    }
  }
  unlinkSync(aside);
}

function describeFsError(dir: string, error: unknown): DataDirLockError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "EROFS"
        ? "the file system is read-only"
        : code === "ENOSPC"
          ? "the disk is full"
          : code === "ENOTDIR"
            ? "a file is in the way of the folder"
            : ((error as Error).message ?? String(error));
  return new DataDirLockError(`Cannot use the data folder ${dir}: ${reason}. Set CLAIMLINE_DATA_DIR to a writable folder.`, {
    cause: error,
  });
}

/**
 * Takes the lock on `dir` (which must exist) for the rest of this process's life, or throws
 * DataDirLockedError naming the process that holds it.
 */
export function acquireDataDirLock(dir: string): void {
  let key: string;
  try {
    key = realpathSync(dir);
  } catch (error) {
    throw describeFsError(dir, error);
  }
  if (held.has(key)) return;
  const lockPath = path.join(key, LOCK_FILE);

  for (let attempt = 0; attempt < 100; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, "wx", 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw describeFsError(dir, error);
      const text = readText(lockPath);
      if (text === null) continue; // released or broken meanwhile: try again
      const holder = parseHolder(text);
      if (holder === null) {
        // Being written by a process that just created it, or a torn write from a crash.
        const age = Date.now() - (statSafeMtime(lockPath) ?? Date.now());
        if (age < 2_000) {
          sleepSync(20);
          continue;
        }
        breakStaleLock(lockPath, text);
        continue;
      }
      if (holder.pid === process.pid && holder.startTime === processStartTime(process.pid)) {
        held.set(key, holder.token); // taken earlier by another copy of this module
        return;
      }
      if (holderIsAlive(holder)) throw new DataDirLockedError(key, holder);
      breakStaleLock(lockPath, text);
      continue;
    }

    const holder: LockHolder = {
      pid: process.pid,
      startTime: processStartTime(process.pid),
      bootId: currentBootId(),
      host: os.hostname(),
      command: describeCommand(),
      since: new Date().toISOString(),
      token: randomUUID(),
    };
    try {
      writeSync(fd, `${JSON.stringify(holder, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    held.set(key, holder.token);
    if (held.size === 1) process.once("exit", releaseAllDataDirLocks);
    return;
  }
  throw new DataDirLockError(`Could not take the lock on the data folder ${dir}: it kept changing hands.`);
}

function statSafeMtime(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** Releases this process's lock on `dir` (only if the lock file is still ours). */
export function releaseDataDirLock(dir: string): void {
  let key: string;
  try {
    key = realpathSync(dir);
  } catch {
    return;
  }
  const token = held.get(key);
  if (token === undefined) return;
  held.delete(key);
  const lockPath = path.join(key, LOCK_FILE);
  if (parseHolder(readText(lockPath))?.token === token) {
    try {
      unlinkSync(lockPath);
    } catch {
      // already gone
    }
  }
}

function releaseAllDataDirLocks(): void {
  for (const key of [...held.keys()]) releaseDataDirLock(key);
}

/** The holder named by `dir`'s lock file, if any (for messages and tests). */
export function readDataDirLock(dir: string): LockHolder | null {
  return parseHolder(readText(path.join(dir, LOCK_FILE)));
}
