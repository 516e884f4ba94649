import { describe, expect, it } from "vitest";
import { parseEdtf } from "@/lib/dates";
import { buildTimeline, isContestedBand, windowTimeline, type Stance, type TimelineLinkInput } from "@/lib/timeline/build";

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

  it("clamps a window number out of range, and never splits a row bigger than the limit", () => {
    expect(windowTimeline(full, 999, 25).window).toBe(windowTimeline(full, 1, 25).windows.length);
    expect(windowTimeline(full, -3, 25).window).toBe(1);
    const oneBigRow = buildTimeline(
      Array.from({ length: 10 }, (_, n) => claim(`x${n}`, "AFFIRMS", "2022")),
      [],
      [],
    );
    expect(windowTimeline(oneBigRow, 1, 3).windows).toEqual([
      { index: 1, firstDate: parseEdtf("2022"), lastDate: parseEdtf("2022"), claimCount: 10 },
    ]);
    expect(windowTimeline(buildTimeline([], [], []), 1).bands).toEqual([]);
  });
});
