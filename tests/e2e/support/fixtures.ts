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

export async function signIn(page: Page, role: Role): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(ACCOUNTS[role].name);
}

interface LoginOptions {
  /** sign in anew rather than reuse this run's session for the role */
  fresh?: boolean;
  javaScriptEnabled?: boolean;
}

async function contextFor(browser: Browser, role: Role, options: LoginOptions) {
  mkdirSync(STATE_DIR, { recursive: true });
  const file = path.join(STATE_DIR, `${role}-${process.env.E2E_PORT ?? "3100"}.json`);
  const javaScriptEnabled = options.javaScriptEnabled ?? true;
  if (!options.fresh && existsSync(file)) {
    const context = await browser.newContext({ storageState: file, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/account");
    if ((await page.getByTestId("current-user").count()) > 0) return { context, page };
    await context.close();
  }
  const signingIn = await browser.newContext();
  await signIn(await signingIn.newPage(), role);
  if (!options.fresh) await signingIn.storageState({ path: file });
  if (javaScriptEnabled) return { context: signingIn, page: signingIn.pages()[0] as Page };
  const state = await signingIn.storageState();
  await signingIn.close();
  const context = await browser.newContext({ storageState: state, javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

let counter = 0;

export const test = base.extend<{
  loginAs: (role: Role, options?: LoginOptions) => Promise<Page>;
  uid: () => string;
}>({
  // `provide` is Playwright's `use` (renamed: the React hooks lint rule goes by the name).
  loginAs: async ({ browser }, provide) => {
    const contexts: { close(): Promise<void> }[] = [];
    await provide(async (role, options = {}) => {
      const { context, page } = await contextFor(browser, role, options);
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
