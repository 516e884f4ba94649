import { expect, test } from "@playwright/test";

test("the dispute is drawn to scale above the table, marks link to their cards, zoom lives in the URL", async ({ page }) => {
  await page.goto("/disputes/russia-asked-china-for-military-aid");
  const overview = page.locator("figure.overview");
  await expect(overview).toContainText("To scale:");
  // One named mark per claim; the denial's name says what it answers and when.
  const marks = overview.locator("svg a");
  await expect(marks).toHaveCount(5);
  const denial = overview.getByRole("link", { name: /^China’s foreign ministry, Says Russia never asked, 14 Mar 2022; denies U\.S\. officials \(same day\)/ });
  await expect(denial).toHaveCount(1);
  await expect(overview.locator("path.connector")).toHaveCount(2);
  // Events are ticks with names; the scale is labelled.
  await expect(overview.getByRole("img", { name: /^Event: Sullivan–Yang meeting in Rome/ })).toHaveCount(1);
  await expect(overview.locator("text.tick-label").first()).toBeVisible();
  await overview.getByRole("link", { name: /^U\.S\. officials, Says Russia asked/ }).click();
  await expect(page).toHaveURL(/#claim-c[a-z0-9]+$/);

  // The second dispute spans 2012–2022; zooming to March 2022 keeps only that month's claims.
  await page.goto("/disputes/china-willing-to-arm-russia");
  await expect(page.locator("figure.overview figcaption")).toContainText("28 of 28 claims");
  await expect(page.locator("figure.overview text.tick-label")).toContainText(["2014"]);
  await page.getByRole("link", { name: "where the sides meet" }).click();
  await expect(page).toHaveURL(/from=2022-03-\d\d&to=2022-03-\d\d/);
  await expect(page.locator("figure.overview figcaption")).not.toContainText("28 of 28 claims");
  await page.getByRole("link", { name: "the whole dispute" }).click();
  await expect(page.locator("figure.overview figcaption")).toContainText("28 of 28 claims");
});

test("each card has a link to itself; with JavaScript it is also copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/disputes/russia-asked-china-for-military-aid");
  const card = page.locator('td[data-column="AFFIRMS"] article.claim-card').filter({ hasText: "U.S. officials" });
  await card.getByRole("link", { name: /^Link to this card: U\.S\. officials/ }).click();
  await expect(page).toHaveURL(/#claim-c[a-z0-9]+$/);
  await expect(page.locator(".copy-note")).toHaveText(/^Link copied: http:\/\/127\.0\.0\.1:\d+\/disputes\/russia-asked-china-for-military-aid#claim-c[a-z0-9]+$/);
});
