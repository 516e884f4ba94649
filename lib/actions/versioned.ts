import "server-only";
import { type AuditRecorder, type Snapshot } from "@/lib/audit/record";
import { lastChangeOfFields } from "@/lib/audit/data";
import type { DbTx } from "@/lib/db";
import { AppError, type FieldConflict } from "@/lib/errors";
import type { MergeNotice, SavedRecord } from "@/lib/actions/result";

/**
 * Conflict-safe saves. Every edit sends the version it started from and the values it started
 * from (its base). Under a row lock:
 * - same version: the save applies as sent;
 * - newer version: a three-way merge per field — changed only by you: yours; only by them:
 *   theirs; by both to the same value: that value; by both differently: a conflict. No
 *   conflict: the merged record is saved and the editor told whose changes were kept. Any
 *   conflict: nothing is saved; the editor gets base / theirs (who, when) / yours per field.
 * Values are compared in form shape (strings), the same shape History stores.
 */
export interface FieldSpec {
  key: string;
  label: string;
}

export interface MergeResult {
  values: Snapshot;
  conflicts: { field: string; base: string; theirs: string; yours: string }[];
  theirChanges: string[];
}

export function mergeValues(fields: readonly FieldSpec[], base: Snapshot, yours: Snapshot, theirs: Snapshot): MergeResult {
  const values: Snapshot = {};
  const conflicts: MergeResult["conflicts"] = [];
  const theirChanges: string[] = [];
  for (const { key } of fields) {
    const [b, y, t] = [base[key] ?? "", yours[key] ?? "", theirs[key] ?? ""];
    if (t !== b) theirChanges.push(key);
    if (y === b || y === t) values[key] = t;
    else if (t === b) values[key] = y;
    else {
      values[key] = y;
      conflicts.push({ field: key, base: b, theirs: t, yours: y });
    }
  }
  return { values, conflicts, theirChanges };
}

interface SaveOptions<Row extends { id: string; version: number }> {
  tx: DbTx;
  entity: string;
  id: string;
  /** the version and values the edit started from */
  version: number;
  base: Snapshot | null;
  /** what the editor sent, in form shape */
  yours: Snapshot;
  fields: readonly FieldSpec[];
  /** reads the record with a row lock (SELECT … FOR UPDATE), or null when it is gone */
  lock(): Promise<Row | null>;
  values(row: Row): Snapshot;
  /** writes the final values (parse them with the entity's schema) and bumps the version */
  write(values: Snapshot, current: Row): Promise<Row>;
  audit: AuditRecorder;
  labels?(row: Row): Record<string, string>;
  refs?(row: Row): string[];
  href(row: Row): string;
  what: string;
}

export async function saveVersioned<Row extends { id: string; version: number }>(options: SaveOptions<Row>): Promise<SavedRecord> {
  const current = await options.lock();
  if (!current) throw new AppError("NOT_FOUND", `This ${options.what} no longer exists: it may have been deleted or merged.`);
  const theirs = options.values(current);
  let final = options.yours;
  let merged: MergeNotice | null = null;
  if (current.version !== options.version) {
    if (!options.base) {
      throw new AppError("CONFLICT", `This ${options.what} was changed since you opened it: reload to see the change.`);
    }
    const result = mergeValues(options.fields, options.base, options.yours, theirs);
    const label = (key: string) => options.fields.find((field) => field.key === key)?.label ?? key;
    const byField = await lastChangeOfFields(options.tx, options.entity, options.id, result.theirChanges);
    if (result.conflicts.length > 0) {
      const fields: FieldConflict[] = result.conflicts.map((conflict) => ({
        ...conflict,
        label: label(conflict.field),
        by: byField.get(conflict.field)?.by ?? null,
      }));
      const latest = [...byField.values()].sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
      throw new AppError(
        "CONFLICT",
        `${latest?.by ?? "Another editor"} changed ${fields.map((field) => field.label).join(", ")} too. Choose, per field, which value to keep (or edit it), then save again. Nothing was saved yet.`,
        { conflict: { version: current.version, current: theirs, values: result.values, fields, by: latest } },
      );
    }
    final = result.values;
    const kept = result.theirChanges.filter((key) => (options.yours[key] ?? "") === (options.base?.[key] ?? ""));
    if (kept.length > 0) {
      const latest = kept.map((key) => byField.get(key)).filter((change) => change !== undefined).sort((a, b) => b.at.localeCompare(a.at))[0];
      merged = { by: latest?.by ?? null, at: latest?.at ?? null, theirFields: kept.map(label) };
    }
  }
  const unchanged = options.fields.every(({ key }) => (final[key] ?? "") === (theirs[key] ?? ""));
  if (unchanged) {
    return { id: current.id, version: current.version, values: theirs, href: options.href(current), merged };
  }
  const row = await options.write(final, current);
  const after = options.values(row);
  await options.audit.record({
    entity: options.entity,
    entityId: row.id,
    action: "UPDATE",
    before: { ...theirs, version: String(current.version) },
    after: { ...after, version: String(row.version) },
    labels: options.labels?.(row),
    refs: options.refs?.(row),
  });
  return { id: row.id, version: row.version, values: after, href: options.href(row), merged };
}
