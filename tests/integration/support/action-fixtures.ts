import { expect } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import { createInvitation } from "@/lib/users/mutations";
import type { Caller } from "./users";

/**
 * For each registered action: how to make a valid input for one call (creating whatever records
 * it needs, uniquely named), and, where the default rule (from the action's declared access)
 * is not the whole story, the outcome expected per caller. Checked by authorization.test.ts.
 */
export type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "INVALID" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "INTERNAL";

export interface FixtureContext {
  db: Db;
  users: Record<Caller, CurrentUser | null>;
  caller: Caller;
  unique(): string;
  password: string;
}

export interface ActionFixture {
  prepare(context: FixtureContext): Promise<Record<string, unknown>>;
  expect?: Partial<Record<Caller, Outcome>>;
  verify?(context: FixtureContext, input: Record<string, unknown>, outcome: Outcome): Promise<void>;
}

async function targetUser(db: Db, unique: string): Promise<string> {
  const user = await db.user.create({ data: { email: `target-${unique}@claimline.test`, name: `Target ${unique}`, role: "VIEWER" } });
  return user.id;
}

/** Records made directly (fixtures set the scene; the action under test is what is checked). */
export async function makeActor(db: Db, unique: string): Promise<string> {
  return (await db.actor.create({ data: { name: `Actor ${unique}`, kind: "PERSON" } })).id;
}

export async function makeDispute(db: Db, unique: string) {
  return db.dispute.create({ data: { slug: `dispute-${unique}`, title: `Dispute ${unique}`, proposition: "Something happened." } });
}

export async function makeSource(db: Db, unique: string): Promise<string> {
  return (await db.source.create({ data: { title: `Source ${unique}`, kind: "NEWS_ARTICLE", url: `https://example.org/${unique}` } })).id;
}

function changed(field: string, to: string): ActionFixture["verify"] {
  return async ({ db }, input, outcome) => {
    const ids = { id: String(input.id) };
    const table = String(input.__table);
    const row =
      table === "dispute"
        ? await db.dispute.findUniqueOrThrow({ where: ids })
        : table === "actor"
          ? await db.actor.findUniqueOrThrow({ where: ids })
          : await db.source.findUniqueOrThrow({ where: ids });
    expect((row as unknown as Record<string, unknown>)[field] === to).toBe(outcome === "ok");
  };
}

export async function makeClaim(db: Db, unique: string) {
  const dispute = await makeDispute(db, unique);
  const claimantId = await makeActor(db, unique);
  const day = new Date(Date.UTC(2022, 2, 14));
  return db.claim.create({
    data: { disputeId: dispute.id, claimantId, stance: "AFFIRMS", text: `Claim ${unique}`, madeAtStart: day, madeAtEnd: day, madeAtPrecision: "DAY" },
  });
}

export async function makeAppearance(db: Db, claimId: string, unique: string, viaId: string | null = null) {
  const sourceId = await makeSource(db, unique);
  const day = new Date(Date.UTC(2022, 2, 15));
  return db.appearance.create({
    data: { claimId, sourceId, reportedStart: day, reportedEnd: day, reportedPrecision: "DAY", attribution: "PARAPHRASE", viaId },
  });
}

/** A claim with a quote (the word "China" three times) and a note on it by `authorId`. */
export async function makeAnnotation(db: Db, unique: string, authorId: string) {
  const claim = await makeClaim(db, unique);
  await db.claim.update({ where: { id: claim.id }, data: { quote: "China is a threat. We told China so, and China agreed." } });
  return db.annotation.create({
    data: {
      claimId: claim.id,
      authorId,
      body: `Note ${unique}`,
      field: "QUOTE",
      selectorExact: "China",
      selectorPrefix: "We told ",
      selectorSuffix: " so, and China agreed.",
      positionStart: 27,
      positionEnd: 32,
      anchoredVersion: 1,
    },
  });
}

/** Owner-only edits: the author (the editor) and admins; another editor is refused. */
const OWNER_ONLY: Partial<Record<Caller, Outcome>> = { otherEditor: "FORBIDDEN" };

function authorOf(users: Record<Caller, CurrentUser | null>): string {
  const editor = users.editor;
  if (!editor) throw new Error("no editor account");
  return editor.id;
}

export const ACTION_FIXTURES: Record<string, ActionFixture> = {
  "annotation.create": {
    prepare: async ({ db, unique }) => {
      const u = unique();
      const claim = await makeClaim(db, u);
      await db.claim.update({ where: { id: claim.id }, data: { quote: "China is a threat. We told China so." } });
      return { claimId: claim.id, target: "quote", exact: "China", occurrence: "2", motivation: "QUESTIONING", body: `Which talks? ${u}` };
    },
    verify: async ({ db }, input, outcome) => {
      const note = await db.annotation.findFirst({ where: { body: String(input.body) }, select: { positionStart: true, selectorPrefix: true } });
      expect(note).toEqual(outcome === "ok" ? { positionStart: 27, selectorPrefix: "China is a threat. We told " } : null);
    },
  },
  "annotation.update": {
    prepare: async ({ db, unique, users }) => {
      const note = await makeAnnotation(db, unique(), authorOf(users));
      return { id: note.id, version: 1, motivation: "ASSESSING", body: "Edited note" };
    },
    expect: OWNER_ONLY,
    verify: async ({ db }, input, outcome) => {
      const note = await db.annotation.findUniqueOrThrow({ where: { id: String(input.id) }, select: { body: true } });
      expect(note.body === "Edited note").toBe(outcome === "ok");
    },
  },
  "annotation.delete": {
    prepare: async ({ db, unique, users }) => ({ id: (await makeAnnotation(db, unique(), authorOf(users))).id }),
    expect: OWNER_ONLY,
    verify: async ({ db }, input, outcome) => {
      expect(await db.annotation.count({ where: { id: String(input.id) } })).toBe(outcome === "ok" ? 0 : 1);
    },
  },
  "annotation.reattach": {
    prepare: async ({ db, unique, users }) => {
      const note = await makeAnnotation(db, unique(), authorOf(users));
      await db.annotation.update({ where: { id: note.id }, data: { orphanedAt: new Date() } });
      return { id: note.id, version: 1, target: "quote", exact: "China", occurrence: "3" };
    },
    verify: async ({ db }, input, outcome) => {
      const note = await db.annotation.findUniqueOrThrow({ where: { id: String(input.id) }, select: { positionStart: true, orphanedAt: true } });
      expect(note.orphanedAt === null && note.positionStart === 41).toBe(outcome === "ok");
    },
  },
  "annotation.flag": {
    prepare: async ({ db, unique, users }) => ({ id: (await makeAnnotation(db, unique(), authorOf(users))).id, reason: "Personal attack" }),
    verify: async ({ db }, input, outcome) => {
      expect(await db.annotationFlag.count({ where: { annotationId: String(input.id) } })).toBe(outcome === "ok" ? 1 : 0);
    },
  },
  "annotation.moderate": {
    prepare: async ({ db, unique, users }) => {
      const note = await makeAnnotation(db, unique(), authorOf(users));
      await db.annotationFlag.create({ data: { annotationId: note.id, userId: authorOf(users), reason: "Spam" } });
      return { id: note.id, decision: "hide", reason: "Off topic" };
    },
    verify: async ({ db }, input, outcome) => {
      const note = await db.annotation.findUniqueOrThrow({ where: { id: String(input.id) }, select: { hiddenReason: true, flags: { select: { decision: true } } } });
      expect(note).toEqual(outcome === "ok" ? { hiddenReason: "Off topic", flags: [{ decision: "HIDDEN" }] } : { hiddenReason: null, flags: [{ decision: null }] });
    },
  },
  "changeSet.revert": {
    // A change to revert: an editor renames an actor through the app's own mutation.
    prepare: async ({ db, unique, users }) => {
      const id = await makeActor(db, unique());
      const { updateActor } = await import("@/lib/actors/mutations");
      const { createAuditRecorder } = await import("@/lib/audit/record");
      const changeSetId = await db.$transaction(async (tx) => {
        const audit = createAuditRecorder(tx, { userId: users.editor?.id ?? null, action: "actor.update" });
        await updateActor(tx, { id, version: 1, base: null, name: "Renamed to revert", kind: "PERSON", role: null, country: null, affiliationId: null }, { audit });
        return audit.changeSetId;
      });
      return { __actor: id, id: changeSetId };
    },
    verify: async ({ db }, input, outcome) => {
      const actor = await db.actor.findUniqueOrThrow({ where: { id: String(input.__actor) }, select: { name: true } });
      expect(actor.name === "Renamed to revert").toBe(outcome !== "ok");
    },
  },
  "actor.merge": {
    prepare: async ({ db, unique }) => ({ id: await makeActor(db, unique()), intoId: await makeActor(db, unique()) }),
    verify: async ({ db }, input, outcome) => {
      expect(await db.actor.count({ where: { id: String(input.id) } })).toBe(outcome === "ok" ? 0 : 1);
    },
  },
  "source.merge": {
    prepare: async ({ db, unique }) => ({ id: await makeSource(db, unique()), intoId: await makeSource(db, unique()) }),
  },
  "claim.create": {
    prepare: async ({ db, unique }) => {
      const u = unique();
      const dispute = await makeDispute(db, u);
      return {
        disputeId: dispute.id,
        claimantId: await makeActor(db, u),
        stance: "DENIES",
        text: `New claim ${u}`,
        madeAt: "14 March 2022",
        "newSource.title": `New source ${u}`,
        "newSource.kind": "OFFICIAL_STATEMENT",
        "appearance.attribution": "DIRECT_QUOTE",
      };
    },
    verify: async ({ db }, input, outcome) => {
      const claim = await db.claim.findFirst({ where: { text: String(input.text) }, select: { appearances: { select: { source: { select: { title: true } } } } } });
      expect(claim?.appearances.map((a) => a.source.title) ?? null).toEqual(outcome === "ok" ? [input["newSource.title"]] : null);
    },
  },
  "claim.update": {
    prepare: async ({ db, unique }) => {
      const claim = await makeClaim(db, unique());
      return { id: claim.id, version: 1, disputeId: claim.disputeId, claimantId: claim.claimantId, stance: "QUALIFIES", text: claim.text, madeAt: "2022-03-14" };
    },
  },
  "claim.setStatus": {
    prepare: async ({ db, unique }) => ({ id: (await makeClaim(db, unique())).id, version: 1, status: "RETRACTED", reason: "Walked back the next day." }),
  },
  "appearance.create": {
    prepare: async ({ db, unique }) => {
      const u = unique();
      const claim = await makeClaim(db, u);
      return { claimId: claim.id, sourceId: await makeSource(db, `${u}-b`), reportedAt: "15 Mar 2022", attribution: "ANONYMOUS_SOURCING", attributionPhrase: "officials said" };
    },
  },
  "appearance.update": {
    prepare: async ({ db, unique }) => {
      const u = unique();
      const claim = await makeClaim(db, u);
      const appearance = await makeAppearance(db, claim.id, u);
      return { id: appearance.id, version: 1, sourceId: appearance.sourceId, reportedAt: "2022-03-16", attribution: "PARAPHRASE" };
    },
  },
  "appearance.delete": {
    prepare: async ({ db, unique }) => {
      const u = unique();
      const claim = await makeClaim(db, u);
      return { id: (await makeAppearance(db, claim.id, u)).id };
    },
  },
  "link.create": {
    prepare: async ({ db, unique }) => {
      const [a, b] = [await makeClaim(db, unique()), await makeClaim(db, unique())];
      return { claimId: b.id, otherId: a.id, direction: "from", kind: "DENIES", note: "same day" };
    },
  },
  "link.update": {
    prepare: async ({ db, unique }) => {
      const [a, b] = [await makeClaim(db, unique()), await makeClaim(db, unique())];
      const link = await db.claimLink.create({ data: { fromId: a.id, toId: b.id, kind: "DENIES" } });
      return { id: link.id, version: 1, kind: "REBUTS", note: "" };
    },
  },
  "link.delete": {
    prepare: async ({ db, unique }) => {
      const [a, b] = [await makeClaim(db, unique()), await makeClaim(db, unique())];
      return { id: (await db.claimLink.create({ data: { fromId: a.id, toId: b.id, kind: "DENIES" } })).id };
    },
  },
  "event.create": {
    prepare: async ({ db, unique }) => {
      const u = unique();
      return { disputeId: (await makeDispute(db, u)).id, title: `Event ${u}`, occurredAt: "mid-March 2022", sourceIds: [await makeSource(db, u)] };
    },
  },
  "event.update": {
    prepare: async ({ db, unique }) => {
      const u = unique();
      const dispute = await makeDispute(db, u);
      const day = new Date(Date.UTC(2022, 2, 14));
      const event = await db.event.create({ data: { disputeId: dispute.id, title: `Event ${u}`, occurredStart: day, occurredEnd: day, occurredPrecision: "DAY" } });
      return { id: event.id, version: 1, title: "Renamed event", occurredAt: "2022-03-14" };
    },
  },
  "record.delete": {
    prepare: async ({ db, unique }) => ({ entity: "Claim", id: (await makeClaim(db, unique())).id, changeSummary: "Entered twice by mistake." }),
    verify: async ({ db }, input, outcome) => {
      expect(await db.claim.count({ where: { id: String(input.id) } })).toBe(outcome === "ok" ? 0 : 1);
    },
  },
  "dispute.create": {
    prepare: async ({ unique }) => ({ title: `Created dispute ${unique()}`, proposition: "It is contested.", status: "OPEN", tags: "a, b" }),
  },
  "dispute.update": {
    prepare: async ({ db, unique }) => {
      const dispute = await makeDispute(db, unique());
      return { __table: "dispute", id: dispute.id, version: dispute.version, title: "Renamed", slug: dispute.slug, proposition: dispute.proposition, status: "SETTLED" };
    },
    verify: changed("title", "Renamed"),
  },
  "actor.create": { prepare: async ({ unique }) => ({ name: `Created actor ${unique()}`, kind: "ORGANIZATION" }) },
  "actor.update": {
    prepare: async ({ db, unique }) => ({ __table: "actor", id: await makeActor(db, unique()), version: 1, name: "Renamed actor", kind: "PERSON" }),
    verify: changed("name", "Renamed actor"),
  },
  "source.create": {
    prepare: async ({ unique }) => ({ title: `Created source ${unique()}`, kind: "REPORT", url: `https://example.org/new/${unique()}`, published: "March 2022" }),
  },
  "source.update": {
    prepare: async ({ db, unique }) => ({ __table: "source", id: await makeSource(db, unique()), version: 1, title: "Renamed source", kind: "REPORT" }),
    verify: changed("title", "Renamed source"),
  },
  "session.signIn": {
    prepare: async ({ users, password }) => ({ email: users.editor?.email, password, next: "/claims" }),
  },
  "session.signOut": { prepare: async () => ({}) },
  "session.signOutEverywhere": { prepare: async () => ({}) },
  "invitation.accept": {
    prepare: async ({ db, unique }) => {
      const { token } = await db.$transaction((tx) => createInvitation(tx, { role: "EDITOR" }, null, null));
      return { token, email: `invited-${unique()}@claimline.test`, name: "Invited editor", password: "a long enough password", confirmPassword: "a long enough password" };
    },
    verify: async ({ db }, input) => {
      const user = await db.user.findUnique({ where: { email: String(input.email) }, select: { role: true } });
      expect(user?.role).toBe("EDITOR");
    },
  },
  "invitation.create": { prepare: async () => ({ role: "EDITOR", email: "" }) },
  "user.changeRole": {
    prepare: async ({ db, unique }) => ({ userId: await targetUser(db, unique()), role: "EDITOR" }),
    verify: async ({ db }, input, outcome) => {
      const user = await db.user.findUniqueOrThrow({ where: { id: String(input.userId) }, select: { role: true } });
      expect(user.role).toBe(outcome === "ok" ? "EDITOR" : "VIEWER");
    },
  },
  "user.deactivate": {
    prepare: async ({ db, unique }) => ({ userId: await targetUser(db, unique()) }),
    verify: async ({ db }, input, outcome) => {
      const user = await db.user.findUniqueOrThrow({ where: { id: String(input.userId) }, select: { banned: true } });
      expect(user.banned === true).toBe(outcome === "ok");
    },
  },
  "user.reactivate": {
    prepare: async ({ db, unique }) => {
      const id = await targetUser(db, unique());
      await db.user.update({ where: { id }, data: { banned: true } });
      return { userId: id };
    },
  },
};
