import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClaimDetail } from "@/lib/claims/data";
import { useDb } from "@/lib/db";
import { applyMigrations, MIGRATIONS_DIR, MigrationError, readMigrations } from "@/lib/db/migrate";
import { openSqlConnection } from "@/lib/db/sql";
import { toEdtf, fuzzyDate } from "@/lib/dates";
import { getDisputeBySlug, getDisputeTimeline, listDisputeSummaries } from "@/lib/disputes/data";
import { chainOf, countIndependentOrigins } from "@/lib/provenance/chain";
import { outletKeyOf } from "@/lib/provenance/origin-nodes";
import { describeOrigins, summarizeOrigins } from "@/lib/provenance/origins";
import { loadSeedData, readSeedFile, seedIfEmpty } from "@/lib/seed/load";
import type { SeedDataSet } from "@/lib/seed/schema";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";

const demo: SeedDataSet = await readSeedFile();
const demoClaims = demo.disputes.flatMap((dispute) => dispute.claims);
const demoAppearances = demoClaims.flatMap((claim) => claim.appearances);

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(title, () => {
    let t: TestDatabase;

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      const counts = await seedIfEmpty(t.db, demo);
      expect(counts).not.toBeNull();
    });

    afterAll(async () => {
      await t?.dispose();
    });

    it("records every migration as prisma migrate would, and re-applying is a no-op", async () => {
      const connection = await openSqlConnection(t.target);
      try {
        const rows = await connection.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
          `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
        );
        const files = await readMigrations();
        expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
          files.map((file) => [file.name, file.checksum]),
        );
        expect(rows.every((row) => row.finished_at !== null)).toBe(true);
        const again = await applyMigrations(connection, { lock: t.target.kind === "postgres" });
        expect(again).toEqual({ applied: [], alreadyApplied: files.length });
      } finally {
        await connection.release();
      }
    });

    it("refuses a migration that was edited after it was applied", async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), "claimline-migrations-"));
      try {
        await cp(MIGRATIONS_DIR, dir, { recursive: true });
        const [first] = await readMigrations(dir);
        await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
        const connection = await openSqlConnection(t.target);
        try {
          await expect(applyMigrations(connection, { dir })).rejects.toThrow(MigrationError);
        } finally {
          await connection.release();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it("loads the whole demo data set, and never seeds over existing data", async () => {
      expect(await t.db.dispute.count()).toBe(demo.disputes.length);
      expect(await t.db.claim.count()).toBe(demoClaims.length);
      expect(await t.db.appearance.count()).toBe(demoAppearances.length);
      expect(await t.db.claimLink.count()).toBe(demo.links.length);
      expect(await t.db.actor.count()).toBe(demo.actors.length);
      expect(await seedIfEmpty(t.db, demo)).toBeNull();
      expect(await t.db.claim.count()).toBe(demoClaims.length);
    });

    it("writes a data set all or nothing", async () => {
      const before = await t.db.actor.count();
      // The disputes' slugs already exist: the insert fails after actors and sources were written.
      await expect(loadSeedData(t.db, demo)).rejects.toThrow();
      expect(await t.db.actor.count()).toBe(before);
      expect(await t.db.source.count()).toBe(demo.sources.length);
    });

    it("keeps the U.S.-officials chains: FT, NYT and WaPo carrying one origin, TIME relaying the FT", async () => {
      const claim = await t.db.claim.findFirstOrThrow({
        where: { claimant: { name: "U.S. officials" }, stance: "AFFIRMS" },
        include: { appearances: { include: { source: { include: { publisher: true } } } } },
      });
      expect(toEdtf(fuzzyDate(claim.madeAtStart, claim.madeAtEnd, claim.madeAtPrecision))).toBe("2022-03-14");
      const outlets = (id: string) =>
        chainOf(id, claim.appearances).map((appearance) => appearance.source.publisher?.name);
      const time = claim.appearances.find((appearance) => appearance.source.publisher?.name === "TIME");
      expect(time?.attribution).toBe("RELAYED");
      expect(outlets(time!.id)).toEqual(["Financial Times", "TIME"]);
      const roots = claim.appearances.filter((appearance) => appearance.viaId === null);
      expect(roots.map((root) => root.source.publisher?.name).sort()).toEqual([
        "Financial Times",
        "New York Times",
        "Washington Post",
      ]);
      expect(roots.every((root) => root.attribution === "ANONYMOUS_SOURCING")).toBe(true);
      // Three roots, but one speaker's one account: one independent origin (docs/origins.md).
      expect(countIndependentOrigins(claim.appearances)).toBe(3);
      const summary = summarizeOrigins(
        claim.appearances.map((appearance) => ({ ...appearance, outletKey: outletKeyOf(appearance.sourceId, appearance.source.publisherId) })),
      );
      expect(describeOrigins(summary)).toBe("1 independent origin carried by 3 outlets (+ 1 relay)");
    });

    it("links the foreign ministry's denial to the claim it denies", async () => {
      const denial = await t.db.claimLink.findFirstOrThrow({
        where: { kind: "DENIES", to: { claimant: { name: "U.S. officials" } } },
        include: { from: { include: { claimant: true } } },
      });
      expect(denial.from.claimant.name).toMatch(/foreign ministry/i);
      expect(denial.from.stance).toBe("DENIES");
      expect(denial.from.quote).toBe("malicious disinformation");
      expect(toEdtf(fuzzyDate(denial.from.madeAtStart, denial.from.madeAtEnd, denial.from.madeAtPrecision))).toBe(
        "2022-03-14",
      );
    });

    it("stores dates at their precision: last August is a month", async () => {
      const exercise = await t.db.event.findFirstOrThrow({ where: { title: { contains: "Gobi" } } });
      expect(exercise.occurredPrecision).toBe("MONTH");
      expect(toEdtf(fuzzyDate(exercise.occurredStart, exercise.occurredEnd, exercise.occurredPrecision))).toBe("2021-08");
      const rome = await t.db.event.findFirstOrThrow({ where: { title: { contains: "Rome" } } });
      expect(rome.occurredPrecision).toBe("DAY");
      expect(rome.occurredStart.toISOString().slice(0, 10)).toBe("2022-03-14");
    });

    it("rejects rows that break the invariants the schema cannot state", async () => {
      const claim = await t.db.claim.findFirstOrThrow();
      await expect(
        t.db.claim.update({ where: { id: claim.id }, data: { madeAtStart: new Date("2030-01-01") } }),
      ).rejects.toThrow();
      await expect(
        t.db.claimLink.create({ data: { fromId: claim.id, toId: claim.id, kind: "DENIES" } }),
      ).rejects.toThrow();
    });

    it("serves the pages' reads through the app's data layer", async () => {
      const { items: summaries, total } = await listDisputeSummaries();
      expect(total).toBe(demo.disputes.length);
      expect((await listDisputeSummaries(2)).items).toEqual([]);
      const asked = summaries.find((summary) => summary.slug === "russia-asked-china-for-military-aid");
      expect(asked?.stanceCounts.AFFIRMS).toBeGreaterThan(0);
      expect(asked?.stanceCounts.DENIES).toBe(1);
      expect(asked?.claimCount).toBe(demo.disputes.find((d) => d.slug === asked?.slug)?.claims.length);
      expect(asked?.latestStatement).not.toBeNull();

      const header = await getDisputeBySlug("russia-asked-china-for-military-aid");
      expect(header).not.toBeNull();
      const { timeline, cards } = await getDisputeTimeline(header!.id);
      const disputeClaims = demo.disputes.find((d) => d.slug === header!.slug)!.claims;
      expect(timeline.totalClaims).toBe(disputeClaims.length);
      expect(cards.size).toBe(disputeClaims.length);
      expect(timeline.bands.flatMap((band) => band.events).some((event) => event.title.includes("Rome"))).toBe(true);
      const pairs = timeline.bands.flatMap((band) => band.pairs);
      const usClaim = [...cards.values()].find((claim) => claim.claimant.name === "U.S. officials");
      const denial = [...cards.values()].find((claim) => claim.stance === "DENIES");
      expect(pairs).toContainEqual(expect.objectContaining({ responseId: denial?.id, targetId: usClaim?.id, kind: "DENIES" }));
      expect(usClaim?.origins).toMatchObject({ appearances: 4, origins: 1, outlets: 3, relays: 1 });
      expect(usClaim?.outlets).toEqual(expect.arrayContaining(["Financial Times", "New York Times", "Washington Post", "TIME"]));

      const detail = await getClaimDetail(usClaim!.id);
      expect(detail?.appearances).toHaveLength(4);
      expect(detail?.linksTo.map((link) => link.kind)).toContain("DENIES");
      // CNN's corroboration: its sources are not given, so independence is unknown.
      expect(detail?.linksTo.find((link) => link.kind === "CORROBORATES")?.independence).toBe("UNKNOWN");
      expect(await getClaimDetail("c000000000000000000000000")).toBeNull();
      expect(await getDisputeBySlug("no-such-dispute")).toBeNull();
    });
  });
}
