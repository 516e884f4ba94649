import "server-only";
import { listClaimRows, ranksSearch, type ClaimListRow } from "@/lib/claims/list";
import type { ClaimListFilters } from "@/lib/claims/list-schema";
import { formatFuzzyDate, toEdtf } from "@/lib/dates";
import { toCsvLine } from "@/lib/csv";
import { describeOrigins } from "@/lib/provenance/origins";

/** CSV export of exactly one claims view, streamed in batches so large views never sit in memory. */
export const CSV_BATCH_SIZE = 1000;
/** An export stops here; narrow the filters for more. */
export const CSV_MAX_ROWS = 200_000;

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
  "url",
];

function claimCsvFields(row: Omit<ClaimListRow, "highlight">, baseUrl: string): string[] {
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
    `${baseUrl}/claims/${row.id}`,
  ];
}

export function streamClaimsCsv(filters: ClaimListFilters, baseUrl: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let page = 1;
  let written = 0;
  let ranked: boolean | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark so spreadsheet programs read the file as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${toCsvLine(CLAIM_CSV_HEADER)}`));
    },
    async pull(controller) {
      // Ranked or not is decided once, so every batch pages through the same order.
      ranked ??= await ranksSearch(filters);
      const batch = await listClaimRows({ ...filters, page, size: CSV_BATCH_SIZE }, undefined, ranked);
      const rows = batch.rows.slice(0, CSV_MAX_ROWS - written);
      if (rows.length > 0) {
        controller.enqueue(encoder.encode(rows.map((row) => toCsvLine(claimCsvFields(row, baseUrl))).join("")));
      }
      written += rows.length;
      page += 1;
      if (batch.rows.length < CSV_BATCH_SIZE || written >= CSV_MAX_ROWS) controller.close();
    },
  });
}

