import "server-only";
import type { DbTx } from "@/lib/db";
import type { AuditAction } from "@/lib/domain/enums";

/**
 * The audit trail, written inside the transaction of the change it records: one ChangeSet per
 * action (who, when, which action, the editor's optional summary) and one AuditEntry per record
 * it touched, with the record's values before and after. Both tables are append-only in the
 * database (triggers refuse UPDATE and DELETE), and public: snapshots never hold an e-mail
 * address or a secret.
 *
 * A snapshot is the record in form shape: field → string ("" for empty), the same values its
 * edit form shows, so History can print old → new and revert can write them back through the
 * entity's own schema. `labels` gives display names for id fields (claimantId → "Jen Psaki").
 */
export type Snapshot = Record<string, string>;

export interface AuditEntryInput {
  entity: string;
  entityId: string;
  action: AuditAction;
  before: Snapshot | null;
  after: Snapshot | null;
  labels?: Record<string, string>;
  /** further records whose History shows this entry ("Claim:<id>"); the record itself is added */
  refs?: readonly string[];
}

export interface AuditContext {
  readonly userId: string | null;
  /** the action's name, e.g. "claim.update" */
  readonly action: string;
  readonly summary?: string | null;
  readonly revertOfId?: string | null;
}

export interface AuditRecorder {
  record(entry: AuditEntryInput): Promise<void>;
  /** marks the change set as the revert of another (call before recording) */
  revertOf(changeSetId: string): void;
  /** the change set written so far, or null when nothing was recorded */
  readonly changeSetId: string | null;
}

export function recordRef(entity: string, id: string): string {
  return `${entity}:${id}`;
}

export function createAuditRecorder(tx: DbTx, context: AuditContext): AuditRecorder {
  let changeSetId: string | null = null;
  let revertOfId = context.revertOfId ?? null;
  return {
    get changeSetId() {
      return changeSetId;
    },
    revertOf(id) {
      if (changeSetId !== null) throw new Error("revertOf must be called before the first record()");
      revertOfId = id;
    },
    async record(entry) {
      if (changeSetId === null) {
        const changeSet = await tx.changeSet.create({
          data: {
            userId: context.userId,
            action: context.action,
            summary: context.summary?.trim() || null,
            revertOfId,
          },
          select: { id: true },
        });
        changeSetId = changeSet.id;
      }
      const refs = [recordRef(entry.entity, entry.entityId), ...(entry.refs ?? [])];
      await tx.auditEntry.create({
        data: {
          changeSetId,
          userId: context.userId,
          entity: entry.entity,
          entityId: entry.entityId,
          action: entry.action,
          before: entry.before === null ? undefined : withLabels(entry.before, entry.labels),
          after: entry.after === null ? undefined : withLabels(entry.after, entry.labels),
          refs: [...new Set(refs)],
        },
      });
    },
  };
}

/** Labels travel inside the snapshot under "_labels" (never a field name). */
function withLabels(snapshot: Snapshot, labels: Record<string, string> | undefined): Record<string, string | Record<string, string>> {
  return labels && Object.keys(labels).length > 0 ? { ...snapshot, _labels: labels } : snapshot;
}

/** The fields whose values differ between two snapshots (labels ignored), in `order` first. */
export function changedFields(before: Snapshot | null, after: Snapshot | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  keys.delete("_labels");
  keys.delete("version");
  return [...keys].filter((key) => (before?.[key] ?? "") !== (after?.[key] ?? ""));
}
