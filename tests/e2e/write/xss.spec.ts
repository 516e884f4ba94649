import type { Page } from "@playwright/test";
import { EditorPages } from "../pages/editor-pages";
import { expect, test } from "../support/fixtures";

/**
 * Every text field gets a payload; every page that shows it must show it as text: no dialog,
 * no script run (window.__xss stays unset), no javascript: link.
 */
const PAYLOADS = [
  `<script>window.__xss=1;alert(1)</script>`,
  `<img src=x onerror="window.__xss=1;alert(1)">`,
  `"><svg onload="window.__xss=1">`,
  `<a href="javascript:window.__xss=1">click</a>`,
  `javascript:window.__xss=1`,
  `'); window.__xss=1; ('`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `{{constructor.constructor('window.__xss=1')()}}`,
];
const p = (index: number, tag: string) => `${tag} ${PAYLOADS[index % PAYLOADS.length]}`;

async function assertInert(page: Page, path: string, dialogs: string[]) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
  // The claim's JSON-LD is the one script allowed in the page's content: a data block the browser
  // never runs, whose text must stay one JSON value (a payload cannot close the element).
  expect(await page.locator('a[href^="javascript:" i], iframe[srcdoc], main script:not([type="application/ld+json"])').count(), path).toBe(0);
  for (const data of await page.locator('main script[type="application/ld+json"]').allTextContents()) {
    expect(() => JSON.parse(data), path).not.toThrow();
    expect(data, path).not.toMatch(/<\/script/i);
  }
  expect(dialogs, path).toEqual([]);
}

test("XSS payloads in every text field render as inert text", async ({ loginAs, uid }) => {
  test.setTimeout(240_000);
  const page = await loginAs("editor");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const editor = new EditorPages(page);
  const u = uid();

  // Actor: every text field.
  await page.goto("/actors/new");
  await editor.field("Name").fill(p(0, `XSS actor ${u}`));
  await editor.field("Kind").selectOption({ label: "Person" });
  await editor.field("Role or title").fill(p(1, "role"));
  await editor.field("Country").fill(p(2, "country"));
  await editor.save("Create actor");
  await expect(page).toHaveURL(/\/actors\/c[a-z0-9]{24}/);
  const actorPath = new URL(page.url()).pathname;

  // Source: title and language; the URL fields refuse javascript: outright.
  await page.goto("/sources/new");
  await editor.field("Title").fill(p(3, `XSS source ${u}`));
  await editor.field("Kind").selectOption({ label: "Report" });
  await editor.field("Address (URL)").fill(PAYLOADS[4] ?? "");
  await editor.field("Archived copy (URL)").fill("javascript:alert(1)");
  await editor.field("Language").fill(p(5, "l").slice(0, 35));
  await editor.save("Create source");
  await expect(page.locator("#field-url-error")).toContainText("https://");
  await expect(page.locator("#field-archiveUrl-error")).toContainText("https://");
  await editor.field("Address (URL)").fill("");
  await editor.field("Archived copy (URL)").fill("");
  await editor.save("Create source");
  await expect(page).toHaveURL(/\/sources\/c[a-z0-9]{24}/);
  const sourcePath = new URL(page.url()).pathname;

  // Dispute: every text field.
  await page.goto("/disputes/new");
  await editor.field("Title").fill(p(6, `XSS dispute ${u}`));
  await editor.field("Proposition").fill(p(7, "proposition"));
  await editor.field("Summary").fill(p(0, "summary"));
  await editor.field("Label of the affirming side").fill(p(1, "yes").slice(0, 60));
  await editor.field("Label of the denying side").fill(p(2, "no").slice(0, 60));
  await editor.field("Tags").fill(`${PAYLOADS[3]?.slice(0, 35)}, ok`);
  await editor.field("Address (slug)").fill(`xss-dispute-${u}`);
  await editor.save("Create dispute");
  await expect(page).toHaveURL(/\?created=1/);
  const slug = `xss-dispute-${u}`;

  // Claim (with its first appearance in the new source) and a context event.
  const claimId = await editor.addClaim(slug, {
    claimant: `XSS actor ${u}`,
    stance: "Affirms",
    text: p(4, "claim text"),
    quote: p(5, "quote"),
    madeAt: "14 Mar 2022",
    source: `XSS source ${u}`,
    attributionPhrase: p(6, "phrase"),
  });
  await page.goto(`/disputes/${slug}/events/new`);
  await editor.field("What happened").fill(p(7, "event"));
  await editor.field("Description").fill(p(0, "description"));
  await editor.field("When it happened").fill("March 2022");
  await editor.save("Add event");
  await expect(page).toHaveURL(new RegExp(`/disputes/${slug}$`));

  // An edit with a change summary, and a link note.
  await page.goto(`/claims/${claimId}/edit`);
  await editor.field("What was claimed (paraphrase)").fill(p(1, "edited claim"));
  await page.getByLabel("Summary of this change (optional, shown in the History)").fill(p(2, "summary"));
  await editor.save("Save claim");
  await expect(page.locator(".form-success")).toBeVisible();

  for (const path of [
    "/",
    `/disputes/${slug}`,
    `/disputes/${slug}/history`,
    `/claims/${claimId}`,
    `/claims/${claimId}/history`,
    `/claims/${claimId}/edit`,
    `/claims?q=XSS`,
    actorPath,
    `${actorPath}/history`,
    sourcePath,
    "/activity",
  ]) {
    await assertInert(page, path, dialogs);
  }
  // …and the text is there, as text.
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x onerror=");
});
