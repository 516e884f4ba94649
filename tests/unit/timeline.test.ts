import { describe, expect, it } from "vitest";
import { parseEdtf } from "@/lib/dates";
import { buildTimeline, isContestedBand, listedWindows, windowTimeline, type Stance, type TimelineLinkInput } from "@/lib/timeline/build";

const claim = (id: string, stance: Stance, date: string) => ({ id, stance, madeAt: parseEdtf(date) });
const event = (id: string, date: string) => ({ id, occurredAt: parseEdtf(date) });
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe("buildTimeline", () => {
  it("puts claims in one column per side and rows by date, earliest first", () => {
    const timeline = buildTimeline(
      [claim("b", "DENIES", "2022-03-15"), claim("a", "AFFIRMS", "2022-03-14"), claim("c", "AFFIRMS", "2022-03-15")],
      [],
      [],
    );
    expect(timeline.columns).toEqual(["AFFIRMS", "DENIES"]);
    expect(timeline.bands.map((band) => band.key)).toEqual(["2022-03-14", "2022-03-15"]);
    expect(ids(timeline.bands[1]!.cells.AFFIRMS)).toEqual(["c"]);
    expect(ids(timeline.bands[1]!.cells.DENIES)).toEqual(["b"]);
  });

  it("has a column only for the sides someone takes; context is never a column", () => {
    const timeline = buildTimeline(
      [claim("a", "AFFIRMS", "2022"), claim("q", "QUALIFIES", "2022"), claim("d", "DECLINES_TO_COMMENT", "2022"), claim("c", "CONTEXT", "2021")],
      [],
      [],
    );
    // No one denies: no empty Denies column.
    expect(timeline.columns).toEqual(["AFFIRMS", "QUALIFIES"]);
    expect(ids(timeline.bands[1]!.cells.OTHER)).toEqual(["d"]);
    expect(timeline.bands.map(isContestedBand)).toEqual([false, true]);
  });

  it("marks rows with an answer as contested even when the answer is context", () => {
    const timeline = buildTimeline([claim("x", "CONTEXT", "2022-03-14"), claim("y", "CONTEXT", "2022-03-15")], [], [
      { fromId: "y", toId: "x", kind: "DENIES" },
    ]);
    expect(timeline.columns).toEqual([]);
    expect(timeline.bands.map(isContestedBand)).toEqual([true]);
  });

  it("sorts imprecise dates by their earliest bound and keeps events in their date's row", () => {
    const timeline = buildTimeline(
      [claim("month", "AFFIRMS", "2022-03"), claim("day", "AFFIRMS", "2022-03-01"), claim("aug", "DENIES", "2021-08")],
      [event("rome", "2022-03-14"), event("gobi", "2021-08")],
      [],
    );
    expect(timeline.bands.map((band) => band.key)).toEqual(["2021-08", "2022-03-01", "2022-03", "2022-03-14"]);
    expect(ids(timeline.bands[0]!.events)).toEqual(["gobi"]);
    expect(ids(timeline.bands[0]!.cells.DENIES)).toEqual(["aug"]);
    expect(ids(timeline.bands[3]!.events)).toEqual(["rome"]);
  });

  it("pairs a denial with the claim it denies, in the claim's row, with the time between them", () => {
    const links: TimelineLinkInput[] = [{ fromId: "deny", toId: "claim", kind: "DENIES" }];
    const timeline = buildTimeline(
      [claim("deny", "DENIES", "2022-03-16"), claim("claim", "AFFIRMS", "2022-03-14"), claim("other", "AFFIRMS", "2022-03-16")],
      [],
      links,
    );
    const [first, second] = timeline.bands;
    expect(ids(first!.cells.DENIES)).toEqual(["deny"]);
    expect(first!.pairs).toEqual([{ responseId: "deny", targetId: "claim", kind: "DENIES", gap: "2 days later" }]);
    expect(ids(second!.cells.AFFIRMS)).toEqual(["other"]);
    expect(second!.cells.DENIES).toEqual([]);
  });

  it("pairs one denial with every claim it answers, whatever order the claims come in", () => {
    const links: TimelineLinkInput[] = [
      { fromId: "deny", toId: "us", kind: "DENIES" },
      { fromId: "deny", toId: "ft", kind: "DENIES" },
    ];
    const timeline = buildTimeline(
      [claim("deny", "DENIES", "2022-03-14"), claim("us", "AFFIRMS", "2022-03-14"), claim("ft", "AFFIRMS", "2022-03-14")],
      [],
      links,
    );
    expect(timeline.bands).toHaveLength(1);
    expect(timeline.bands[0]!.pairs.map((pair) => [pair.targetId, pair.gap])).toEqual([
      ["us", "same day"],
      ["ft", "same day"],
    ]);
  });

  it("never moves an answer back before its own date, and ignores links that are not answers", () => {
    const timeline = buildTimeline(
      [claim("early", "DENIES", "2022-03-01"), claim("late", "AFFIRMS", "2022-03-20"), claim("x", "AFFIRMS", "2022-03-05")],
      [],
      [
        { fromId: "early", toId: "late", kind: "DENIES" },
        { fromId: "x", toId: "early", kind: "CORROBORATES" },
        { fromId: "x", toId: "missing", kind: "DENIES" },
      ],
    );
    expect(timeline.bands.map((band) => band.key)).toEqual(["2022-03-01", "2022-03-05", "2022-03-20"]);
    expect(timeline.bands[1]!.pairs).toEqual([]);
  });

  it("is empty for a dispute with nothing recorded", () => {
    expect(buildTimeline([], [], [])).toEqual({ columns: [], bands: [] });
  });
});

describe("windowTimeline", () => {
  // 30 days with 4 claims each, the last AFFIRMS claim of each day denied by a claim 2 days later.
  const days = Array.from({ length: 30 }, (_, day) => `2022-01-${String(day + 1).padStart(2, "0")}`);
  const claims = days.flatMap((date, day) =>
    ["a", "b", "c", "d"].map((suffix, n) => claim(`${day}${suffix}`, n % 2 === 0 ? "AFFIRMS" : "DENIES", date)),
  );
  const links: TimelineLinkInput[] = days.slice(0, 28).map((_, day) => ({ fromId: `${day + 2}b`, toId: `${day}c`, kind: "DENIES" }));
  const full = buildTimeline(claims, [event("e", "2022-01-15")], links);
  const count = (bands: typeof full.bands) =>
    bands.reduce((sum, band) => sum + band.cells.AFFIRMS.length + band.cells.DENIES.length, 0);

  it("cuts a long timeline into windows of whole rows, none over the limit", () => {
    const first = windowTimeline(full, 1, 25);
    expect(first.totalClaims).toBe(120);
    expect(first.windows.length).toBeGreaterThan(4);
    expect(first.windows.reduce((sum, info) => sum + info.claimCount, 0)).toBe(120);
    expect(first.windows.every((info) => info.claimCount <= 25)).toBe(true);
    const all = first.windows.flatMap((info) => windowTimeline(full, info.index, 25).bands.map((band) => band.key));
    expect(all).toEqual(full.bands.map((band) => band.key));
    expect(count(first.bands)).toBe(first.windows[0]!.claimCount);
    expect(first.columns).toEqual(full.columns);
  });

  it("keeps each denial in the row of the claim it answers, across window edges", () => {
    for (const info of windowTimeline(full, 1, 25).windows) {
      for (const band of windowTimeline(full, info.index, 25).bands) {
        for (const pair of band.pairs) {
          expect([...band.cells.AFFIRMS, ...band.cells.DENIES].map((c) => c.id)).toEqual(
            expect.arrayContaining([pair.responseId, pair.targetId]),
          );
        }
      }
    }
  });

  it("clamps a window number out of range", () => {
    expect(windowTimeline(full, 999, 25).window).toBe(windowTimeline(full, 1, 25).windows.length);
    expect(windowTimeline(full, -3, 25).window).toBe(1);
    expect(windowTimeline(buildTimeline([], [], []), 1).bands).toEqual([]);
  });

  it("splits a row over the limit into numbered parts, none over it, each with its share of every side", () => {
    const oneBigRow = buildTimeline(
      Array.from({ length: 10 }, (_, n) => claim(`x${n}`, n % 2 === 0 ? "AFFIRMS" : "DENIES", "2022")),
      [event("e", "2022")],
      [],
    );
    const first = windowTimeline(oneBigRow, 1, 3);
    expect(first.windows.map((info) => info.claimCount)).toEqual([3, 3, 3, 1]);
    expect(first.windows.every((info) => info.firstDate.start.getTime() === parseEdtf("2022").start.getTime())).toBe(true);
    const parts = first.windows.flatMap((info) => windowTimeline(oneBigRow, info.index, 3).bands);
    expect(parts.map((band) => band.part)).toEqual([1, 2, 3, 4].map((index) => ({ index, of: 4 })));
    expect(new Set(parts.map((band) => band.key)).size).toBe(4);
    expect(parts.map((band) => band.events.length)).toEqual([1, 0, 0, 0]);
    const ids = parts.flatMap((band) => [...band.cells.AFFIRMS, ...band.cells.DENIES].map((c) => c.id));
    expect([...ids].sort()).toEqual(Array.from({ length: 10 }, (_, n) => `x${n}`).sort());
    expect(parts[0]!.cells.AFFIRMS.length).toBeGreaterThan(0);
    expect(parts[0]!.cells.DENIES.length).toBeGreaterThan(0);
    // A row within the limit is one band, not a part.
    expect(windowTimeline(oneBigRow, 1, 10).bands[0]!.part).toBeUndefined();
  });

  it("keeps a denial and what it answers in the same part of a split row", () => {
    const claims = Array.from({ length: 12 }, (_, n) => claim(`y${n}`, n < 6 ? "AFFIRMS" : "DENIES", "2022-03-14"));
    // The first denial answers the last affirmation, and so on: far apart in the row's order.
    const answers: TimelineLinkInput[] = Array.from({ length: 6 }, (_, n) => ({ fromId: `y${n + 6}`, toId: `y${5 - n}`, kind: "DENIES" }));
    const timeline = buildTimeline(claims, [], answers);
    const windows = windowTimeline(timeline, 1, 4).windows;
    for (const info of windows) {
      expect(info.claimCount).toBeLessThanOrEqual(4);
      for (const band of windowTimeline(timeline, info.index, 4).bands) {
        const here = new Set([...band.cells.AFFIRMS, ...band.cells.DENIES].map((c) => c.id));
        for (const pair of band.pairs) expect(here.has(pair.targetId) && here.has(pair.responseId)).toBe(true);
      }
    }
    const pairs = windows.flatMap((info) => windowTimeline(timeline, info.index, 4).bands.flatMap((band) => band.pairs));
    expect(pairs).toHaveLength(6);
  });
});

describe("listedWindows", () => {
  it("lists every section of a short timeline, and around the current one of a long one", () => {
    expect(listedWindows(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(listedWindows(1, 100)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "gap", 100]);
    expect(listedWindows(50, 100)).toEqual([1, "gap", 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, "gap", 100]);
    expect(listedWindows(100, 100)).toEqual([1, "gap", 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
    for (let current = 1; current <= 40; current++) {
      const listed = listedWindows(current, 40);
      expect(listed).toContain(current);
      expect(listed.length).toBeLessThanOrEqual(15);
    }
  });
});
