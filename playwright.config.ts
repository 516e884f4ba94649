import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh embedded database for every run: `npm start` migrates it and loads the demo data.
// (Kept in the environment so the workers, which re-read this file, see the same folder.)
process.env.CLAIMLINE_E2E_DATA_DIR ??= path.join(os.tmpdir(), `claimline-e2e-${process.pid}`);
const dataDir = process.env.CLAIMLINE_E2E_DATA_DIR;
// Accounts for the write specs (tests/e2e/support/accounts.ts), made with the app's own
// `npm run user` before the server starts.
const E2E_PASSWORD = "e2e password 1234";
const ACCOUNTS: [role: string, email: string, name: string][] = [
  ["admin", "admin@e2e.test", "Ada Admin"],
  ["editor", "editor@e2e.test", "Eddie Editor"],
  ["editor", "editor2@e2e.test", "Erin Editor"],
  ["viewer", "viewer@e2e.test", "Vic Viewer"],
];
// The server's output is also written here, for the specs that check its log (hostile input).
process.env.CLAIMLINE_E2E_SERVER_LOG ??= path.join(os.tmpdir(), `claimline-e2e-${process.pid}.log`);
const serverLog = process.env.CLAIMLINE_E2E_SERVER_LOG;
const createAccounts = ACCOUNTS.map(([role, email, name]) => `npm run -s user -- create --role ${role} ${email} --name "${name}"`).join(" && ");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not possible here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // Specs that write run after the ones that read (which count the demo data set's rows).
  projects: [
    { name: "chromium", testIgnore: /\/(write|hostile)\//, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium-write", testMatch: /\/write\/.*\.spec\.ts$/, dependencies: ["chromium"], use: { ...devices["Desktop Chrome"] } },
    // Hostile input last: a fuzzed save may land, and nothing after it counts rows.
    { name: "chromium-hostile", testMatch: /\/hostile\/.*\.spec\.ts$/, dependencies: ["chromium-write"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: `${createAccounts} && npm start 2>&1 | tee ${serverLog}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...process.env,
      PORT: String(port),
      CLAIMLINE_DATA_DIR: dataDir,
      // The e2e run always uses its own embedded database, never a shared server.
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      CLAIMLINE_USER_PASSWORD: E2E_PASSWORD,
    },
  },
});
