import { expect, test } from "@playwright/test";

// One wording everywhere (docs/origins.md): the timeline card and the claim page are checked in
// reading.spec.ts, the CSV in tests/integration/claims-list.test.ts; this is the /claims table.
test("/claims counts the U.S. officials' origins as the card and the claim page do", async ({ page }) => {
  await page.goto("/claims?stance=AFFIRMS");
  const row = page.locator(".data-table tbody tr").filter({ has: page.locator('td[data-column="claimant"]', { hasText: /^U\.S\. officials$/ }) });
  await expect(row.locator('td[data-column="origins"]')).toHaveText("1 independent origin carried by 3 outlets (+ 1 relay)");
});
