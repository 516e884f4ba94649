import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

for (const path of ["/sources", "/actors"]) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}

test("no serious accessibility violations on a source page", async ({ page }) => {
  await page.goto("/sources");
  await page.getByRole("link", { name: /^Will China help Russian troops\?/ }).click();
  await expect(page.getByTestId("dispute-group").first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("no serious accessibility violations on an actor page", async ({ page }) => {
  await page.goto("/actors");
  await page.getByRole("rowheader", { name: "China’s foreign ministry", exact: true }).getByRole("link").click();
  await expect(page.getByTestId("stance-record").first()).toBeVisible();
  await expectNoSeriousViolations(page);
});
