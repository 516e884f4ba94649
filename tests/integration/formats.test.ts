import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamActorsCsv, ACTOR_CSV_HEADER } from "@/lib/actors/csv";
import { listActorSummaries } from "@/lib/actors/data";
import { getClaimDetail } from "@/lib/claims/data";
import { toProvDocument, toSchemaOrgClaim } from "@/lib/claims/jsonld";
import { ACTIVITY_CSV_HEADER, streamActivityCsv } from "@/lib/audit/activity-csv";
import { useDb } from "@/lib/db";
import { DISPUTE_CSV_HEADER, streamDisputesCsv } from "@/lib/disputes/csv";
import { listDisputeSummaries } from "@/lib/disputes/data";
import { readSeedFile, seedIfEmpty } from "@/lib/seed/load";
import type { SeedDataSet } from "@/lib/seed/schema";
import { SOURCE_CSV_HEADER, streamSourcesCsv } from "@/lib/sources/csv";
import { listSourceSummaries } from "@/lib/sources/data";
import { parseCsv } from "@/tests/support/csv-parse";
import { toNQuads } from "@/tests/support/jsonld-processor";
import { provDocumentSchema, schemaOrgClaimSchema } from "@/tests/support/jsonld-terms";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";
import { createCallers } from "./support/users";

const demo: SeedDataSet = await readSeedFile();
const BASE = "https://claimline.example.org";

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(`standard formats of the demo data on ${title}`, () => {
    let t: TestDatabase;
    let usClaimId: string;

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      expect(await seedIfEmpty(t.db, demo)).not.toBeNull();
      usClaimId = (
        await t.db.claim.findFirstOrThrow({
          where: { claimant: { name: "U.S. officials" }, dispute: { slug: "russia-asked-china-for-military-aid" } },
          orderBy: { madeAtStart: "asc" },
          select: { id: true },
        })
      ).id;
    });

    afterAll(async () => {
      await t?.dispose();
    });

    it("the U.S. officials claim is a schema.org Claim with its four appearances, the FT first", async () => {
      const claim = await getClaimDetail(usClaimId);
      if (!claim) throw new Error("the demo claim is missing");
      const doc = schemaOrgClaimSchema.parse(toSchemaOrgClaim(claim, BASE));
      expect(doc.author).toMatchObject({ "@type": "Organization", name: "U.S. officials" });
      expect(doc.datePublished).toBe("2022-03-14");
      expect(doc.appearance.map((appearance) => appearance.publisher?.name)).toEqual(
        expect.arrayContaining(["Financial Times", "New York Times", "Washington Post", "TIME"]),
      );
      const first = doc.appearance.find((appearance) => appearance["@id"] === doc.firstAppearance["@id"]);
      expect(first?.publisher?.name).toBe("Financial Times");
      const time = doc.appearance.find((appearance) => appearance.publisher?.name === "TIME");
      expect(time?.isBasedOn).toEqual({ "@id": first?.["@id"] });
    });

    it("its provenance is valid PROV-O: TIME's relay was derived from the FT's report", async () => {
      const claim = await getClaimDetail(usClaimId);
      if (!claim) throw new Error("the demo claim is missing");
      const doc = provDocumentSchema.parse(toProvDocument(claim, BASE));
      const ft = claim.appearances.find((appearance) => appearance.source.publisher?.name === "Financial Times");
      const time = claim.appearances.find((appearance) => appearance.source.publisher?.name === "TIME");
      const node = (iri: string) => doc["@graph"].find((n) => n["@id"] === iri);
      const iri = (appearanceId: string | undefined) => `${BASE}/claims/${usClaimId}#appearance-${appearanceId}`;
      expect(node(iri(time?.id))).toMatchObject({
        "prov:wasDerivedFrom": { "@id": iri(ft?.id) },
        "prov:hadPrimarySource": { "@id": iri(ft?.id) },
        "prov:wasAttributedTo": { "@id": `${BASE}/actors/${time?.source.publisher?.id}` },
      });
      const derived = doc["@graph"].filter((n) => n["prov:wasDerivedFrom"] !== undefined);
      expect(derived).toHaveLength(claim.appearances.length);
    });

    it("every relay in the demo data is a wasDerivedFrom between two appearances", async () => {
      const claims = await t.db.claim.findMany({ where: { appearances: { some: { viaId: { not: null } } } }, select: { id: true } });
      expect(claims.length).toBeGreaterThan(5);
      for (const { id } of claims) {
        const claim = await getClaimDetail(id);
        if (!claim) throw new Error(`claim ${id} is missing`);
        const doc = provDocumentSchema.parse(toProvDocument(claim, BASE));
        const relays = claim.appearances.filter((appearance) => appearance.viaId !== null);
        const derivedFromAppearances = doc["@graph"].filter((n) => n["prov:wasDerivedFrom"]?.["@id"].includes("#appearance-"));
        expect(derivedFromAppearances).toHaveLength(relays.length);
        expect(schemaOrgClaimSchema.safeParse(toSchemaOrgClaim(claim, BASE)).success).toBe(true);
        // And both read by a JSON-LD processor without losing a term.
        await toNQuads(toSchemaOrgClaim(claim, BASE));
        expect(await toNQuads(toProvDocument(claim, BASE))).toContain("<http://www.w3.org/ns/prov#wasDerivedFrom>");
      }
    });

    const read = async (stream: ReadableStream<Uint8Array>) => parseCsv(await new Response(stream).text());

    it("/sources as CSV: every source, in the page's order, read in small pages", async () => {
      const rows = await read(await streamSourcesCsv(BASE, { pageSize: 5 }));
      expect(rows[0]).toEqual(SOURCE_CSV_HEADER);
      const listed = (await listSourceSummaries(1)).items;
      expect(rows.slice(1).map((row) => row[0])).toEqual(listed.map((source) => source.id));
      const ft = rows.find((row) => row[1]?.startsWith("Financial Times report that Russia asked"));
      expect(ft?.slice(4, 8)).toEqual(["Financial Times", expect.stringMatching(/^c[a-z0-9]{24}$/), "2022-03-14", "14 Mar 2022"]);
      expect(ft?.at(-1)).toBe(`${BASE}/sources/${ft?.[0]}`);
    });

    it("/actors as CSV: every actor, in the page's order, with the page's counts", async () => {
      const rows = await read(await streamActorsCsv(BASE, { pageSize: 7 }));
      expect(rows[0]).toEqual(ACTOR_CSV_HEADER);
      const listed = (await listActorSummaries(1)).items;
      expect(rows.slice(1).map((row) => row[0])).toEqual(listed.map((actor) => actor.id));
      expect(rows.slice(1).map((row) => [row[1], row[8], row[9]])).toEqual(
        listed.map((actor) => [actor.name, String(actor.claimCount), String(actor.sourceCount)]),
      );
    });

    it("the disputes list as CSV: every dispute, in the home page's order, with its counts per stance", async () => {
      const rows = await read(await streamDisputesCsv(BASE, { pageSize: 1 }));
      expect(rows[0]).toEqual(DISPUTE_CSV_HEADER);
      const listed = (await listDisputeSummaries(1)).items;
      expect(listed).toHaveLength(demo.disputes.length);
      expect(rows.slice(1).map((row) => [row[0], row[7], row[8]])).toEqual(
        listed.map((dispute) => [dispute.id, String(dispute.claimCount), String(dispute.stanceCounts.AFFIRMS)]),
      );
      expect(rows[1]?.at(-1)).toBe(`${BASE}/disputes/${listed[0]?.slug}`);
    });

    it("/activity as CSV: every change set of the filtered view, newest first, none lost at equal times", async () => {
      const callers = await createCallers(t.db, "-formats");
      const editorId = callers.editor?.id;
      if (!editorId) throw new Error("no editor");
      const claim = await t.db.claim.findFirstOrThrow({ select: { id: true } });
      // Five changes at the same instant: a batch of 2 ends between them.
      const at = new Date("2030-01-01T00:00:00Z");
      for (let i = 0; i < 5; i += 1) {
        await t.db.changeSet.create({
          data: {
            userId: editorId,
            at,
            action: "claim.update",
            summary: i === 0 ? "=cmd, \"quoted\"" : null,
            entries: { create: { userId: editorId, at, entity: "Claim", entityId: claim.id, action: "UPDATE", refs: [`Claim:${claim.id}`] } },
          },
        });
      }
      const all = await t.db.changeSet.findMany({ orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true, userId: true, entries: { select: { entity: true } } } });
      const everything = await read(await streamActivityCsv({}, BASE, { batchSize: 2 }));
      expect(everything[0]).toEqual(ACTIVITY_CSV_HEADER);
      expect(everything.slice(1).map((row) => row[0])).toEqual(all.map((changeSet) => changeSet.id));

      const claimsByEditor = await read(await streamActivityCsv({ editor: editorId, type: "Claim" }, BASE, { batchSize: 2 }));
      const expected = all.filter((changeSet) => changeSet.userId === editorId && changeSet.entries.some((entry) => entry.entity === "Claim"));
      expect(expected).toHaveLength(5);
      expect(claimsByEditor.slice(1).map((row) => row[0])).toEqual(expected.map((changeSet) => changeSet.id));
      expect(claimsByEditor[1]?.slice(1, 7)).toEqual([at.toISOString(), "Test editor-formats", editorId, "claim.update", expect.any(String), `Claim:${claim.id}`]);
      // A summary that looks like a formula is kept as text.
      expect(claimsByEditor.some((row) => row[5] === "'=cmd, \"quoted\"")).toBe(true);
    });
  });
}
