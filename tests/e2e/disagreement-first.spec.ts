import { expect, test } from "@playwright/test";
import { DisputePage } from "./pages/dispute-page";

test("a timeline that is mostly context still shows the disagreement first", async ({ page }) => {
  const dispute = new DisputePage(page);
  await dispute.goto("china-willing-to-arm-russia");
  // Columns only for the sides someone takes: no one says China is unwilling, and the page says so.
  await expect(dispute.columnHeaders()).toHaveText(["Date", "Says China is willing", "Qualifies"]);
  await expect(page.getByTestId("unclaimed-sides")).toContainText("No one here takes the side “Says China is not willing”");

  // Context is one line per item, closed; opening one shows its whole card.
  const lines = page.locator("details.context-line");
  await expect(lines.first()).toBeVisible();
  expect(await lines.count()).toBeGreaterThanOrEqual(20);
  const psaki = lines.filter({ hasText: "Jen Psaki" });
  await expect(psaki.locator("article.claim-card")).toBeHidden();
  await psaki.locator("summary").click();
  await expect(psaki.locator("article.claim-card")).toBeVisible();
  await expect(psaki.locator("article.claim-card")).toContainText("deep concerns");

  // The rows that carry a side are listed above the timeline and link to their rows.
  const index = page.getByRole("navigation", { name: "Where the sides meet" });
  await expect(index).toBeVisible();
  await expect(index).toContainText("Says China is willing: U.S. government");
  await index.getByRole("link").filter({ hasText: /Mar 2022/ }).first().click();
  await expect(page).toHaveURL(/#row-/);
  const target = page.locator("tr:target");
  await expect(target).toHaveCount(1);
  await expect(target).toBeInViewport();
});
