import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/run";
import type { SavedRecord } from "@/lib/actions/result";
import { saveVersioned } from "@/lib/actions/versioned";
import { ACTOR_FIELDS, actorFieldsSchema, type ActorFields } from "@/lib/actors/schema";
import type { Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import type { DbTx } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { lockRow } from "@/lib/records/lock";
import { resolveActor } from "@/lib/records/resolve";

type Context = Pick<ActionContext<CurrentUser>, "audit">;

export const actorEditSelect = {
  id: true,
  name: true,
  kind: true,
  role: true,
  country: true,
  affiliationId: true,
  affiliation: { select: { name: true } },
  version: true,
} as const satisfies Prisma.ActorSelect;

type ActorRow = Prisma.ActorGetPayload<{ select: typeof actorEditSelect }>;

export function actorValues(row: Pick<ActorRow, "name" | "kind" | "role" | "country" | "affiliationId">): Snapshot {
  return { name: row.name, kind: row.kind, role: row.role ?? "", country: row.country ?? "", affiliationId: row.affiliationId ?? "" };
}

function actorLabels(row: ActorRow): Record<string, string> {
  return row.affiliation ? { affiliationId: row.affiliation.name } : {};
}

/** The affiliation, resolved; never the actor itself or one of its own members (no loops). */
async function affiliationOf(tx: DbTx, input: ActorFields, selfId: string | null): Promise<string | null> {
  if (!input.affiliationId) return null;
  const id = await resolveActor(tx, "affiliationId", input.affiliationId);
  if (selfId) {
    let hop: string | null = id;
    for (let steps = 0; hop && steps < 100; steps++) {
      if (hop === selfId) throw fieldError("affiliationId", "An actor cannot belong to itself, directly or through its members.");
      hop = (await tx.actor.findUnique({ where: { id: hop }, select: { affiliationId: true } }))?.affiliationId ?? null;
    }
  }
  return id;
}

function dataOf(input: ActorFields, affiliationId: string | null) {
  return { name: input.name, kind: input.kind, role: input.role, country: input.country, affiliationId };
}

export async function createActor(tx: DbTx, input: ActorFields, { audit }: Context) {
  const row = await tx.actor.create({ data: dataOf(input, await affiliationOf(tx, input, null)), select: actorEditSelect });
  await audit.record({ entity: "Actor", entityId: row.id, action: "CREATE", before: null, after: { ...actorValues(row), version: "1" }, labels: actorLabels(row) });
  return { id: row.id, name: row.name };
}

export async function updateActor(
  tx: DbTx,
  input: ActorFields & { id: string; version: number; base: Snapshot | null },
  { audit }: Context,
): Promise<SavedRecord> {
  const affiliationId = await affiliationOf(tx, input, input.id);
  return saveVersioned<ActorRow>({
    tx,
    entity: "Actor",
    what: "actor",
    id: input.id,
    version: input.version,
    base: input.base,
    yours: actorValues(dataOf(input, affiliationId)),
    fields: ACTOR_FIELDS,
    lock: async () => ((await lockRow(tx, "Actor", input.id)) ? tx.actor.findUnique({ where: { id: input.id }, select: actorEditSelect }) : null),
    values: actorValues,
    labels: actorLabels,
    write: async (values, current) => {
      const parsed = actorFieldsSchema.parse(values);
      return tx.actor.update({
        where: { id: current.id },
        data: { ...dataOf(parsed, await affiliationOf(tx, parsed, current.id)), version: { increment: 1 } },
        select: actorEditSelect,
      });
    },
    audit,
    href: (row) => `/actors/${row.id}`,
  });
}
