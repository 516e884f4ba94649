import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/run";
import type { SavedRecord } from "@/lib/actions/result";
import { saveVersioned } from "@/lib/actions/versioned";
import type { Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import type { DbTx } from "@/lib/db";
import { DISPUTE_FIELDS, disputeFieldsSchema, slugify, type DisputeFields } from "@/lib/disputes/schema";
import { lockRow } from "@/lib/records/lock";

/** Writes to disputes: each audited in the caller's transaction (lib/actions/run.ts). */
type Context = Pick<ActionContext<CurrentUser>, "audit">;

export const disputeEditSelect = {
  id: true,
  slug: true,
  title: true,
  proposition: true,
  summary: true,
  status: true,
  affirmLabel: true,
  denyLabel: true,
  tags: true,
  version: true,
} as const satisfies Prisma.DisputeSelect;

type DisputeRow = Prisma.DisputeGetPayload<{ select: typeof disputeEditSelect }>;

/** The dispute in form shape: what its edit form shows and History records. */
export function disputeValues(row: Omit<DisputeRow, "id" | "version">): Snapshot {
  return {
    title: row.title,
    slug: row.slug,
    proposition: row.proposition,
    summary: row.summary,
    status: row.status,
    affirmLabel: row.affirmLabel,
    denyLabel: row.denyLabel,
    tags: row.tags.join(", "),
  };
}

function dataOf(input: DisputeFields, slug: string) {
  return {
    title: input.title,
    slug,
    proposition: input.proposition,
    summary: input.summary,
    status: input.status,
    affirmLabel: input.affirmLabel,
    denyLabel: input.denyLabel,
    tags: input.tags,
  };
}

/** A slug no other dispute uses: the title's, with -2, -3… when taken. */
async function freeSlug(tx: DbTx, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set(
    (await tx.dispute.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function createDispute(tx: DbTx, input: DisputeFields, { audit }: Context) {
  const slug = input.slug ?? (await freeSlug(tx, input.title));
  const row = await tx.dispute.create({ data: dataOf(input, slug), select: disputeEditSelect });
  await audit.record({ entity: "Dispute", entityId: row.id, action: "CREATE", before: null, after: { ...disputeValues(row), version: "1" } });
  return { id: row.id, slug: row.slug };
}

export async function updateDispute(
  tx: DbTx,
  input: DisputeFields & { id: string; version: number; base: Snapshot | null },
  { audit }: Context,
): Promise<SavedRecord> {
  const yours = disputeValues(dataOf(input, input.slug ?? ""));
  return saveVersioned<DisputeRow>({
    tx,
    entity: "Dispute",
    what: "dispute",
    id: input.id,
    version: input.version,
    base: input.base,
    yours,
    fields: DISPUTE_FIELDS,
    lock: async () => ((await lockRow(tx, "Dispute", input.id)) ? tx.dispute.findUnique({ where: { id: input.id }, select: disputeEditSelect }) : null),
    values: disputeValues,
    write: async (values, current) => {
      const parsed = disputeFieldsSchema.parse(values);
      return tx.dispute.update({
        where: { id: current.id },
        data: { ...dataOf(parsed, parsed.slug ?? current.slug), version: { increment: 1 } },
        select: disputeEditSelect,
      });
    },
    audit,
    href: (row) => `/disputes/${row.slug}`,
  });
}
