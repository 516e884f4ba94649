import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/run";
import type { SavedRecord } from "@/lib/actions/result";
import { saveVersioned } from "@/lib/actions/versioned";
import { recordRef, type Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import { LINK_FIELDS } from "@/lib/claims/schema";
import type { DbTx } from "@/lib/db";
import { linkIndependenceSchema, type LinkIndependence, type LinkKind } from "@/lib/domain/enums";
import { AppError, fieldError } from "@/lib/errors";
import { lockRow } from "@/lib/records/lock";
import { resolveClaim } from "@/lib/records/resolve";

/** Typed links between claims (denies, rebuts…), each with its own version. */
type Context = Pick<ActionContext<CurrentUser>, "audit">;

export const linkEditSelect = {
  id: true,
  fromId: true,
  toId: true,
  kind: true,
  note: true,
  independence: true,
  version: true,
  from: { select: { text: true, claimant: { select: { name: true } } } },
  to: { select: { text: true, claimant: { select: { name: true } } } },
} as const satisfies Prisma.ClaimLinkSelect;

type LinkRow = Prisma.ClaimLinkGetPayload<{ select: typeof linkEditSelect }>;

export function linkValues(row: Pick<LinkRow, "fromId" | "toId" | "kind" | "note" | "independence">): Snapshot {
  return { fromId: row.fromId, toId: row.toId, kind: row.kind, note: row.note ?? "", independence: row.independence };
}

function claimLabel(claim: { text: string; claimant: { name: string } }): string {
  return `${claim.claimant.name}: ${claim.text}`.slice(0, 160);
}

function linkLabels(row: LinkRow): Record<string, string> {
  return { self: `${claimLabel(row.from)} — ${row.kind.toLowerCase()} → ${claimLabel(row.to)}`, fromId: claimLabel(row.from), toId: claimLabel(row.to) };
}

const linkRefs = (row: { fromId: string; toId: string }) => [recordRef("Claim", row.fromId), recordRef("Claim", row.toId)];

export async function createLink(tx: DbTx, input: { fromId: string; toId: string; kind: LinkKind; note: string | null; independence: LinkIndependence }, { audit }: Context) {
  const fromId = await resolveClaim(tx, "fromId", input.fromId);
  const toId = await resolveClaim(tx, "toId", input.toId);
  if (fromId === toId) throw fieldError("toId", "A claim cannot be linked to itself.");
  const existing = await tx.claimLink.findUnique({ where: { fromId_toId_kind: { fromId, toId, kind: input.kind } }, select: { id: true } });
  if (existing) throw fieldError("kind", "These two claims already have a link of this kind.");
  const row = await tx.claimLink.create({ data: { fromId, toId, kind: input.kind, note: input.note, independence: input.independence }, select: linkEditSelect });
  await audit.record({ entity: "ClaimLink", entityId: row.id, action: "CREATE", before: null, after: { ...linkValues(row), version: "1" }, labels: linkLabels(row), refs: linkRefs(row) });
  return { id: row.id, fromId: row.fromId, toId: row.toId };
}

export async function updateLink(
  tx: DbTx,
  input: { id: string; version: number; base: Snapshot | null; kind: LinkKind; note: string | null; independence: LinkIndependence },
  { audit }: Context,
): Promise<SavedRecord> {
  const fields = LINK_FIELDS.filter((field) => field.key === "kind" || field.key === "note" || field.key === "independence");
  return saveVersioned<LinkRow>({
    tx,
    entity: "ClaimLink",
    what: "link",
    id: input.id,
    version: input.version,
    base: input.base,
    yours: { kind: input.kind, note: input.note ?? "", independence: input.independence },
    fields,
    lock: async () => ((await lockRow(tx, "ClaimLink", input.id)) ? tx.claimLink.findUnique({ where: { id: input.id }, select: linkEditSelect }) : null),
    values: linkValues,
    labels: linkLabels,
    refs: linkRefs,
    write: async (values, current) =>
      tx.claimLink.update({
        where: { id: current.id },
        data: { kind: values.kind as LinkKind, note: values.note || null, independence: linkIndependenceSchema.catch("UNKNOWN").parse(values.independence), version: { increment: 1 } },
        select: linkEditSelect,
      }),
    audit,
    href: (row) => `/claims/${row.fromId}#links`,
  });
}

export async function deleteLink(tx: DbTx, input: { id: string }, { audit }: Context) {
  if (!(await lockRow(tx, "ClaimLink", input.id))) throw new AppError("NOT_FOUND", "This link no longer exists.");
  const row = await tx.claimLink.findUniqueOrThrow({ where: { id: input.id }, select: linkEditSelect });
  await tx.claimLink.delete({ where: { id: row.id } });
  await audit.record({ entity: "ClaimLink", entityId: row.id, action: "DELETE", before: { ...linkValues(row), version: String(row.version) }, after: null, labels: linkLabels(row), refs: linkRefs(row) });
  return { fromId: row.fromId };
}
