import type { Locator, Page } from "@playwright/test";

/** /actors: every actor, one table per kind. */
export class ActorsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    return this.page.goto("/actors");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  kindHeadings(): Locator {
    return this.page.getByTestId("actor-kind-group").getByRole("heading", { level: 2 });
  }

  kindGroup(heading: string | RegExp): Locator {
    return this.page
      .getByTestId("actor-kind-group")
      .filter({ has: this.page.getByRole("heading", { level: 2, name: heading }) });
  }

  row(name: string): Locator {
    return this.page.locator("tbody tr").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }

  async openActor(name: string) {
    await this.page.getByRole("rowheader", { name, exact: true }).getByRole("link").click();
  }
}
