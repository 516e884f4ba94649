import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ClaimsPage } from "./pages/claims-page";

test("filter by the Financial Times, then the copied link reproduces the view", async ({ page, browser }) => {
  const claims = new ClaimsPage(page);
  await claims.goto();
  const all = await claims.rowIds();
  expect(all.length).toBeGreaterThan(10);

  await claims.filterByPublisher("Financial Times");
  await expect(page).toHaveURL(/publisher=c[a-z0-9]{24}/);
  await expect(page.locator(".chips")).toContainText("Publisher: Financial Times");
  await expect(claims.rows().filter({ hasText: "U.S. officials" })).toHaveCount(1);
  const filtered = await claims.rowIds();
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(all.length);
  await expect(claims.summary()).toContainText(`of ${filtered.length} claims`);

  // A new browser context: no cookies, no history, just the link.
  const url = page.url();
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(url);
  const copied = new ClaimsPage(otherPage);
  expect(await copied.rowIds()).toEqual(filtered);
  await expect(otherPage.getByLabel("Source / publisher")).toHaveValues([/c[a-z0-9]{24}/]);
  await other.close();

  // Back and forward move between the views.
  // (The URL changes before the view re-renders: poll the rows, a slow machine takes a while.)
  await page.goBack();
  await expect(page).toHaveURL(/\/claims$/);
  await expect.poll(() => claims.rowIds()).toEqual(all);
  await page.goForward();
  await expect(page).toHaveURL(/publisher=/);
  await expect.poll(() => claims.rowIds()).toEqual(filtered);
});

test("an empty result says so and offers to clear the filters", async ({ page }) => {
  const claims = new ClaimsPage(page);
  await claims.goto();
  await claims.search("zzqqxx nothing matches this");
  await expect(page.getByText("No claim matches these filters.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download this view as CSV" })).toHaveCount(0);
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  expect((await claims.rowIds()).length).toBeGreaterThan(10);
});

test("search highlights matches and sorts by relevance", async ({ page }) => {
  const claims = new ClaimsPage(page);
  await claims.goto();
  await claims.search('"malicious disinformation"');
  await expect(claims.rows()).toHaveCount(1);
  await expect(claims.rows().locator("mark").first()).toHaveText(/malicious|disinformation/);
  await expect(page.getByRole("link", { name: "sort by date instead" })).toBeVisible();
});

test("sorting by a column header puts the sort in the URL", async ({ page }) => {
  const claims = new ClaimsPage(page);
  await claims.goto();
  await claims.columnHeader("Claimant").getByRole("link").click();
  await expect(page).toHaveURL(/sort=claimant/);
  await expect(claims.columnHeader("Claimant")).toHaveAttribute("aria-sort", "ascending");
  const names = await page.locator('.data-table tbody td[data-column="claimant"]').allTextContents();
  const lower = names.map((name) => name.toLowerCase());
  expect(lower).toEqual([...lower].sort());
});

test("hidden columns stay hidden after a reload", async ({ page }) => {
  const claims = new ClaimsPage(page);
  await claims.goto();
  await expect(claims.columnHeader("Dispute")).toHaveCount(1);
  await claims.setColumnVisible("Dispute", false);
  await expect(claims.columnHeader("Dispute")).toHaveCount(0);
  await page.reload();
  await expect(claims.columnHeader("Dispute")).toHaveCount(0);
  await claims.setColumnVisible("Dispute", true);
  await expect(claims.columnHeader("Dispute")).toHaveCount(1);
});

test("the CSV download holds exactly the filtered view", async ({ page }) => {
  const claims = new ClaimsPage(page);
  await claims.goto();
  await claims.filterByPublisher("Financial Times");
  const ids = await claims.rowIds();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download this view as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^claimline-claims-\d{4}-\d\d-\d\d\.csv$/);
  const text = await readFile(await download.path(), "utf8");
  const lines = text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(lines[0]).toMatch(/^id,said_edtf,/);
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(ids);
});

test("bad parameters are clamped or ignored with a notice, never an error", async ({ page }) => {
  const response = await page.goto("/claims?size=99999&page=-4&stance=LIES&from=2022-13-45&publisher=x%27%3B--&q=" + "a".repeat(500));
  expect(response?.status()).toBe(200);
  const notices = page.locator(".notices li");
  for (const expected of [/“LIES”/, /2022-13-45/, /publisher/, /cut to its first 200/, /100 rows/]) {
    await expect(notices.filter({ hasText: expected })).toHaveCount(1);
  }
  const csv = await page.request.get("/claims/export?size=-1&q=%22%5C%27");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/^\uFEFF?id,/);
});
