import type { Page } from "@playwright/test";

export class HomePage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
  }

  disputeLinks() {
    return this.page.locator(".dispute-card h2 a");
  }

  async openDispute(title: string | RegExp) {
    await this.page.getByRole("link", { name: title }).click();
  }
}
