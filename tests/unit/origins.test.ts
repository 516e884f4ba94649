import { describe, expect, it } from "vitest";
import { describeOrigins, summarizeOrigins, type OriginNode } from "@/lib/provenance/origins";

// The definition in docs/origins.md, case by case.
const root = (outletKey: string, independentlySourced = false): OriginNode => ({ viaId: null, independentlySourced, outletKey });
const relay = (outletKey: string): OriginNode => ({ viaId: "some-root", independentlySourced: false, outletKey });

describe("independent origins (docs/origins.md)", () => {
  it("one speaker briefing three outlets, one of them relayed: 1 origin carried by 3 outlets (+ 1 relay)", () => {
    // The demo's U.S. officials claim: FT, NYT and WaPo carry the officials' account; TIME relays the FT.
    const summary = summarizeOrigins([root("ft"), root("nyt"), root("wapo"), relay("time")]);
    expect(summary).toEqual({ appearances: 4, origins: 1, outlets: 3, relays: 1, independentlySourced: 0 });
    expect(describeOrigins(summary)).toBe("1 independent origin carried by 3 outlets (+ 1 relay)");
  });

  it("ten outlets repeating one report: 1 origin carried by 1 outlet (+ 9 relays)", () => {
    const summary = summarizeOrigins([root("ft"), ...Array.from({ length: 9 }, (_, i) => relay(`outlet-${i}`))]);
    expect(summary).toMatchObject({ origins: 1, outlets: 1, relays: 9 });
    expect(describeOrigins(summary)).toBe("1 independent origin carried by 1 outlet (+ 9 relays)");
  });

  it("an outlet with its own separate sources adds an origin", () => {
    const summary = summarizeOrigins([root("ft"), root("nyt"), root("wapo", true)]);
    expect(summary).toMatchObject({ origins: 2, outlets: 3, independentlySourced: 1 });
  });

  it("every root independently sourced: each is an origin", () => {
    expect(summarizeOrigins([root("ft", true), root("nyt", true)]).origins).toBe(2);
  });

  it("two reports in the same outlet from the same speaker: 1 origin carried by 1 outlet", () => {
    expect(summarizeOrigins([root("ft"), root("ft")])).toMatchObject({ origins: 1, outlets: 1, relays: 0 });
  });

  it("a relay never adds an origin, even if marked (the mark only means something on a root)", () => {
    const marked: OriginNode = { viaId: "ft-root", independentlySourced: true, outletKey: "time" };
    expect(summarizeOrigins([root("ft"), marked])).toMatchObject({ origins: 1, outlets: 1, relays: 1, independentlySourced: 0 });
  });

  it("a claim with no appearances has no origin and says so", () => {
    const summary = summarizeOrigins([]);
    expect(summary).toEqual({ appearances: 0, origins: 0, outlets: 0, relays: 0, independentlySourced: 0 });
    expect(describeOrigins(summary)).toBe("Not on the record yet: no appearances");
  });

  it("a speaker's own document, relayed by the article: 1 origin carried by 1 outlet (+ 1 relay)", () => {
    expect(describeOrigins(summarizeOrigins([root("white-house"), relay("time")]))).toBe(
      "1 independent origin carried by 1 outlet (+ 1 relay)",
    );
  });

  it("a single quote in one article: no relay part", () => {
    expect(describeOrigins(summarizeOrigins([root("time")]))).toBe("1 independent origin carried by 1 outlet");
  });
});
