import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/run";
import type { SavedRecord } from "@/lib/actions/result";
import { saveVersioned } from "@/lib/actions/versioned";
import { recordRef, type Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import type { DbTx } from "@/lib/db";
import { EVENT_FIELDS, eventFieldsSchema, type EventFields } from "@/lib/events/schema";
import { dateValue, requiredDateColumns } from "@/lib/records/dates";
import { lockRow } from "@/lib/records/lock";
import { resolveDispute, resolveSource } from "@/lib/records/resolve";

type Context = Pick<ActionContext<CurrentUser>, "audit">;

export const eventEditSelect = {
  id: true,
  disputeId: true,
  dispute: { select: { slug: true, title: true } },
  title: true,
  description: true,
  occurredStart: true,
  occurredEnd: true,
  occurredPrecision: true,
  sources: { select: { sourceId: true, source: { select: { title: true } } }, orderBy: { sourceId: "asc" } },
  version: true,
} as const satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventEditSelect }>;

export function eventValues(row: Pick<EventRow, "title" | "description" | "occurredStart" | "occurredEnd" | "occurredPrecision"> & { sourceIds: string[] }): Snapshot {
  return {
    title: row.title,
    description: row.description,
    occurredAt: dateValue(row.occurredStart, row.occurredEnd, row.occurredPrecision),
    sourceIds: [...row.sourceIds].sort().join(","),
  };
}

const rowValues = (row: EventRow) => eventValues({ ...row, sourceIds: row.sources.map((source) => source.sourceId) });

function eventLabels(row: EventRow): Record<string, string> {
  return row.sources.length > 0 ? { sourceIds: row.sources.map((source) => source.source.title).join("; ") } : {};
}

const eventRefs = (row: { disputeId: string }) => [recordRef("Dispute", row.disputeId)];

async function sourcesOf(tx: DbTx, input: EventFields): Promise<string[]> {
  const ids: string[] = [];
  for (const value of input.sourceIds) ids.push(await resolveSource(tx, "sourceIds", value));
  return [...new Set(ids)];
}

export async function createEvent(tx: DbTx, input: EventFields & { disputeId: string }, { audit }: Context) {
  const disputeId = await resolveDispute(tx, "disputeId", input.disputeId);
  const sourceIds = await sourcesOf(tx, input);
  const row = await tx.event.create({
    data: {
      disputeId,
      title: input.title,
      description: input.description,
      ...requiredDateColumns("occurred", input.occurredAt),
      sources: { create: sourceIds.map((sourceId) => ({ sourceId })) },
    },
    select: eventEditSelect,
  });
  await audit.record({ entity: "Event", entityId: row.id, action: "CREATE", before: null, after: { ...rowValues(row), version: "1" }, labels: eventLabels(row), refs: eventRefs(row) });
  return { id: row.id, slug: row.dispute.slug };
}

export async function updateEvent(
  tx: DbTx,
  input: EventFields & { id: string; version: number; base: Snapshot | null },
  { audit }: Context,
): Promise<SavedRecord> {
  const sourceIds = await sourcesOf(tx, input);
  return saveVersioned<EventRow>({
    tx,
    entity: "Event",
    what: "event",
    id: input.id,
    version: input.version,
    base: input.base,
    yours: eventValues({ ...input, ...requiredDateColumns("occurred", input.occurredAt), sourceIds }),
    fields: EVENT_FIELDS,
    lock: async () => ((await lockRow(tx, "Event", input.id)) ? tx.event.findUnique({ where: { id: input.id }, select: eventEditSelect }) : null),
    values: rowValues,
    labels: eventLabels,
    refs: eventRefs,
    write: async (values, current) => {
      const parsed = eventFieldsSchema.parse(values);
      const finalSources = await sourcesOf(tx, parsed);
      await tx.eventSource.deleteMany({ where: { eventId: current.id, sourceId: { notIn: finalSources } } });
      await tx.eventSource.createMany({ data: finalSources.map((sourceId) => ({ eventId: current.id, sourceId })), skipDuplicates: true });
      return tx.event.update({
        where: { id: current.id },
        data: { title: parsed.title, description: parsed.description, ...requiredDateColumns("occurred", parsed.occurredAt), version: { increment: 1 } },
        select: eventEditSelect,
      });
    },
    audit,
    href: (row) => `/disputes/${row.dispute.slug}`,
  });
}
