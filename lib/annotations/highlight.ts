/**
 * Splits a text into runs for highlighting: each run lists the notes whose words cover it.
 * Overlapping and nested highlights work; a note whose offsets do not fit the text (or no
 * longer hold its words) is left out rather than drawn on other words.
 */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
  exact: string;
}

export interface Run {
  text: string;
  start: number;
  ids: string[];
}

export function highlightRuns(text: string, ranges: readonly HighlightRange[]): Run[] {
  const valid = ranges.filter((range) => range.start >= 0 && range.end <= text.length && range.start < range.end && text.slice(range.start, range.end) === range.exact);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const [start, end] = [cuts[index] as number, cuts[index + 1] as number];
    if (start === end) continue;
    runs.push({ text: text.slice(start, end), start, ids: valid.filter((range) => range.start <= start && range.end >= end).map((range) => range.id) });
  }
  return runs;
}
