import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeDatabaseError } from "@/lib/db/errors";
import { describeProbe, probePostgres } from "@/lib/db/probe";
import { postgresSkipReason, testServerUrl } from "./support/databases";

/**
 * Bad settings end in one clear line and a non-zero exit, never a stack, "[object Object]" or a
 * misleading "timed out". Run through the real command (scripts/db-migrate.ts, the same database
 * preparation `npm start` does).
 */
const tmpDirs: string[] = [];
const servers: net.Server[] = [];
afterAll(() => {
  for (const dir of tmpDirs) {
    spawnSync("chattr", ["-R", "-i", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const server of servers) server.close();
});

function migrate(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/db-migrate.ts"], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, out: out.trim() })));
}

function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(onConnection);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)));
}

function tmpDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimline-config-"));
  tmpDirs.push(dir);
  return dir;
}

describe("an unusable embedded data folder", () => {
  it("a file in the way: one line naming the folder", async () => {
    const file = path.join(tmpDir(), "not-a-folder");
    writeFileSync(file, "x");
    const result = await migrate({ CLAIMLINE_DATA_DIR: file });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^claimline: Cannot use the data folder .*not-a-folder: a file is in the way of the folder\. Set CLAIMLINE_DATA_DIR/);
    expect(result.out.split("\n")).toHaveLength(1);
  });

  // Root ignores permission bits: an immutable folder (chattr +i) is the unwritable folder there.
  const canMakeUnwritable = process.getuid?.() !== 0 || spawnSync("chattr", ["--help"]).error === undefined;
  it.skipIf(!canMakeUnwritable)("a folder inside it that cannot be written: one line, not [object Object]", async () => {
    const dir = tmpDir();
    const inner = path.join(dir, "base");
    mkdirSync(inner);
    const locked = process.getuid?.() === 0 ? spawnSync("chattr", ["+i", inner]).status === 0 : (spawnSync("chmod", ["0555", inner]).status === 0);
    if (!locked) return;
    const result = await migrate({ CLAIMLINE_DATA_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^claimline: Cannot open the embedded PGlite in .*: permission denied\./);
    expect(result.out).not.toContain("[object Object]");
    expect(result.out.split("\n")).toHaveLength(1);
  });

  it("PGlite's non-Error failures are described", () => {
    const label = "embedded PGlite in /srv/data";
    expect(describeDatabaseError({ name: "ErrnoError", errno: 63 }, label)).toMatch(/^Cannot open the embedded PGlite in \/srv\/data: permission denied\./);
    expect(describeDatabaseError({ name: "ErrnoError", errno: 51 }, label)).toMatch(/the disk is full/);
    expect(describeDatabaseError(new Error("Aborted(). Build with -sASSERTIONS for more info."), label)).toMatch(/stopped while opening it/);
  });
});

describe("DATABASE_URL naming something that is not PostgreSQL", () => {
  let httpPort = 0;
  let silentPort = 0;
  beforeAll(async () => {
    httpPort = await listen((socket) => socket.once("data", () => socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n")));
    silentPort = await listen(() => undefined);
  });

  it("an HTTP server: one line saying so, exit 1", async () => {
    const result = await migrate({ DATABASE_URL: `postgresql://claimline@127.0.0.1:${httpPort}/claimline` });
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      `claimline: The server at 127.0.0.1:${httpPort} is not a PostgreSQL server: it answered “HTTP/1.1 400 Bad Request Connection: close”. Check the host and port in DATABASE_URL.`,
    );
  });

  it("the probe tells PostgreSQL, a silent port and a closed one apart", async () => {
    expect(describeProbe(await probePostgres(`postgresql://x@127.0.0.1:${silentPort}/x`, 500), "It")).toMatch(/did not answer as PostgreSQL does/);
    expect(await probePostgres(`postgresql://x@127.0.0.1:${httpPort}/x`)).toMatchObject({ kind: "other" });
    const closed = await listen(() => undefined);
    servers.at(-1)?.close();
    expect(await probePostgres(`postgresql://x@127.0.0.1:${closed}/x`)).toMatchObject({ kind: "unreachable", code: "ECONNREFUSED" });
  });

  it.skipIf(postgresSkipReason !== null)("the real server is PostgreSQL", async () => {
    expect(await probePostgres(testServerUrl())).toEqual({ kind: "postgres" });
  });
});
