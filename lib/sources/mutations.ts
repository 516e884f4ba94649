import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/run";
import type { SavedRecord } from "@/lib/actions/result";
import { saveVersioned } from "@/lib/actions/versioned";
import type { Snapshot } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/roles";
import type { DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dateColumns, dateValue } from "@/lib/records/dates";
import { lockRow } from "@/lib/records/lock";
import { resolveActor } from "@/lib/records/resolve";
import { SOURCE_FIELDS, sourceFieldsSchema, type SourceFields } from "@/lib/sources/schema";

type Context = Pick<ActionContext<CurrentUser>, "audit">;

export const sourceEditSelect = {
  id: true,
  title: true,
  kind: true,
  publisherId: true,
  publisher: { select: { name: true } },
  url: true,
  archiveUrl: true,
  publishedStart: true,
  publishedEnd: true,
  publishedPrecision: true,
  retrievedStart: true,
  retrievedEnd: true,
  retrievedPrecision: true,
  language: true,
  version: true,
} as const satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceEditSelect }>;

export function sourceValues(row: Omit<SourceRow, "id" | "version" | "publisher">): Snapshot {
  return {
    title: row.title,
    kind: row.kind,
    publisherId: row.publisherId ?? "",
    url: row.url ?? "",
    archiveUrl: row.archiveUrl ?? "",
    published: dateValue(row.publishedStart, row.publishedEnd, row.publishedPrecision),
    retrieved: dateValue(row.retrievedStart, row.retrievedEnd, row.retrievedPrecision),
    language: row.language ?? "",
  };
}

function sourceLabels(row: SourceRow): Record<string, string> {
  return row.publisher ? { publisherId: row.publisher.name } : {};
}

function dataOf(input: SourceFields, publisherId: string | null) {
  return {
    title: input.title,
    kind: input.kind,
    publisherId,
    url: input.url,
    archiveUrl: input.archiveUrl,
    language: input.language,
    ...dateColumns("published", input.published),
    ...dateColumns("retrieved", input.retrieved),
  };
}

/**
 * Refuses a URL another source already has (compared normalised, in the database: scheme,
 * "www.", trailing slash and tracking parameters do not count) unless the editor confirmed it
 * is a different document; the error names the existing sources so the form can offer them.
 */
export async function assertUrlNotDuplicate(
  tx: DbTx,
  url: string | null,
  options: { selfId?: string; allowed: boolean; field?: string },
): Promise<void> {
  if (!url || options.allowed) return;
  const matches = await tx.$queryRaw<{ id: string; title: string }[]>`
    SELECT "id", "title" FROM "Source"
    WHERE "urlKey" = claimline_url_key(${url}) AND "id" <> ${options.selfId ?? ""}
    ORDER BY "createdAt" LIMIT 5`;
  if (matches.length === 0) return;
  const field = options.field ?? "url";
  const message = `This address is already recorded as “${matches[0]?.title}”${matches.length > 1 ? ` (and ${matches.length - 1} more)` : ""}. Use that source, or tick “It is a different document” to save anyway.`;
  throw new AppError("INVALID", message, {
    fieldErrors: { [field]: [message] },
    related: matches.map((match) => ({ id: match.id, label: `Existing source: ${match.title}`, href: `/sources/${match.id}` })),
  });
}

export async function createSource(tx: DbTx, input: SourceFields & { allowDuplicateUrl?: boolean }, { audit }: Context, options: { field?: (name: string) => string } = {}) {
  const field = options.field ?? ((name: string) => name);
  await assertUrlNotDuplicate(tx, input.url, { allowed: input.allowDuplicateUrl ?? false, field: field("url") });
  const publisherId = input.publisherId ? await resolveActor(tx, field("publisherId"), input.publisherId) : null;
  const row = await tx.source.create({ data: dataOf(input, publisherId), select: sourceEditSelect });
  await audit.record({ entity: "Source", entityId: row.id, action: "CREATE", before: null, after: { ...sourceValues(row), version: "1" }, labels: sourceLabels(row) });
  return { id: row.id, title: row.title };
}

export async function updateSource(
  tx: DbTx,
  input: SourceFields & { id: string; version: number; base: Snapshot | null; allowDuplicateUrl: boolean },
  { audit }: Context,
): Promise<SavedRecord> {
  const publisherId = input.publisherId ? await resolveActor(tx, "publisherId", input.publisherId) : null;
  return saveVersioned<SourceRow>({
    tx,
    entity: "Source",
    what: "source",
    id: input.id,
    version: input.version,
    base: input.base,
    yours: sourceValues({ ...dataOf(input, publisherId) }),
    fields: SOURCE_FIELDS,
    lock: async () => ((await lockRow(tx, "Source", input.id)) ? tx.source.findUnique({ where: { id: input.id }, select: sourceEditSelect }) : null),
    values: sourceValues,
    labels: sourceLabels,
    write: async (values, current) => {
      const parsed = sourceFieldsSchema.parse(values);
      if (parsed.url !== current.url) await assertUrlNotDuplicate(tx, parsed.url, { selfId: current.id, allowed: input.allowDuplicateUrl });
      const publisher = parsed.publisherId ? await resolveActor(tx, "publisherId", parsed.publisherId) : null;
      return tx.source.update({
        where: { id: current.id },
        data: { ...dataOf(parsed, publisher), version: { increment: 1 } },
        select: sourceEditSelect,
      });
    },
    audit,
    href: (row) => `/sources/${row.id}`,
  });
}
