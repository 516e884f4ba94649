import { expect, test } from "@playwright/test";
import { ClaimsPage } from "./pages/claims-page";

// Search finds people and the words people type (issue #8, item 5).

test("searching a claimant's name lists their claims, and -name leaves them out", async ({ page }) => {
  const claims = new ClaimsPage(page);
  await claims.goto();
  await claims.search("Thompson");
  await expect(page).toHaveURL(/q=Thompson/);
  await expect(claims.rows()).toHaveCount(5);
  await expect(claims.rows().filter({ hasText: "Drew Thompson" })).toHaveCount(5);

  await claims.search("China -Thompson");
  await expect(claims.rows().first()).toBeVisible();
  await expect(claims.rows().filter({ hasText: "Drew Thompson" })).toHaveCount(0);
});

test("the claimant and publisher filters find names as they are typed", async ({ page }) => {
  const claims = new ClaimsPage(page);
  await claims.goto();
  await claims.addByName("Find a claimant by name", "thomp", "Drew Thompson");
  await claims.apply();
  await expect(page).toHaveURL(/actor=c[a-z0-9]{24}/);
  await expect(page.locator(".chips")).toContainText("Claimant: Drew Thompson");
  await expect(claims.rows()).toHaveCount(5);
  await expect(claims.rows().filter({ hasText: "Drew Thompson" })).toHaveCount(5);
  // Once applied, the name is a choice of the list itself, and the box is empty again.
  await expect(page.locator("#filter-actor")).toHaveValues([/c[a-z0-9]{24}/]);
  await expect(page.getByRole("list", { name: "Find a claimant by name: added" })).toHaveCount(0);

  await page.goto("/claims");
  await claims.addByName("Find a publisher by name", "financ", "Financial Times");
  await claims.apply();
  await expect(page.locator(".chips")).toContainText("Publisher: Financial Times");
  await expect(claims.rows().filter({ hasText: "U.S. officials" })).toHaveCount(1);
});
