import { diffWordsWithSpace } from "diff";

/**
 * Anchoring an annotation to words in a claim's quote or paraphrase, the W3C Web Annotation
 * way: a TextQuoteSelector (the exact words, with up to PREFIX_LENGTH characters before and
 * after) and a TextPositionSelector (start and end offsets, in UTF-16 code units, end exclusive).
 *
 * Pure functions, no database: used by the mutations, the claim page and the JSON-LD output,
 * and unit-tested case by case (tests/unit/annotation-anchor.test.ts).
 *
 * The rule that matters (the complaint about peer tools): an annotation never moves to
 * look-alike words. When the text is edited, positions are mapped through the edit; an
 * annotation whose own words were touched by the edit becomes an orphan, and stays one until
 * an editor re-attaches it.
 */
export const PREFIX_LENGTH = 32;

export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type AnchorResult = { ok: true; anchor: Anchor } | { ok: false; message: string };

/** Every start offset at which `exact` occurs in `text` (overlapping occurrences included). */
export function occurrencesOf(text: string, exact: string): number[] {
  if (exact === "") return [];
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - PREFIX_LENGTH), start),
    suffix: text.slice(end, end + PREFIX_LENGTH),
    start,
    end,
  };
}

/**
 * The anchor for the `occurrence`-th (1-based) time `exact` appears in `text`: what the plain
 * form sends (the words, and which occurrence when they repeat).
 */
export function anchorByOccurrence(text: string, exact: string, occurrence: number): AnchorResult {
  if (exact.trim() === "") return { ok: false, message: "Enter the exact words to annotate." };
  const starts = occurrencesOf(text, exact);
  if (starts.length === 0) return { ok: false, message: "Those words are not in the text: copy them exactly as they appear." };
  const start = starts[occurrence - 1];
  if (start === undefined) {
    return {
      ok: false,
      message: `Those words appear ${starts.length === 1 ? "once" : `${starts.length} times`}: choose an occurrence from 1 to ${starts.length}.`,
    };
  }
  return { ok: true, anchor: anchorAt(text, start, start + exact.length) };
}

/** Which occurrence (1-based) of its words an anchor is: for forms that edit it. */
export function occurrenceOf(text: string, anchor: Pick<Anchor, "exact" | "start">): number {
  const index = occurrencesOf(text, anchor.exact).indexOf(anchor.start);
  return index === -1 ? 1 : index + 1;
}

/** One change of an edit: old[oldStart, oldEnd) was replaced by `inserted` characters. */
interface Change {
  oldStart: number;
  oldEnd: number;
  inserted: number;
}

/** The changes from `before` to `after`, word by word (whitespace kept), in order. */
export function changesBetween(before: string, after: string): Change[] {
  if (before === after) return [];
  const changes: Change[] = [];
  let at = 0;
  let open: Change | null = null;
  for (const part of diffWordsWithSpace(before, after)) {
    if (!part.added && !part.removed) {
      if (open) changes.push(open);
      open = null;
      at += part.value.length;
      continue;
    }
    open ??= { oldStart: at, oldEnd: at, inserted: 0 };
    if (part.removed) {
      at += part.value.length;
      open.oldEnd = at;
    } else {
      open.inserted += part.value.length;
    }
  }
  if (open) changes.push(open);
  return changes;
}

export type MapResult = { status: "kept"; anchor: Anchor } | { status: "orphaned" };

/**
 * Maps an anchor on `before` through the edit to `after`. Its words untouched: the same words
 * at their new offsets (with the prefix and suffix read again from the new text). Any change
 * inside its words — a word replaced, removed, or text inserted between two of its words — or
 * an anchor that no longer matches `before` itself: orphaned. Insertions right before or right
 * after the words move or leave them, but never join them.
 */
export function mapAnchor(before: string, after: string, anchor: Pick<Anchor, "exact" | "start" | "end">): MapResult {
  const { start, end } = anchor;
  if (before.slice(start, end) !== anchor.exact || end <= start) return { status: "orphaned" };
  let shift = 0;
  for (const change of changesBetween(before, after)) {
    const isInsertion = change.oldStart === change.oldEnd;
    if (isInsertion ? change.oldStart <= start : change.oldEnd <= start) {
      shift += change.inserted - (change.oldEnd - change.oldStart);
      continue;
    }
    if (change.oldStart >= end) break;
    return { status: "orphaned" };
  }
  const moved = anchorAt(after, start + shift, end + shift);
  // The diff guarantees this; checked anyway, so a bug can orphan but never mis-anchor.
  return moved.exact === anchor.exact ? { status: "kept", anchor: moved } : { status: "orphaned" };
}

/**
 * Finds a TextQuoteSelector (with a TextPositionSelector as a hint) in `text`, as a consumer
 * of the W3C output would: the position when the words are still there; otherwise the one
 * occurrence whose prefix and suffix match, or null. Never a fuzzy guess.
 */
export function findAnchor(text: string, selector: Pick<Anchor, "exact" | "prefix" | "suffix"> & { start?: number }): Anchor | null {
  const { exact, prefix, suffix, start } = selector;
  if (start !== undefined && text.slice(start, start + exact.length) === exact) return anchorAt(text, start, start + exact.length);
  const matches = occurrencesOf(text, exact).filter(
    (at) => text.slice(0, at).endsWith(prefix) && text.slice(at + exact.length).startsWith(suffix),
  );
  const only = matches.length === 1 ? matches[0] : undefined;
  return only === undefined ? null : anchorAt(text, only, only + exact.length);
}
