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
  });
}
