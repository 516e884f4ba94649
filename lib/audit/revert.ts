import "server-only";
import { z } from "zod";
import type { ActionContext } from "@/lib/actions/run";
import { actorEditSelect, actorValues, updateActor } from "@/lib/actors/mutations";
import { actorFieldsSchema } from "@/lib/actors/schema";
import { appearanceEditSelect, appearanceValues, deleteAppearance, updateAppearance } from "@/lib/appearances/mutations";
import { getChangeSet, type HistoryEntry } from "@/lib/audit/data";
import { changedFields, type Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import { claimEditSelect, claimValues, setClaimStatus, updateClaim } from "@/lib/claims/mutations";
import { appearanceFieldsSchema, claimFieldsSchema, recordIdSchema } from "@/lib/claims/schema";
import type { DbTx } from "@/lib/db";
import { disputeEditSelect, disputeValues, updateDispute } from "@/lib/disputes/mutations";
import { disputeFieldsSchema } from "@/lib/disputes/schema";
import { linkIndependenceSchema, type ClaimStatus, type LinkKind } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors";
import { eventEditSelect, eventValues, updateEvent } from "@/lib/events/mutations";
import { eventFieldsSchema } from "@/lib/events/schema";
import { changeSummarySchema } from "@/lib/forms/fields";
import { deleteLink, linkEditSelect, linkValues, updateLink } from "@/lib/links/mutations";
import { deleteRecord } from "@/lib/records/delete";
import { sourceEditSelect, sourceValues, updateSource } from "@/lib/sources/mutations";
import { sourceFieldsSchema } from "@/lib/sources/schema";

/**
 * Revert: undoing a change set by making a new one (history is never rewritten). Each changed
 * field goes back to its old value — only if nobody has changed that field again since (else
 * nothing is reverted and the editor is told which); a created record is deleted again. Deleted
 * and merged records are not restored by revert.
 */
export const revertSchema = z.object({ id: z.string().regex(/^c[a-z0-9]{24}$/, "not a change"), changeSummary: changeSummarySchema });

type Context = Pick<ActionContext<CurrentUser>, "audit">;

interface Adapter {
  /** the record's current values and version, or null when it is gone */
  load(tx: DbTx, id: string): Promise<{ values: Snapshot; version: number } | null>;
  /** writes these values (the record's whole form) at this version */
  update(tx: DbTx, id: string, version: number, values: Snapshot, context: Context): Promise<unknown>;
  /** deletes a record this change set created */
  remove(tx: DbTx, id: string, context: Context): Promise<unknown>;
}

function loaded<T extends { version: number }>(row: T | null, values: (row: T) => Snapshot) {
  return row ? { values: values(row), version: row.version } : null;
}

const ADAPTERS: Record<string, Adapter> = {
  Dispute: {
    load: async (tx, id) => loaded(await tx.dispute.findUnique({ where: { id }, select: disputeEditSelect }), disputeValues),
    update: (tx, id, version, values, context) => updateDispute(tx, { ...disputeFieldsSchema.parse(values), id, version, base: null }, context),
    remove: (tx, id, context) => deleteRecord(tx, { entity: "Dispute", id, changeSummary: "revert" }, context),
  },
  Actor: {
    load: async (tx, id) => loaded(await tx.actor.findUnique({ where: { id }, select: actorEditSelect }), actorValues),
    update: (tx, id, version, values, context) => updateActor(tx, { ...actorFieldsSchema.parse(values), id, version, base: null }, context),
    remove: (tx, id, context) => deleteRecord(tx, { entity: "Actor", id, changeSummary: "revert" }, context),
  },
  Source: {
    load: async (tx, id) => loaded(await tx.source.findUnique({ where: { id }, select: sourceEditSelect }), sourceValues),
    update: (tx, id, version, values, context) =>
      updateSource(tx, { ...sourceFieldsSchema.parse(values), id, version, base: null, allowDuplicateUrl: true }, context),
    remove: (tx, id, context) => deleteRecord(tx, { entity: "Source", id, changeSummary: "revert" }, context),
  },
  Claim: {
    load: async (tx, id) => loaded(await tx.claim.findUnique({ where: { id }, select: claimEditSelect }), claimValues),
    update: async (tx, id, version, values, context) => {
      const current = await tx.claim.findUniqueOrThrow({ where: { id }, select: claimEditSelect });
      const currentValues = claimValues(current);
      let next = version;
      if (values.status !== currentValues.status || values.statusReason !== currentValues.statusReason) {
        next = (
          await setClaimStatus(
            tx,
            { id, version, status: values.status as ClaimStatus, reason: values.statusReason || "Reverted", supersededById: null },
            context,
          )
        ).version;
      }
      const formFields = ["disputeId", "claimantId", "stance", "text", "quote", "madeAt"];
      if (formFields.some((field) => values[field] !== currentValues[field])) {
        await updateClaim(tx, { ...claimFieldsSchema.parse(values), id, version: next, base: null }, context);
      }
    },
    remove: (tx, id, context) => deleteRecord(tx, { entity: "Claim", id, changeSummary: "revert" }, context),
  },
  Appearance: {
    load: async (tx, id) => loaded(await tx.appearance.findUnique({ where: { id }, select: appearanceEditSelect }), appearanceValues),
    update: (tx, id, version, values, context) => updateAppearance(tx, { ...appearanceFieldsSchema.parse(values), id, version, base: null }, context),
    remove: (tx, id, context) => deleteAppearance(tx, { id }, context),
  },
  ClaimLink: {
    load: async (tx, id) => loaded(await tx.claimLink.findUnique({ where: { id }, select: linkEditSelect }), linkValues),
    update: (tx, id, version, values, context) =>
      updateLink(tx, { id, version, base: null, kind: values.kind as LinkKind, note: values.note || null, independence: linkIndependenceSchema.catch("UNKNOWN").parse(values.independence) }, context),
    remove: (tx, id, context) => deleteLink(tx, { id }, context),
  },
  Event: {
    load: async (tx, id) =>
      loaded(await tx.event.findUnique({ where: { id }, select: eventEditSelect }), (row) =>
        eventValues({ ...row, sourceIds: row.sources.map((source) => source.sourceId) }),
      ),
    update: (tx, id, version, values, context) => updateEvent(tx, { ...eventFieldsSchema.parse(values), id, version, base: null }, context),
    remove: (tx, id, context) => deleteRecord(tx, { entity: "Event", id, changeSummary: "revert" }, context),
  },
};

function withoutVersion(values: Snapshot | null): Snapshot {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([key]) => key !== "version"));
}

export async function revertChangeSet(tx: DbTx, input: z.output<typeof revertSchema>, context: Context) {
  recordIdSchema.parse(input.id);
  const changeSet = await getChangeSet(input.id, tx);
  if (!changeSet) throw new AppError("NOT_FOUND", "That change does not exist.");
  if (changeSet.reverts.length > 0) throw new AppError("INVALID", "This change has already been reverted.");
  context.audit.revertOf(changeSet.id);
  const entries: HistoryEntry[] = [...changeSet.entries].reverse();
  const problems: string[] = [];
  const plan: (() => Promise<unknown>)[] = [];
  for (const entry of entries) {
    // Notes a claim edit moved or orphaned follow the claim: reverting the edit maps them again
    // (lib/annotations/mutations.ts remapAnnotations); an orphan stays one until re-attached.
    if (entry.entity === "Annotation" && changeSet.action === "claim.update") continue;
    const adapter = ADAPTERS[entry.entity];
    if (!adapter || entry.action === "DELETE" || entry.action === "MERGE") {
      problems.push(`a ${entry.action.toLowerCase()} of a ${entry.entity.toLowerCase()} cannot be reverted here`);
      continue;
    }
    const current = await adapter.load(tx, entry.entityId);
    if (!current) {
      problems.push(`the ${entry.entity.toLowerCase()} no longer exists`);
      continue;
    }
    if (entry.action === "CREATE") {
      const changedSince = changedFields(withoutVersion(entry.after), current.values);
      if (changedSince.length > 0) problems.push(`the ${entry.entity.toLowerCase()} it created was edited since (${changedSince.join(", ")})`);
      else plan.push(() => adapter.remove(tx, entry.entityId, context));
      continue;
    }
    const fields = changedFields(entry.before, entry.after);
    const changedAgain = fields.filter((field) => (current.values[field] ?? "") !== (entry.after?.[field] ?? ""));
    if (changedAgain.length > 0) {
      problems.push(`${changedAgain.join(", ")} of the ${entry.entity.toLowerCase()} changed again since`);
      continue;
    }
    const values = { ...current.values, ...Object.fromEntries(fields.map((field) => [field, entry.before?.[field] ?? ""])) };
    plan.push(async () => {
      const fresh = await adapter.load(tx, entry.entityId);
      await adapter.update(tx, entry.entityId, fresh?.version ?? current.version, values, context);
    });
  }
  if (problems.length > 0) throw new AppError("CONFLICT", `Nothing was reverted: ${problems.join("; ")}. Edit the record by hand instead.`);
  for (const step of plan) await step();
  return { id: changeSet.id, next: `/activity/${changeSet.id}` };
}
