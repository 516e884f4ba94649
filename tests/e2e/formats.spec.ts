import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../support/csv-parse";
import { provDocumentSchema, schemaOrgClaimSchema } from "../support/jsonld-terms";

// docs/formats.md: the claim page embeds its schema.org Claim and links to the JSON-LD files; the
// sources and actors lists download as CSV holding exactly their rows.

async function openUsOfficialsClaim(page: Page) {
  await page.goto("/claims?stance=AFFIRMS");
  const row = page.locator(".data-table tbody tr").filter({ has: page.locator('td[data-column="claimant"]', { hasText: /^U\.S\. officials$/ }) });
  await row.locator('td[data-column="claim"] > a').click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("U.S. officials");
}

test("the claim page embeds its schema.org Claim, and both JSON-LD links answer with JSON-LD", async ({ page }) => {
  await openUsOfficialsClaim(page);
  const claimUrl = page.url().replace(/[?#].*$/, "");
  const embedded = schemaOrgClaimSchema.parse(JSON.parse((await page.getByTestId("claim-jsonld").textContent()) ?? ""));
  expect(embedded["@id"]).toBe(claimUrl);
  expect(embedded.author.name).toBe("U.S. officials");
  expect(embedded.datePublished).toBe("2022-03-14");
  expect(embedded.appearance).toHaveLength(4);

  const formats = page.getByTestId("claim-formats");
  const claimHref = await formats.getByRole("link", { name: /schema\.org JSON-LD/ }).getAttribute("href");
  const provHref = await formats.getByRole("link", { name: /PROV-O JSON-LD/ }).getAttribute("href");
  if (!claimHref || !provHref) throw new Error("a JSON-LD link has no address");

  const claimFile = await page.request.get(claimHref);
  expect(claimFile.status()).toBe(200);
  expect(claimFile.headers()["content-type"]).toMatch(/^application\/ld\+json/);
  expect(schemaOrgClaimSchema.parse(await claimFile.json())).toEqual(embedded);

  const provFile = await page.request.get(provHref);
  expect(provFile.status()).toBe(200);
  expect(provFile.headers()["content-type"]).toMatch(/^application\/ld\+json/);
  const prov = provDocumentSchema.parse(await provFile.json());
  const relay = prov["@graph"].find((node) => node["prov:wasDerivedFrom"]?.["@id"].includes("#appearance-"));
  expect(relay?.["claimline:attribution"]).toBe("RELAYED");

  // An unknown claim is a 404, not an empty document.
  expect((await page.request.get("/claims/c000000000000000000000000/provenance.jsonld")).status()).toBe(404);
  expect((await page.request.get("/claims/not-an-id/claim.jsonld")).status()).toBe(404);
});

async function downloadCsv(page: Page, testId: string): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return parseCsv(await readFile(await download.path(), "utf8"));
}

/** The record ids a list links to, in page order. */
async function listedIds(page: Page, rows: string, prefix: string): Promise<string[]> {
  const hrefs = await page.locator(`${rows} a[href^="${prefix}"]`).evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.slice(prefix.length)).filter((id) => /^c[a-z0-9]{24}$/.test(id));
}

test("the sources list downloads as CSV holding exactly its rows", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByTestId("source-table")).toBeVisible();
  const ids = await listedIds(page, '[data-testid="source-table"] tbody th[scope="row"]', "/sources/");
  expect(ids.length).toBeGreaterThan(5);
  const rows = await downloadCsv(page, "sources-csv");
  expect(rows[0]?.slice(0, 3)).toEqual(["id", "title", "kind"]);
  expect(rows.slice(1).map((row) => row[0])).toEqual(ids);
});

test("the actors list downloads as CSV holding exactly its rows", async ({ page }) => {
  await page.goto("/actors");
  await expect(page.getByTestId("actor-kind-group").first()).toBeVisible();
  const ids = await listedIds(page, '[data-testid="actor-kind-group"] tbody th[scope="row"]', "/actors/");
  expect(ids.length).toBeGreaterThan(5);
  const rows = await downloadCsv(page, "actors-csv");
  expect(rows[0]?.slice(0, 3)).toEqual(["id", "name", "kind"]);
  expect(rows.slice(1).map((row) => row[0])).toEqual(ids);
});

test("the disputes list downloads as CSV holding exactly its rows", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".dispute-card").first()).toBeVisible();
  const slugs = await page
    .locator(".dispute-card h2 a")
    .evaluateAll((links) => links.map((link) => (link.getAttribute("href") ?? "").replace("/disputes/", "")));
  expect(slugs.length).toBeGreaterThan(0);
  const rows = await downloadCsv(page, "disputes-csv");
  expect(rows[0]?.slice(0, 3)).toEqual(["id", "slug", "title"]);
  expect(rows.slice(1).map((row) => row[1])).toEqual(slugs);
});

test("the recent changes download as CSV holding exactly the filtered view", async ({ page }) => {
  // The e2e accounts were made with `npm run user`, which records each in the history.
  await page.goto("/activity?type=User");
  await expect(page.getByTestId("activity-csv")).toBeVisible();
  await expect(page.getByRole("link", { name: "Older changes" })).toHaveCount(0);
  const ids = await page
    .locator(".history-list a[href^='/activity/']")
    .evaluateAll((links) => links.map((link) => (link.getAttribute("href") ?? "").replace("/activity/", "")));
  expect(ids.length).toBeGreaterThan(0);
  expect(await page.getByTestId("activity-csv").getAttribute("href")).toBe("/activity/export?type=User");
  const rows = await downloadCsv(page, "activity-csv");
  expect(rows[0]?.slice(0, 3)).toEqual(["id", "at", "editor"]);
  expect(rows.slice(1).map((row) => row[0])).toEqual(ids);
  expect(rows.slice(1).every((row) => row[6]?.startsWith("User:"))).toBe(true);
});
