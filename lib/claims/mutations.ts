import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/run";
import type { SavedRecord } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/run";
import { saveVersioned } from "@/lib/actions/versioned";
import { createAppearance } from "@/lib/appearances/mutations";
import { recordRef, type Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import { remapAnnotations } from "@/lib/annotations/mutations";
import { appearanceFieldsSchema, CLAIM_FIELDS, claimFieldsSchema, type claimCreateSchema, type ClaimFields } from "@/lib/claims/schema";
import type { z } from "zod";
import type { DbTx } from "@/lib/db";
import type { ClaimStatus } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors";
import { createLink } from "@/lib/links/mutations";
import { dateValue, requiredDateColumns } from "@/lib/records/dates";
import { lockRow } from "@/lib/records/lock";
import { resolveActor, resolveClaim, resolveDispute } from "@/lib/records/resolve";
import { createSource } from "@/lib/sources/mutations";
import { sourceCreateSchema } from "@/lib/sources/schema";

type Context = Pick<ActionContext<CurrentUser>, "audit">;

export const claimEditSelect = {
  id: true,
  disputeId: true,
  dispute: { select: { title: true, slug: true } },
  claimantId: true,
  claimant: { select: { name: true } },
  stance: true,
  text: true,
  quote: true,
  madeAtStart: true,
  madeAtEnd: true,
  madeAtPrecision: true,
  status: true,
  statusReason: true,
  version: true,
} as const satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimEditSelect }>;

/** The fields the claim form edits (status has its own form: retract / supersede). */
export const CLAIM_FORM_FIELDS = CLAIM_FIELDS.filter((field) => field.key !== "status" && field.key !== "statusReason");

export function claimValues(row: Omit<ClaimRow, "id" | "version" | "dispute" | "claimant" | "status" | "statusReason"> & Partial<Pick<ClaimRow, "status" | "statusReason">>): Snapshot {
  return {
    disputeId: row.disputeId,
    claimantId: row.claimantId,
    stance: row.stance,
    text: row.text,
    quote: row.quote ?? "",
    madeAt: dateValue(row.madeAtStart, row.madeAtEnd, row.madeAtPrecision),
    ...(row.status ? { status: row.status, statusReason: row.statusReason ?? "" } : {}),
  };
}

function claimLabels(row: ClaimRow): Record<string, string> {
  return { disputeId: row.dispute.title, claimantId: row.claimant.name };
}

const claimRefs = (row: { disputeId: string; claimantId: string }) => [recordRef("Dispute", row.disputeId), recordRef("Actor", row.claimantId)];

async function dataOf(tx: DbTx, input: ClaimFields) {
  return {
    disputeId: await resolveDispute(tx, "disputeId", input.disputeId),
    claimantId: await resolveActor(tx, "claimantId", input.claimantId),
    stance: input.stance,
    text: input.text,
    quote: input.quote,
    ...requiredDateColumns("madeAt", input.madeAt),
  };
}

/**
 * A new claim, and in the same transaction its first appearance: in a source picked from the
 * list, or in a source created from the form's "new source" part (which gets the same
 * duplicate-URL check as the source form).
 */
export async function createClaim(tx: DbTx, input: z.output<typeof claimCreateSchema>, context: Context) {
  const { audit } = context;
  const row = await tx.claim.create({ data: await dataOf(tx, input), select: claimEditSelect });
  await audit.record({
    entity: "Claim",
    entityId: row.id,
    action: "CREATE",
    before: null,
    after: { ...claimValues(row), version: "1" },
    labels: claimLabels(row),
    refs: claimRefs(row),
  });

  const newSourceTitle = typeof input.newSource?.title === "string" ? input.newSource.title.trim() : "";
  let sourceId: string | null = null;
  if (newSourceTitle !== "") {
    const fields = parseInput(sourceCreateSchema, input.newSource, "newSource.");
    sourceId = (await createSource(tx, fields, context, { field: (name) => `newSource.${name}` })).id;
  } else if (input.appearance?.sourceId) {
    sourceId = input.appearance.sourceId;
  }
  if (sourceId) {
    const appearance = parseInput(
      appearanceFieldsSchema,
      {
        sourceId,
        reportedAt: input.appearance?.reportedAt?.trim() || dateValue(row.madeAtStart, row.madeAtEnd, row.madeAtPrecision),
        attribution: input.appearance?.attribution || (row.quote ? "DIRECT_QUOTE" : "PARAPHRASE"),
        attributionPhrase: input.appearance?.attributionPhrase,
        excerpt: input.appearance?.excerpt,
      },
      "appearance.",
    );
    await createAppearance(tx, { ...appearance, claimId: row.id }, context, { sourceField: newSourceTitle ? "newSource.title" : "appearance.sourceId" });
  }
  return { id: row.id };
}

export async function updateClaim(
  tx: DbTx,
  input: ClaimFields & { id: string; version: number; base: Snapshot | null },
  { audit }: Context,
): Promise<SavedRecord> {
  const yours = claimValues(await dataOf(tx, input));
  return saveVersioned<ClaimRow>({
    tx,
    entity: "Claim",
    what: "claim",
    id: input.id,
    version: input.version,
    base: input.base,
    yours,
    fields: CLAIM_FORM_FIELDS,
    lock: async () => ((await lockRow(tx, "Claim", input.id)) ? tx.claim.findUnique({ where: { id: input.id }, select: claimEditSelect }) : null),
    values: claimValues,
    labels: claimLabels,
    refs: claimRefs,
    write: async (values, current) => {
      const parsed = claimFieldsSchema.parse(values);
      const row = await tx.claim.update({ where: { id: current.id }, data: { ...(await dataOf(tx, parsed)), version: { increment: 1 } }, select: claimEditSelect });
      // Notes on the quote or paraphrase move with their words, or become orphans (never moved to look-alikes).
      await remapAnnotations(tx, row, current, row, { audit });
      return row;
    },
    audit,
    href: (row) => `/claims/${row.id}`,
  });
}

/**
 * Retracting or superseding a claim (or making it active again), with the reason shown beside
 * it. Claims are not deleted for this: a walk-back stays on the record, dimmed. Superseding by
 * a newer claim also links the two (SUPERSEDES).
 */
export async function setClaimStatus(
  tx: DbTx,
  input: { id: string; version: number; status: ClaimStatus; reason: string | null; supersededById: string | null },
  context: Context,
) {
  if (!(await lockRow(tx, "Claim", input.id))) throw new AppError("NOT_FOUND", "This claim no longer exists.");
  const current = await tx.claim.findUniqueOrThrow({ where: { id: input.id }, select: claimEditSelect });
  if (current.version !== input.version && current.status !== input.status) {
    throw new AppError("CONFLICT", `This claim was changed since you opened it (it is now ${current.status.toLowerCase()}): reload and try again.`);
  }
  const row = await tx.claim.update({
    where: { id: current.id },
    data: { status: input.status, statusReason: input.status === "ACTIVE" ? null : input.reason, version: { increment: 1 } },
    select: claimEditSelect,
  });
  await context.audit.record({
    entity: "Claim",
    entityId: row.id,
    action: "UPDATE",
    before: { ...claimValues(current), version: String(current.version) },
    after: { ...claimValues(row), version: String(row.version) },
    labels: claimLabels(row),
    refs: claimRefs(row),
  });
  if (input.status === "SUPERSEDED" && input.supersededById) {
    const by = await resolveClaim(tx, "supersededById", input.supersededById);
    const exists = await tx.claimLink.findUnique({ where: { fromId_toId_kind: { fromId: by, toId: row.id, kind: "SUPERSEDES" } } });
    if (!exists) await createLink(tx, { fromId: by, toId: row.id, kind: "SUPERSEDES", note: input.reason, independence: "UNKNOWN" }, context);
  }
  return { id: row.id, version: row.version, status: row.status };
}
