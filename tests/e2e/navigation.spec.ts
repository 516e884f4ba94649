import { expect, test } from "@playwright/test";

test("a link being followed shows a loading state until the next page arrives", async ({ page }) => {
  await page.goto("/");
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the client navigation's request for the dispute page until the test has looked.
  await page.route(
    (url) => url.pathname.startsWith("/disputes/"),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  const link = page.locator(".dispute-card h2 a").first();
  await link.click();
  await expect(link.getByRole("status")).toHaveText("Loading…");
  release();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Did Russia ask China");
  await expect(page.getByRole("status")).toHaveCount(0);
});
