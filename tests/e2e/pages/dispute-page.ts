import type { Locator, Page } from "@playwright/test";

/** The dispute page and its side-by-side timeline (a table: columns are sides, rows dates). */
export class DisputePage {
  constructor(private readonly page: Page) {}

  async goto(slug: string) {
    return this.page.goto(`/disputes/${slug}`);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  timeline() {
    return this.page.locator("table.timeline");
  }

  columnHeaders() {
    return this.timeline().locator("thead th");
  }

  /** The claim cards in one column ("AFFIRMS", "DENIES", "QUALIFIES", "OTHER"). */
  cardsIn(column: string): Locator {
    return this.timeline().locator(`td[data-column="${column}"] article.claim-card`);
  }

  card(claimant: string | RegExp): Locator {
    return this.timeline().locator("article.claim-card").filter({ has: this.page.locator(".claimant", { hasText: claimant }) });
  }

  pairNotes() {
    return this.timeline().locator(".pair-note");
  }

  async openClaim(claimant: string | RegExp) {
    await this.card(claimant).first().locator("p a").click();
  }
}
