// npm start — builds the app if the build is missing or older than the source, migrates the
// database, loads the demo data set into an empty database, then serves on $PORT (3000).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatReport, prepareDatabaseFromEnv } from "@/lib/db/prepare";
import { runCli } from "./cli";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const stampFile = path.join(root, ".next", "claimline-source-stamp");
const BUILD_INPUTS = ["app", "components", "lib", "types", "generated", "public", "next.config.ts", "package-lock.json", "tsconfig.json"];

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

runCli(async () => {
  buildIfNeeded();
  console.log(formatReport(await prepareDatabaseFromEnv("if-empty")));
  const port = process.env.PORT ?? "3000";
  const server = spawn(process.execPath, [nextBin, "start", "--port", port], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  const code = await new Promise<number>((resolve) => server.on("exit", (status) => resolve(status ?? 0)));
  if (code !== 0) throw new Error(`next start exited with code ${code}`);
});
