import type { Locator, Page } from "@playwright/test";

/** /sources/[id]: a source's metadata and every claim it carried, grouped by dispute. */
export class SourcePage {
  constructor(private readonly page: Page) {}

  async goto(id: string) {
    return this.page.goto(`/sources/${id}`);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The value of one metadata field ("Publisher", "Published", "Language", …). */
  fact(name: string): Locator {
    return this.page.locator("dl.facts dt", { hasText: name }).locator("xpath=following-sibling::dd[1]");
  }

  disputeGroups(): Locator {
    return this.page.getByTestId("dispute-group");
  }

  disputeHeadings(): Locator {
    return this.disputeGroups().getByRole("heading", { level: 3 });
  }

  group(disputeTitle: string | RegExp): Locator {
    return this.disputeGroups().filter({ has: this.page.getByRole("heading", { level: 3, name: disputeTitle }) });
  }

  /** The carried claims whose claimant's name matches, within one dispute group or the whole page. */
  carriedClaim(claimant: string | RegExp, within: Locator | Page = this.page): Locator {
    return within
      .getByTestId("carried-claim")
      .filter({ has: this.page.locator(".carried-head .claimant", { hasText: claimant }) });
  }

  summary() {
    return this.page.getByTestId("carried-summary");
  }

  claimsTableLink() {
    return this.page.getByRole("link", { name: "See these claims in the claims table" });
  }
}
