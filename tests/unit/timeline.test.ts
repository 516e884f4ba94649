import { describe, expect, it } from "vitest";
import { parseEdtf } from "@/lib/dates";
import { buildTimeline, type Stance, type TimelineLinkInput } from "@/lib/timeline/build";

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

  it("shows the Qualifies and Other columns only where such claims exist", () => {
    const timeline = buildTimeline(
      [claim("a", "AFFIRMS", "2022"), claim("q", "QUALIFIES", "2022"), claim("d", "DECLINES_TO_COMMENT", "2022")],
      [],
      [],
    );
    expect(timeline.columns).toEqual(["AFFIRMS", "DENIES", "QUALIFIES", "OTHER"]);
    expect(ids(timeline.bands[0]!.cells.OTHER)).toEqual(["d"]);
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
    expect(buildTimeline([], [], [])).toEqual({ columns: ["AFFIRMS", "DENIES"], bands: [] });
  });
});
