import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, E2E_PASSWORD, type Role } from "./accounts";

/**
 * `loginAs(role)`: a page in a fresh browser context signed in as that role's account. The
 * first time each role is used in a run it signs in through the real sign-in form; the session
 * is then reused (storage state) for the rest of the run. `uid()`: a unique suffix for the
 * names of records a spec creates, so specs assert only on their own records.
 */
const STATE_DIR = path.join(process.cwd(), "test-results", ".auth");

async function signIn(page: Page, role: Role): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(ACCOUNTS[role].name);
}

async function contextFor(browser: Browser, role: Role, fresh: boolean) {
  mkdirSync(STATE_DIR, { recursive: true });
  const file = path.join(STATE_DIR, `${role}-${process.env.E2E_PORT ?? "3100"}.json`);
  if (!fresh && existsSync(file)) {
    const context = await browser.newContext({ storageState: file });
    const page = await context.newPage();
    await page.goto("/account");
    if ((await page.getByTestId("current-user").count()) > 0) return { context, page };
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  await context.storageState({ path: file });
  return { context, page };
}

let counter = 0;

export const test = base.extend<{
  loginAs: (role: Role, options?: { fresh?: boolean }) => Promise<Page>;
  uid: () => string;
}>({
  // `provide` is Playwright's `use` (renamed: the React hooks lint rule goes by the name).
  loginAs: async ({ browser }, provide) => {
    const contexts: { close(): Promise<void> }[] = [];
    await provide(async (role, options = {}) => {
      const { context, page } = await contextFor(browser, role, options.fresh ?? false);
      contexts.push(context);
      return page;
    });
    for (const context of contexts) await context.close();
  },
  uid: async ({}, provide) => {
    await provide(() => `${Date.now().toString(36)}${(++counter).toString(36)}`);
  },
});

export { expect };
