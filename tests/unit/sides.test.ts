import { describe, expect, it } from "vitest";
import { parseEdtf } from "@/lib/dates";
import { summarizeOrigins } from "@/lib/provenance/origins";
import type { SourcingKind } from "@/lib/provenance/sourcing";
import { summarizeSides, type SideClaimInput } from "@/lib/timeline/sides";
import type { Stance } from "@/lib/timeline/build";

const root = (outletKey: string) => ({ viaId: null, independentlySourced: false, outletKey });
function claim(id: string, stance: Stance, date: string, outlets: string[], sourcing: SourcingKind): SideClaimInput {
  return { id, stance, madeAt: parseEdtf(date), detail: { origins: summarizeOrigins(outlets.map(root)), rootOutlets: outlets, sourcing } };
}

describe("summarizeSides (the sourcing summary above a timeline)", () => {
  // The demo's first dispute, in short.
  const claims = [
    claim("officials", "AFFIRMS", "2022-03-14", ["ft", "nyt", "wapo"], "ANONYMOUS"),
    claim("ft-list", "AFFIRMS", "2022-03-14", ["ft"], "OWN_REPORTING"),
    claim("cnn", "AFFIRMS", "2022-03-14/2022-03-15", ["cnn"], "OWN_REPORTING"),
    claim("ministry", "DENIES", "2022-03-14", ["ministry"], "ON_RECORD"),
    claim("readout", "CONTEXT", "2022-03-14", ["white-house"], "DOCUMENT"),
  ];
  const links = [
    { fromId: "ministry", toId: "officials", kind: "DENIES" as const },
    { fromId: "ministry", toId: "ft-list", kind: "DENIES" as const },
    { fromId: "ft-list", toId: "officials", kind: "CLARIFIES" as const },
  ];
  const [affirms, denies, ...rest] = summarizeSides(claims, links);

  it("has one summary per side someone takes, and none for context", () => {
    expect(affirms?.side).toBe("AFFIRMS");
    expect(denies?.side).toBe("DENIES");
    expect(rest).toEqual([]);
  });

  it("counts outlets once across claims and origins per claim (docs/origins.md)", () => {
    expect(affirms).toMatchObject({ claims: 3, counted: 3, outlets: 4, origins: 3 });
    expect(affirms?.sourcing).toMatchObject({ ANONYMOUS: 1, OWN_REPORTING: 2, ON_RECORD: 0, DOCUMENT: 0 });
  });

  it("counts sourcing only over the claims whose appearances were read, the rest over all", () => {
    const partial = summarizeSides(
      claims.map((claim) => (claim.id === "cnn" ? { ...claim, detail: null } : claim)),
      links,
    );
    expect(partial[0]).toMatchObject({ claims: 3, counted: 2, outlets: 3, origins: 2 });
    expect(partial[0]?.latest.end.toISOString().slice(0, 10)).toBe("2022-03-15");
  });

  it("gives the first and the latest statement, the latest by its latest bound", () => {
    expect(affirms?.first.start.toISOString().slice(0, 10)).toBe("2022-03-14");
    expect(affirms?.latest.end.toISOString().slice(0, 10)).toBe("2022-03-15");
  });

  it("lists the denials a side makes with the time they took, open while nothing answers them", () => {
    expect(denies?.denialsMade).toEqual([
      { gap: "same day", open: true },
      { gap: "same day", open: true },
    ]);
    expect(affirms?.denialsMade).toEqual([]);
    expect(affirms?.deniedClaims).toBe(2);
    // A rebuttal of the denial answers it.
    const answered = summarizeSides(claims, [...links, { fromId: "officials", toId: "ministry", kind: "REBUTS" }]);
    expect(answered[1]?.denialsMade.every((denial) => !denial.open)).toBe(true);
  });
});
