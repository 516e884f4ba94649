import "server-only";
import { STATUS_LABELS } from "@/components/ui/labels";
import { STANCES } from "@/lib/claims/schema";
import { streamPagedCsv } from "@/lib/csv-stream";
import { formatFuzzyDate, toEdtf } from "@/lib/dates";
import { listDisputeSummaries, type DisputeSummary } from "@/lib/disputes/data";

/** Rows read per query while exporting the disputes list. */
export const DISPUTES_CSV_PAGE_SIZE = 500;

export const DISPUTE_CSV_HEADER = [
  "id",
  "slug",
  "title",
  "proposition",
  "status",
  "status_label",
  "tags",
  "claims",
  ...STANCES.map((stance) => `claims_${stance.toLowerCase()}`),
  "latest_statement_edtf",
  "latest_statement",
  "last_updated",
  "url",
];

export function disputeCsvFields(dispute: DisputeSummary, baseUrl: string): string[] {
  return [
    dispute.id,
    dispute.slug,
    dispute.title,
    dispute.proposition,
    dispute.status,
    STATUS_LABELS[dispute.status],
    dispute.tags.join("; "),
    String(dispute.claimCount),
    ...STANCES.map((stance) => String(dispute.stanceCounts[stance])),
    dispute.latestStatement ? toEdtf(dispute.latestStatement) : "",
    dispute.latestStatement ? formatFuzzyDate(dispute.latestStatement) : "",
    dispute.lastUpdated.toISOString(),
    `${baseUrl}/disputes/${dispute.slug}`,
  ];
}

/** The home page's disputes as CSV: every dispute, in the page's order (open first, then title). */
export function streamDisputesCsv(baseUrl: string, { pageSize = DISPUTES_CSV_PAGE_SIZE }: { pageSize?: number } = {}) {
  return streamPagedCsv<DisputeSummary>({
    header: DISPUTE_CSV_HEADER,
    readPage: (page) => listDisputeSummaries(page, pageSize),
    fields: (dispute) => disputeCsvFields(dispute, baseUrl),
  });
}
