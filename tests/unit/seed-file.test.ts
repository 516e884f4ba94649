import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSeedReferences, SeedFileError } from "@/lib/seed/refs";
import { parseSeedData } from "@/lib/seed/load";
import type { SeedDataSetInput } from "@/lib/seed/schema";
import { sourcingKindOf, type SourcingKind } from "@/lib/provenance/sourcing";

const article = readFileSync(new URL("../../prisma/demo/source-article.txt", import.meta.url), "utf8");

function minimal(): SeedDataSetInput {
  return {
    format: "claimline-seed/1",
    actors: [
      { key: "officials", name: "U.S. officials", kind: "ANONYMOUS_GROUP" },
      { key: "ft", name: "Financial Times", kind: "MEDIA_OUTLET" },
    ],
    sources: [{ key: "ft-report", title: "FT report", kind: "NEWS_ARTICLE", publisher: "ft", published: "2022-03-14" }],
    disputes: [
      {
        slug: "asked",
        title: "Asked?",
        proposition: "Russia asked.",
        claims: [
          {
            key: "c1",
            claimant: "officials",
            stance: "AFFIRMS",
            text: "Russia asked.",
            madeAt: "2022-03-14",
            appearances: [
              { key: "a1", source: "ft-report", reportedAt: "2022-03-14", attribution: "ANONYMOUS_SOURCING" },
              { key: "a2", source: "ft-report", reportedAt: "2022-03-15", attribution: "RELAYED", via: "a1" },
            ],
          },
        ],
      },
    ],
  };
}

function problemsOf(input: SeedDataSetInput): string[] {
  try {
    parseSeedData(input);
    return [];
  } catch (error) {
    if (!(error instanceof SeedFileError)) throw error;
    return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
}

describe("seed files", () => {
  it("accepts a well-formed data set and parses its dates", () => {
    const data = parseSeedData(minimal());
    expect(data.disputes[0]!.claims[0]!.madeAt.precision).toBe("DAY");
    expect(data.disputes[0]!.affirmLabel).toBe("Affirms");
  });

  it("names the field at fault for a bad date or an unknown enum", () => {
    const input = minimal();
    input.disputes[0]!.claims![0]!.madeAt = "last Monday";
    input.actors[0]!.kind = "ROBOT" as never;
    const problems = problemsOf(input);
    expect(problems.some((p) => p.startsWith("disputes.0.claims.0.madeAt:") && p.includes("last Monday"))).toBe(true);
    expect(problems.some((p) => p.startsWith("actors.0.kind:"))).toBe(true);
  });

  it("reports every dangling reference and duplicate key with its path", () => {
    const input = minimal();
    input.actors.push({ key: "ft", name: "Duplicate", kind: "MEDIA_OUTLET" });
    input.sources[0]!.publisher = "nobody";
    input.links = [{ from: "c1", to: "c9", kind: "DENIES" }];
    expect(problemsOf(input)).toEqual([
      'actors[2].key: duplicate actor key "ft"',
      'sources[0].publisher: no actor has the key "nobody"',
      'links[0].to: no claim has the key "c9"',
    ]);
  });

  it("rejects relay chains that loop or reach into another claim", () => {
    const looping = minimal();
    const appearances = looping.disputes[0]!.claims![0]!.appearances;
    appearances[0]!.via = "a2";
    expect(problemsOf(looping)).toEqual(["disputes[0].claims[0].appearances: relay chain loops: a1 → a2 → a1"]);

    const crossing = minimal();
    crossing.disputes[0]!.claims!.push({
      key: "c2",
      claimant: "ft",
      stance: "DENIES",
      text: "No.",
      madeAt: "2022-03-15",
      appearances: [{ key: "b1", source: "ft-report", reportedAt: "2022-03-15", attribution: "RELAYED", via: "a1" }],
    });
    expect(problemsOf(crossing)).toEqual([
      'disputes[0].claims[1].appearances[0].via: "a1" is not an appearance of the same claim',
    ]);
  });

  it("the demo data set is valid and quotes the article exactly", () => {
    const demo = parseSeedData(JSON.parse(readFileSync(new URL("../../prisma/demo/claimline-demo.json", import.meta.url), "utf8")));
    expect(checkSeedReferences(demo)).toEqual([]);
    const quotes = demo.disputes.flatMap((dispute) => dispute.claims.flatMap((claim) => (claim.quote ? [claim.quote] : [])));
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) expect(article).toContain(quote);
  });

  it("credits, dates and sources every demo claim as the table written from the article says (docs/demo-data.md)", () => {
    // The file as written (dates as EDTF strings), once it is known to be valid.
    const raw = JSON.parse(readFileSync(new URL("../../prisma/demo/claimline-demo.json", import.meta.url), "utf8")) as SeedDataSetInput;
    parseSeedData(raw);
    const demo = { actors: raw.actors, disputes: raw.disputes.map((dispute) => ({ claims: dispute.claims ?? [] })) };
    const doc = readFileSync(new URL("../../docs/demo-data.md", import.meta.url), "utf8");
    const table = new Map(
      [...doc.matchAll(/^\| `([a-z0-9-]+)` \| (.+?) \| `([^`]+)` \| (day|month|year|approximate|range) \| (.+?) \|$/gm)].map((row) => [
        row[1]!,
        { claimant: row[2]!, said: row[3]!, given: row[4]!, sourcing: row[5]! },
      ]),
    );
    const names = new Map(demo.actors.map((actor) => [actor.key, actor.name]));
    const words: Record<SourcingKind, string> = {
      ON_RECORD: "on the record",
      ANONYMOUS: "anonymous",
      DOCUMENT: "document",
      OWN_REPORTING: "outlet’s own reporting",
      UNKNOWN: "unknown",
    };
    const claims = demo.disputes.flatMap((dispute) => dispute.claims);
    expect([...table.keys()].sort()).toEqual(claims.map((claim) => claim.key).sort());
    for (const claim of claims) {
      const row = table.get(claim.key)!;
      const said = String(claim.madeAt);
      const given = said.includes("/") ? "range" : said.endsWith("~") ? "approximate" : { 10: "day", 7: "month", 4: "year" }[said.length];
      const firstRoot = claim.appearances.filter((appearance) => !appearance.via).sort((a, b) => String(a.reportedAt).localeCompare(String(b.reportedAt)))[0];
      expect({ key: claim.key, claimant: names.get(claim.claimant), said, given, sourcing: words[sourcingKindOf(firstRoot?.attribution)] }).toEqual({
        key: claim.key,
        ...row,
      });
    }
  });
});
