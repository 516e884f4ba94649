import { EditorPages } from "../pages/editor-pages";
import { expect, signIn, test } from "../support/fixtures";

test("without JavaScript, a form shows its errors and keeps what was typed, then saves", async ({ loginAs, uid }) => {
  const page = await loginAs("editor", { javaScriptEnabled: false });
  const editor = new EditorPages(page);
  const title = `No-JS dispute ${uid()}`;
  await page.goto("/disputes/new");
  await editor.field("Proposition").fill("Typed without JavaScript.");
  await editor.field("Summary").fill("A summary that must survive the error.");
  await editor.save("Create dispute");
  await expect(page.locator(".form-error")).toContainText("Not saved.");
  await expect(page.locator("#field-title-error")).toHaveText("Enter a title.");
  await expect(editor.field("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(editor.field("Proposition")).toHaveValue("Typed without JavaScript.");
  await expect(editor.field("Summary")).toHaveValue("A summary that must survive the error.");
  await editor.field("Title").fill(title);
  await editor.save("Create dispute");
  await expect(page).toHaveURL(/\/disputes\/no-js-dispute-[a-z0-9]+\?created=1/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
});

test("an expired session keeps the form; signing in again and saving works", async ({ loginAs, uid }) => {
  const page = await loginAs("otherEditor", { fresh: true });
  const editor = new EditorPages(page);
  const title = `After sign-in ${uid()}`;
  await page.goto("/disputes/new");
  await editor.field("Title").fill(title);
  await editor.field("Proposition").fill("Typed before the session ended.");
  await page.context().clearCookies();
  await editor.save("Create dispute");
  await expect(page.locator(".form-error")).toContainText("Your session has ended");
  await expect(editor.field("Title")).toHaveValue(title);

  const popup = page.waitForEvent("popup");
  await page.getByRole("link", { name: "Sign in again (opens a new tab)" }).click();
  await signIn(await popup, "otherEditor");
  await editor.save("Create dispute");
  await expect(page).toHaveURL(/\/disputes\/after-sign-in-[a-z0-9]+\?created=1/);
});

test("a draft is kept in the browser and offered back; leaving with unsaved changes asks first", async ({ loginAs, uid }) => {
  const page = await loginAs("editor");
  const editor = new EditorPages(page);
  const title = `Draft ${uid()}`;
  await page.goto("/actors/new");
  await editor.field("Name").fill(title);
  await editor.field("Role or title").fill("Spokesperson");

  // An in-app link: the browser asks; staying keeps the page.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
  await expect.poll(() => asked).toEqual([expect.stringContaining("unsaved changes")]);
  await expect(page).toHaveURL(/\/actors\/new$/);

  // A reload (or a crash): the draft is offered back.
  await page.reload();
  await expect(page.getByText("You have an unsaved draft")).toBeVisible();
  await expect(editor.field("Name")).toHaveValue("");
  await page.getByRole("button", { name: "Restore the draft" }).click();
  await expect(editor.field("Name")).toHaveValue(title);
  await expect(editor.field("Role or title")).toHaveValue("Spokesperson");
  await editor.save("Create actor");
  await expect(page).toHaveURL(/\/actors\/c[a-z0-9]{24}/);
  await page.goto("/actors/new");
  await expect(page.getByText("You have an unsaved draft")).toHaveCount(0);
});
