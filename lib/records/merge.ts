import "server-only";
import { z } from "zod";
import type { ActionContext } from "@/lib/actions/run";
import { actorEditSelect, actorValues } from "@/lib/actors/mutations";
import { recordRef } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import { recordIdSchema } from "@/lib/claims/schema";
import type { DbTx } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { changeSummarySchema, requiredRef } from "@/lib/forms/fields";
import { lockRow } from "@/lib/records/lock";
import { resolveActor, resolveSource } from "@/lib/records/resolve";
import { sourceEditSelect, sourceValues } from "@/lib/sources/mutations";

/**
 * Merging a duplicate actor or source into the one to keep (admins only): everything that
 * pointed at the duplicate points at the kept record (the moved rows' versions go up, so an
 * edit open on one of them merges or conflicts instead of undoing the move), the duplicate is
 * deleted, and its address redirects to the kept record's page. One MERGE entry in History
 * says what moved.
 */
export const mergeSchema = z.object({ id: recordIdSchema, intoId: requiredRef("the record to keep"), changeSummary: changeSummarySchema });

type Context = Pick<ActionContext<CurrentUser>, "audit">;

async function redirectTo(tx: DbTx, entity: "Actor" | "Source", fromId: string, toId: string): Promise<void> {
  // Older redirects to the merged record now point at the kept one (no chains).
  await tx.recordRedirect.updateMany({ where: { entity, toId: fromId }, data: { toId } });
  await tx.recordRedirect.upsert({ where: { entity_fromId: { entity, fromId } }, create: { entity, fromId, toId }, update: { toId } });
}

async function lockBoth(tx: DbTx, table: "Actor" | "Source", id: string, intoId: string): Promise<void> {
  if (id === intoId) throw fieldError("intoId", "Choose another record: a record cannot be merged into itself.");
  for (const each of [id, intoId].sort()) {
    if (!(await lockRow(tx, table, each))) throw new AppError("NOT_FOUND", "One of the two records no longer exists.");
  }
}

export async function mergeActors(tx: DbTx, input: z.output<typeof mergeSchema>, { audit }: Context) {
  const intoId = await resolveActor(tx, "intoId", input.intoId);
  await lockBoth(tx, "Actor", input.id, intoId);
  const from = await tx.actor.findUniqueOrThrow({ where: { id: input.id }, select: actorEditSelect });
  const into = await tx.actor.findUniqueOrThrow({ where: { id: intoId }, select: actorEditSelect });
  const claims = await tx.claim.updateMany({ where: { claimantId: from.id }, data: { claimantId: into.id, version: { increment: 1 } } });
  const sources = await tx.source.updateMany({ where: { publisherId: from.id }, data: { publisherId: into.id, version: { increment: 1 } } });
  // Members of the duplicate join the kept actor, except the kept actor itself (no loop).
  const members = await tx.actor.updateMany({ where: { affiliationId: from.id, NOT: { id: into.id } }, data: { affiliationId: into.id, version: { increment: 1 } } });
  if (into.affiliationId === from.id) await tx.actor.update({ where: { id: into.id }, data: { affiliationId: from.affiliationId === into.id ? null : from.affiliationId } });
  await tx.actor.delete({ where: { id: from.id } });
  await redirectTo(tx, "Actor", from.id, into.id);
  await audit.record({
    entity: "Actor",
    entityId: from.id,
    action: "MERGE",
    before: actorValues(from),
    after: { mergedInto: into.id, claimsMoved: String(claims.count), sourcesMoved: String(sources.count), membersMoved: String(members.count) },
    labels: { self: from.name, mergedInto: into.name },
    refs: [recordRef("Actor", into.id)],
  });
  return { id: into.id, next: `/actors/${into.id}` };
}

export async function mergeSources(tx: DbTx, input: z.output<typeof mergeSchema>, { audit }: Context) {
  const intoId = await resolveSource(tx, "intoId", input.intoId);
  await lockBoth(tx, "Source", input.id, intoId);
  const from = await tx.source.findUniqueOrThrow({ where: { id: input.id }, select: sourceEditSelect });
  const into = await tx.source.findUniqueOrThrow({ where: { id: intoId }, select: sourceEditSelect });
  const appearances = await tx.appearance.updateMany({ where: { sourceId: from.id }, data: { sourceId: into.id, version: { increment: 1 } } });
  const events = await tx.$executeRaw`
    INSERT INTO "EventSource" ("eventId", "sourceId")
    SELECT "eventId", ${into.id} FROM "EventSource" WHERE "sourceId" = ${from.id}
    ON CONFLICT DO NOTHING`;
  await tx.source.delete({ where: { id: from.id } });
  await redirectTo(tx, "Source", from.id, into.id);
  await audit.record({
    entity: "Source",
    entityId: from.id,
    action: "MERGE",
    before: sourceValues(from),
    after: { mergedInto: into.id, appearancesMoved: String(appearances.count), eventsMoved: String(events) },
    labels: { self: from.title, mergedInto: into.title },
    refs: [recordRef("Source", into.id)],
  });
  return { id: into.id, next: `/sources/${into.id}` };
}
