import type { Page } from "@playwright/test";

/** /claims: the filter form, the claims DataTable, its summary and pagination. */
export class ClaimsPage {
  constructor(private readonly page: Page) {}

  async goto(search = "") {
    return this.page.goto(`/claims${search}`);
  }

  rows() {
    return this.page.locator(".data-table tbody tr");
  }

  /** The claim ids of the rows shown, in order. */
  async rowIds(): Promise<string[]> {
    const hrefs = await this.page.locator('.data-table tbody td[data-column="claim"] > a').evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );
    return hrefs.map((href) => href.replace("/claims/", ""));
  }

  summary() {
    return this.page.locator(".table-summary p");
  }

  async filterByPublisher(name: string) {
    await this.page.getByLabel("Source / publisher").selectOption({ label: name });
    await this.apply();
  }

  /** Types part of a name into a filter's "Find a … by name" box and picks the match offered. */
  async addByName(box: "Find a claimant by name" | "Find a publisher by name", typed: string, name: string) {
    await this.page.getByLabel(box).fill(typed);
    await this.page.getByRole("list", { name: `${box}: matches` }).getByRole("button", { name: new RegExp(`^${name}`) }).click();
    await this.page.getByRole("list", { name: `${box}: added` }).getByText(name).waitFor();
  }

  async search(text: string) {
    await this.page.getByLabel("Search", { exact: true }).fill(text);
    await this.apply();
  }

  /**
   * Submits the filters and waits for the new view (next/form navigates client-side). The form
   * sends its empty fields too, and the page redirects that address to one without them: the
   * view has arrived when the address has no empty parameter left.
   */
  async apply() {
    const before = this.page.url();
    await this.page.getByRole("button", { name: "Apply filters" }).click();
    await this.page.waitForURL(
      (url) => url.toString() !== before && [...url.searchParams.values()].every((value) => value.trim() !== ""),
    );
    await this.page.waitForLoadState();
  }

  columnHeader(name: string) {
    return this.page.locator(".data-table thead th").filter({ hasText: name });
  }

  async setColumnVisible(name: string, visible: boolean) {
    await this.page.locator(".column-menu summary").click();
    await this.page.locator(".column-menu").getByLabel(name).setChecked(visible);
  }
}
