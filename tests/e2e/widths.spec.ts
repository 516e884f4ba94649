import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Every reading page at a phone width (390 px) and a desktop width (1440 px): no serious or
 * critical accessibility violation, and nothing scrolls sideways.
 */
const WIDTHS = [390, 1440] as const;

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(overflow.scrollWidth, `wider than the window: ${overflow.wide.join(", ")}`).toBeLessThanOrEqual(overflow.clientWidth);
}

/** The reading pages, with the record pages found by following links as a reader would. */
async function readingPages(page: Page): Promise<string[]> {
  await page.goto("/disputes/russia-asked-china-for-military-aid");
  const claim = await page.locator("article.claim-card p a").first().getAttribute("href");
  await page.goto("/sources");
  const source = await page.getByRole("link", { name: /^Will China help Russian troops\?/ }).getAttribute("href");
  await page.goto("/actors");
  const actor = await page.getByRole("rowheader", { name: "China’s foreign ministry", exact: true }).getByRole("link").getAttribute("href");
  return [
    "/",
    "/claims",
    "/claims?q=china&stance=AFFIRMS",
    "/disputes/russia-asked-china-for-military-aid",
    "/disputes/china-willing-to-arm-russia",
    claim!,
    "/sources",
    source!,
    "/actors",
    actor!,
  ];
}

for (const width of WIDTHS) {
  test(`every reading page at ${width} px: no serious accessibility violation, no sideways scrolling`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    for (const path of await readingPages(page)) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.locator("main h1")).toBeVisible();
        await expectNoHorizontalOverflow(page);
        await expectNoSeriousViolations(page);
      });
    }
  });
}

test("at 390 px the header wraps, the timeline is one column with each card labelled by its side", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/disputes/russia-asked-china-for-military-aid");
  for (const link of await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()) {
    const box = await link.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  const officials = page.locator('td[data-column="AFFIRMS"] article.claim-card').filter({ hasText: "U.S. officials" });
  const denial = page.locator('td[data-column="DENIES"] article.claim-card').filter({ hasText: "malicious disinformation" });
  await expect(officials.locator(".side-label")).toHaveText("Says Russia asked");
  await expect(denial.locator(".side-label")).toHaveText("Says Russia never asked");
  // One column: the denial sits directly under the claim it answers, at the same left edge.
  const [a, d] = [await officials.boundingBox(), await denial.boundingBox()];
  expect(Math.abs(a!.x - d!.x)).toBeLessThan(2);
  expect(d!.y).toBeGreaterThan(a!.y + a!.height - 1);
});

test("at 390 px /claims is a list of cards; at 1440 px every column fits", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/claims");
  const row = page.locator(".data-table tbody tr").first();
  await expect(row).toBeVisible();
  expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe("block");
  await expect(row.locator('td[data-column="claimant"]')).toBeVisible();

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/claims");
  const scroller = page.locator(".table-scroll");
  expect(await scroller.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const right = (await scroller.boundingBox())!;
  for (const header of await page.locator(".data-table thead th").all()) {
    const box = (await header.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(right.x + right.width + 1);
  }
});
