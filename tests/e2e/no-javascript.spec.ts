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
  await expect(page.getByTestId("origin-count")).toHaveText("1 independent origin carried by 3 outlets (+ 1 relay)");
});

test("the claims filters and sorting work without JavaScript", async ({ page }) => {
  await page.goto("/claims");
  await page.getByLabel("Source / publisher").selectOption({ label: "Financial Times" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/publisher=c[a-z0-9]{24}/);
  // The plain form sends every field; the address kept has no empty parameters.
  expect(new URL(page.url()).search).not.toMatch(/=(&|$)/);
  await expect(page.locator(".chips")).toContainText("Publisher: Financial Times");
  await page.locator(".data-table thead th").filter({ hasText: "Claimant" }).getByRole("link").click();
  await expect(page).toHaveURL(/publisher=.*sort=claimant|sort=claimant.*publisher=/);
  await expect(page.locator(".data-table tbody tr").filter({ hasText: "U.S. officials" })).toHaveCount(1);
});
