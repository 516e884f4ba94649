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

export const ACTION_FIXTURES: Record<string, ActionFixture> = {
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
