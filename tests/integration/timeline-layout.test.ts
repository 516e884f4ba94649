import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDb } from "@/lib/db";
import { getDisputeBySlug, getDisputeTimeline } from "@/lib/disputes/data";
import { readSeedFile, seedIfEmpty } from "@/lib/seed/load";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";

const demo = await readSeedFile();
const SLUG = "russia-asked-china-for-military-aid";

/**
 * The dispute timeline's layout is kept in memory per process and read again only when the
 * dispute's layout version (bumped by triggers, so by any process's writes) has moved.
 */
for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(title, () => {
    let t: TestDatabase;
    let disputeId: string;
    const version = async () => {
      const [row] = await t.db.$queryRaw<{ version: string }[]>`
        SELECT "version"::text AS "version" FROM "DisputeLayout" WHERE "disputeId" = ${disputeId}`;
      return Number(row?.version ?? 0);
    };
    const claimIds = async () => {
      const { timeline } = await getDisputeTimeline(disputeId);
      return timeline.bands.flatMap((band) => Object.values(band.cells).flat().map((claim) => claim.id));
    };

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      await seedIfEmpty(t.db, demo);
      disputeId = (await getDisputeBySlug(SLUG))!.id;
    });

    afterAll(async () => {
      await t?.dispose();
    });

    it("shows a new claim, a new answer and a renamed claimant on the next read; other edits leave the layout alone", async () => {
      const before = await claimIds();
      const claimant = await t.db.actor.create({ data: { name: "Layout Tester", kind: "PERSON" } });
      const start = await version();
      const day = new Date(Date.UTC(2022, 2, 16));
      const claim = await t.db.claim.create({
        data: { disputeId, claimantId: claimant.id, stance: "DENIES", text: "A late denial.", madeAtStart: day, madeAtEnd: day, madeAtPrecision: "DAY" },
      });
      expect(await version()).toBeGreaterThan(start);
      expect(await claimIds()).toEqual(expect.arrayContaining([...before, claim.id]));

      // An answer: the new denial now pairs with the claim it answers.
      const target = (await t.db.claim.findFirst({ where: { disputeId, stance: "AFFIRMS" }, orderBy: { madeAtStart: "asc" } }))!;
      const afterClaim = await version();
      await t.db.claimLink.create({ data: { fromId: claim.id, toId: target.id, kind: "DENIES" } });
      expect(await version()).toBeGreaterThan(afterClaim);
      const pairs = (await getDisputeTimeline(disputeId)).timeline.bands.flatMap((band) => band.pairs);
      expect(pairs).toContainEqual(expect.objectContaining({ responseId: claim.id, targetId: target.id }));

      // A renamed claimant: the overview names the claim by the new name.
      await t.db.actor.update({ where: { id: claimant.id }, data: { name: "Layout Tester Renamed" } });
      const { overview } = await getDisputeTimeline(disputeId);
      expect(overview.claims.find((c) => c.id === claim.id)?.claimantName).toBe("Layout Tester Renamed");

      // Words of a claim or an event are read with the cards, not kept: no new layout needed.
      const steady = await version();
      await t.db.claim.update({ where: { id: claim.id }, data: { text: "A late denial, reworded." } });
      const event = (await t.db.event.findFirst({ where: { disputeId } }))!;
      await t.db.event.update({ where: { id: event.id }, data: { title: `${event.title} (retitled)` } });
      expect(await version()).toBe(steady);
      const fresh = await getDisputeTimeline(disputeId);
      expect(fresh.cards.get(claim.id)?.text).toBe("A late denial, reworded.");
      expect(fresh.timeline.bands.flatMap((band) => band.events).map((e) => e.title)).toContain(`${event.title} (retitled)`);

      // A changed date moves the claim, and deleting it takes it away.
      const later = new Date(Date.UTC(2023, 0, 5));
      await t.db.claim.update({ where: { id: claim.id }, data: { madeAtStart: later, madeAtEnd: later } });
      expect(await version()).toBeGreaterThan(steady);
      // (The denial's row stays its target's: an answer sits with what it answers.)
      const moved = (await getDisputeTimeline(disputeId)).overview.claims.find((c) => c.id === claim.id);
      expect(moved?.madeAt.start.toISOString().slice(0, 10)).toBe("2023-01-05");
      await t.db.claim.delete({ where: { id: claim.id } });
      expect(await claimIds()).toEqual(before);
    });

    it("a deleted dispute takes its layout version with it", async () => {
      const dispute = await t.db.dispute.create({ data: { slug: "layout-gone", title: "Gone", proposition: "Gone." } });
      const actor = await t.db.actor.findFirstOrThrow();
      const day = new Date(Date.UTC(2022, 0, 1));
      await t.db.claim.create({
        data: { disputeId: dispute.id, claimantId: actor.id, stance: "AFFIRMS", text: "x", madeAtStart: day, madeAtEnd: day, madeAtPrecision: "DAY" },
      });
      expect(await t.db.disputeLayout.count({ where: { disputeId: dispute.id } })).toBe(1);
      await t.db.claim.deleteMany({ where: { disputeId: dispute.id } });
      await t.db.dispute.delete({ where: { id: dispute.id } });
      expect(await t.db.disputeLayout.count({ where: { disputeId: dispute.id } })).toBe(0);
    });
  });
}
