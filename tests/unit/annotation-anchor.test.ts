import { describe, expect, it } from "vitest";
import { anchorByOccurrence, findAnchor, mapAnchor, occurrenceOf, PREFIX_LENGTH, type Anchor } from "@/lib/annotations/anchor";
import { highlightRuns } from "@/lib/annotations/highlight";

const CHINA = "China is a threat. We told China so, and China agreed to talk.";

function anchor(text: string, exact: string, occurrence = 1): Anchor {
  const result = anchorByOccurrence(text, exact, occurrence);
  if (!result.ok) throw new Error(result.message);
  return result.anchor;
}

/** Maps `exact` (the n-th occurrence) through an edit; returns the words at the new offsets. */
function through(before: string, after: string, exact: string, occurrence = 1) {
  const result = mapAnchor(before, after, anchor(before, exact, occurrence));
  return result.status === "kept" ? { status: "kept" as const, at: result.anchor.start, words: after.slice(result.anchor.start, result.anchor.end) } : result;
}

describe("anchoring by words and occurrence", () => {
  it("repeated word: each occurrence anchors where it is", () => {
    expect(anchor(CHINA, "China", 1).start).toBe(0);
    expect(anchor(CHINA, "China", 2).start).toBe(CHINA.indexOf("China", 1));
    expect(anchor(CHINA, "China", 3).start).toBe(CHINA.lastIndexOf("China"));
  });

  it("records the words before and after (at most PREFIX_LENGTH characters each)", () => {
    const a = anchor(CHINA, "China", 2);
    expect(a.prefix).toBe("China is a threat. We told ");
    expect(a.suffix).toBe(" so, and China agreed to talk.".slice(0, PREFIX_LENGTH));
    expect(a.end - a.start).toBe(5);
  });

  it("refuses words that are not there, and occurrences past the last", () => {
    expect(anchorByOccurrence(CHINA, "Taiwan", 1)).toMatchObject({ ok: false, message: expect.stringContaining("not in the text") });
    expect(anchorByOccurrence(CHINA, "China", 4)).toMatchObject({ ok: false, message: expect.stringContaining("3 times") });
    expect(anchorByOccurrence(CHINA, "   ", 1).ok).toBe(false);
  });

  it("knows which occurrence an anchor is", () => {
    expect(occurrenceOf(CHINA, anchor(CHINA, "China", 3))).toBe(3);
  });
});

describe("mapping anchors through an edit", () => {
  it("words after an insertion move with it", () => {
    expect(through(CHINA, `Officially, ${CHINA}`, "threat")).toEqual({ status: "kept", at: CHINA.indexOf("threat") + 12, words: "threat" });
  });

  it("words before a change stay where they are", () => {
    expect(through(CHINA, CHINA.replace("agreed to talk", "refused"), "threat")).toMatchObject({ status: "kept", at: CHINA.indexOf("threat") });
  });

  it("repeated word: the chosen occurrence moves, and never jumps to a look-alike", () => {
    // The first "China" is removed; the third is still the third one in the new text.
    const after = CHINA.replace("China is a threat.", "They are a threat.");
    const moved = through(CHINA, after, "China", 3);
    expect(moved).toMatchObject({ status: "kept", words: "China", at: after.lastIndexOf("China") });
    expect(through(CHINA, after, "China", 1)).toEqual({ status: "orphaned" });
  });

  it("a word inside the annotated words replaced: orphaned", () => {
    expect(through(CHINA, CHINA.replace("is a threat", "is a partner"), "is a threat")).toEqual({ status: "orphaned" });
  });

  it("the annotated words deleted: orphaned", () => {
    expect(through(CHINA, CHINA.replace(" We told China so,", ""), "We told China so")).toEqual({ status: "orphaned" });
  });

  it("text inserted between two annotated words: orphaned (the words are no longer those)", () => {
    expect(through(CHINA, CHINA.replace("a threat", "a grave threat"), "a threat")).toEqual({ status: "orphaned" });
  });

  it("a change touching the words only at their edges (a word right before or after): kept", () => {
    const after = CHINA.replace("We told", "Then we told");
    expect(through(CHINA, after, "China", 2)).toMatchObject({ status: "kept", words: "China" });
    expect(through(CHINA, CHINA.replace("so, and", "so; and"), "told China")).toMatchObject({ status: "kept", words: "told China" });
  });

  it("the whole text replaced: orphaned; unchanged text: kept in place", () => {
    expect(through(CHINA, "Something else entirely.", "threat")).toEqual({ status: "orphaned" });
    expect(through(CHINA, CHINA, "threat")).toMatchObject({ status: "kept", at: CHINA.indexOf("threat") });
  });

  it("an anchor that no longer matches its own text is orphaned, never guessed", () => {
    expect(mapAnchor(CHINA, CHINA, { exact: "threat", start: 0, end: 6 })).toEqual({ status: "orphaned" });
  });

  it("several edits at once: the untouched words land exactly on themselves", () => {
    const after = "Officially: China is a serious threat. We told China so, and China agreed to talk soon.";
    for (const [exact, occurrence] of [["China", 2], ["China", 3], ["We told", 1]] as const) {
      const result = through(CHINA, after, exact, occurrence);
      expect(result).toMatchObject({ status: "kept", words: exact });
    }
  });
});

describe("re-finding selectors (as a W3C consumer would)", () => {
  it("by position while the words are there, else by prefix and suffix, else nothing", () => {
    const a = anchor(CHINA, "China", 2);
    expect(findAnchor(CHINA, a)?.start).toBe(a.start);
    const shifted = `Note. ${CHINA}`;
    expect(findAnchor(shifted, a)?.start).toBe(a.start + 6);
    expect(findAnchor(CHINA.replace("We told China", "We told Beijing"), a)).toBeNull();
  });
});

describe("highlight runs", () => {
  it("splits overlapping notes into runs and skips ranges that do not hold their words", () => {
    const runs = highlightRuns("abcdef", [
      { id: "x", start: 1, end: 4, exact: "bcd" },
      { id: "y", start: 3, end: 5, exact: "de" },
      { id: "z", start: 0, end: 2, exact: "zz" },
    ]);
    expect(runs.map((run) => [run.text, run.ids])).toEqual([
      ["a", []],
      ["bc", ["x"]],
      ["d", ["x", "y"]],
      ["e", ["y"]],
      ["f", []],
    ]);
  });
});
