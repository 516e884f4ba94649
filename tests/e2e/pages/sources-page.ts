import type { Locator, Page } from "@playwright/test";

/** /sources: one table of every source. */
export class SourcesPage {
  constructor(private readonly page: Page) {}

  async goto() {
    return this.page.goto("/sources");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  rows(): Locator {
    return this.page.getByTestId("source-table").locator("tbody tr");
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  async openSource(title: string | RegExp) {
    await this.page.getByTestId("source-table").getByRole("link", { name: title }).click();
  }
}
