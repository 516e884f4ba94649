import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "../support/fixtures";
import {
  collectKnownIds,
  describeFailure,
  discoverActions,
  discoverRoutes,
  hostileRequests,
  runFuzz,
  serverLogProblems,
} from "../../support/hostile-http";

/**
 * The fast version of bench/fuzz.ts: a fixed seeded sample of hostile requests over every
 * discovered route and registered server action, signed out and signed in as an editor. It runs
 * last (its own project), since a lucky case may save something.
 */
const CASES = 300;

test.use({ javaScriptEnabled: false });

test("malformed addresses get the normal 404 page, readable without JavaScript", async ({ page }) => {
  for (const path of ["/claims/%zz", "/sources/%c0%ae", "/disputes/%E0%A4%A", "/claims/a%00b", "/claims?__proto__=x&sort=date", "/claims?constructor=1"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the disputes" })).toBeVisible();
  }
  // Repeated parameters are fine: the first value of a single-valued one counts.
  const repeated = await page.goto("/claims?sort=claimant&sort=date&dir=asc&dir=desc&page=1&page=2");
  expect(repeated?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
});

test(`${CASES} seeded hostile requests: no 5xx and no unhandled error in the server log`, async ({ baseURL, browser }) => {
  test.setTimeout(300_000);
  const base = baseURL ?? "";
  const logFile = process.env.CLAIMLINE_E2E_SERVER_LOG ?? "";
  const logStart = logFile ? readFileSync(logFile, "utf8").length : 0;
  const routes = discoverRoutes();
  const actions = discoverActions();
  expect(routes.length).toBeGreaterThan(20);
  expect(actions.length).toBeGreaterThan(20);
  // An editor's session, signed in through the real form.
  const context = await browser.newContext({ javaScriptEnabled: true });
  await signIn(await context.newPage(), "editor");
  const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  await context.close();
  const result = await runFuzz({
    port: Number(new URL(base).port),
    arbitrary: hostileRequests(routes, actions, await collectKnownIds(base)),
    numRuns: CASES,
    seed: 11,
    cookies: [undefined, cookie],
  });
  expect(result.failures.map(describeFailure)).toEqual([]);
  if (logFile) expect(serverLogProblems(readFileSync(logFile, "utf8").slice(logStart))).toEqual([]);
});
