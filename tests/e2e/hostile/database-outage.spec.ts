import { spawn } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { TcpProxy } from "../../support/tcp-proxy";

/**
 * A PostgreSQL that goes away while the app serves: pages answer a 503 page saying so (no stack,
 * no internal detail), /readyz says not ready, /healthz stays up, and once the database is back
 * the app serves again by itself. The database "goes away" through a TCP proxy this test stops
 * and starts, never by stopping the shared server.
 */
const SERVER_URL = process.env.E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

test("a PostgreSQL that goes away gives a 503 page, and the app recovers by itself", async ({ page }) => {
  test.setTimeout(600_000);
  const admin = new pg.Client({ connectionString: SERVER_URL });
  try {
    await admin.connect();
  } catch {
    test.skip(!process.env.CI, `no PostgreSQL at ${SERVER_URL}`);
    throw new Error(`CI needs PostgreSQL at ${SERVER_URL}`);
  }
  const name = `claimline_outage_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const server = new URL(SERVER_URL);
  const proxy = new TcpProxy(server.hostname, Number(server.port || 5432));
  await proxy.start();
  const databaseUrl = new URL(SERVER_URL);
  databaseUrl.port = String(proxy.port);
  databaseUrl.pathname = `/${name}`;
  const appPort = await freePort();
  const base = `http://127.0.0.1:${appPort}`;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(appPort), DATABASE_URL: databaseUrl.toString(), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    await expect.poll(() => status(`${base}/readyz`), { timeout: 300_000, intervals: [1_000] }).toBe(200);
    expect((await page.goto(`${base}/claims`))?.status()).toBe(200);

    await proxy.stop();
    // The request that finds the outage gets the error page (500, readable without JavaScript);
    // the next ones, the 503 page.
    await expect.poll(async () => (await page.goto(`${base}/claims`))?.status(), { timeout: 60_000, intervals: [500] }).toBe(503);
    await expect(page.getByRole("heading", { name: "Temporarily unavailable" })).toBeVisible();
    const html = await page.content();
    expect(html).not.toMatch(/node_modules|\/work\/|prisma|ECONNREFUSED|\bat [\w.]+ \(/i);
    expect(await status(`${base}/readyz`)).toBe(503);
    expect(await status(`${base}/healthz`)).toBe(200);

    await proxy.start();
    await expect.poll(async () => (await page.goto(`${base}/claims`))?.status(), { timeout: 60_000, intervals: [1_000] }).toBe(200);
    await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
    expect(await status(`${base}/readyz`)).toBe(200);
    expect(log).toMatch(/"msg":"database unavailable/);
    expect(log).toMatch(/"msg":"database available again"/);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await proxy.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
