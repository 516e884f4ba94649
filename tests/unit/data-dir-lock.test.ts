import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  DataDirLockedError,
  LOCK_FILE,
  processStartTime,
  readDataDirLock,
  releaseDataDirLock,
} from "@/lib/db/lock";

const fixture = path.join(process.cwd(), "tests", "support", "hold-data-dir-lock.ts");
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimline-lock-"));
  dirs.push(dir);
  return dir;
}

/** Starts a process that takes the lock on `dir`; resolves with what it printed first. */
function holdInChild(dir: string): Promise<{ child: ChildProcess; said: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", fixture, dir], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve({ child, said: out.trim() });
    });
    child.once("exit", (code) => {
      if (!out.includes("\n")) reject(new Error(`lock holder exited with ${code} before saying anything`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

function writeLock(dir: string, holder: Record<string, unknown>): void {
  writeFileSync(
    path.join(dir, LOCK_FILE),
    JSON.stringify({ host: os.hostname(), command: "node old", since: "2026-01-01T00:00:00.000Z", token: "t-old", bootId: null, ...holder }),
  );
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill("SIGKILL");
    await exited(child);
  }
  for (const dir of dirs.splice(0)) {
    releaseDataDirLock(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("the embedded data folder lock", () => {
  it("is taken with this process's pid, taken again without complaint, and released", () => {
    const dir = tempDir();
    acquireDataDirLock(dir);
    expect(readDataDirLock(dir)).toMatchObject({ pid: process.pid, startTime: processStartTime(process.pid) });
    acquireDataDirLock(dir);
    releaseDataDirLock(dir);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it("refuses a second process at once, naming the folder and the holder's pid", async () => {
    const dir = tempDir();
    const { child, said } = await holdInChild(dir);
    expect(said).toBe("locked");
    let refusal: unknown;
    try {
      acquireDataDirLock(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as Error).message).toContain(`in use by process ${child.pid}`);
    expect((refusal as Error).message).toContain(dir);
    expect(readDataDirLock(dir)?.pid).toBe(child.pid);
  });

  it("takes over the lock of a holder killed with SIGKILL", async () => {
    const dir = tempDir();
    const { child } = await holdInChild(dir);
    child.kill("SIGKILL");
    await exited(child);
    acquireDataDirLock(dir);
    expect(readDataDirLock(dir)?.pid).toBe(process.pid);
  });

  it("treats a lock as stale when its pid now belongs to another program or another boot", () => {
    const reused = tempDir();
    // Our parent is alive, but it did not start at the time the lock says.
    writeLock(reused, { pid: process.ppid, startTime: "1" });
    acquireDataDirLock(reused);
    expect(readDataDirLock(reused)?.pid).toBe(process.pid);

    const rebooted = tempDir();
    writeLock(rebooted, { pid: process.ppid, startTime: processStartTime(process.ppid), bootId: "another-boot" });
    acquireDataDirLock(rebooted);
    expect(readDataDirLock(rebooted)?.pid).toBe(process.pid);
  });

  it("treats a lock naming a process that no longer runs as stale", () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeLock(dir, { pid: Number(gone.stdout.trim()), startTime: null });
    acquireDataDirLock(dir);
    expect(readDataDirLock(dir)?.pid).toBe(process.pid);
  });

  it("waits out a lock file being written, and takes over a torn one left by a crash", () => {
    const dir = tempDir();
    const file = path.join(dir, LOCK_FILE);
    writeFileSync(file, '{"pid": 12');
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ pid: process.pid });
  });

  it("admits exactly one of several processes started at the same moment on an empty folder", async () => {
    for (let round = 0; round < 3; round++) {
      const dir = tempDir();
      const results = await Promise.all([1, 2, 3, 4].map(() => holdInChild(dir)));
      const said = results.map((result) => result.said);
      expect(said.filter((line) => line === "locked")).toHaveLength(1);
      const winner = results.find((result) => result.said === "locked")?.child.pid;
      for (const line of said.filter((text) => text !== "locked")) {
        expect(line).toMatch(new RegExp(`^refused: The data folder .* is in use by process ${winner} `));
      }
    }
  });
});
