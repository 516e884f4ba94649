import { expect, test } from "@playwright/test";
import { ClaimPage } from "./pages/claim-page";
import { DisputePage } from "./pages/dispute-page";
import { HomePage } from "./pages/home-page";

test("a reader goes from the disputes to a claim's provenance", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(page).toHaveTitle(/Claimline/);
  await expect(home.disputeLinks()).toHaveCount(2);
  await expect(page.locator(".dispute-card").first()).toContainText(/Denies: 1/);

  await home.disputeLinks().first().click();
  const dispute = new DisputePage(page);
  await expect(dispute.heading()).toContainText("Did Russia ask China for military assistance");
  await expect(dispute.columnHeaders()).toContainText(["Date", "Says Russia asked", "Says Russia never asked"]);

  // The U.S.-officials claim and the foreign ministry's denial, each in its side's column, in one row.
  const claim = dispute.cardsIn("AFFIRMS").filter({ hasText: "U.S. officials" });
  const denial = dispute.cardsIn("DENIES").filter({ hasText: "China’s foreign ministry" });
  await expect(claim).toHaveCount(1);
  await expect(denial).toHaveCount(1);
  await expect(denial).toContainText("malicious disinformation");
  const row = page
    .locator("tr.claim-row")
    .filter({ has: page.locator('td[data-column="AFFIRMS"] article', { hasText: "U.S. officials" }) });
  await expect(row).toContainText("China’s foreign ministry");
  await expect(dispute.pairNotes().first()).toHaveText(/China’s foreign ministry denies U\.S\. officials: same day/);
  await expect(row.locator("th time")).toHaveText("14 Mar 2022");
  // One speaker briefing three outlets is one origin (docs/origins.md), on the card as on the claim page.
  await expect(claim.getByTestId("card-origins")).toHaveText("1 independent origin carried by 3 outlets (+ 1 relay)");

  // The Rome meeting is a context event spanning every column:
  const rome = page.locator("tr.event-row").filter({ hasText: "Rome" });
  // Both sides' columns (the readout, context, is a line below the rows, not a column).
  await expect(rome.locator("td")).toHaveAttribute("colspan", "2");

  await claim.locator("p a").click();
  const detail = new ClaimPage(page);
  await expect(detail.heading()).toContainText("U.S. officials");
  await expect(detail.chainSummaries().first()).toHaveText("U.S. officials → Financial Times → TIME");
  await expect(detail.chainSummaries()).toContainText(["U.S. officials → New York Times", "U.S. officials → Washington Post"]);
  await expect(detail.originCount()).toHaveText("1 independent origin carried by 3 outlets (+ 1 relay)");
  // CNN's corroboration does not pass for independent confirmation.
  await expect(detail.answers().filter({ hasText: "Corroborated by" })).toContainText("Independence unknown: not counted as confirmation");
  await expect(detail.answers().filter({ hasText: "Denied by" })).toContainText("China’s foreign ministry");
});

test("the timeline shows imprecise dates at their precision", async ({ page }) => {
  const dispute = new DisputePage(page);
  await dispute.goto("china-willing-to-arm-russia");
  const gobi = page.locator("tr.event-row").filter({ hasText: "Gobi" });
  await expect(gobi.locator("th time")).toHaveText("Aug 2021");
  await expect(dispute.cardsIn("QUALIFIES").first()).toBeVisible();
  // An imprecise date's bounds, in words, reachable by keyboard: focus shows them.
  const imprecise = page.locator("time.date-imprecise").first();
  await expect(imprecise.locator(".date-bounds")).toHaveText(/^ \((some time between|approximately) .*\d{4}\)$/);
  await imprecise.focus();
  await expect(imprecise.locator(".date-bounds")).toBeVisible();
});

test("unknown or malformed addresses are 404 pages, not errors", async ({ page }) => {
  for (const path of ["/disputes/no-such-dispute", "/disputes/Bad%20Slug!", "/claims/not-an-id", "/claims/c000000000000000000000000", "/nowhere"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
