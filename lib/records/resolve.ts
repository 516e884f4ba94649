import "server-only";
import { recordIdSchema } from "@/lib/claims/schema";
import type { DbTx } from "@/lib/db";
import { fieldError } from "@/lib/errors";

/**
 * Turns what a reference field sent — a record id (picked from the list) or, without
 * JavaScript, an exact name — into one record's id, or refuses with a message for that field.
 */
type Finder = (tx: DbTx, text: string) => Promise<{ id: string; label: string }[]>;

async function resolve(tx: DbTx, field: string, what: string, value: string, byId: Finder, byName: Finder): Promise<string> {
  if (recordIdSchema.safeParse(value).success) {
    const [found] = await byId(tx, value);
    if (found) return found.id;
    throw fieldError(field, `No ${what} has the id ${value}: it may have been merged or deleted. Choose again.`);
  }
  const matches = await byName(tx, value);
  if (matches.length === 1 && matches[0]) return matches[0].id;
  if (matches.length === 0) throw fieldError(field, `No ${what} is called “${value}”. Choose one from the list, or create it first.`);
  throw fieldError(field, `${matches.length} ${what}s are called “${value}”: choose one from the list.`);
}

export function resolveActor(tx: DbTx, field: string, value: string): Promise<string> {
  return resolve(
    tx,
    field,
    "actor",
    value,
    async (db, id) => (await db.actor.findMany({ where: { id }, select: { id: true, name: true } })).map((a) => ({ id: a.id, label: a.name })),
    async (db, name) =>
      (await db.actor.findMany({ where: { name: { equals: name, mode: "insensitive" } }, take: 5, select: { id: true, name: true } })).map(
        (a) => ({ id: a.id, label: a.name }),
      ),
  );
}

export function resolveSource(tx: DbTx, field: string, value: string): Promise<string> {
  return resolve(
    tx,
    field,
    "source",
    value,
    async (db, id) => (await db.source.findMany({ where: { id }, select: { id: true, title: true } })).map((s) => ({ id: s.id, label: s.title })),
    async (db, title) =>
      (await db.source.findMany({ where: { title: { equals: title, mode: "insensitive" } }, take: 5, select: { id: true, title: true } })).map(
        (s) => ({ id: s.id, label: s.title }),
      ),
  );
}

export function resolveDispute(tx: DbTx, field: string, value: string): Promise<string> {
  return resolve(
    tx,
    field,
    "dispute",
    value,
    async (db, id) => (await db.dispute.findMany({ where: { id }, select: { id: true, title: true } })).map((d) => ({ id: d.id, label: d.title })),
    async (db, text) =>
      (
        await db.dispute.findMany({
          where: { OR: [{ slug: text.toLowerCase() }, { title: { equals: text, mode: "insensitive" } }] },
          take: 5,
          select: { id: true, title: true },
        })
      ).map((d) => ({ id: d.id, label: d.title })),
  );
}

export function resolveClaim(tx: DbTx, field: string, value: string): Promise<string> {
  return resolve(
    tx,
    field,
    "claim",
    value,
    async (db, id) => (await db.claim.findMany({ where: { id }, select: { id: true, text: true } })).map((c) => ({ id: c.id, label: c.text })),
    async () => [],
  );
}
