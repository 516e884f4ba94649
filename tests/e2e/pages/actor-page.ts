import type { Locator, Page } from "@playwright/test";

/** /actors/[id]: who an actor is, their stance record, denials both ways, sources published. */
export class ActorPage {
  constructor(private readonly page: Page) {}

  async goto(id: string) {
    return this.page.goto(`/actors/${id}`);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  fact(name: string): Locator {
    return this.page.locator("dl.facts dt", { hasText: name }).locator("xpath=following-sibling::dd[1]");
  }

  summary() {
    return this.page.getByTestId("actor-summary");
  }

  /** One section per dispute the actor spoke in. */
  stanceRecords(): Locator {
    return this.page.getByTestId("stance-record");
  }

  /** Other actors' claims that deny or rebut this actor's claims. */
  deniedBy(): Locator {
    return this.page.getByTestId("denied-by");
  }

  /** This actor's claims that deny or rebut other actors' claims. */
  denied(): Locator {
    return this.page.getByTestId("denied");
  }

  deniedBySection(): Locator {
    return this.page.getByRole("region", { name: "Denied or rebutted by others" });
  }

  publishedSources(): Locator {
    return this.page.getByTestId("published-sources").locator("tbody tr");
  }

  claimsTableLink() {
    return this.page.getByRole("link", { name: /in the claims table/ });
  }
}
