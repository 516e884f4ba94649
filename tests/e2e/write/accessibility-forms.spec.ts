import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

test("the editing pages, their error states and the admin pages have no serious accessibility violations", async ({ loginAs }) => {
  test.setTimeout(120_000);
  const admin = await loginAs("admin");
  await admin.goto("/disputes/russia-asked-china-for-military-aid");
  await admin.locator("article.claim-card p a").first().click();
  await expect(admin.getByTestId("origin-count")).toBeVisible();
  const claimPath = new URL(admin.url()).pathname;
  await admin.goto("/sources");
  const sourcePath = (await admin.locator('main a[href^="/sources/c"]').first().getAttribute("href")) ?? "/sources";

  for (const path of [
    "/disputes/new",
    "/claims/new?dispute=russia-asked-china-for-military-aid",
    `${claimPath}/edit`,
    `${claimPath}/appearances/new`,
    `${claimPath}/links/new`,
    `${claimPath}/history`,
    "/disputes/russia-asked-china-for-military-aid/edit",
    "/disputes/russia-asked-china-for-military-aid/events/new",
    `${sourcePath}/edit`,
    "/actors/new",
    "/admin/users",
    "/activity",
    "/account",
  ]) {
    await admin.goto(path);
    await expect(admin.locator("main h1")).toBeVisible();
    expect(await seriousViolations(admin), path).toEqual([]);
  }

  // With the messages showing.
  await admin.goto("/disputes/new");
  await admin.getByRole("button", { name: "Create dispute" }).click();
  await expect(admin.locator(".form-error")).toBeVisible();
  expect(await seriousViolations(admin), "/disputes/new with errors").toEqual([]);
});

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  expect(await seriousViolations(page)).toEqual([]);
});
