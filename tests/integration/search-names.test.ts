import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listClaims } from "@/lib/claims/list";
import { parseClaimListParams, type SearchParamsInput } from "@/lib/claims/list-schema";
import { useDb } from "@/lib/db";
import { lookupQuerySchema, lookupRecords } from "@/lib/records/lookup";
import { readSeedFile, seedIfEmpty } from "@/lib/seed/load";
import type { SeedDataSet } from "@/lib/seed/schema";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";

/**
 * Search finds people and the words people type (issue #8, item 5): claimant and outlet names,
 * attribution phrases and excerpts are in a claim's search vector, kept current by triggers
 * on every table they come from (migration 20261208500000_search_names).
 */
const demo: SeedDataSet = await readSeedFile();
const demoClaims = demo.disputes.flatMap((dispute) => dispute.claims);
const publisherOf = new Map(demo.sources.map((source) => [source.key, source.publisher]));
const actorKey = (name: string) => demo.actors.find((actor) => actor.name === name)!.key;
const texts = (claims: readonly { text: string }[]) => claims.map((claim) => claim.text).sort();

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(`search by names, phrases and excerpts on ${title}`, () => {
    let t: TestDatabase;
    const search = async (q: string, params: SearchParamsInput = {}) => {
      const { filters, notices } = parseClaimListParams({ size: "100", q, ...params });
      expect(notices).toEqual([]);
      return (await listClaims(filters, t.db)).rows;
    };

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      await seedIfEmpty(t.db, demo);
    });
    afterAll(async () => {
      await t?.dispose();
    });

    it("offers claimants and publishers by part of their name, best match first", async () => {
      const lookup = async (type: string, q: string) => lookupRecords(lookupQuerySchema.parse({ type, q }), t.db);
      const thom = await lookup("claimant", "thom");
      expect(thom[0]).toMatchObject({ label: "Drew Thompson", hint: "5 claims" });
      // Names starting with the text come before names with a word starting with it.
      expect((await lookup("claimant", "chin")).map((item) => item.label).slice(0, 3)).toEqual([
        "China’s foreign ministry",
        "Chinese officials",
        "Chinese state media",
      ]);
      // Publishers only: "Times" finds the outlets, not the claimants.
      expect((await lookup("publisher", "TIMES")).map((item) => item.label).sort()).toEqual(["Financial Times", "New York Times"]);
      // An actor that neither made a claim nor published a source is not offered.
      expect(await lookup("claimant", "National University of Singapore")).toEqual([]);
      expect(await lookup("publisher", "Drew")).toEqual([]);
      // Typed wildcards are plain text.
      expect(await lookup("claimant", "%")).toEqual([]);
      expect(await lookup("claimant", "_")).toEqual([]);
    });

    it("finds a claimant's claims by their name", async () => {
      const thompson = demoClaims.filter((claim) => claim.claimant === actorKey("Drew Thompson"));
      expect(thompson.length).toBeGreaterThan(1);
      expect(texts(await search("Thompson"))).toEqual(texts(thompson));
      const psaki = await search("Psaki");
      expect(psaki.map((row) => row.claimant.name)).toContain("Jen Psaki");
      // A claimant named only in the name, not in any claim's words.
      expect((await search("Sullivan")).map((row) => row.claimant.name)).toContain("Jake Sullivan");
    });

    it("finds the claims an outlet carried by the outlet's name", async () => {
      // TIME's one source is titled "Will China help Russian troops? …": only its name says TIME.
      const time = actorKey("TIME");
      const carried = demoClaims.filter((claim) => claim.appearances.some((a) => publisherOf.get(a.source) === time));
      expect(texts(await search("TIME"))).toEqual(texts(carried));
    });

    it("finds an outlet's name as a quoted phrase, and leaves its claims out with -\"name\"", async () => {
      // The Washington Post carried one claim (U.S. officials'); other claims name the Post in their phrases.
      const wapo = actorKey("Washington Post");
      const carried = demoClaims.filter((claim) => claim.appearances.some((a) => publisherOf.get(a.source) === wapo));
      const found = await search('"Washington Post"');
      expect(texts(found)).toEqual(expect.arrayContaining(texts(carried)));
      const ft = actorKey("Financial Times");
      const byFt = new Set(texts(demoClaims.filter((claim) => claim.appearances.some((a) => publisherOf.get(a.source) === ft))));
      const without = await search('Russia -"Financial Times"');
      expect(without.length).toBeGreaterThan(0);
      expect(without.some((row) => byFt.has(row.text))).toBe(false);
    });

    it("finds attribution phrases and excerpts", async () => {
      // "tight-lipped" is the attribution phrase of the Chinese officials' claim, "cables to allies" of the U.S. government's.
      expect((await search('"cables to allies"')).map((row) => row.claimant.name)).toContain("U.S. government");
      expect((await search("seven-hour")).map((row) => row.claimant.name)).toEqual(["White House"]);
    });

    it("excludes a name with -name", async () => {
      const all = await search("China");
      const without = await search("China -Thompson");
      expect(all.some((row) => row.claimant.name === "Drew Thompson")).toBe(true);
      expect(without.length).toBeGreaterThan(0);
      expect(without.some((row) => row.claimant.name === "Drew Thompson")).toBe(false);
      expect(without.length).toBe(all.filter((row) => row.claimant.name !== "Drew Thompson").length);
    });

    it("follows a renamed claimant and a renamed outlet", async () => {
      const experts = await t.db.actor.findFirstOrThrow({ where: { name: "Experts (unnamed)" } });
      const theirs = texts(demoClaims.filter((claim) => claim.claimant === actorKey("Experts (unnamed)")));
      expect(texts(await search("unnamed experts"))).toEqual(theirs);
      await t.db.actor.update({ where: { id: experts.id }, data: { name: "Anonymous specialists" } });
      expect(await search("unnamed experts")).toEqual([]);
      expect(texts(await search("specialists"))).toEqual(theirs);

      const cnn = await t.db.actor.findFirstOrThrow({ where: { name: "CNN" } });
      const carried = texts(demoClaims.filter((claim) => claim.appearances.some((a) => publisherOf.get(a.source) === actorKey("CNN"))));
      expect(await search("quokkacast wombatvision")).toEqual([]);
      await t.db.actor.update({ where: { id: cnn.id }, data: { name: "Quokkacast Wombatvision" } });
      // Its claims carry its token, matched by its whole name: as words, as a phrase, or excluded.
      expect(texts(await search("quokkacast wombatvision"))).toEqual(carried);
      expect(texts(await search('"Quokkacast Wombatvision"'))).toEqual(carried);
      // One word of the outlet's name finds only the claims it made itself (its name is in those as words).
      expect(texts(await search("quokkacast"))).toEqual(texts(demoClaims.filter((claim) => claim.claimant === actorKey("CNN"))));
      const russia = await search('Russia -"Quokkacast Wombatvision"');
      expect(russia.length).toBeGreaterThan(0);
      expect(russia.some((row) => carried.includes(row.text))).toBe(false);
      expect((await search("Russia")).some((row) => carried.includes(row.text))).toBe(true);
    });

    it("follows an edited excerpt and attribution phrase, a moved source and a changed claimant", async () => {
      const appearance = await t.db.appearance.findFirstOrThrow({ where: { claim: { claimant: { name: "Peter Layton" } } }, orderBy: { id: "asc" } });
      expect(await search("wombatish")).toEqual([]);
      await t.db.appearance.update({ where: { id: appearance.id }, data: { excerpt: "A wombatish excerpt" } });
      expect((await search("wombatish")).map((row) => row.id)).toEqual([appearance.claimId]);
      await t.db.appearance.update({ where: { id: appearance.id }, data: { excerpt: "Plain again", attributionPhrase: "said the platypoid" } });
      expect(await search("wombatish")).toEqual([]);
      expect((await search("platypoid")).map((row) => row.id)).toEqual([appearance.claimId]);

      // A source given another publisher: its claims are found by the new outlet's name.
      const source = await t.db.source.findUniqueOrThrow({ where: { id: appearance.sourceId } });
      const outlet = await t.db.actor.create({ data: { name: "Numbatwire", kind: "MEDIA_OUTLET" } });
      await t.db.source.update({ where: { id: source.id }, data: { publisherId: outlet.id } });
      expect((await search("numbatwire")).map((row) => row.id)).toContain(appearance.claimId);

      // A claim given another claimant: found by the new name, no longer by the old one.
      const claim = await t.db.claim.findFirstOrThrow({ where: { claimant: { name: "Ian Chong" } } });
      const other = await t.db.actor.create({ data: { name: "Bilbyson", kind: "PERSON" } });
      await t.db.claim.update({ where: { id: claim.id }, data: { claimantId: other.id } });
      expect((await search("bilbyson")).map((row) => row.id)).toEqual([claim.id]);
    });
  });
}
