import type { Page } from "@playwright/test";
import { ClaimAnnotationsPage } from "../pages/claim-annotations";
import { EditorPages } from "../pages/editor-pages";
import { expect, test } from "../support/fixtures";

/**
 * Annotations (#7): by mouse and by keyboard, on a repeated word, with replies; a quote edit
 * that moves one note and orphans another, and the orphan re-attached; the form without
 * JavaScript; moderation; XSS payloads in bodies inert. Each test makes its own claim.
 */
const QUOTE = "China is a threat. We told China so, and China agreed to talk.";

async function claimWithQuote(page: Page, u: string): Promise<string> {
  const editor = new EditorPages(page);
  await editor.createActor(`Annotated speaker ${u}`, "Person");
  const slug = await editor.createDispute(`Annotated dispute ${u}`, "Talks were agreed.");
  return editor.addClaim(slug, { claimant: `Annotated speaker ${u}`, stance: "Affirms", text: `Talks with China were agreed ${u}.`, quote: QUOTE, madeAt: "2022-03-14" });
}

const third = QUOTE.lastIndexOf("China");
const second = QUOTE.indexOf("China", 1);

test("select words with the mouse, choose Annotate: the note sits on the occurrence selected", async ({ loginAs, uid }) => {
  test.setTimeout(90_000);
  const page = await loginAs("editor");
  const claimId = await claimWithQuote(page, uid());
  const notes = new ClaimAnnotationsPage(page);
  await notes.open(claimId);

  await notes.selectWithMouse("quote", "China", 2);
  const annotate = page.getByTestId("annotate-selection");
  await expect(annotate).toHaveText("Annotate “China”");
  await annotate.click();
  await expect(page.getByLabel(/^Note/)).toBeFocused();
  await expect(page.getByLabel("Exact words")).toHaveValue("China");
  await expect(page.getByLabel("Which occurrence")).toHaveValue("2");
  await notes.annotate({ kind: "Question", body: "Told **whom**, and when?" });

  await expect(notes.highlights()).toHaveCount(1);
  expect(await notes.highlightOffsets("quote")).toEqual([{ start: second, text: "China" }]);
  await expect(notes.note("Told whom")).toContainText("On “China” in the quote");
  await expect(notes.note("Told whom").locator("strong")).toHaveText("whom");
});

test("keyboard only: the Annotate form takes the words and which occurrence; replies one level deep", async ({ loginAs, uid }) => {
  test.setTimeout(90_000);
  const page = await loginAs("editor");
  const claimId = await claimWithQuote(page, uid());
  const notes = new ClaimAnnotationsPage(page);
  await notes.open(claimId);

  await page.getByLabel("On", { exact: true }).focus();
  await page.keyboard.press("ArrowDown"); // Words in the quote
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Exact words")).toBeFocused();
  await page.keyboard.type("China");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("3");
  await page.keyboard.press("Tab"); // Kind
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(/^Note/)).toBeFocused();
  await page.keyboard.type("Agreed to which talks?");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add the note" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(notes.note("Agreed to which talks?")).toBeVisible();
  expect(await notes.highlightOffsets("quote")).toEqual([{ start: third, text: "China" }]);

  // Asking for an occurrence that does not exist is refused with the count, nothing saved.
  await notes.open(claimId);
  const form = page.locator("form.annotation-form");
  await form.getByLabel("On", { exact: true }).selectOption({ label: "Words in the quote" });
  await form.getByLabel("Exact words").fill("China");
  await form.getByLabel("Which occurrence").fill("4");
  await form.getByLabel(/^Note/).fill("Nowhere");
  await form.getByRole("button", { name: "Add the note" }).click();
  await expect(form.locator(".field-error")).toContainText("3 times");
  await expect(form.getByLabel(/^Note/)).toHaveValue("Nowhere");

  // A reply, by another editor; replies have no Reply of their own.
  const other = await loginAs("otherEditor");
  const otherNotes = new ClaimAnnotationsPage(other);
  await otherNotes.open(claimId);
  await otherNotes.reply("Agreed to which talks?", "The ones in March.");
  await expect(otherNotes.note("Agreed to which talks?").getByTestId("reply")).toHaveCount(1);
  await expect(otherNotes.note("Agreed to which talks?").locator("summary", { hasText: /^Reply$/ })).toHaveCount(1);
});

test("a quote edit moves the untouched note with its words and orphans the note whose words changed; an editor re-attaches it", async ({ loginAs, uid }) => {
  test.setTimeout(120_000);
  const page = await loginAs("editor");
  const claimId = await claimWithQuote(page, uid());
  const notes = new ClaimAnnotationsPage(page);
  await notes.open(claimId);
  await notes.annotate({ on: "Words in the quote", words: "China", occurrence: 3, body: "On the third China" });
  await notes.annotate({ on: "Words in the quote", words: "is a threat", body: "On the threat" });

  const edited = "Officially, Beijing is a grave threat. We told China so, and China agreed to talk.";
  const editor = new EditorPages(page);
  await page.goto(`/claims/${claimId}/edit`);
  await editor.field("Exact words (optional)").fill(edited);
  await editor.save("Save claim");
  await expect(page.locator(".form-success")).toContainText("Saved.");

  await notes.open(claimId);
  expect(await notes.highlightOffsets("quote")).toEqual([{ start: edited.lastIndexOf("China"), text: "China" }]);
  const orphan = notes.note("On the threat");
  await expect(orphan.getByTestId("orphan-badge")).toHaveText("Orphaned");
  await expect(orphan).toContainText("Made on the words “is a threat”");

  await orphan.getByRole("link", { name: "Re-attach" }).click();
  await expect(page.getByRole("heading", { name: "Edit note" })).toBeVisible();
  await page.getByLabel("Exact words").fill("is a grave threat");
  await page.getByRole("button", { name: "Re-attach the note" }).click();
  await expect(notes.note("On the threat")).toBeVisible();
  await expect(notes.note("On the threat").getByTestId("orphan-badge")).toHaveCount(0);
  expect(await notes.highlightOffsets("quote")).toEqual([
    { start: edited.indexOf("is a grave threat"), text: "is a grave threat" },
    { start: edited.lastIndexOf("China"), text: "China" },
  ]);
});

test("without JavaScript the Annotate form still works", async ({ loginAs, uid }) => {
  test.setTimeout(90_000);
  const setup = await loginAs("editor");
  const claimId = await claimWithQuote(setup, uid());
  const page = await loginAs("editor", { javaScriptEnabled: false });
  const notes = new ClaimAnnotationsPage(page);
  await notes.open(claimId);
  await notes.annotate({ on: "Words in the paraphrase", words: "Talks", body: "Written without scripts" });
  expect(await notes.highlightOffsets("text")).toEqual([{ start: 0, text: "Talks" }]);
});

test("XSS payloads in note bodies render inert", async ({ loginAs, uid }) => {
  test.setTimeout(90_000);
  const page = await loginAs("editor");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const claimId = await claimWithQuote(page, uid());
  const notes = new ClaimAnnotationsPage(page);
  await notes.open(claimId);
  const payloads = [
    `<script>window.__xss=1</script>`,
    `<img src=x onerror="window.__xss=1">`,
    `[click](javascript:window.__xss=1)`,
    `[click](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==)`,
    `"><svg onload="window.__xss=1">`,
    `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  ];
  for (const [index, payload] of payloads.entries()) {
    const form = page.locator("form.annotation-form");
    await form.getByLabel(/^Note/).fill(`Payload ${index}\n\n${payload}`);
    await form.getByRole("button", { name: "Add the note" }).click();
    await expect(page).toHaveURL(/#annotation-/);
    await expect(notes.notes().last()).toContainText(`Payload ${index}`);
    await notes.open(claimId);
  }
  await expect(notes.notes()).toHaveCount(payloads.length);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('#annotations a[href^="javascript:" i], #annotations a[href^="data:" i], #annotations img, #annotations svg, #annotations script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("moderation: a reader flags, an admin keeps (logged) and later hides with a public reason", async ({ loginAs, uid }) => {
  test.setTimeout(120_000);
  const u = uid();
  const editorPage = await loginAs("editor");
  const claimId = await claimWithQuote(editorPage, u);
  const editorNotes = new ClaimAnnotationsPage(editorPage);
  await editorNotes.open(claimId);
  const body = `Contested reading ${u}`;
  await editorNotes.annotate({ body });

  const flag = async (reason: string) => {
    const viewer = await loginAs("viewer");
    const notes = new ClaimAnnotationsPage(viewer);
    await notes.open(claimId);
    const note = notes.note(body);
    await note.locator("summary", { hasText: /^Flag$/ }).click();
    await note.getByLabel("Why should a moderator look at this note?").fill(reason);
    await note.getByRole("button", { name: "Send the flag" }).click();
    await expect(note.getByRole("status")).toHaveText("Flagged: a moderator will look at it.");
    return notes;
  };

  await flag(`Misleading ${u}`);
  const admin = await loginAs("admin");
  await admin.goto("/admin/moderation");
  const queued = admin.getByTestId("flagged-note").filter({ hasText: body });
  await expect(queued).toContainText(`“Misleading ${u}”`);
  await queued.getByRole("button", { name: "Keep" }).click();
  await expect(admin.getByTestId("flagged-note").filter({ hasText: body })).toHaveCount(0);
  await expect(admin.getByTestId("decision-log").getByRole("listitem").filter({ hasText: `Misleading ${u}` })).toContainText("kept");

  const viewerNotes = await flag(`Personal attack ${u}`);
  await admin.goto("/admin/moderation");
  const again = admin.getByTestId("flagged-note").filter({ hasText: body });
  await again.getByLabel("Public reason for hiding it").fill("Breaks the civility rule");
  await again.getByRole("button", { name: "Hide" }).click();
  await expect(admin.getByTestId("decision-log").getByRole("listitem").filter({ hasText: `Personal attack ${u}` })).toContainText("hidden");

  await viewerNotes.open(claimId);
  await expect(viewerNotes.page.getByTestId("note-hidden")).toContainText("Hidden by a moderator. Reason: Breaks the civility rule");
  await expect(viewerNotes.page.getByText(body)).toHaveCount(0);
});

test("counts on timeline cards and in /claims, and the /claims annotation filters", async ({ loginAs, uid }) => {
  test.setTimeout(90_000);
  const u = uid();
  const page = await loginAs("editor");
  const claimId = await claimWithQuote(page, u);
  const notes = new ClaimAnnotationsPage(page);
  await notes.open(claimId);
  await notes.annotate({ kind: "Question", body: `Which talks ${u}?` });
  await notes.reply(`Which talks ${u}?`, "The March ones.");

  await page.goto(`/claims?q=${encodeURIComponent(u)}&annotated=1&motivation=QUESTIONING`);
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="/claims/${claimId}"]`) });
  await expect(row.getByRole("link", { name: "2 notes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove filter Has annotations" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove filter Annotation: Question" })).toBeVisible();
  await page.goto(`/claims?q=${encodeURIComponent(u)}&motivation=ASSESSING`);
  await expect(page.locator(`a[href="/claims/${claimId}"]`)).toHaveCount(0);

  await page.goto(`/claims/${claimId}`);
  await page.locator(".breadcrumbs a").nth(1).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Annotated dispute ${u}`);
  await expect(page.locator(`#claim-${claimId}`).getByTestId("card-notes")).toHaveText("2 notes");
});
