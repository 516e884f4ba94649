import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_FAILED_LINE, streamClaimsCsv } from "@/lib/claims/csv";
import { listClaimFilterOptions } from "@/lib/claims/filter-options";
import { countClaims, listClaims } from "@/lib/claims/list";
import { parseClaimListParams, type SearchParamsInput } from "@/lib/claims/list-schema";
import { MARK_END, MARK_START } from "@/lib/claims/view-constants";
import { useDb } from "@/lib/db";
import { parseEdtf } from "@/lib/dates";
import { readSeedFile, seedIfEmpty } from "@/lib/seed/load";
import type { SeedDataSet } from "@/lib/seed/schema";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";

const demo: SeedDataSet = await readSeedFile();
const demoClaims = demo.disputes.flatMap((dispute) => dispute.claims.map((claim) => ({ ...claim, dispute: dispute.slug })));
const publisherOf = new Map(demo.sources.map((source) => [source.key, source.publisher]));
const texts = (claims: readonly { text: string }[]) => claims.map((claim) => claim.text).sort();

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(`claims table queries on ${title}`, () => {
    let t: TestDatabase;
    const actorId = async (name: string) => (await t.db.actor.findFirstOrThrow({ where: { name } })).id;
    const view = async (params: SearchParamsInput) => {
      const { filters, notices } = parseClaimListParams({ size: "100", ...params });
      expect(notices).toEqual([]);
      return listClaims(filters, t.db);
    };

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      await seedIfEmpty(t.db, demo);
    });
    afterAll(async () => {
      await t?.dispose();
    });

    it("lists every claim, newest first, with counts", async () => {
      const page = await view({});
      expect(page.total).toBe(demoClaims.length);
      expect(page.totalIsCapped).toBe(false);
      const starts = page.rows.map((row) => row.madeAt.start.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => b - a));
      const us = page.rows.find((row) => row.claimant.name === "U.S. officials");
      expect(us).toMatchObject({ appearanceCount: 4, origins: { origins: 1, outlets: 3, relays: 1 } });
      expect(us?.firstAppearance?.outlet).toMatch(/Financial Times|New York Times|Washington Post/);
    });

    it("filters by publisher: the Financial Times carried these claims", async () => {
      const ft = demo.actors.find((actor) => actor.name === "Financial Times")!;
      const expected = demoClaims.filter((claim) => claim.appearances.some((a) => publisherOf.get(a.source) === ft.key));
      const page = await view({ publisher: await actorId("Financial Times") });
      expect(texts(page.rows)).toEqual(texts(expected));
      expect(page.rows.some((row) => row.claimant.name === "U.S. officials")).toBe(true);
    });

    it("filters by several publishers at once (any of them)", async () => {
      const keys = demo.actors.filter((actor) => actor.name === "CNN" || actor.name === "New York Times").map((a) => a.key);
      const expected = demoClaims.filter((claim) => claim.appearances.some((a) => keys.includes(publisherOf.get(a.source) ?? "")));
      const page = await view({ publisher: [await actorId("CNN"), await actorId("New York Times")] });
      expect(texts(page.rows)).toEqual(texts(expected));
      expect(expected.length).toBeGreaterThanOrEqual(2);
    });

    it("filters by source document, claimant, stance and dispute", async () => {
      const source = await t.db.source.findFirstOrThrow({ where: { publisher: { name: "CNN" } } });
      const cnnSourceKey = demo.sources.find((s) => publisherOf.get(s.key) === demo.actors.find((a) => a.name === "CNN")?.key)!.key;
      expect(texts((await view({ source: source.id })).rows)).toEqual(
        texts(demoClaims.filter((claim) => claim.appearances.some((a) => a.source === cnnSourceKey))),
      );

      const ministry = demo.actors.find((actor) => actor.name === "China’s foreign ministry")!;
      expect(texts((await view({ actor: await actorId(ministry.name) })).rows)).toEqual(
        texts(demoClaims.filter((claim) => claim.claimant === ministry.key)),
      );

      expect(texts((await view({ stance: "DENIES,DECLINES_TO_COMMENT" })).rows)).toEqual(
        texts(demoClaims.filter((claim) => claim.stance === "DENIES" || claim.stance === "DECLINES_TO_COMMENT")),
      );

      expect(texts((await view({ dispute: "russia-asked-china-for-military-aid" })).rows)).toEqual(
        texts(demoClaims.filter((claim) => claim.dispute === "russia-asked-china-for-military-aid")),
      );
    });

    it("filters by attribution kind: anonymous sourcing anywhere in the chain", async () => {
      const expected = demoClaims.filter((claim) => claim.appearances.some((a) => a.attribution === "ANONYMOUS_SOURCING"));
      const page = await view({ attribution: "ANONYMOUS_SOURCING" });
      expect(texts(page.rows)).toEqual(texts(expected));
      expect(page.rows.every((row) => row.attributions.includes("ANONYMOUS_SOURCING"))).toBe(true);
    });

    it("matches imprecise dates whose range overlaps the requested range", async () => {
      const from = parseEdtf("2022-03-15");
      const to = parseEdtf("2022-03-20");
      const expected = demoClaims.filter((claim) => claim.madeAt.end >= from.start && claim.madeAt.start <= to.end);
      const page = await view({ from: "2022-03-15", to: "2022-03-20" });
      expect(texts(page.rows)).toEqual(texts(expected));
      // "~14–15 Mar 2022" overlaps; "14 Mar 2022" does not.
      expect(page.rows.some((row) => row.madeAt.precision === "APPROXIMATE")).toBe(true);
      expect(page.rows.some((row) => row.madeAt.precision === "DAY" && row.madeAt.start < from.start)).toBe(false);

      const august = await view({ from: "2021-08-10", to: "2021-08-10" });
      expect(august.rows.map((row) => row.madeAt.precision)).not.toContain("DAY");
      expect(august.total).toBe(demoClaims.filter((claim) => claim.madeAt.start <= parseEdtf("2021-08-10").end && claim.madeAt.end >= parseEdtf("2021-08-10").start).length);
    });

    it("searches text and quotes, and highlights the matches", async () => {
      const page = await view({ q: "disinformation" });
      expect(page.rows.map((row) => row.claimant.name)).toContain("China’s foreign ministry");
      const denial = page.rows.find((row) => row.claimant.name === "China’s foreign ministry")!;
      expect(denial.highlight?.quote).toBe(`malicious ${MARK_START}disinformation${MARK_END}`);
    });

    it("survives search strings full of quotes, backslashes and operators", async () => {
      for (const q of ['"malicious disinformation', "\\'; DROP TABLE \"Claim\"; --", '\\\\"" OR -', "''''", "!!! & | :* <->", "ü\\u0000"]) {
        const { filters } = parseClaimListParams({ q });
        const page = await listClaims(filters, t.db);
        expect(page.total).toBeGreaterThanOrEqual(0);
      }
      expect((await view({ q: '"malicious disinformation"' })).rows.map((row) => row.claimant.name)).toEqual([
        "China’s foreign ministry",
      ]);
      expect(await t.db.claim.count()).toBe(demoClaims.length);
    });

    it("searches source titles and annotation bodies, kept current by the database", async () => {
      const claim = await t.db.claim.findFirstOrThrow({ where: { claimant: { name: "CNN" } } });
      expect((await view({ q: "zanzibarite" })).total).toBe(0);
      const user = await t.db.user.create({ data: { email: `ed-${kind.name}@example.org`, name: "Editor", role: "EDITOR" } });
      const note = await t.db.annotation.create({ data: { claimId: claim.id, authorId: user.id, body: "A zanzibarite note" } });
      expect((await view({ q: "zanzibarite" })).rows.map((row) => row.id)).toEqual([claim.id]);
      await t.db.annotation.delete({ where: { id: note.id } });
      expect((await view({ q: "zanzibarite" })).total).toBe(0);

      const source = await t.db.source.findFirstOrThrow({ where: { publisher: { name: "CNN" } } });
      await t.db.source.update({ where: { id: source.id }, data: { title: `${source.title} quuxlexicon` } });
      expect((await view({ q: "quuxlexicon" })).rows.map((row) => row.id)).toContain(claim.id);
      expect((await view({ q: "Congressional Research Service" })).total).toBeGreaterThan(0);
    });

    it("sorts by claimant and dispute, and pages without overlap", async () => {
      const byClaimant = await view({ sort: "claimant" });
      const names = byClaimant.rows.map((row) => row.claimant.name.toLowerCase());
      expect(names).toEqual([...names].sort());
      expect(names[0]).not.toEqual(names.at(-1));
      const byDispute = await view({ sort: "dispute", dir: "desc" });
      const titles = byDispute.rows.map((row) => row.dispute.title.toLowerCase());
      expect(titles).toEqual([...titles].sort().reverse());

      const first = await listClaims(parseClaimListParams({ size: "25" }).filters, t.db);
      const second = await listClaims(parseClaimListParams({ size: "25", page: "2" }).filters, t.db);
      expect(first.pageCount).toBe(Math.ceil(demoClaims.length / 25));
      expect(first.rows.length + second.rows.length).toBe(demoClaims.length);
      expect(first.rows.some((row) => second.rows.some((other) => other.id === row.id))).toBe(false);
      expect((await listClaims(parseClaimListParams({ page: "50" }).filters, t.db)).rows).toEqual([]);
    });

    it("exports exactly the view as CSV", async () => {
      const params = { publisher: await actorId("Financial Times"), sort: "claimant" };
      const { filters } = parseClaimListParams(params);
      const csv = await new Response(await streamClaimsCsv(filters, "http://claimline.test", { db: t.db })).text();
      const lines = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
      expect(lines[0]).toMatch(/^id,said_edtf,said,claimant,/);
      const ids = lines.slice(1).map((line) => line.split(",")[0]);
      const page = await listClaims({ ...filters, size: 100 }, t.db);
      expect(ids).toEqual(page.rows.map((row) => row.id));
      expect(await countClaims(filters, t.db)).toBe(ids.length);
      expect(csv).toContain("http://claimline.test/claims/");
      // The same origin figures and wording as the pages (docs/origins.md).
      const header = lines[0]!.split(",");
      expect(header).toEqual(expect.arrayContaining(["independent_origins", "origin_outlets", "relays", "origins_summary"]));
      expect(csv).toContain(",1,3,1,1 independent origin carried by 3 outlets (+ 1 relay),");
      // Every outlet, readable sourcing, and the denial with its gap and link.
      const us = lines.find((line) => line.includes(",U.S. officials,"))!;
      expect(us).toContain("Financial Times; New York Times; Washington Post; TIME");
      expect(us).toContain("Anonymous sourcing");
      expect(us).toMatch(/(Anonymous sourcing; Relayed|Relayed; Anonymous sourcing)/);
      expect(us).toMatch(/China’s foreign ministry denies it \(same day\) http:\/\/claimline\.test\/claims\/c[a-z0-9]+/);
    });

    it("exports whole views in keyset batches, in exactly the view's order", async () => {
      const exportIds = async (params: SearchParamsInput) => {
        const { filters } = parseClaimListParams(params);
        const csv = await new Response(await streamClaimsCsv(filters, "http://claimline.test", { db: t.db, batchSize: 3 })).text();
        return csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean).slice(1).map((line) => line.split(",")[0]);
      };
      const publishers = [await actorId("CNN"), await actorId("New York Times"), await actorId("Financial Times")];
      const views: SearchParamsInput[] = [
        {},
        { dir: "asc" },
        { sort: "claimant" },
        { sort: "claimant", dir: "desc" },
        { sort: "dispute" },
        { sort: "dispute", dir: "desc", stance: "DENIES" },
        { publisher: publishers[2] },
        { publisher: publishers[2], from: "2021", dir: "asc" },
        { publisher: publishers },
        { publisher: publishers, dir: "asc", attribution: "ANONYMOUS_SOURCING" },
        { q: "disinformation" },
        { q: "disinformation", sort: "date" },
      ];
      for (const params of views) {
        const expected = (await view(params)).rows.map((row) => row.id);
        expect(await exportIds(params), JSON.stringify(params)).toEqual(expected);
      }
      expect((await exportIds({})).length).toBe(demoClaims.length);
    });

    it("ends an export that fails part-way with an error line, never a silently cut file", async () => {
      let calls = 0;
      const failing = new Proxy(t.db, {
        get(target, property, receiver) {
          if (property === "$queryRaw") {
            return (...args: Parameters<typeof target.$queryRaw>) => {
              calls += 1;
              if (calls > 3) return Promise.reject(new Error("connection lost"));
              return target.$queryRaw(...args);
            };
          }
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      const errors: unknown[] = [];
      const { filters } = parseClaimListParams({});
      const stream = await streamClaimsCsv(filters, "http://claimline.test", { db: failing, batchSize: 2, onError: (error) => errors.push(error) });
      const lines = (await new Response(stream).text()).split("\r\n").filter(Boolean);
      expect(lines.at(-1)).toBe(CSV_FAILED_LINE);
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.length).toBeLessThan(demoClaims.length);
      expect(errors).toHaveLength(1);
    });

    it("keeps sort keys and per-actor counts current through the database triggers", async () => {
      const statsDrift = async () => {
        const [row] = await t.db.$queryRaw<{ wrong: number }[]>`
          WITH expected AS (
            SELECT a."id", (SELECT count(*) FROM "Claim" c WHERE c."claimantId" = a."id")::int AS claims,
                   (SELECT count(*) FROM "Source" s WHERE s."publisherId" = a."id")::int AS sources
            FROM "Actor" a)
          SELECT count(*)::int AS wrong FROM expected e LEFT JOIN "ActorStats" st ON st."actorId" = e."id"
          WHERE coalesce(st."claims", 0) <> e.claims OR coalesce(st."sources", 0) <> e.sources`;
        const [keys] = await t.db.$queryRaw<{ wrong: number }[]>`
          SELECT count(*)::int AS wrong FROM "Claim" c JOIN "Actor" a ON a."id" = c."claimantId" JOIN "Dispute" d ON d."id" = c."disputeId"
          WHERE c."claimantSortKey" <> lower(a."name") OR c."disputeSortKey" <> lower(d."title")`;
        const [kinds] = await t.db.$queryRaw<{ wrong: number }[]>`
          SELECT count(*)::int AS wrong FROM "Claim" c
          WHERE c."attributions" IS DISTINCT FROM coalesce((SELECT array_agg(DISTINCT a."attribution" ORDER BY a."attribution")
                                                             FROM "Appearance" a WHERE a."claimId" = c."id"), ARRAY[]::"AttributionKind"[])`;
        return { stats: row?.wrong, keys: (keys?.wrong ?? 0) + (kinds?.wrong ?? 0) };
      };
      expect(await statsDrift()).toEqual({ stats: 0, keys: 0 });
      const claim = await t.db.claim.findFirstOrThrow({ where: { claimant: { name: "CNN" } } });
      const speaker = await t.db.actor.create({ data: { name: "Aardvark Ministry", kind: "GOVERNMENT_BODY" } });
      const copy = await t.db.claim.create({
        data: {
          disputeId: claim.disputeId,
          claimantId: speaker.id,
          stance: "DENIES",
          text: "A claim to sort first",
          madeAtStart: claim.madeAtStart,
          madeAtEnd: claim.madeAtEnd,
          madeAtPrecision: claim.madeAtPrecision,
        },
      });
      expect((await view({ sort: "claimant" })).rows[0]?.id).toBe(copy.id);
      const options = await listClaimFilterOptions(parseClaimListParams({}).filters);
      expect(options.actors.map((option) => option.value)).toContain(speaker.id);
      // Renaming the claimant moves its claims in the claimant order.
      await t.db.actor.update({ where: { id: speaker.id }, data: { name: "Zzyzx Ministry" } });
      expect((await view({ sort: "claimant", dir: "desc" })).rows[0]?.id).toBe(copy.id);
      // An appearance's attribution kind shows on its claim (the attribution filter reads it).
      const source = await t.db.source.findFirstOrThrow();
      const appearance = await t.db.appearance.create({
        data: { claimId: copy.id, sourceId: source.id, reportedStart: claim.madeAtStart, reportedEnd: claim.madeAtEnd, reportedPrecision: claim.madeAtPrecision, attribution: "DOCUMENT" },
      });
      expect((await view({ attribution: "DOCUMENT", actor: speaker.id })).rows.map((row) => row.id)).toEqual([copy.id]);
      await t.db.appearance.update({ where: { id: appearance.id }, data: { attribution: "PARAPHRASE" } });
      expect((await view({ attribution: "DOCUMENT", actor: speaker.id })).rows).toEqual([]);
      expect(await statsDrift()).toEqual({ stats: 0, keys: 0 });
      await t.db.appearance.delete({ where: { id: appearance.id } });
      expect(await statsDrift()).toEqual({ stats: 0, keys: 0 });
      // Moving the claim to another claimant moves its count.
      await t.db.claim.update({ where: { id: copy.id }, data: { claimantId: claim.claimantId } });
      expect(await t.db.actorStats.findUnique({ where: { actorId: speaker.id } })).toMatchObject({ claims: 0 });
      const outlet = await t.db.actor.create({ data: { name: "Stats Gazette", kind: "MEDIA_OUTLET" } });
      const story = await t.db.source.create({ data: { title: "Stats story", kind: "NEWS_ARTICLE", publisherId: outlet.id } });
      expect((await listClaimFilterOptions(parseClaimListParams({}).filters)).publishers.map((option) => option.value)).toContain(outlet.id);
      expect(await statsDrift()).toEqual({ stats: 0, keys: 0 });
      await t.db.source.update({ where: { id: story.id }, data: { publisherId: speaker.id } });
      expect(await statsDrift()).toEqual({ stats: 0, keys: 0 });
      // Deleting a publisher nulls its sources' publisher and drops its counts.
      await t.db.actor.delete({ where: { id: speaker.id } });
      expect(await statsDrift()).toEqual({ stats: 0, keys: 0 });
      await t.db.source.delete({ where: { id: story.id } });
      await t.db.claim.delete({ where: { id: copy.id } });
      await t.db.actor.delete({ where: { id: outlet.id } });
      expect(await statsDrift()).toEqual({ stats: 0, keys: 0 });
      const dispute = await t.db.dispute.findUniqueOrThrow({ where: { id: claim.disputeId } });
      await t.db.dispute.update({ where: { id: dispute.id }, data: { title: `Zz ${dispute.title}` } });
      expect(await statsDrift()).toEqual({ stats: 0, keys: 0 });
      await t.db.dispute.update({ where: { id: dispute.id }, data: { title: dispute.title } });
    });

    it("keeps the claim–publisher set in sync through the database triggers", async () => {
      const underPublisher = async (publisherId: string) => (await view({ publisher: publisherId })).rows.map((row) => row.id);
      const stored = async (claimId: string) =>
        (await t.db.claimPublisher.findMany({ where: { claimId }, orderBy: { publisherId: "asc" } })).map((row) => ({
          publisherId: row.publisherId,
          start: row.madeAtStart.toISOString().slice(0, 10),
        }));
      const gazette = await t.db.actor.create({ data: { name: "Trigger Gazette", kind: "MEDIA_OUTLET" } });
      const courier = await t.db.actor.create({ data: { name: "Trigger Courier", kind: "MEDIA_OUTLET" } });
      const [first, second] = await Promise.all(
        ["one", "two"].map((n) => t.db.source.create({ data: { title: `Gazette story ${n}`, kind: "NEWS_ARTICLE", publisherId: gazette.id } })),
      );
      const claim = await t.db.claim.findFirstOrThrow({ where: { claimant: { name: "CNN" } }, include: { appearances: true } });
      const before = await stored(claim.id);
      expect(before.length).toBeGreaterThan(0);
      const appear = (sourceId: string) =>
        t.db.appearance.create({
          data: {
            claimId: claim.id,
            sourceId,
            reportedStart: claim.madeAtStart,
            reportedEnd: claim.madeAtEnd,
            reportedPrecision: claim.madeAtPrecision,
            attribution: "PARAPHRASE",
          },
        });

      // An appearance in another publisher's source puts the claim under that publisher…
      expect(await underPublisher(gazette.id)).toEqual([]);
      const inFirst = await appear(first!.id);
      expect(await underPublisher(gazette.id)).toEqual([claim.id]);
      // …and deleting it takes it out again; the claim's other publishers are untouched.
      await t.db.appearance.delete({ where: { id: inFirst.id } });
      expect(await underPublisher(gazette.id)).toEqual([]);
      expect(await stored(claim.id)).toEqual(before);

      // Two appearances in one publisher: deleting one keeps the claim there.
      const one = await appear(first!.id);
      const two = await appear(second!.id);
      await t.db.appearance.delete({ where: { id: one.id } });
      expect(await underPublisher(gazette.id)).toEqual([claim.id]);

      // A source changing publisher moves its claims.
      await t.db.source.update({ where: { id: second!.id }, data: { publisherId: courier.id } });
      expect(await underPublisher(gazette.id)).toEqual([]);
      expect(await underPublisher(courier.id)).toEqual([claim.id]);

      // Moving the appearance to another claim moves the pair; the claim's dates follow edits.
      const other = await t.db.claim.findFirstOrThrow({ where: { id: { not: claim.id } } });
      await t.db.appearance.update({ where: { id: two.id }, data: { claimId: other.id } });
      expect(await underPublisher(courier.id)).toEqual([other.id]);
      await t.db.claim.update({ where: { id: other.id }, data: { madeAtStart: new Date("2001-02-03"), madeAtEnd: new Date("2001-02-03") } });
      expect((await stored(other.id)).find((row) => row.publisherId === courier.id)?.start).toBe("2001-02-03");
      // …and so does its stance (a publisher × stance view reads the copy).
      const otherStance = other.stance === "DENIES" ? "AFFIRMS" : "DENIES";
      await t.db.claim.update({ where: { id: other.id }, data: { stance: otherStance } });
      expect((await view({ publisher: courier.id, stance: otherStance })).rows.map((row) => row.id)).toEqual([other.id]);
      await t.db.claim.update({ where: { id: other.id }, data: { madeAtStart: other.madeAtStart, madeAtEnd: other.madeAtEnd, stance: other.stance } });

      // Deleting the publisher (its sources' publisherId becomes NULL) empties its set.
      await t.db.actor.delete({ where: { id: courier.id } });
      expect(await t.db.claimPublisher.count({ where: { publisherId: courier.id } })).toBe(0);

      await t.db.appearance.delete({ where: { id: two.id } });
      await t.db.source.deleteMany({ where: { id: { in: [first!.id, second!.id] } } });
      await t.db.actor.delete({ where: { id: gazette.id } });
      expect(await stored(claim.id)).toEqual(before);
      // The whole table still equals its definition.
      const [drift] = await t.db.$queryRaw<{ missing: number; extra: number }[]>`
        WITH expected AS (
          SELECT DISTINCT s."publisherId", a."claimId", c."madeAtStart", c."madeAtEnd", c."stance"
          FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId" JOIN "Claim" c ON c."id" = a."claimId"
          WHERE s."publisherId" IS NOT NULL)
        SELECT (SELECT count(*)::int FROM (SELECT * FROM expected EXCEPT SELECT "publisherId", "claimId", "madeAtStart", "madeAtEnd", "stance" FROM "ClaimPublisher") m) AS missing,
               (SELECT count(*)::int FROM (SELECT "publisherId", "claimId", "madeAtStart", "madeAtEnd", "stance" FROM "ClaimPublisher" EXCEPT SELECT * FROM expected) e) AS extra`;
      expect(drift).toEqual({ missing: 0, extra: 0 });
    });

    it("pages a several-publisher view by date without repeating claims", async () => {
      const publishers = [await actorId("CNN"), await actorId("New York Times"), await actorId("Financial Times")];
      const all = await view({ publisher: publishers, dir: "asc" });
      const starts = all.rows.map((row) => row.madeAt.start.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(new Set(all.rows.map((row) => row.id)).size).toBe(all.rows.length);
      expect(all.total).toBe(all.rows.length);
      const { filters } = parseClaimListParams({ publisher: publishers, dir: "asc" });
      const paged: string[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 3); page++) {
        paged.push(...(await listClaims({ ...filters, size: 3, page }, t.db)).rows.map((row) => row.id));
      }
      expect(paged).toEqual(all.rows.map((row) => row.id));
    });
  });
}
