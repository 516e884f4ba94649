import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/run";
import type { SavedRecord } from "@/lib/actions/result";
import { saveVersioned } from "@/lib/actions/versioned";
import { recordRef, type Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import { APPEARANCE_FIELDS, appearanceFieldsSchema, type AppearanceFields } from "@/lib/claims/schema";
import type { DbTx } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { dateValue, requiredDateColumns } from "@/lib/records/dates";
import { lockRow } from "@/lib/records/lock";
import { resolveSource } from "@/lib/records/resolve";

/**
 * Appearances: where a claim is on the record. Each carries its own version (adding one never
 * conflicts with edits of the claim). `via` points only at another appearance of the same
 * claim, never in a loop: checked here under the claim's row lock (with a message for the
 * field), and kept by the database too (composite foreign key + trigger, migration
 * 20261130000000), so no write path can break a provenance chain.
 */
type Context = Pick<ActionContext<CurrentUser>, "audit">;

export const appearanceEditSelect = {
  id: true,
  claimId: true,
  sourceId: true,
  source: { select: { title: true, publisher: { select: { name: true } } } },
  reportedStart: true,
  reportedEnd: true,
  reportedPrecision: true,
  attribution: true,
  attributionPhrase: true,
  viaId: true,
  via: { select: { source: { select: { title: true, publisher: { select: { name: true } } } } } },
  excerpt: true,
  independentlySourced: true,
  version: true,
} as const satisfies Prisma.AppearanceSelect;

type AppearanceRow = Prisma.AppearanceGetPayload<{ select: typeof appearanceEditSelect }>;

export function appearanceValues(row: Omit<AppearanceRow, "id" | "claimId" | "version" | "source" | "via">): Snapshot {
  return {
    sourceId: row.sourceId,
    reportedAt: dateValue(row.reportedStart, row.reportedEnd, row.reportedPrecision),
    attribution: row.attribution,
    attributionPhrase: row.attributionPhrase ?? "",
    viaId: row.viaId ?? "",
    excerpt: row.excerpt ?? "",
    independentlySourced: row.independentlySourced ? "yes" : "",
  };
}

function outletName(source: { title: string; publisher: { name: string } | null }): string {
  return source.publisher?.name ?? source.title;
}

export function appearanceLabels(row: AppearanceRow): Record<string, string> {
  return {
    self: `${outletName(row.source)} — ${row.source.title}`,
    sourceId: row.source.title,
    ...(row.via ? { viaId: outletName(row.via.source) } : {}),
  };
}

function appearanceRefs(row: { claimId: string; sourceId: string }): string[] {
  return [recordRef("Claim", row.claimId), recordRef("Source", row.sourceId)];
}

/** The appearance `viaId` may relay for `claimId` without a loop (for `selfId`), or a field error. */
async function checkVia(tx: DbTx, claimId: string, viaId: string | null, selfId: string | null): Promise<string | null> {
  if (!viaId) return null;
  const via = await tx.appearance.findUnique({ where: { id: viaId }, select: { id: true, claimId: true } });
  if (!via) throw fieldError("viaId", "The appearance to relay no longer exists: choose again.");
  if (via.claimId !== claimId) throw fieldError("viaId", "An appearance can only relay another appearance of the same claim.");
  if (selfId) {
    let hop: string | null = via.id;
    for (let steps = 0; hop; steps++) {
      if (hop === selfId || steps > 10_000) throw fieldError("viaId", "That would make the provenance chain loop back on itself.");
      hop = (await tx.appearance.findUnique({ where: { id: hop }, select: { viaId: true } }))?.viaId ?? null;
    }
  }
  return via.id;
}

/** Only a root (relaying nothing) can be independently sourced: a relay repeats its origin. */
function checkIndependent(input: AppearanceFields, viaId: string | null): void {
  if (input.independentlySourced && viaId !== null) {
    throw fieldError("independentlySourced", "Only an origin (relaying nothing) can be independently sourced: a relay repeats what it relays.");
  }
}

function dataOf(input: AppearanceFields, sourceId: string, viaId: string | null) {
  return {
    sourceId,
    ...requiredDateColumns("reported", input.reportedAt),
    attribution: input.attribution,
    attributionPhrase: input.attributionPhrase,
    viaId,
    excerpt: input.excerpt,
    independentlySourced: input.independentlySourced,
  };
}

async function lockClaim(tx: DbTx, claimId: string): Promise<void> {
  if (!(await lockRow(tx, "Claim", claimId))) throw new AppError("NOT_FOUND", "This claim no longer exists: it may have been deleted.");
}

export async function createAppearance(
  tx: DbTx,
  input: AppearanceFields & { claimId: string },
  { audit }: Context,
  options: { sourceField?: string } = {},
) {
  await lockClaim(tx, input.claimId);
  const sourceId = await resolveSource(tx, options.sourceField ?? "sourceId", input.sourceId);
  const viaId = await checkVia(tx, input.claimId, input.viaId, null);
  checkIndependent(input, viaId);
  const row = await tx.appearance.create({ data: { claimId: input.claimId, ...dataOf(input, sourceId, viaId) }, select: appearanceEditSelect });
  await audit.record({
    entity: "Appearance",
    entityId: row.id,
    action: "CREATE",
    before: null,
    after: { ...appearanceValues(row), version: "1" },
    labels: appearanceLabels(row),
    refs: appearanceRefs(row),
  });
  return { id: row.id, claimId: row.claimId };
}

export async function updateAppearance(
  tx: DbTx,
  input: AppearanceFields & { id: string; version: number; base: Snapshot | null },
  { audit }: Context,
): Promise<SavedRecord> {
  const owner = await tx.appearance.findUnique({ where: { id: input.id }, select: { claimId: true } });
  if (!owner) throw new AppError("NOT_FOUND", "This appearance no longer exists.");
  await lockClaim(tx, owner.claimId);
  const sourceId = await resolveSource(tx, "sourceId", input.sourceId);
  const viaId = await checkVia(tx, owner.claimId, input.viaId, input.id);
  checkIndependent(input, viaId);
  return saveVersioned<AppearanceRow>({
    tx,
    entity: "Appearance",
    what: "appearance",
    id: input.id,
    version: input.version,
    base: input.base,
    yours: appearanceValues(dataOf(input, sourceId, viaId)),
    fields: APPEARANCE_FIELDS,
    lock: async () => ((await lockRow(tx, "Appearance", input.id)) ? tx.appearance.findUnique({ where: { id: input.id }, select: appearanceEditSelect }) : null),
    values: appearanceValues,
    labels: appearanceLabels,
    refs: appearanceRefs,
    write: async (values, current) => {
      const parsed = appearanceFieldsSchema.parse(values);
      const finalSource = await resolveSource(tx, "sourceId", parsed.sourceId);
      const finalVia = await checkVia(tx, current.claimId, parsed.viaId, current.id);
      checkIndependent(parsed, finalVia);
      return tx.appearance.update({
        where: { id: current.id },
        data: { ...dataOf(parsed, finalSource, finalVia), version: { increment: 1 } },
        select: appearanceEditSelect,
      });
    },
    audit,
    href: (row) => `/claims/${row.claimId}#appearances`,
  });
}

/** Removes an appearance; appearances that relayed it become roots (recorded as changes too). */
export async function deleteAppearance(tx: DbTx, input: { id: string }, { audit }: Context) {
  const owner = await tx.appearance.findUnique({ where: { id: input.id }, select: { claimId: true } });
  if (!owner) throw new AppError("NOT_FOUND", "This appearance no longer exists.");
  await lockClaim(tx, owner.claimId);
  const row = await tx.appearance.findUniqueOrThrow({ where: { id: input.id }, select: appearanceEditSelect });
  const relays = await tx.appearance.findMany({ where: { viaId: row.id }, select: appearanceEditSelect });
  for (const relay of relays) {
    const updated = await tx.appearance.update({ where: { id: relay.id }, data: { viaId: null, version: { increment: 1 } }, select: appearanceEditSelect });
    await audit.record({
      entity: "Appearance",
      entityId: relay.id,
      action: "UPDATE",
      before: { ...appearanceValues(relay), version: String(relay.version) },
      after: { ...appearanceValues(updated), version: String(updated.version) },
      labels: appearanceLabels(relay),
      refs: appearanceRefs(relay),
    });
  }
  await tx.appearance.delete({ where: { id: row.id } });
  await audit.record({
    entity: "Appearance",
    entityId: row.id,
    action: "DELETE",
    before: { ...appearanceValues(row), version: String(row.version) },
    after: null,
    labels: appearanceLabels(row),
    refs: appearanceRefs(row),
  });
  return { claimId: row.claimId };
}
