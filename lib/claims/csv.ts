import "server-only";
import { listClaimRowsAfter, ranksSearch, type ClaimCursor, type ClaimListRow } from "@/lib/claims/list";
import type { ClaimListFilters } from "@/lib/claims/list-schema";
import { getDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { describeGap, formatFuzzyDate, fuzzyDate, toEdtf, type DatePrecision } from "@/lib/dates";
import { ATTRIBUTION_LABELS } from "@/components/ui/labels";
import { toCsvLine } from "@/lib/csv";
import { describeOrigins } from "@/lib/provenance/origins";

/**
 * CSV export of exactly one claims view, streamed in keyset batches (each batch starts where
 * the last one ended, so every batch costs the same and memory stays flat): the whole view,
 * with no cap.
 */
export const CSV_BATCH_SIZE = 2000;

/**
 * The last line of an export that failed part-way (the 200 status and the first rows are sent
 * by then): whoever reads the file sees it is incomplete, never a silently truncated file.
 */
export const CSV_FAILED_LINE = "# ERROR: the export failed part-way; this file is incomplete. Download it again.";

export const CLAIM_CSV_HEADER = [
  "id",
  "said_edtf",
  "said",
  "claimant",
  "stance",
  "status",
  "dispute",
  "text",
  "quote",
  "first_outlet",
  "first_source",
  "first_reported_edtf",
  "appearances",
  "independent_origins",
  "origin_outlets",
  "relays",
  "origins_summary",
  "sourcing",
  "sourcing_labels",
  "outlets",
  "denies",
  "denied_by",
  "url",
];

/** A denial or rebuttal between two claims, for the `denies` / `denied_by` columns. */
interface AnswerRow {
  fromId: string;
  toId: string;
  kind: string;
  fromName: string;
  toName: string;
  fromStart: Date;
  fromEnd: Date;
  fromPrecision: DatePrecision;
  toStart: Date;
  toEnd: Date;
  toPrecision: DatePrecision;
}

/** "China’s foreign ministry denies U.S. officials (same day) <url>", per claim and direction, for one batch. */
async function answersOf(
  ids: readonly string[],
  baseUrl: string,
  db: Db,
): Promise<{ denies: Map<string, string[]>; deniedBy: Map<string, string[]> }> {
  const denies = new Map<string, string[]>();
  const deniedBy = new Map<string, string[]>();
  if (ids.length === 0) return { denies, deniedBy };
  const rows = await db.$queryRaw<AnswerRow[]>`
    SELECT l."fromId", l."toId", l."kind"::text AS "kind", fa."name" AS "fromName", ta."name" AS "toName",
           f."madeAtStart" AS "fromStart", f."madeAtEnd" AS "fromEnd", f."madeAtPrecision"::text AS "fromPrecision",
           t."madeAtStart" AS "toStart", t."madeAtEnd" AS "toEnd", t."madeAtPrecision"::text AS "toPrecision"
    FROM "ClaimLink" l
    JOIN "Claim" f ON f."id" = l."fromId" JOIN "Actor" fa ON fa."id" = f."claimantId"
    JOIN "Claim" t ON t."id" = l."toId" JOIN "Actor" ta ON ta."id" = t."claimantId"
    WHERE l."kind"::text IN ('DENIES', 'REBUTS') AND (l."fromId" = ANY(${[...ids]}::text[]) OR l."toId" = ANY(${[...ids]}::text[]))
    ORDER BY f."madeAtStart", l."id"`;
  for (const row of rows) {
    const gap = describeGap(fuzzyDate(row.toStart, row.toEnd, row.toPrecision), fuzzyDate(row.fromStart, row.fromEnd, row.fromPrecision));
    const verb = row.kind === "DENIES" ? "denies" : "rebuts";
    denies.set(row.fromId, [...(denies.get(row.fromId) ?? []), `${verb} ${row.toName} (${gap}) ${baseUrl}/claims/${row.toId}`]);
    deniedBy.set(row.toId, [...(deniedBy.get(row.toId) ?? []), `${row.fromName} ${verb} it (${gap}) ${baseUrl}/claims/${row.fromId}`]);
  }
  return { denies, deniedBy };
}

function claimCsvFields(
  row: Omit<ClaimListRow, "highlight">,
  baseUrl: string,
  answers: Awaited<ReturnType<typeof answersOf>>,
): string[] {
  return [
    row.id,
    toEdtf(row.madeAt),
    formatFuzzyDate(row.madeAt),
    row.claimant.name,
    row.stance,
    row.status,
    row.dispute.title,
    row.text,
    row.quote ?? "",
    row.firstAppearance?.outlet ?? "",
    row.firstAppearance?.sourceTitle ?? "",
    row.firstAppearance ? toEdtf(row.firstAppearance.reportedAt) : "",
    String(row.appearanceCount),
    String(row.origins.origins),
    String(row.origins.outlets),
    String(row.origins.relays),
    describeOrigins(row.origins),
    row.attributions.join(" "),
    row.attributions.map((kind) => ATTRIBUTION_LABELS[kind]).join("; "),
    row.outlets.join("; "),
    (answers.denies.get(row.id) ?? []).join("; "),
    (answers.deniedBy.get(row.id) ?? []).join("; "),
    `${baseUrl}/claims/${row.id}`,
  ];
}

/**
 * The export as a stream of CSV bytes. The first batch is read before the stream is returned,
 * so a database that fails at once fails the request (an error status) instead of a 200; a
 * failure after that ends the file with CSV_FAILED_LINE.
 */
export async function streamClaimsCsv(
  filters: ClaimListFilters,
  baseUrl: string,
  {
    db = getDb(),
    batchSize = CSV_BATCH_SIZE,
    onError = (error) => console.error("claimline: CSV export failed part-way:", error),
  }: { db?: Db; batchSize?: number; onError?: (error: unknown) => void } = {},
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const view = { ...filters, size: batchSize };
  // Ranked or not is decided once, so every batch pages through the same order.
  const ranked = await ranksSearch(view, db);
  let batch: { rows: Omit<ClaimListRow, "highlight">[]; next: ClaimCursor | null } | null = await listClaimRowsAfter(
    view,
    null,
    ranked,
    db,
  );
  // The reader went away (a closed download): stop reading batches, and a batch that fails
  // after that is no export failure.
  let cancelled = false;
  const encodeRows = async (rows: Omit<ClaimListRow, "highlight">[]) => {
    const answers = await answersOf(
      rows.map((row) => row.id),
      baseUrl,
      db,
    );
    return encoder.encode(rows.map((row) => toCsvLine(claimCsvFields(row, baseUrl, answers))).join(""));
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // A byte-order mark so spreadsheet programs read the file as UTF-8.
        controller.enqueue(encoder.encode(`\uFEFF${toCsvLine(CLAIM_CSV_HEADER)}`));
      },
      async pull(controller) {
        try {
          if (batch === null || cancelled) return;
          const { rows, next } = batch;
          batch = null;
          if (rows.length > 0) controller.enqueue(await encodeRows(rows));
          if (next === null) {
            controller.close();
            return;
          }
          batch = await listClaimRowsAfter(view, next, ranked, db);
        } catch (error) {
          if (cancelled) return;
          onError(error);
          controller.enqueue(encoder.encode(`${CSV_FAILED_LINE}\r\n`));
          controller.close();
        }
      },
      cancel() {
        cancelled = true;
        batch = null;
      },
    },
    { highWaterMark: 1 },
  );
}
