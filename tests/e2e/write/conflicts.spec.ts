import { EditorPages } from "../pages/editor-pages";
import { expect, test } from "../support/fixtures";

test("two editors on one claim: different fields merge; the same field shows both sides and loses nothing", async ({ loginAs, uid }) => {
  test.setTimeout(180_000);
  const first = await loginAs("editor");
  const second = await loginAs("otherEditor");
  const editor = new EditorPages(first);
  const u = uid();
  await editor.createActor(`Conflict speaker ${u}`, "Person");
  const slug = await editor.createDispute(`Conflict dispute ${u}`, "Something is contested.");
  const claimId = await editor.addClaim(slug, { claimant: `Conflict speaker ${u}`, stance: "Affirms", text: "Original words.", madeAt: "2022-03-14" });
  const a = new EditorPages(first);
  const b = new EditorPages(second);

  // Different fields: both saves go through; the second editor is told what was merged.
  await first.goto(`/claims/${claimId}/edit`);
  await second.goto(`/claims/${claimId}/edit`);
  await a.field("What was claimed (paraphrase)").fill("Edited by the first editor.");
  await a.save("Save claim");
  await expect(first.locator(".form-success")).toContainText("Saved.");
  await b.field("Exact words (optional)").fill("A quote added by the second editor.");
  await b.save("Save claim");
  await expect(second.locator(".form-success")).toContainText("Eddie Editor had changed Claim (paraphrase) meanwhile");
  await expect(b.field("What was claimed (paraphrase)")).toHaveValue("Edited by the first editor.");

  // The same field: the second save is held, with base / theirs / yours beside the field.
  await first.goto(`/claims/${claimId}/edit`);
  await second.goto(`/claims/${claimId}/edit`);
  await a.field("What was claimed (paraphrase)").fill("Alpha.");
  await a.save("Save claim");
  await expect(first.locator(".form-success")).toBeVisible();
  await b.field("What was claimed (paraphrase)").fill("Bravo.");
  await b.save("Save claim");
  const conflict = second.getByTestId("conflict-text");
  await expect(second.locator(".form-conflict")).toContainText("Someone else saved this record");
  await expect(conflict.locator(".conflict-base")).toHaveText("Edited by the first editor.");
  await expect(conflict.locator(".conflict-theirs")).toHaveText("Alpha.");
  await expect(conflict.locator(".conflict-yours")).toHaveText("Bravo.");
  await expect(conflict).toContainText("Eddie Editor");
  await expect(b.field("What was claimed (paraphrase)")).toHaveValue("Bravo.");
  // Nothing was overwritten.
  await first.goto(`/claims/${claimId}`);
  await expect(first.getByRole("heading", { level: 1 })).toContainText("Alpha.");

  await conflict.getByRole("button", { name: "Use theirs" }).click();
  await expect(b.field("What was claimed (paraphrase)")).toHaveValue("Alpha.");
  await b.field("What was claimed (paraphrase)").fill("Alpha and Bravo.");
  await b.save("Save claim");
  await expect(second.locator(".form-success")).toContainText("Saved.");
  await first.goto(`/claims/${claimId}`);
  await expect(first.getByRole("heading", { level: 1 })).toContainText("Alpha and Bravo.");
});
