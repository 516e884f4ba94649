import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("the pages read fully without JavaScript", async ({ page }) => {
  await page.goto("/disputes/russia-asked-china-for-military-aid");
  const denial = page.locator('td[data-column="DENIES"] article').filter({ hasText: "malicious disinformation" });
  await expect(denial).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
  // The larger dispute too: its whole timeline is in the first response, not streamed in later.
  await page.goto("/disputes/china-willing-to-arm-russia");
  await expect(page.locator("table.timeline")).toBeVisible();
  await expect(page.locator('td[data-column="QUALIFIES"] article').first()).toBeVisible();

  await page.goto("/disputes/russia-asked-china-for-military-aid");
  await page.locator('td[data-column="AFFIRMS"] article').filter({ hasText: "U.S. officials" }).locator("p a").click();
  await expect(page.getByTestId("origin-count")).toHaveText("4 appearances, 3 independent origins");
});
