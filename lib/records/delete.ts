import "server-only";
import { z } from "zod";
import type { ActionContext } from "@/lib/actions/run";
import { actorEditSelect, actorValues } from "@/lib/actors/mutations";
import { appearanceEditSelect, appearanceLabels, appearanceValues } from "@/lib/appearances/mutations";
import { recordRef } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import { claimEditSelect, claimValues } from "@/lib/claims/mutations";
import { recordIdSchema } from "@/lib/claims/schema";
import type { DbTx } from "@/lib/db";
import { disputeEditSelect, disputeValues } from "@/lib/disputes/mutations";
import { AppError } from "@/lib/errors";
import { eventEditSelect, eventValues } from "@/lib/events/mutations";
import { requiredText } from "@/lib/forms/fields";
import { linkEditSelect, linkValues } from "@/lib/links/mutations";
import { lockRow } from "@/lib/records/lock";
import { sourceEditSelect, sourceValues } from "@/lib/sources/mutations";

/**
 * Deleting a record: admins only, with a reason (the change set's summary), every deleted row
 * in the History with its last values. Claims are retracted or superseded rather than deleted
 * in the normal course; deletion is for mistakes and spam. Records others still point to are
 * refused with what to do instead (merge a duplicate actor or source; delete the claims first).
 */
export const DELETABLE = ["Dispute", "Claim", "Actor", "Source", "Event"] as const;

export const deleteRecordSchema = z.object({
  entity: z.enum(DELETABLE),
  id: recordIdSchema,
  changeSummary: requiredText("the reason for deleting", 500),
});

type Context = Pick<ActionContext<CurrentUser>, "audit">;

async function deleteClaimRows(tx: DbTx, claimId: string, { audit }: Context): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimEditSelect });
  const [appearances, links] = await Promise.all([
    tx.appearance.findMany({ where: { claimId }, select: appearanceEditSelect }),
    tx.claimLink.findMany({ where: { OR: [{ fromId: claimId }, { toId: claimId }] }, select: linkEditSelect }),
  ]);
  for (const link of links) {
    await audit.record({ entity: "ClaimLink", entityId: link.id, action: "DELETE", before: linkValues(link), after: null, refs: [recordRef("Claim", link.fromId), recordRef("Claim", link.toId)] });
  }
  for (const appearance of appearances) {
    await audit.record({
      entity: "Appearance",
      entityId: appearance.id,
      action: "DELETE",
      before: appearanceValues(appearance),
      after: null,
      labels: appearanceLabels(appearance),
      refs: [recordRef("Claim", claimId), recordRef("Source", appearance.sourceId)],
    });
  }
  await tx.claim.delete({ where: { id: claimId } });
  await audit.record({
    entity: "Claim",
    entityId: claimId,
    action: "DELETE",
    before: claimValues(claim),
    after: null,
    labels: { disputeId: claim.dispute.title, claimantId: claim.claimant.name },
    refs: [recordRef("Dispute", claim.disputeId), recordRef("Actor", claim.claimantId)],
  });
}

export async function deleteRecord(tx: DbTx, input: z.output<typeof deleteRecordSchema>, context: Context) {
  const { audit } = context;
  const gone = new AppError("NOT_FOUND", "This record no longer exists.");
  if (!(await lockRow(tx, input.entity, input.id))) throw gone;
  switch (input.entity) {
    case "Claim": {
      const { disputeId } = await tx.claim.findUniqueOrThrow({ where: { id: input.id }, select: { disputeId: true } });
      await deleteClaimRows(tx, input.id, context);
      const dispute = await tx.dispute.findUniqueOrThrow({ where: { id: disputeId }, select: { slug: true } });
      return { next: `/disputes/${dispute.slug}` };
    }
    case "Dispute": {
      const dispute = await tx.dispute.findUniqueOrThrow({ where: { id: input.id }, select: disputeEditSelect });
      const claims = await tx.claim.count({ where: { disputeId: input.id } });
      if (claims > 0) throw new AppError("INVALID", `This dispute still has ${claims} claim${claims === 1 ? "" : "s"}: delete them first.`);
      for (const event of await tx.event.findMany({ where: { disputeId: input.id }, select: eventEditSelect })) {
        await audit.record({ entity: "Event", entityId: event.id, action: "DELETE", before: eventValues({ ...event, sourceIds: event.sources.map((s) => s.sourceId) }), after: null, refs: [recordRef("Dispute", input.id)] });
      }
      await tx.dispute.delete({ where: { id: input.id } });
      await audit.record({ entity: "Dispute", entityId: input.id, action: "DELETE", before: disputeValues(dispute), after: null });
      return { next: "/" };
    }
    case "Actor": {
      const actor = await tx.actor.findUniqueOrThrow({ where: { id: input.id }, select: actorEditSelect });
      const [claims, sources, members] = await Promise.all([
        tx.claim.count({ where: { claimantId: input.id } }),
        tx.source.count({ where: { publisherId: input.id } }),
        tx.actor.count({ where: { affiliationId: input.id } }),
      ]);
      if (claims + sources + members > 0) {
        throw new AppError("INVALID", `Other records point to this actor (${claims} claims, ${sources} sources, ${members} members): merge it into another actor instead.`);
      }
      await tx.actor.delete({ where: { id: input.id } });
      await audit.record({ entity: "Actor", entityId: input.id, action: "DELETE", before: actorValues(actor), after: null });
      return { next: "/actors" };
    }
    case "Source": {
      const source = await tx.source.findUniqueOrThrow({ where: { id: input.id }, select: sourceEditSelect });
      const [appearances, events] = await Promise.all([tx.appearance.count({ where: { sourceId: input.id } }), tx.eventSource.count({ where: { sourceId: input.id } })]);
      if (appearances + events > 0) {
        throw new AppError("INVALID", `Other records point to this source (${appearances} appearances, ${events} events): merge it into another source instead.`);
      }
      await tx.source.delete({ where: { id: input.id } });
      await audit.record({ entity: "Source", entityId: input.id, action: "DELETE", before: sourceValues(source), after: null });
      return { next: "/sources" };
    }
    case "Event": {
      const event = await tx.event.findUniqueOrThrow({ where: { id: input.id }, select: eventEditSelect });
      await tx.event.delete({ where: { id: input.id } });
      await audit.record({ entity: "Event", entityId: input.id, action: "DELETE", before: eventValues({ ...event, sourceIds: event.sources.map((s) => s.sourceId) }), after: null, refs: [recordRef("Dispute", event.disputeId)] });
      return { next: `/disputes/${event.dispute.slug}` };
    }
  }
}
