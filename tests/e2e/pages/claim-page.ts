import type { Page } from "@playwright/test";

export class ClaimPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  chainSummaries() {
    return this.page.getByTestId("chain-summary");
  }

  originCount() {
    return this.page.getByTestId("origin-count");
  }

  answers() {
    return this.page.locator("ul.links li");
  }
}
