// npm run bench:fuzz [-- --cases 10000 --seed 11 --db pglite|postgres|both]
// Hostile requests (tests/support/hostile-http.ts: every route under app/ and every registered
// server action, with malformed encodings, control characters, prototype keys, repeated
// parameters, odd methods and garbage action payloads) against a production server (`npm start`)
// on a fresh demo database, half of them signed in as an editor. Fails when any answer is a 5xx
// (or no answer) or the server log shows an unhandled error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { startServer } from "./server";
import { BENCH_SERVER_URL } from "./targets";
import {
  collectKnownIds,
  describeFailure,
  discoverActions,
  discoverRoutes,
  hostileRequests,
  runFuzz,
  serverLogProblems,
  signInCookie,
} from "../tests/support/hostile-http";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : (args[index + 1] ?? fallback);
};
const CASES = Number(option("cases", "10000"));
const SEED = Number(option("seed", "11"));
const DBS = option("db", "both") === "both" ? ["pglite", "postgres"] : [option("db", "both")];
const EMAIL = "fuzz-editor@bench.test";
const PASSWORD = "fuzz password 1234";

async function onPostgres(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function fuzzOne(db: string): Promise<boolean> {
  let database: { DATABASE_URL: string } | { CLAIMLINE_DATA_DIR: string };
  let cleanup: () => Promise<void>;
  if (db === "postgres") {
    const name = `hardening_fuzz_${process.pid}`;
    await onPostgres(`CREATE DATABASE ${name}`);
    const url = new URL(BENCH_SERVER_URL);
    url.pathname = `/${name}`;
    database = { DATABASE_URL: url.toString() };
    cleanup = () => onPostgres(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dir = mkdtempSync(`${os.tmpdir()}/claimline-fuzz-`);
    database = { CLAIMLINE_DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, ...database, CLAIMLINE_USER_PASSWORD: PASSWORD };
    if (!("DATABASE_URL" in database)) delete env.DATABASE_URL;
    const made = spawnSync("npm", ["run", "-s", "user", "--", "create", "--role", "editor", EMAIL, "--name", "Fuzz Editor"], { env, encoding: "utf8" });
    if (made.status !== 0) throw new Error(`npm run user failed: ${made.stderr}`);
    const server = await startServer(database, `fuzz-${db}`);
    try {
      const port = Number(new URL(server.base).port);
      const routes = discoverRoutes();
      const actions = discoverActions();
      const known = await collectKnownIds(server.base);
      // Signed in when the auth API answers; otherwise every case is signed out.
      const cookie = await signInCookie(server.base, EMAIL, PASSWORD).catch((error: unknown) => {
        console.log(`(${error instanceof Error ? error.message : String(error)}: fuzzing signed out only)`);
        return undefined;
      });
      const logStart = readFileSync(server.logFile, "utf8").length;
      const started = Date.now();
      const result = await runFuzz({
        port,
        arbitrary: hostileRequests(routes, actions, known),
        numRuns: CASES,
        seed: SEED,
        cookies: [undefined, cookie],
        onProgress: (done) => process.stdout.write(`\r${db}: ${done}/${CASES}`),
      });
      const seconds = (Date.now() - started) / 1000;
      const problems = serverLogProblems(readFileSync(server.logFile, "utf8").slice(logStart));
      console.log(
        `\n${db}: ${result.cases} cases over ${routes.length} routes and ${actions.length} actions in ${seconds.toFixed(0)} s (seed ${SEED}); ` +
          `statuses ${JSON.stringify(result.statuses)}; 5xx or no answer: ${result.failures.length}; server log errors: ${problems.length}`,
      );
      for (const failure of result.failures.slice(0, 30)) console.log(`  ${describeFailure(failure)}`);
      for (const line of problems.slice(0, 30)) console.log(`  log: ${line}`);
      return result.failures.length === 0 && problems.length === 0;
    } finally {
      await server.stop();
    }
  } finally {
    await cleanup();
  }
}

void (async () => {
  let ok = true;
  for (const db of DBS) ok = (await fuzzOne(db)) && ok;
  process.exit(ok ? 0 : 1);
})();
