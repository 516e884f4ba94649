import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

for (const path of ["/", "/claims", "/claims?q=china&stance=AFFIRMS", "/disputes/russia-asked-china-for-military-aid", "/disputes/china-willing-to-arm-russia"]) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test("no serious accessibility violations on a claim page", async ({ page }) => {
  await page.goto("/disputes/russia-asked-china-for-military-aid");
  await page.locator("article.claim-card p a").first().click();
  await expect(page.getByTestId("origin-count")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
