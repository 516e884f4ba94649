import { expect, type Page } from "@playwright/test";

/** The annotations on a claim page, driven as a reader and an editor do. */
export class ClaimAnnotationsPage {
  constructor(readonly page: Page) {}

  async open(claimId: string) {
    await this.page.goto(`/claims/${claimId}`);
    await expect(this.page.getByRole("heading", { name: /^Annotations/ })).toBeVisible();
  }

  notes() {
    return this.page.getByTestId("note");
  }

  note(text: string | RegExp) {
    return this.notes().filter({ hasText: text });
  }

  highlights() {
    return this.page.locator("mark.note-highlight");
  }

  /** Offsets (in the claim's text) of each highlight in one text ("quote" or "text"). */
  async highlightOffsets(field: "quote" | "text"): Promise<{ start: number; text: string }[]> {
    return this.page.evaluate((which) => {
      const root = document.querySelector(`[data-annotatable="${which}"]`);
      if (!root) return [];
      return [...root.querySelectorAll("mark")].map((mark) => {
        const range = document.createRange();
        range.selectNodeContents(root);
        range.setEndBefore(mark);
        return { start: range.toString().length, text: mark.textContent ?? "" };
      });
    }, field);
  }

  /** Drags the mouse over the `occurrence`-th appearance of `words` in the quote or paraphrase. */
  async selectWithMouse(field: "quote" | "text", words: string, occurrence: number) {
    const box = await this.page.evaluate(
      ({ which, exact, nth }) => {
        const root = document.querySelector(`[data-annotatable="${which}"]`);
        if (!root) throw new Error("no annotatable text");
        const text = root.textContent ?? "";
        let at = -1;
        for (let i = 0; i < nth; i++) at = text.indexOf(exact, at + 1);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        let node = walker.nextNode() as Text | null;
        while (node && seen + node.length <= at) {
          seen += node.length;
          node = walker.nextNode() as Text | null;
        }
        if (!node) throw new Error("words not found");
        const range = document.createRange();
        range.setStart(node, at - seen);
        range.setEnd(node, at - seen + exact.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left, y: rect.top + rect.height / 2, width: rect.width };
      },
      { which: field, exact: words, nth: occurrence },
    );
    await this.page.mouse.move(box.x + 1, box.y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width - 1, box.y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Fills the Annotate form (the keyboard-friendly way) and saves; back on the claim page. */
  async annotate(note: { on?: "The whole claim" | "Words in the quote" | "Words in the paraphrase"; words?: string; occurrence?: number; kind?: string; body: string }) {
    const form = this.page.locator("form.annotation-form");
    if (note.on) await form.getByLabel("On", { exact: true }).selectOption({ label: note.on });
    if (note.words !== undefined) await form.getByLabel("Exact words").fill(note.words);
    if (note.occurrence !== undefined) await form.getByLabel("Which occurrence").fill(String(note.occurrence));
    if (note.kind) await form.getByLabel("Kind").selectOption({ label: note.kind });
    await form.getByLabel(/^Note/).fill(note.body);
    await form.getByRole("button", { name: "Add the note" }).click();
    await expect(this.note(note.body.replace(/[*_]/g, ""))).toBeVisible();
  }

  async reply(toNote: string, body: string) {
    const thread = this.note(toNote);
    await thread.locator("summary", { hasText: /^Reply$/ }).click();
    await thread.getByLabel("Your reply (Markdown)").fill(body);
    await thread.getByRole("button", { name: "Reply", exact: true }).click();
    await expect(this.note(toNote).getByTestId("reply").filter({ hasText: body })).toBeVisible();
  }
}
