import { expect, type Page } from "@playwright/test";

/**
 * The editing pages, driven as an editor does: each method fills a form, saves, and waits for
 * the page the app goes to next. These are also the e2e factories: records are created through
 * the app's own forms and actions, with names the spec makes unique.
 */
export function labelPattern(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(required\\))?$`);
}

export class EditorPages {
  constructor(readonly page: Page) {}

  /** A field by its label, with or without the " (required)" the form adds. */
  field(label: string) {
    return this.page.getByLabel(labelPattern(label));
  }

  /** Picks a record in a RecordPicker: types into its search box and chooses the match. */
  async pick(label: string, query: string, match: string | RegExp = query) {
    const picker = this.page.getByRole("searchbox", { name: labelPattern(label) });
    await picker.fill(query);
    await this.page.getByRole("list", { name: `${label}: matches` }).getByRole("button", { name: match }).first().click();
    await expect(this.page.getByTestId(`picker-${await this.pickerName(label)}-chosen`)).toBeVisible();
  }

  private async pickerName(label: string): Promise<string> {
    const id = await this.page.locator("label", { hasText: labelPattern(label) }).first().getAttribute("for");
    return (id ?? "").replace(/^field-/, "");
  }

  async save(name: string | RegExp) {
    await this.page.getByRole("button", { name }).click();
  }

  async createActor(name: string, kind: string): Promise<string> {
    await this.page.goto("/actors/new");
    await this.field("Name").fill(name);
    await this.field("Kind").selectOption({ label: kind });
    await this.save("Create actor");
    await expect(this.page).toHaveURL(/\/actors\/c[a-z0-9]{24}/);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(name);
    return new URL(this.page.url()).pathname.split("/")[2] ?? "";
  }

  async createSource(title: string, options: { kind?: string; publisher?: string; url?: string; published?: string } = {}): Promise<string> {
    await this.page.goto("/sources/new");
    await this.field("Title").fill(title);
    await this.field("Kind").selectOption({ label: options.kind ?? "News article" });
    if (options.publisher) await this.pick("Publisher", options.publisher);
    if (options.url) await this.field("Address (URL)").fill(options.url);
    if (options.published) await this.field("Published").fill(options.published);
    await this.save("Create source");
    await expect(this.page).toHaveURL(/\/sources\/c[a-z0-9]{24}/);
    return new URL(this.page.url()).pathname.split("/")[2] ?? "";
  }

  async createDispute(title: string, proposition: string): Promise<string> {
    await this.page.goto("/disputes/new");
    await this.field("Title").fill(title);
    await this.field("Proposition").fill(proposition);
    await this.save("Create dispute");
    await expect(this.page).toHaveURL(/\/disputes\/[a-z0-9-]+\?created=1/);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(title);
    return new URL(this.page.url()).pathname.split("/")[2] ?? "";
  }

  /** From a dispute page: "Add a claim", fill it (with a new or picked source), save. Returns the claim id. */
  async addClaim(
    disputeSlug: string,
    claim: {
      claimant: string;
      stance: string;
      text: string;
      quote?: string;
      madeAt: string;
      source?: string;
      newSource?: { title: string; kind?: string; publisher?: string };
      attribution?: string;
      attributionPhrase?: string;
    },
  ): Promise<string> {
    await this.page.goto(`/disputes/${disputeSlug}`);
    await this.page.getByRole("link", { name: "Add a claim" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("New claim");
    await this.pick("Who made the claim", claim.claimant);
    await this.field("Stance on the proposition").selectOption({ label: claim.stance });
    await this.field("What was claimed (paraphrase)").fill(claim.text);
    if (claim.quote) await this.field("Exact words (optional)").fill(claim.quote);
    await this.field("When it was said").fill(claim.madeAt);
    if (claim.source) await this.pick("Source", claim.source);
    if (claim.newSource) {
      const part = this.page.getByRole("group", { name: "…or a new source" });
      await part.getByLabel(labelPattern("Title")).fill(claim.newSource.title);
      await part.getByLabel(labelPattern("Kind")).selectOption({ label: claim.newSource.kind ?? "News article" });
      if (claim.newSource.publisher) await this.pick("Publisher", claim.newSource.publisher);
    }
    if (claim.attribution) await this.field("Attribution").selectOption({ label: claim.attribution });
    if (claim.attributionPhrase) await this.field("Attribution as worded").fill(claim.attributionPhrase);
    await this.save("Create claim");
    await expect(this.page).toHaveURL(/\/claims\/c[a-z0-9]{24}\?created=1/);
    return new URL(this.page.url()).pathname.split("/")[2] ?? "";
  }

  async addAppearance(claimId: string, appearance: { source: string; reportedAt: string; attribution: string; via?: string }) {
    await this.page.goto(`/claims/${claimId}/appearances/new`);
    await this.pick("Source", appearance.source);
    await this.field("Published or reported on").fill(appearance.reportedAt);
    await this.field("Attribution").selectOption({ label: appearance.attribution });
    if (appearance.via) {
      await this.page.getByRole("searchbox", { name: labelPattern("Relays (via)") }).click();
      await this.page.getByRole("list", { name: "Relays (via): matches" }).getByRole("button", { name: appearance.via }).first().click();
    }
    await this.save("Add appearance");
    await expect(this.page).toHaveURL(new RegExp(`/claims/${claimId}#appearances`));
  }

  async addLink(claimId: string, link: { kind: string; other: string; direction?: "from" | "to"; note?: string }) {
    await this.page.goto(`/claims/${claimId}/links/new`);
    if (link.direction === "to") await this.field("Direction").selectOption("to");
    await this.field("How").selectOption({ label: link.kind });
    await this.pick("The other claim", link.other);
    if (link.note) await this.field("Note").fill(link.note);
    await this.save("Add link");
    await expect(this.page).toHaveURL(new RegExp(`/claims/${claimId}#links`));
  }
}
