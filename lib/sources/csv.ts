import "server-only";
import { SOURCE_KIND_LABELS } from "@/components/ui/labels";
import { streamPagedCsv } from "@/lib/csv-stream";
import { formatFuzzyDate, toEdtf } from "@/lib/dates";
import { listSourceSummaries, type SourceSummary } from "@/lib/sources/data";

/** Rows read per query while exporting /sources. */
export const SOURCES_CSV_PAGE_SIZE = 1000;

export const SOURCE_CSV_HEADER = [
  "id",
  "title",
  "kind",
  "kind_label",
  "publisher",
  "publisher_id",
  "published_edtf",
  "published",
  "claims",
  "appearances",
  "events",
  "document_url",
  "url",
];

export function sourceCsvFields(source: SourceSummary, baseUrl: string): string[] {
  return [
    source.id,
    source.title,
    source.kind,
    SOURCE_KIND_LABELS[source.kind],
    source.publisher?.name ?? "",
    source.publisher?.id ?? "",
    source.published ? toEdtf(source.published) : "",
    source.published ? formatFuzzyDate(source.published) : "",
    String(source.claimCount),
    String(source.appearanceCount),
    String(source.eventCount),
    source.url ?? "",
    `${baseUrl}/sources/${source.id}`,
  ];
}

/** /sources as CSV: every source, in the page's order (publisher, date, title), read a page at a time. */
export function streamSourcesCsv(baseUrl: string, { pageSize = SOURCES_CSV_PAGE_SIZE }: { pageSize?: number } = {}) {
  return streamPagedCsv<SourceSummary>({
    header: SOURCE_CSV_HEADER,
    readPage: (page) => listSourceSummaries(page, pageSize),
    fields: (source) => sourceCsvFields(source, baseUrl),
  });
}
