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

const actions = await import("@/lib/annotations/actions");
const { updateClaimAction } = await import("@/lib/claims/actions");
const { claimValues, claimEditSelect } = await import("@/lib/claims/mutations");
const { getClaimAnnotations } = await import("@/lib/annotations/data");
const { findAnchor } = await import("@/lib/annotations/anchor");
const { listRecordHistory } = await import("@/lib/audit/data");
const { makeClaim } = await import("./support/action-fixtures");
const { revertChangeSetAction } = await import("@/lib/audit/actions");
const { listClaims } = await import("@/lib/claims/list");
const { parseClaimListParams, claimListSearch } = await import("@/lib/claims/list-schema");
const annotationRoute = await import("@/app/annotations/[id]/route");
const collectionRoute = await import("@/app/claims/[id]/annotations.jsonld/route");

const W3C_MOTIVATIONS = ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"];

interface Selector {
  type: string;
  value?: string;
  refinedBy?: { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
}

const QUOTE = "China is a threat. We told China so, and China agreed to talk.";

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(`annotations on ${title}`, () => {
    let t: TestDatabase;
    let users: Record<Caller, CurrentUser | null>;
    let counter = 0;

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      users = await createCallers(t.db);
    });

    afterAll(async () => {
      await t?.dispose();
    });

    async function quotedClaim(quote = QUOTE) {
      const claim = await makeClaim(t.db, `ann${++counter}${Date.now().toString(36)}`);
      return t.db.claim.update({ where: { id: claim.id }, data: { quote } });
    }

    async function annotate(claimId: string, input: Record<string, unknown>, user = users.editor) {
      const result = await callAction(actions.createAnnotationAction, { claimId, body: "A note", ...input }, user);
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      const id = /#annotation-(c[a-z0-9]{24})$/.exec(result.redirect ?? "")?.[1];
      if (!id) throw new Error(`no id in ${result.redirect}`);
      return id;
    }

    async function editQuote(claimId: string, quote: string) {
      const row = await t.db.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimEditSelect });
      const values = claimValues(row);
      const result = await callAction(updateClaimAction, { ...values, quote, id: row.id, version: row.version, base: JSON.stringify(values) }, users.otherEditor);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }

    const note = (id: string) => t.db.annotation.findUniqueOrThrow({ where: { id } });

    it("anchors to the chosen occurrence of repeated words, with quote and position selectors", async () => {
      const claim = await quotedClaim();
      const id = await annotate(claim.id, { target: "quote", exact: "China", occurrence: "3", motivation: "QUESTIONING" });
      const row = await note(id);
      expect(row).toMatchObject({
        field: "QUOTE",
        selectorExact: "China",
        selectorPrefix: "a threat. We told China so, and ",
        selectorSuffix: " agreed to talk.",
        positionStart: QUOTE.lastIndexOf("China"),
        positionEnd: QUOTE.lastIndexOf("China") + 5,
        anchoredVersion: claim.version,
        motivation: "QUESTIONING",
      });
      const missing = await callAction(actions.createAnnotationAction, { claimId: claim.id, target: "quote", exact: "China", occurrence: "4", body: "x" }, users.editor);
      expect(missing).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { occurrence: [expect.stringContaining("3 times")] } });
      const absent = await callAction(actions.createAnnotationAction, { claimId: claim.id, target: "text", exact: "China", body: "x" }, users.editor);
      expect(absent).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { exact: [expect.any(String)] } });
    });

    it("a link needs an address or another claim; javascript: addresses are refused", async () => {
      const [claim, other] = [await quotedClaim(), await quotedClaim()];
      expect(await callAction(actions.createAnnotationAction, { claimId: claim.id, motivation: "LINKING", body: "see" }, users.editor)).toMatchObject({ ok: false, fieldErrors: { linkUrl: [expect.any(String)] } });
      expect(await callAction(actions.createAnnotationAction, { claimId: claim.id, motivation: "LINKING", body: "see", linkUrl: "javascript:alert(1)" }, users.editor)).toMatchObject({ ok: false, code: "INVALID" });
      const id = await annotate(claim.id, { motivation: "LINKING", body: "Answered here", linkClaimId: `http://localhost/claims/${other.id}` });
      expect(await note(id)).toMatchObject({ linkClaimId: other.id, field: null });
    });

    it("replies are one level deep, and go with their parent", async () => {
      const claim = await quotedClaim();
      const parent = await annotate(claim.id, { body: "Parent" });
      const reply = await annotate(claim.id, { parentId: parent, body: "Reply" }, users.otherEditor);
      const deeper = await callAction(actions.createAnnotationAction, { claimId: claim.id, parentId: reply, body: "Too deep" }, users.editor);
      expect(deeper).toMatchObject({ ok: false, code: "INVALID" });
      // The database refuses it too, whatever writes the row.
      await expect(t.db.annotation.create({ data: { claimId: claim.id, authorId: users.editor?.id ?? "", parentId: reply, body: "raw" } })).rejects.toThrow(/Annotation_reply_one_level/);
      const threads = await getClaimAnnotations(claim.id);
      expect(threads.map((thread) => [thread.body, thread.replies.map((r) => r.body)])).toEqual([["Parent", ["Reply"]]]);
      expect(await callAction(actions.deleteAnnotationAction, { id: parent }, users.editor)).toMatchObject({ ok: true });
      expect(await t.db.annotation.count({ where: { claimId: claim.id } })).toBe(0);
      const history = await listRecordHistory(`Claim:${claim.id}`);
      expect(history.changeSets[0]?.entries.map((entry) => [entry.entity, entry.action])).toEqual(
        expect.arrayContaining([["Annotation", "DELETE"], ["Annotation", "DELETE"]]),
      );
    });

    it("authors edit their own notes, admins any, other editors none; each change audited", async () => {
      const claim = await quotedClaim();
      const id = await annotate(claim.id, { body: "First words" });
      expect(await callAction(actions.updateAnnotationAction, { id, version: 1, body: "Hijacked" }, users.otherEditor)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await callAction(actions.updateAnnotationAction, { id, version: 1, body: "Second words" }, users.editor)).toMatchObject({ ok: true });
      expect(await callAction(actions.updateAnnotationAction, { id, version: 1, body: "Stale" }, users.editor)).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await callAction(actions.updateAnnotationAction, { id, version: 2, body: "Admin words" }, users.admin)).toMatchObject({ ok: true });
      const history = await listRecordHistory(`Annotation:${id}`);
      expect(history.changeSets.map((changeSet) => [changeSet.action, changeSet.user?.name])).toEqual([
        ["annotation.update", users.admin?.name],
        ["annotation.update", users.editor?.name],
        ["annotation.create", users.editor?.name],
      ]);
      expect(history.changeSets[0]?.entries[0]).toMatchObject({ before: { body: "Second words" }, after: { body: "Admin words" } });
    });

    it("a quote edit moves untouched notes exactly and orphans notes whose words changed", async () => {
      const claim = await quotedClaim();
      const third = await annotate(claim.id, { target: "quote", exact: "China", occurrence: "3" });
      const threat = await annotate(claim.id, { target: "quote", exact: "a threat" });
      const first = await annotate(claim.id, { target: "quote", exact: "China", occurrence: "1" });
      const whole = await annotate(claim.id, { body: "On the whole claim" });
      const edited = "Officially, Beijing is a serious threat. We told China so, and China agreed to talk.";
      await editQuote(claim.id, edited);

      expect(await note(third)).toMatchObject({ orphanedAt: null, positionStart: edited.lastIndexOf("China"), selectorExact: "China", anchoredVersion: claim.version + 1 });
      expect((await note(threat)).orphanedAt).not.toBeNull();
      const orphan = await note(first);
      expect(orphan).toMatchObject({ selectorExact: "China", positionStart: 0 });
      expect(orphan.orphanedAt).not.toBeNull();
      expect(await note(whole)).toMatchObject({ field: null, orphanedAt: null, version: 1 });

      // The history of the claim edit shows the notes it moved and orphaned.
      const history = await listRecordHistory(`Annotation:${third}`);
      expect(history.changeSets[0]).toMatchObject({ action: "claim.update", user: { name: users.otherEditor?.name } });

      // An editor re-attaches the orphan to the words it is about now.
      const reattached = await callAction(actions.reattachAnnotationAction, { id: first, version: orphan.version, target: "quote", exact: "Beijing", occurrence: "1" }, users.otherEditor);
      expect(reattached).toMatchObject({ ok: true });
      expect(await note(first)).toMatchObject({ orphanedAt: null, selectorExact: "Beijing", positionStart: edited.indexOf("Beijing") });

      // A second edit keeps orphans orphaned (never re-matched to look-alikes).
      await editQuote(claim.id, `${edited} Later note.`);
      const stillOrphan = await note(threat);
      expect(stillOrphan.orphanedAt).not.toBeNull();
      const moved = await note(third);
      expect(findAnchor(`${edited} Later note.`, { exact: moved.selectorExact ?? "", prefix: moved.selectorPrefix ?? "", suffix: moved.selectorSuffix ?? "" })?.start).toBe(moved.positionStart);
    });

    it("reverting a claim edit maps its notes back (the notes follow the claim)", async () => {
      const claim = await quotedClaim();
      const id = await annotate(claim.id, { target: "quote", exact: "China", occurrence: "3" });
      await editQuote(claim.id, `Officially, ${QUOTE}`);
      expect((await note(id)).positionStart).toBe(QUOTE.lastIndexOf("China") + 12);
      const history = await listRecordHistory(`Claim:${claim.id}`);
      const edit = history.changeSets.find((changeSet) => changeSet.action === "claim.update");
      expect(await callAction(revertChangeSetAction, { id: edit?.id }, users.editor)).toMatchObject({ ok: true });
      expect(await note(id)).toMatchObject({ positionStart: QUOTE.lastIndexOf("China"), orphanedAt: null });
    });

    it("flags and moderation: kept and hidden decisions are logged; a hidden note keeps a placeholder reason", async () => {
      const claim = await quotedClaim();
      const id = await annotate(claim.id, { body: "Contested note" });
      expect(await callAction(actions.flagAnnotationAction, { id, reason: "Misleading" }, users.viewer)).toMatchObject({ ok: true });
      expect(await callAction(actions.flagAnnotationAction, { id, reason: "Again" }, users.viewer)).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await callAction(actions.moderateAnnotationAction, { id, decision: "keep" }, users.admin)).toMatchObject({ ok: true });
      expect(await t.db.annotationFlag.findFirst({ where: { annotationId: id } })).toMatchObject({ decision: "KEPT", decidedById: users.admin?.id });

      expect(await callAction(actions.flagAnnotationAction, { id, reason: "Still misleading" }, users.viewer)).toMatchObject({ ok: true });
      expect(await callAction(actions.moderateAnnotationAction, { id, decision: "hide" }, users.admin)).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
      expect(await callAction(actions.moderateAnnotationAction, { id, decision: "hide", reason: "Personal attack" }, users.admin)).toMatchObject({ ok: true });
      expect(await note(id)).toMatchObject({ hiddenReason: "Personal attack" });
      const history = await listRecordHistory(`Annotation:${id}`);
      expect(history.changeSets.map((changeSet) => changeSet.action)).toEqual(["annotation.moderate", "annotation.flag", "annotation.moderate", "annotation.flag", "annotation.create"]);

      // An admin's edit of a flagged note settles its flags as "edited".
      const edited = await annotate(claim.id, { body: "Rude words" });
      await callAction(actions.flagAnnotationAction, { id: edited, reason: "Rude" }, users.viewer);
      expect(await callAction(actions.updateAnnotationAction, { id: edited, version: 1, body: "Civil words" }, users.admin)).toMatchObject({ ok: true });
      expect(await t.db.annotationFlag.findFirst({ where: { annotationId: edited } })).toMatchObject({ decision: "EDITED", decidedById: users.admin?.id });
    });

    it("/claims: counts visible notes, filters by 'has annotations' and by kind", async () => {
      const [noted, questioned, hidden, bare] = [await quotedClaim(), await quotedClaim(), await quotedClaim(), await quotedClaim()];
      await annotate(noted.id, { body: "One" });
      const parent = await annotate(noted.id, { body: "Two" });
      await annotate(noted.id, { parentId: parent, body: "Reply" });
      await annotate(questioned.id, { body: "Why?", motivation: "QUESTIONING" });
      const gone = await annotate(hidden.id, { body: "Hidden one", motivation: "QUESTIONING" });
      expect(await callAction(actions.moderateAnnotationAction, { id: gone, decision: "hide", reason: "Spam" }, users.admin)).toMatchObject({ ok: true });
      const mine = [noted.id, questioned.id, hidden.id, bare.id];
      const view = async (query: string) => {
        const { filters } = parseClaimListParams(new URLSearchParams(query));
        const page = await listClaims({ ...filters, size: 100 });
        return page.rows.filter((row) => mine.includes(row.id)).map((row): [string, number] => [row.id, row.annotationCount]);
      };
      expect(new Map(await view(""))).toEqual(new Map([[noted.id, 3], [questioned.id, 1], [hidden.id, 0], [bare.id, 0]]));
      expect(new Map(await view("annotated=1"))).toEqual(new Map([[noted.id, 3], [questioned.id, 1]]));
      expect(await view("motivation=QUESTIONING")).toEqual([[questioned.id, 1]]);
      const { filters, notices } = parseClaimListParams(new URLSearchParams("annotated=1&motivation=QUESTIONING&motivation=BOGUS"));
      expect(claimListSearch(filters)).toBe("?motivation=QUESTIONING&annotated=1");
      expect(notices).toEqual([expect.stringContaining("BOGUS")]);
    });

    it("W3C Web Annotation JSON-LD: required fields of the model, and selectors that re-find the words", async () => {
      const claim = await quotedClaim();
      const other = await quotedClaim();
      const onChina = await annotate(claim.id, { target: "quote", exact: "China", occurrence: "2", body: "Second China" });
      await annotate(claim.id, { target: "text", exact: claim.text.slice(0, 5), body: "On the paraphrase" });
      const whole = await annotate(claim.id, { body: "Whole claim" });
      await annotate(claim.id, { parentId: whole, body: "A reply" });
      await annotate(claim.id, { motivation: "LINKING", body: "See", linkUrl: "https://example.org/a", linkClaimId: other.id });
      const hidden = await annotate(claim.id, { body: "To be hidden" });
      await callAction(actions.moderateAnnotationAction, { id: hidden, decision: "hide", reason: "Spam" }, users.admin);
      // The quote is corrected after the notes were made: the selectors follow.
      await editQuote(claim.id, `Officially: ${QUOTE}`);

      const base = "http://claimline.test";
      const response = await collectionRoute.GET(new Request(`${base}/claims/${claim.id}/annotations.jsonld`), { params: Promise.resolve({ id: claim.id }) });
      expect(response.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
      const collection = (await response.json()) as {
        "@context": string; id: string; type: string; total: number;
        first: { type: string; items: { id: string; type: string; motivation: string; target: unknown; body: { type?: string; value?: string; id?: string }[]; creator: { name: string }; created: string }[] };
      };
      expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", id: `${base}/claims/${claim.id}/annotations.jsonld`, type: "AnnotationCollection", total: 5, first: { type: "AnnotationPage" } });
      const stored = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { quote: true, text: true } });
      let refound = 0;
      for (const item of collection.first.items) {
        // Required by the model: an IRI id, type Annotation, a target; bodies with a value or an id.
        expect(item.id).toMatch(new RegExp(`^${base}/annotations/c[a-z0-9]{24}$`));
        expect(item.type).toBe("Annotation");
        expect(item.target).toBeDefined();
        expect(W3C_MOTIVATIONS).toContain(item.motivation);
        expect(Number.isNaN(Date.parse(item.created))).toBe(false);
        for (const body of item.body) expect(body.type === "TextualBody" ? typeof body.value : typeof body.id).toBe("string");
        if (typeof item.target === "string") continue;
        const target = item.target as { type: string; source: string; selector: Selector[] };
        expect(target).toMatchObject({ type: "SpecificResource", source: `${base}/claims/${claim.id}` });
        const text = target.selector[0]?.value?.includes("quote") ? (stored.quote ?? "") : stored.text;
        const quote = target.selector.find((s) => s.refinedBy?.type === "TextQuoteSelector")?.refinedBy;
        const position = target.selector.find((s) => s.refinedBy?.type === "TextPositionSelector")?.refinedBy;
        if (!quote?.exact || position?.start === undefined || position.end === undefined) throw new Error("selectors missing");
        // Re-found from the quote selector alone (no position hint), and the position agrees.
        const found = findAnchor(text, { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" });
        expect(found?.start).toBe(position.start);
        expect(text.slice(position.start, position.end)).toBe(quote.exact);
        refound++;
      }
      expect(refound).toBe(2);
      expect(collection.first.items.find((item) => item.motivation === "replying")?.target).toBe(`${base}/annotations/${whole}`);
      expect(collection.first.items.find((item) => item.motivation === "linking")?.body.map((b) => b.id ?? b.type)).toEqual(["TextualBody", "https://example.org/a", `${base}/claims/${other.id}`]);

      const one = await annotationRoute.GET(new Request(`${base}/annotations/${onChina}`, { headers: { accept: "application/ld+json" } }), { params: Promise.resolve({ id: onChina }) });
      expect(await one.json()).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", id: `${base}/annotations/${onChina}`, type: "Annotation", motivation: "commenting" });
      const suffixed = await annotationRoute.GET(new Request(`${base}/annotations/${onChina}.jsonld`, { headers: { accept: "text/html" } }), { params: Promise.resolve({ id: `${onChina}.jsonld` }) });
      expect(suffixed.status).toBe(200);
      const browser = await annotationRoute.GET(new Request(`${base}/annotations/${onChina}`, { headers: { accept: "text/html,application/xhtml+xml" } }), { params: Promise.resolve({ id: onChina }) });
      expect([browser.status, browser.headers.get("location")]).toEqual([303, `${base}/claims/${claim.id}#annotation-${onChina}`]);
      const gone = await annotationRoute.GET(new Request(`${base}/annotations/${hidden}`), { params: Promise.resolve({ id: hidden }) });
      expect(gone.status).toBe(410);
    });

    it("search covers annotation bodies written through the actions, except hidden ones", async () => {
      const claim = await quotedClaim();
      const id = await annotate(claim.id, { body: "A quizzicalword here" });
      const find = async () => (await t.db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Claim" WHERE "searchVector" @@ plainto_tsquery('english', 'quizzicalword')`).map((row) => row.id);
      expect(await find()).toEqual([claim.id]);
      // Hidden by a moderator: no longer found by its words; shown again: found again.
      await callAction(actions.moderateAnnotationAction, { id, decision: "hide", reason: "Spam" }, users.admin);
      expect(await find()).toEqual([]);
      await callAction(actions.moderateAnnotationAction, { id, decision: "unhide" }, users.admin);
      expect(await find()).toEqual([claim.id]);
    });
  });
}
