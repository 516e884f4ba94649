import "server-only";
import { type Prisma } from "@/generated/prisma/client";
import { getDb, type DbClient } from "@/lib/db";

/** Reads of the public change history (change sets and their audit entries). */

/** Who last changed each of `fields` of a record, and when (ISO), from its audit entries. */
export async function lastChangeOfFields(
  db: DbClient,
  entity: string,
  entityId: string,
  fields: readonly string[],
): Promise<Map<string, { by: string | null; at: string }>> {
  const found = new Map<string, { by: string | null; at: string }>();
  if (fields.length === 0) return found;
  const entries = await db.auditEntry.findMany({
    where: { entity, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 100,
    select: { at: true, before: true, after: true, user: { select: { name: true } } },
  });
  for (const entry of entries) {
    const before = (entry.before ?? {}) as Record<string, unknown>;
    const after = (entry.after ?? {}) as Record<string, unknown>;
    for (const field of fields) {
      if (!found.has(field) && before[field] !== after[field]) {
        found.set(field, { by: entry.user?.name ?? null, at: entry.at.toISOString() });
      }
    }
    if (found.size === fields.length) break;
  }
  return found;
}

export interface HistoryEntry {
  id: string;
  entity: string;
  entityId: string;
  action: string;
  before: Record<string, string> | null;
  after: Record<string, string> | null;
  labels: Record<string, string>;
}

export interface HistoryChangeSet {
  id: string;
  at: Date;
  action: string;
  summary: string | null;
  user: { id: string; name: string } | null;
  revertOfId: string | null;
  entries: HistoryEntry[];
}

type Json = Prisma.JsonValue;

function snapshotOf(value: Json): { values: Record<string, string>; labels: Record<string, string> } | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const values: Record<string, string> = {};
  let labels: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "_labels" && item && typeof item === "object" && !Array.isArray(item)) {
      labels = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, String(v ?? "")]));
    } else values[key] = typeof item === "string" ? item : JSON.stringify(item);
  }
  return { values, labels };
}

interface EntryRow {
  id: string;
  changeSetId: string;
  entity: string;
  entityId: string;
  action: string;
  before: Json;
  after: Json;
}

function toEntry(row: EntryRow): HistoryEntry {
  const before = snapshotOf(row.before);
  const after = snapshotOf(row.after);
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    before: before?.values ?? null,
    after: after?.values ?? null,
    labels: { ...before?.labels, ...after?.labels },
  };
}

const changeSetSelect = {
  id: true,
  at: true,
  action: true,
  summary: true,
  revertOfId: true,
  user: { select: { id: true, name: true } },
} as const satisfies Prisma.ChangeSetSelect;

export const HISTORY_PAGE_SIZE = 200;

/**
 * A record's History: the change sets that touched it (or a record that belongs to it: a
 * claim's appearances and links, a dispute's events), newest first, each with the entries that
 * concern this record. `ref` is "Entity:id" (lib/audit/record.ts recordRef).
 */
export async function listRecordHistory(ref: string, options: { page?: number; db?: DbClient } = {}) {
  const db = options.db ?? getDb();
  const page = Math.max(1, options.page ?? 1);
  const [rows, total] = await Promise.all([
    db.$queryRaw<EntryRow[]>`
      SELECT e."id", e."changeSetId", e."entity", e."entityId", e."action"::text AS "action", e."before", e."after"
      FROM "AuditEntry" e
      WHERE e."refs" @> ARRAY[${ref}]::text[]
      ORDER BY e."at" DESC, e."id" DESC
      LIMIT ${HISTORY_PAGE_SIZE} OFFSET ${(page - 1) * HISTORY_PAGE_SIZE}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEntry" WHERE "refs" @> ARRAY[${ref}]::text[]`,
  ]);
  const changeSets = await db.changeSet.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.changeSetId))] } },
    select: changeSetSelect,
  });
  const byId = new Map(changeSets.map((changeSet) => [changeSet.id, { ...changeSet, entries: [] as HistoryEntry[] }]));
  const ordered: HistoryChangeSet[] = [];
  for (const row of rows) {
    const changeSet = byId.get(row.changeSetId);
    if (!changeSet) continue;
    if (changeSet.entries.length === 0) ordered.push(changeSet);
    changeSet.entries.push(toEntry(row));
  }
  const entryCount = total[0]?.n ?? 0;
  return { changeSets: ordered, entryCount, page, pageCount: Math.max(1, Math.ceil(entryCount / HISTORY_PAGE_SIZE)) };
}

export interface ActivityFilters {
  editor?: string;
  entity?: string;
  before?: string;
}

export const ACTIVITY_PAGE_SIZE = 50;

/** Recent change sets across the whole database, filtered by editor and record type. */
export async function listActivity(filters: ActivityFilters, db: DbClient = getDb()) {
  const where: Prisma.ChangeSetWhereInput = {
    ...(filters.editor ? { userId: filters.editor } : {}),
    ...(filters.entity ? { entries: { some: { entity: filters.entity } } } : {}),
    ...(filters.before ? { at: { lt: new Date(filters.before) } } : {}),
  };
  const changeSets = await db.changeSet.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: ACTIVITY_PAGE_SIZE + 1,
    select: {
      ...changeSetSelect,
      entries: {
        orderBy: { id: "asc" },
        take: 20,
        select: { id: true, changeSetId: true, entity: true, entityId: true, action: true, before: true, after: true },
      },
      _count: { select: { entries: true } },
    },
  });
  const more = changeSets.length > ACTIVITY_PAGE_SIZE;
  const page = changeSets.slice(0, ACTIVITY_PAGE_SIZE).map(({ entries, _count, ...changeSet }) => ({
    ...changeSet,
    entries: entries.map(toEntry),
    entryCount: _count.entries,
  }));
  return { changeSets: page, next: more ? page.at(-1)?.at.toISOString() ?? null : null };
}

/** Editors who have made changes, for the activity filter. */
export async function listEditors(db: DbClient = getDb()) {
  return db.user.findMany({
    where: { changeSets: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 500,
  });
}

/** One change set with all its entries (for revert). */
export async function getChangeSet(id: string, db: DbClient = getDb()) {
  const changeSet = await db.changeSet.findUnique({
    where: { id },
    select: {
      ...changeSetSelect,
      entries: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, changeSetId: true, entity: true, entityId: true, action: true, before: true, after: true },
      },
      reverts: { select: { id: true } },
    },
  });
  if (!changeSet) return null;
  return { ...changeSet, entries: changeSet.entries.map(toEntry) };
}

/** One change set as a row of the activity CSV (lib/audit/activity-csv.ts). */
export interface ActivityCsvRow {
  id: string;
  at: Date;
  action: string;
  summary: string | null;
  revertOfId: string | null;
  user: { id: string; name: string } | null;
  /** "Entity:id" of each record the change set touched, in entry order, each once */
  records: string[];
}

/**
 * The change sets /activity lists (same filters, newest first), `size` at a time after
 * `cursor` (the last row of the previous batch): keyset on (at, id), so rows sharing a time are
 * neither skipped nor repeated and every batch costs the same.
 */
export async function listActivityRowsAfter(
  filters: Omit<ActivityFilters, "before">,
  cursor: { at: Date; id: string } | null,
  size: number,
  db: DbClient = getDb(),
): Promise<{ rows: ActivityCsvRow[]; next: { at: Date; id: string } | null }> {
  const changeSets = await db.changeSet.findMany({
    where: {
      ...(filters.editor ? { userId: filters.editor } : {}),
      ...(filters.entity ? { entries: { some: { entity: filters.entity } } } : {}),
      ...(cursor ? { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: size + 1,
    select: { ...changeSetSelect, entries: { orderBy: { id: "asc" }, select: { entity: true, entityId: true } } },
  });
  const rows = changeSets.slice(0, size).map(({ entries, ...changeSet }) => ({
    ...changeSet,
    records: [...new Set(entries.map((entry) => `${entry.entity}:${entry.entityId}`))],
  }));
  const last = rows.at(-1);
  return { rows, next: changeSets.length > size && last ? { at: last.at, id: last.id } : null };
}
