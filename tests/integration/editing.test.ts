import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { useDb } from "@/lib/db";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";
import { callAction } from "./support/next-server";
import { createCallers, type Caller } from "./support/users";

vi.mock("next/headers", async () => (await import("./support/next-server")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/next-server")).nextCache);
vi.mock("next/navigation", async () => (await import("./support/next-server")).nextNavigation);
vi.mock("@/lib/auth/session", async () => (await import("./support/next-server")).session);

const { createDisputeAction, updateDisputeAction } = await import("@/lib/disputes/actions");
const { createSourceAction, updateSourceAction } = await import("@/lib/sources/actions");
const { listRecordHistory } = await import("@/lib/audit/data");
const { disputeValues, disputeEditSelect } = await import("@/lib/disputes/mutations");
const { createClaimAction, setClaimStatusAction } = await import("@/lib/claims/actions");
const { createAppearanceAction, updateAppearanceAction } = await import("@/lib/appearances/actions");
const { createLinkAction } = await import("@/lib/links/actions");
const { deleteRecordAction } = await import("@/lib/records/actions");
const { makeAppearance, makeClaim, makeDispute, makeSource } = await import("./support/action-fixtures");
const { revertChangeSetAction } = await import("@/lib/audit/actions");
const { mergeActorsAction, mergeSourcesAction } = await import("@/lib/records/actions");
const { findRedirect } = await import("@/lib/records/redirects");

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(`editing records on ${title}`, () => {
    let t: TestDatabase;
    let users: Record<Caller, CurrentUser | null>;

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      users = await createCallers(t.db);
    });

    afterAll(async () => {
      await t?.dispose();
    });

    async function loadDispute(slug: string) {
      const row = await t.db.dispute.findUniqueOrThrow({ where: { slug }, select: disputeEditSelect });
      return { id: row.id, version: row.version, values: disputeValues(row) };
    }

    it("merges saves of different fields, and tells the second editor what was kept", async () => {
      const created = await callAction(createDisputeAction, { title: "Merge test dispute", proposition: "P.", status: "OPEN" }, users.editor);
      expect(created).toMatchObject({ ok: true, redirect: "/disputes/merge-test-dispute?created=1" });
      const loaded = await loadDispute("merge-test-dispute");

      const first = await callAction(
        updateDisputeAction,
        { ...loaded.values, id: loaded.id, version: loaded.version, base: JSON.stringify(loaded.values), title: "Merged title" },
        users.editor,
      );
      expect(first).toMatchObject({ ok: true, data: { version: 2, merged: null } });

      const second = await callAction(
        updateDisputeAction,
        { ...loaded.values, id: loaded.id, version: loaded.version, base: JSON.stringify(loaded.values), summary: "Added later", changeSummary: "context" },
        users.otherEditor,
      );
      expect(second).toMatchObject({
        ok: true,
        data: { version: 3, merged: { by: users.editor?.name, theirFields: ["Title"] }, values: { title: "Merged title", summary: "Added later" } },
      });
      const stored = await loadDispute("merge-test-dispute");
      expect(stored.values).toMatchObject({ title: "Merged title", summary: "Added later" });
      expect(stored.version).toBe(3);

      const history = await listRecordHistory(`Dispute:${loaded.id}`);
      expect(history.changeSets.map((changeSet) => [changeSet.user?.name, changeSet.action, changeSet.summary])).toEqual([
        [users.otherEditor?.name, "dispute.update", "context"],
        [users.editor?.name, "dispute.update", null],
        [users.editor?.name, "dispute.create", null],
      ]);
      expect(history.changeSets[0]?.entries[0]).toMatchObject({ before: { summary: "" }, after: { summary: "Added later", version: "3" } });
    });

    it("refuses a save of a field someone else changed meanwhile, showing base, theirs and yours", async () => {
      await callAction(createDisputeAction, { title: "Conflict test dispute", proposition: "P.", status: "OPEN" }, users.editor);
      const loaded = await loadDispute("conflict-test-dispute");
      const base = JSON.stringify(loaded.values);
      await callAction(updateDisputeAction, { ...loaded.values, id: loaded.id, version: 1, base, proposition: "Theirs." }, users.editor);
      const mine = await callAction(
        updateDisputeAction,
        { ...loaded.values, id: loaded.id, version: 1, base, proposition: "Mine.", summary: "Also mine" },
        users.otherEditor,
      );
      expect(mine).toMatchObject({ ok: false, code: "CONFLICT" });
      const { conflict } = mine as unknown as { conflict: { version: number; fields: unknown[]; values: Record<string, string>; current: Record<string, string> } };
      expect(conflict.version).toBe(2);
      expect(conflict.fields).toEqual([{ field: "proposition", label: "Proposition", base: "P.", theirs: "Theirs.", yours: "Mine.", by: users.editor?.name }]);
      expect(conflict.values).toMatchObject({ proposition: "Mine.", summary: "Also mine" });
      expect(conflict.current).toMatchObject({ proposition: "Theirs.", summary: "" });
      // Nothing was saved: the stored record is theirs.
      expect((await loadDispute("conflict-test-dispute")).values.proposition).toBe("Theirs.");

      // Resolving: save against the version and base the conflict gave.
      const resolved = await callAction(
        updateDisputeAction,
        { ...conflict.values, id: loaded.id, version: conflict.version, base: JSON.stringify(conflict.current), proposition: "Resolved." },
        users.otherEditor,
      );
      expect(resolved).toMatchObject({ ok: true, data: { version: 3, values: { proposition: "Resolved.", summary: "Also mine" } } });
    });

    /** The database's own message, wherever the driver adapter put it. */
    async function refusal(statement: string): Promise<string> {
      try {
        await t.db.$executeRawUnsafe(statement);
        return "accepted";
      } catch (error) {
        return `${error instanceof Error ? error.message : ""} ${JSON.stringify(error)}`;
      }
    }

    it("keeps the history append-only in the database", async () => {
      expect(await refusal(`DELETE FROM "AuditEntry"`)).toMatch(/append-only/);
      expect(await refusal(`UPDATE "AuditEntry" SET "entity" = 'x'`)).toMatch(/append-only/);
      expect(await refusal(`DELETE FROM "ChangeSet"`)).toMatch(/append-only/);
      expect(await refusal(`TRUNCATE "AuditEntry" CASCADE`)).toMatch(/append-only/);
      expect(await t.db.auditEntry.count()).toBeGreaterThan(0);
    });

    it("warns about a source whose address another source has (normalised), and saves it when told to", async () => {
      const first = await callAction(createSourceAction, { title: "Original report", kind: "NEWS_ARTICLE", url: "http://example.org/world/report/", published: "mid-March 2022" }, users.editor);
      expect(first.ok).toBe(true);
      const original = await t.db.source.findFirstOrThrow({ where: { title: "Original report" } });
      expect([original.publishedStart?.toISOString().slice(0, 10), original.publishedEnd?.toISOString().slice(0, 10), original.publishedPrecision]).toEqual([
        "2022-03-11",
        "2022-03-20",
        "APPROXIMATE",
      ]);
      const duplicate = { title: "Same report again", kind: "NEWS_ARTICLE", url: "https://www.example.org/world/report?utm_source=twitter&fbclid=abc" };
      const refused = await callAction(createSourceAction, duplicate, users.editor);
      expect(refused).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { url: [expect.stringContaining("Original report")] } });
      expect(await t.db.source.count({ where: { title: "Same report again" } })).toBe(0);
      const different = await callAction(createSourceAction, { ...duplicate, url: "https://example.org/world/report?page=2" }, users.editor);
      expect(different.ok).toBe(true);
      const anyway = await callAction(createSourceAction, { ...duplicate, allowDuplicateUrl: "on" }, users.editor);
      expect(anyway.ok).toBe(true);

      // Editing another source to the same address is refused the same way.
      const other = await t.db.source.findFirstOrThrow({ where: { url: "https://example.org/world/report?page=2" } });
      const edit = await callAction(
        updateSourceAction,
        { id: other.id, version: other.version, title: other.title, kind: other.kind, url: "https://example.org/world/report" },
        users.editor,
      );
      expect(edit).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { url: [expect.stringContaining("already recorded")] } });
    });

    it("normalises addresses for the duplicate check in the database", async () => {
      const key = async (url: string) => (await t.db.$queryRaw<{ key: string | null }[]>`SELECT claimline_url_key(${url}) AS "key"`)[0]?.key;
      const same = [
        "https://www.ft.com/content/abc",
        "http://ft.com/content/abc/",
        "https://FT.com:443/content/abc?utm_source=twitter&utm_medium=social",
        "https://ft.com/content/abc?fbclid=x#comments",
        "//www.ft.com/content/abc",
      ];
      const keys = await Promise.all(same.map(key));
      expect(new Set(keys)).toEqual(new Set(["ft.com/content/abc"]));
      expect(await key("https://ft.com/content/ABC")).toBe("ft.com/content/ABC");
      expect(await key("https://ft.com/search?q=b&page=2&utm_campaign=x")).toBe("ft.com/search?page=2&q=b");
      expect(await key("")).toBeNull();
    });

    it("refuses bad input field by field, never with an internal error", async () => {
      const result = await callAction(
        createSourceAction,
        { title: "", kind: "NOT_A_KIND", url: "javascript:alert(1)", published: "the day after", publisherId: "Nobody at all" },
        users.editor,
      );
      expect(result).toMatchObject({ ok: false, code: "INVALID" });
      expect(Object.keys((result as { fieldErrors: Record<string, unknown> }).fieldErrors).sort()).toEqual(["kind", "published", "title", "url"]);
      const unknownPublisher = await callAction(createSourceAction, { title: "A title", kind: "REPORT", publisherId: "Nobody at all" }, users.editor);
      expect(unknownPublisher).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { publisherId: [expect.stringContaining("No actor is called")] } });
    });

    it("keeps provenance chains inside one claim and free of loops, in the form and in the database", async () => {
      const claim = await makeClaim(t.db, "via-a");
      const other = await makeClaim(t.db, "via-b");
      const root = await makeAppearance(t.db, claim.id, "via-root");
      const relay = await makeAppearance(t.db, claim.id, "via-relay", root.id);
      const foreign = await makeAppearance(t.db, other.id, "via-foreign");

      const crossClaim = await callAction(
        createAppearanceAction,
        { claimId: claim.id, sourceId: foreign.sourceId, reportedAt: "2022-03-16", attribution: "RELAYED", viaId: foreign.id },
        users.editor,
      );
      expect(crossClaim).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { viaId: [expect.stringContaining("same claim")] } });

      const loop = await callAction(
        updateAppearanceAction,
        { id: root.id, version: 1, sourceId: root.sourceId, reportedAt: "2022-03-15", attribution: "PARAPHRASE", viaId: relay.id },
        users.editor,
      );
      expect(loop).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { viaId: [expect.stringContaining("loop")] } });

      // The database refuses the same, whatever writes the rows.
      expect(await refusal(`UPDATE "Appearance" SET "viaId" = '${relay.id}' WHERE "id" = '${root.id}'`)).toMatch(/Appearance_via_acyclic|loop/);
      expect(await refusal(`UPDATE "Appearance" SET "viaId" = '${foreign.id}' WHERE "id" = '${relay.id}'`)).toMatch(/Appearance_via_same_claim_fkey|foreign key/);
      expect(await refusal(`UPDATE "Appearance" SET "viaId" = "id" WHERE "id" = '${root.id}'`)).toMatch(/Appearance_not_via_itself|loop|check/);
      expect(await t.db.appearance.findUniqueOrThrow({ where: { id: root.id }, select: { viaId: true } })).toEqual({ viaId: null });
    });

    it("creates a claim with a new source and its first appearance in one transaction, or nothing", async () => {
      const dispute = await makeDispute(t.db, "one-tx");
      const claimant = await t.db.actor.create({ data: { name: "One-tx official", kind: "ANONYMOUS_GROUP" } });
      const base = { disputeId: dispute.slug, claimantId: "One-tx official", stance: "AFFIRMS", text: "One transaction claim", madeAt: "14 Mar 2022" };
      const broken = await callAction(createClaimAction, { ...base, "newSource.title": "One-tx report", "newSource.kind": "NOT_A_KIND" }, users.editor);
      expect(broken).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { "newSource.kind": [expect.any(String)] } });
      expect(await t.db.claim.count({ where: { text: "One transaction claim" } })).toBe(0);

      const saved = await callAction(
        createClaimAction,
        { ...base, "newSource.title": "One-tx report", "newSource.kind": "NEWS_ARTICLE", "appearance.attribution": "ANONYMOUS_SOURCING", "appearance.attributionPhrase": "officials told the paper" },
        users.editor,
      );
      expect(saved).toMatchObject({ ok: true, redirect: expect.stringMatching(/^\/claims\/c/) });
      const claim = await t.db.claim.findFirstOrThrow({
        where: { text: "One transaction claim" },
        select: { claimantId: true, madeAtPrecision: true, appearances: { select: { attribution: true, attributionPhrase: true, reportedStart: true, source: { select: { title: true } } } } },
      });
      expect(claim.claimantId).toBe(claimant.id);
      expect(claim.appearances).toEqual([
        { attribution: "ANONYMOUS_SOURCING", attributionPhrase: "officials told the paper", reportedStart: new Date("2022-03-14"), source: { title: "One-tx report" } },
      ]);
      const changeSet = await t.db.changeSet.findFirstOrThrow({ where: { action: "claim.create" }, orderBy: { at: "desc" }, select: { entries: { select: { entity: true } } } });
      expect(changeSet.entries.map((entry) => entry.entity).sort()).toEqual(["Appearance", "Claim", "Source"]);
    });

    it("refuses self-links, asks a reason to retract, and deletes only what nothing points to", async () => {
      const claim = await makeClaim(t.db, "self-link");
      const self = await callAction(createLinkAction, { claimId: claim.id, otherId: claim.id, direction: "from", kind: "DENIES" }, users.editor);
      expect(self).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { toId: [expect.stringContaining("itself")] } });
      expect(await refusal(`INSERT INTO "ClaimLink" ("id", "fromId", "toId", "kind", "updatedAt") VALUES ('cl1', '${claim.id}', '${claim.id}', 'DENIES', now())`)).toMatch(/ClaimLink_not_to_itself|check/);

      const noReason = await callAction(setClaimStatusAction, { id: claim.id, version: 1, status: "RETRACTED" }, users.editor);
      expect(noReason).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { reason: [expect.any(String)] } });
      const retracted = await callAction(setClaimStatusAction, { id: claim.id, version: 1, status: "RETRACTED", reason: "The ministry withdrew it." }, users.editor);
      expect(retracted.ok).toBe(true);
      expect(await t.db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, statusReason: true } })).toEqual({ status: "RETRACTED", statusReason: "The ministry withdrew it." });

      const dispute = await t.db.dispute.findUniqueOrThrow({ where: { id: claim.disputeId } });
      const refused = await callAction(deleteRecordAction, { entity: "Dispute", id: dispute.id, changeSummary: "cleanup" }, users.admin);
      expect(refused).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("1 claim") });
      expect(await callAction(deleteRecordAction, { entity: "Claim", id: claim.id, changeSummary: "duplicate" }, users.admin)).toMatchObject({ ok: true });
      expect(await callAction(deleteRecordAction, { entity: "Dispute", id: dispute.id, changeSummary: "cleanup" }, users.admin)).toMatchObject({ ok: true });
      const history = await listRecordHistory(`Claim:${claim.id}`);
      expect(history.changeSets[0]).toMatchObject({ action: "record.delete", summary: "duplicate", entries: [{ action: "DELETE", before: { text: claim.text } }] });
    });

    it("reverts a change as a new change, and refuses when the field changed again", async () => {
      await callAction(createDisputeAction, { title: "Revert test dispute", proposition: "P.", status: "OPEN" }, users.editor);
      const loaded = await loadDispute("revert-test-dispute");
      await callAction(updateDisputeAction, { ...loaded.values, id: loaded.id, version: 1, title: "Vandalised" }, users.otherEditor);
      const vandalism = await t.db.changeSet.findFirstOrThrow({ where: { action: "dispute.update", userId: users.otherEditor?.id }, orderBy: { at: "desc" } });
      expect(await callAction(revertChangeSetAction, { id: vandalism.id, changeSummary: "vandalism" }, users.editor)).toMatchObject({ ok: true });
      expect((await loadDispute("revert-test-dispute")).values.title).toBe("Revert test dispute");
      const revert = await t.db.changeSet.findFirstOrThrow({ where: { revertOfId: vandalism.id } });
      expect(revert).toMatchObject({ action: "changeSet.revert", summary: "vandalism", userId: users.editor?.id });
      expect(await callAction(revertChangeSetAction, { id: vandalism.id }, users.editor)).toMatchObject({ ok: false, code: "INVALID" });

      // A change whose field was changed again since cannot be reverted blindly.
      const again = await loadDispute("revert-test-dispute");
      await callAction(updateDisputeAction, { ...again.values, id: again.id, version: again.version, summary: "First" }, users.editor);
      const first = await t.db.changeSet.findFirstOrThrow({ where: { action: "dispute.update" }, orderBy: { at: "desc" } });
      const later = await loadDispute("revert-test-dispute");
      await callAction(updateDisputeAction, { ...later.values, id: later.id, version: later.version, summary: "Second" }, users.editor);
      expect(await callAction(revertChangeSetAction, { id: first.id }, users.editor)).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("summary") });
      expect((await loadDispute("revert-test-dispute")).values.summary).toBe("Second");
    });

    it("reverts the creation of a claim with its new source and appearance", async () => {
      const dispute = await makeDispute(t.db, "revert-create");
      await t.db.actor.create({ data: { name: "Revert-create speaker", kind: "PERSON" } });
      await callAction(
        createClaimAction,
        { disputeId: dispute.id, claimantId: "Revert-create speaker", stance: "DENIES", text: "Revert-create claim", madeAt: "2022", "newSource.title": "Revert-create source", "newSource.kind": "REPORT" },
        users.editor,
      );
      const created = await t.db.changeSet.findFirstOrThrow({ where: { action: "claim.create" }, orderBy: { at: "desc" } });
      expect(await callAction(revertChangeSetAction, { id: created.id }, users.otherEditor)).toMatchObject({ ok: true });
      expect(await t.db.claim.count({ where: { text: "Revert-create claim" } })).toBe(0);
      expect(await t.db.source.count({ where: { title: "Revert-create source" } })).toBe(0);
    });

    it("merges a duplicate actor and source: references move, the old address redirects, History says so", async () => {
      const claim = await makeClaim(t.db, "merge-dup");
      const keep = await t.db.actor.create({ data: { name: "Kept actor", kind: "PERSON" } });
      const merged = await callAction(mergeActorsAction, { id: claim.claimantId, intoId: keep.id }, users.admin);
      expect(merged).toMatchObject({ ok: true, redirect: `/actors/${keep.id}` });
      expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).claimantId).toBe(keep.id);
      expect(await findRedirect("Actor", claim.claimantId)).toBe(keep.id);
      const history = await listRecordHistory(`Actor:${keep.id}`);
      expect(history.changeSets[0]?.entries[0]).toMatchObject({ action: "MERGE", entityId: claim.claimantId, after: { mergedInto: keep.id, claimsMoved: "1" } });
      expect(await callAction(mergeActorsAction, { id: keep.id, intoId: keep.id }, users.admin)).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { intoId: [expect.any(String)] } });

      const appearance = await makeAppearance(t.db, claim.id, "merge-src");
      const keptSource = await makeSource(t.db, "merge-src-kept");
      expect(await callAction(mergeSourcesAction, { id: appearance.sourceId, intoId: keptSource }, users.admin)).toMatchObject({ ok: true });
      expect((await t.db.appearance.findUniqueOrThrow({ where: { id: appearance.id } })).sourceId).toBe(keptSource);
      expect(await findRedirect("Source", appearance.sourceId)).toBe(keptSource);
    });
  });
}
