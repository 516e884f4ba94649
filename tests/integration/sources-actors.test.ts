import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActorDetail, listActorSummaries } from "@/lib/actors/data";
import { useDb } from "@/lib/db";
import { toEdtf } from "@/lib/dates";
import { readSeedFile, seedIfEmpty } from "@/lib/seed/load";
import type { SeedDataSet } from "@/lib/seed/schema";
import { getSourceDetail, listSourceSummaries } from "@/lib/sources/data";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";

const demo: SeedDataSet = await readSeedFile();
const demoClaims = demo.disputes.flatMap((dispute) => dispute.claims);
const demoAppearances = demoClaims.flatMap((claim) => claim.appearances);
const UNKNOWN_ID = "c000000000000000000000000";

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(`sources and actors pages' reads on ${title}`, () => {
    let t: TestDatabase;

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      expect(await seedIfEmpty(t.db, demo)).not.toBeNull();
    });

    afterAll(async () => {
      await t?.dispose();
    });

    async function actorId(name: string): Promise<string> {
      return (await t.db.actor.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
    }

    async function sourceId(titleStart: string): Promise<string> {
      return (await t.db.source.findFirstOrThrow({ where: { title: { startsWith: titleStart } }, select: { id: true } })).id;
    }

    it("lists every source by publisher, then date, with distinct claims and appearances counted", async () => {
      const { items: sources, total, pageCount } = await listSourceSummaries();
      expect(sources).toHaveLength(demo.sources.length);
      expect({ total, pageCount }).toEqual({ total: demo.sources.length, pageCount: 1 });
      expect(await listSourceSummaries(2)).toMatchObject({ items: [], total: demo.sources.length, page: 2 });
      expect(sources.reduce((sum, source) => sum + source.appearanceCount, 0)).toBe(demoAppearances.length);

      // Each publisher's sources sit together (the order of publishers follows the database's collation).
      const publishers = sources.map((source) => source.publisher?.name ?? "");
      const runs = publishers.filter((name, index) => index === 0 || publishers[index - 1] !== name);
      expect(runs).toEqual([...new Set(publishers)]);
      const ft = sources.filter((source) => source.publisher?.name === "Financial Times");
      expect(ft).toHaveLength(2);
      // Same publisher: the dated-to-the-day report comes before the one dated 14–15 March.
      expect(ft.map((source) => source.published && toEdtf(source.published))).toEqual(["2022-03-14", "2022-03-14/2022-03-15"]);

      const time = sources.find((source) => source.publisher?.name === "TIME");
      const timeAppearances = demoAppearances.filter((appearance) => appearance.source === "time-article").length;
      expect(time?.kind).toBe("NEWS_ARTICLE");
      expect(time?.appearanceCount).toBe(timeAppearances);
      expect(time?.claimCount).toBe(timeAppearances);
      expect(time?.published && toEdtf(time.published)).toBe("2022-03-15~");
      expect(time?.eventCount).toBeGreaterThan(0);

      expect(ft[0]).toMatchObject({ claimCount: 2, appearanceCount: 2, eventCount: 0 });
      // The Rome readout carries one claim and is cited by the Rome meeting on both disputes' timelines.
      const readout = sources.find((source) => source.kind === "READOUT");
      expect(readout).toMatchObject({ claimCount: 1, appearanceCount: 1, eventCount: 2, publisher: { name: "White House" } });
    });

    it("shows a source's claims with where it sits in each claim's provenance", async () => {
      const ft = await getSourceDetail(await sourceId("Financial Times report that Russia asked"));
      expect(ft?.publisher?.name).toBe("Financial Times");
      expect(ft?.language).toBe("en");
      expect(ft?.retrieved).toBeNull();
      const usClaim = ft?.appearances.find((appearance) => appearance.claim.claimant.name === "U.S. officials");
      expect(usClaim?.attribution).toBe("ANONYMOUS_SOURCING");
      expect(usClaim?.attributionPhrase).toBe("U.S. officials told the Financial Times");
      expect(usClaim?.provenance).toEqual({ origin: true, via: null, chain: ["U.S. officials", "Financial Times"] });
      expect(usClaim?.claim.stance).toBe("AFFIRMS");

      const time = await getSourceDetail(await sourceId("Will China help Russian troops?"));
      expect(time).not.toBeNull();
      const relayed = time!.appearances.find((appearance) => appearance.claim.id === usClaim?.claim.id);
      expect(relayed?.attribution).toBe("RELAYED");
      expect(relayed?.provenance.origin).toBe(false);
      expect(relayed?.provenance.via).toEqual({ sourceId: ft?.id, outlet: "Financial Times", kind: "NEWS_ARTICLE" });
      expect(relayed?.provenance.chain).toEqual(["U.S. officials", "Financial Times", "TIME"]);

      // The cables claim: U.S. government's own cables → FT → TIME (the speaker published the root, named once).
      const cables = time!.appearances.find((appearance) => appearance.claim.claimant.name === "U.S. government");
      expect(cables?.provenance.via?.outlet).toBe("Financial Times");
      expect(cables?.provenance.chain).toEqual(["U.S. government", "Financial Times", "TIME"]);

      // Grouped by dispute: ordered by dispute title, both disputes present, claims in date order.
      const disputeTitles = [...new Set(time!.appearances.map((appearance) => appearance.claim.dispute.title))];
      expect(disputeTitles).toEqual([
        "Did Russia ask China for military assistance for its war in Ukraine?",
        "Is China willing to provide military assistance to Russia?",
      ]);
      const timeClaims = demoClaims.filter((claim) => claim.appearances.some((a) => a.source === "time-article"));
      expect(time!.appearances).toHaveLength(timeClaims.length);
      expect(time!.events.map((event) => event.title)).toContain("Sullivan–Yang meeting in Rome");
      // Direct quotes TIME gathered itself are origins.
      expect(time!.appearances.filter((appearance) => appearance.attribution === "DIRECT_QUOTE").every((a) => a.provenance.origin)).toBe(
        true,
      );
    });

    it("lists every actor by kind, then name, with claims made and sources published", async () => {
      const { items: actors } = await listActorSummaries();
      expect(actors).toHaveLength(demo.actors.length);
      expect(actors.reduce((sum, actor) => sum + actor.claimCount, 0)).toBe(demoClaims.length);
      expect(actors.reduce((sum, actor) => sum + actor.sourceCount, 0)).toBe(demo.sources.filter((s) => s.publisher).length);
      const kinds = actors.map((actor) => actor.kind);
      const order = ["PERSON", "GOVERNMENT_BODY", "MEDIA_OUTLET", "ORGANIZATION", "ANONYMOUS_GROUP"];
      expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(actors.find((actor) => actor.name === "Financial Times")).toMatchObject({ kind: "MEDIA_OUTLET", sourceCount: 2, claimCount: 1 });
      expect(actors.find((actor) => actor.name === "Jen Psaki")?.affiliation?.name).toBe("White House");
    });

    it("gives an actor's stance record and the denials between their claims and others'", async () => {
      const ministry = await getActorDetail(await actorId("China’s foreign ministry"));
      expect(ministry).not.toBeNull();
      expect(ministry!.kind).toBe("GOVERNMENT_BODY");
      expect(ministry!.affiliation?.name).toBe("Chinese government");
      expect(ministry!.stanceRecord).toHaveLength(1);
      const [record] = ministry!.stanceRecord;
      expect(record?.dispute.slug).toBe("russia-asked-china-for-military-aid");
      expect(record?.stanceCounts).toEqual({ AFFIRMS: 0, DENIES: 1, QUALIFIES: 0, DECLINES_TO_COMMENT: 0, CONTEXT: 0 });
      expect(record?.claims.map((claim) => claim.stance)).toEqual(["DENIES"]);

      const deniedUsOfficials = ministry!.denied.find((link) => link.target.claimant.name === "U.S. officials");
      expect(deniedUsOfficials?.kind).toBe("DENIES");
      expect(deniedUsOfficials?.answer.id).toBe(record?.claims[0]?.id);
      expect(ministry!.denied.map((link) => link.target.claimant.name).sort()).toEqual(["Financial Times", "U.S. officials"]);
      expect(ministry!.deniedBy).toEqual([]);
      // It published the briefing where it said so.
      expect(ministry!.sources.map((source) => source.kind)).toEqual(["PRESS_BRIEFING"]);

      const usOfficials = await getActorDetail(await actorId("U.S. officials"));
      expect(usOfficials!.kind).toBe("ANONYMOUS_GROUP");
      expect(usOfficials!.deniedBy.map((link) => [link.kind, link.answer.claimant.name])).toEqual([["DENIES", "China’s foreign ministry"]]);
      expect(usOfficials!.denied).toEqual([]);
      expect(usOfficials!.sources).toEqual([]);

      // Affiliation both ways: the White House belongs to the U.S. government and has members.
      const whiteHouse = await getActorDetail(await actorId("White House"));
      expect(whiteHouse!.affiliation?.name).toBe("U.S. government");
      expect(whiteHouse!.members.map((member) => member.name)).toEqual(["Jake Sullivan", "Jen Psaki"]);

      const ft = await getActorDetail(await actorId("Financial Times"));
      expect(ft!.sources).toHaveLength(2);
      expect(ft!.deniedBy.map((link) => link.answer.claimant.name)).toEqual(["China’s foreign ministry"]);
    });

    it("pages an actor's claims and sources and a source's claims, with counts over all of them", async () => {
      const time = await actorId("TIME");
      // The demo's most prolific claimant.
      const counts = new Map<string, number>();
      for (const claim of demoClaims) counts.set(claim.claimant, (counts.get(claim.claimant) ?? 0) + 1);
      const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      const name = demo.actors.find((actor) => actor.key === busiest)!.name;
      const whole = await getActorDetail(await actorId(name));
      const all = whole!.stanceRecord.flatMap((group) => group.claims.map((claim) => claim.id));
      expect(all).toHaveLength(whole!.claimCount);
      expect(whole!.claimCount).toBeGreaterThan(2);
      const paged: string[] = [];
      for (let page = 1; page <= Math.ceil(whole!.claimCount / 2); page++) {
        const detail = await getActorDetail(await actorId(name), { page, pageSize: 2 });
        expect(detail!.claimsPage).toEqual({ page, pageCount: Math.ceil(whole!.claimCount / 2) });
        // Counts per dispute and stance cover every claim in the dispute, not only the page's.
        for (const group of detail!.stanceRecord) {
          const full = whole!.stanceRecord.find((candidate) => candidate.dispute.id === group.dispute.id);
          expect(group.stanceCounts).toEqual(full?.stanceCounts);
          expect(group.claimCount).toBe(full?.claims.length);
        }
        paged.push(...detail!.stanceRecord.flatMap((group) => group.claims.map((claim) => claim.id)));
      }
      expect(paged).toEqual(all);
      // Past the last page: the last page.
      expect((await getActorDetail(await actorId(name), { page: 999, pageSize: 2 }))!.claimsPage.page).toBe(Math.ceil(whole!.claimCount / 2));

      const source = await sourceId("Will China help Russian troops?");
      const carried = await getSourceDetail(source);
      expect(carried!.summary.appearances).toBe(carried!.appearances.length);
      const pages: string[] = [];
      for (let page = 1; page <= Math.ceil(carried!.summary.appearances / 5); page++) {
        const detail = await getSourceDetail(source, { page, pageSize: 5 });
        expect(detail!.summary).toEqual(carried!.summary);
        pages.push(...detail!.appearances.map((appearance) => appearance.id));
      }
      expect(pages).toEqual(carried!.appearances.map((appearance) => appearance.id));
      expect((await getActorDetail(time, { sourcesPage: 1, pageSize: 1 }))!.sources).toHaveLength(1);
    });

    it("returns null for ids that name no record", async () => {
      expect(await getSourceDetail(UNKNOWN_ID)).toBeNull();
      expect(await getActorDetail(UNKNOWN_ID)).toBeNull();
      // An actor id is not a source id, and the other way round.
      expect(await getSourceDetail(await actorId("TIME"))).toBeNull();
      expect(await getActorDetail(await sourceId("Will China help Russian troops?"))).toBeNull();
    });
  });
}
