import { labelPattern } from "../pages/editor-pages";
import { expect, test } from "../support/fixtures";

test("an admin invites an editor, changes roles, and deactivating ends the account's sessions", async ({ loginAs, uid, browser }) => {
  test.setTimeout(120_000);
  const admin = await loginAs("admin");
  await admin.goto("/admin/users");
  await admin.getByLabel(labelPattern("Role")).first().selectOption("EDITOR");
  await admin.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await admin.getByTestId("invitation-link").textContent()) ?? "";
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);

  const context = await browser.newContext();
  const invited = await context.newPage();
  const email = `invited-${uid()}@e2e.test`;
  await invited.goto(new URL(link).pathname);
  await invited.getByLabel(labelPattern("E-mail address (you sign in with it)")).fill(email);
  await invited.getByLabel(labelPattern("Display name")).fill("Ines Invited");
  await invited.getByLabel(labelPattern("Password")).fill("a good long password");
  await invited.getByLabel(labelPattern("Password again")).fill("a good long password");
  await invited.getByRole("button", { name: "Create account" }).click();
  await expect(invited).toHaveURL(/\/sign-in\?created=1/);
  await invited.getByLabel(labelPattern("Password")).fill("a good long password");
  await invited.getByRole("button", { name: "Sign in" }).click();
  await expect(invited.getByTestId("current-user")).toHaveText("Ines Invited");
  // The link works once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(new URL(link).pathname);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("This link does not work");

  // Public pages show the display name, never the address.
  await invited.goto("/activity");
  await expect(invited.locator("main")).not.toContainText("@e2e.test");

  await admin.reload();
  const row = admin.getByTestId("user-row").filter({ hasText: "Ines Invited" });
  await row.getByRole("combobox").selectOption("VIEWER");
  await row.getByRole("button", { name: "Change" }).click();
  await expect(row).toContainText("Role changed.");
  await invited.goto("/disputes/new");
  await expect(invited.getByText("can read everything but not change it")).toBeVisible();

  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row).toContainText(/deactivated/i);
  await invited.goto("/account");
  await expect(invited).toHaveURL(/\/sign-in/);
  await invited.getByLabel(labelPattern("E-mail address")).fill(email);
  await invited.getByLabel(labelPattern("Password")).fill("a good long password");
  await invited.getByRole("button", { name: "Sign in" }).click();
  await expect(invited.locator(".form-error")).toContainText("deactivated");
  await context.close();
});

test("sign-in is throttled per account after repeated failures, with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel(labelPattern("E-mail address")).fill("nobody-here@e2e.test");
    await page.getByLabel(labelPattern("Password")).fill(`wrong password ${attempt}`);
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    // The answer re-renders the form with the password cleared (never sent back): wait for that,
    // or the next attempt's typing can land before it and be wiped (the message is already there).
    await expect(page.getByLabel(labelPattern("Password"))).toHaveValue("");
    await expect(page.locator(".form-error")).toContainText("Wrong e-mail address or password");
  }
  await page.getByLabel(labelPattern("Password")).fill("still wrong");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-error")).toContainText("Too many failed sign-in attempts for this account");
});
