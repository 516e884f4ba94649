// npm start — one process from start to stop: takes the embedded data folder's lock (a second
// process on the same folder stops here, naming the first), claims the port, builds the app if
// the build is missing or older than the source, migrates the database and loads the demo data
// set into an empty one, then serves the production build from this same process. Serving
// in-process (rather than spawning `next start`) means the process holding the lock is the one
// with the database open, and a SIGTERM or SIGINT stops the server itself: it stops accepting,
// finishes the requests in flight, closes the database and exits 0.
import "./production-mode";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { appBaseUrl, formatSetupNotice, setupLinkIfNoAdmin } from "@/lib/auth/setup";
import { closeDb, getDb, openEmbeddedDatabase } from "@/lib/db";
import { answerBackupRequest } from "@/lib/db/backup";
import { formatReport, prepareDatabaseFromEnv } from "@/lib/db/prepare";
import { lockedDataDir } from "@/lib/db/target";
import { readEnv } from "@/lib/env";
import { buildActionIds } from "@/lib/http/action-payload";
import { runCli } from "./cli";
import { createFrontDoor } from "./front-door";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const stampFile = path.join(root, ".next", "claimline-source-stamp");
const BUILD_INPUTS = ["app", "components", "lib", "types", "generated", "public", "proxy.ts", "next.config.ts", "package-lock.json", "tsconfig.json"];
/** How long a stop waits for requests in flight before closing their connections. */
const DRAIN_MS = 10_000;

/** A fingerprint of everything the build reads: paths, sizes and modification times. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const child of readdirSync(full).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

function buildIfNeeded(): void {
  const stamp = sourceStamp();
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile);
  if (built && readFileSync(stampFile, "utf8") === stamp) return;
  console.log(built ? "Source changed since the last build: building…" : "No production build yet: building…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error("next build failed (see above)");
  writeFileSync(stampFile, stamp);
}

/** Binds the port before anything touches the database, so a port in use fails first, in one line. */
function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") reject(new Error(`Port ${port} is already in use: stop what uses it, or set PORT to a free port.`));
      else if (error.code === "EACCES") reject(new Error(`Not allowed to listen on port ${port}: set PORT to a port above 1023.`));
      else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port);
  });
}

/** Resolves once a SIGTERM or SIGINT has drained the server; a second signal exits at once. */
function stopOnSignal(server: http.Server, app: { close(): Promise<void> }): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        console.error(`claimline: ${signal} again: exiting without waiting.`);
        process.exit(1);
      }
      stopping = true;
      console.log(`${signal}: stopping (finishing requests in flight)…`);
      const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        app
          .close()
          .then(closeDb)
          .then(() => {
            console.log("Stopped.");
            resolve();
          }, reject);
      });
      server.closeIdleConnections();
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
}

runCli(async () => {
  const env = readEnv();
  if (!env.DATABASE_URL) lockedDataDir(env);
  // Until the app is ready the front door answers /healthz, /readyz (503) and a 503 "starting" page.
  const door = createFrontDoor();
  const server = http.createServer(door.listener);
  await listen(server, env.PORT);
  buildIfNeeded();
  console.log(formatReport(await prepareDatabaseFromEnv("if-empty")));
  const setupLink = await setupLinkIfNoAdmin(getDb(), appBaseUrl(env.PORT));
  if (setupLink) console.log(formatSetupNotice(setupLink));

  const app = next({ dev: false, dir: root, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  door.ready(handle, buildActionIds(path.join(root, ".next", "server", "server-reference-manifest.json")));
  if (!env.DATABASE_URL) {
    // `npm run backup` while this process holds the data folder: it asks with SIGUSR2 (lib/db/backup.ts).
    const dataDir = path.resolve(env.CLAIMLINE_DATA_DIR);
    process.on("SIGUSR2", () => {
      const pglite = openEmbeddedDatabase();
      if (pglite) void answerBackupRequest(dataDir, pglite).catch((error: unknown) => console.error("claimline: backup failed:", error));
    });
  }
  console.log(`Claimline is serving on http://localhost:${env.PORT}`);
  await stopOnSignal(server, app);
});
