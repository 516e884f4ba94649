import "server-only";
import type { ActivityParams } from "@/lib/audit/activity-params";
import { listActivityRowsAfter, type ActivityCsvRow } from "@/lib/audit/data";
import { streamPagedCsv } from "@/lib/csv-stream";

/** Change sets read per query while exporting /activity. */
export const ACTIVITY_CSV_BATCH_SIZE = 500;

export const ACTIVITY_CSV_HEADER = ["id", "at", "editor", "editor_id", "action", "summary", "records", "record_count", "revert_of", "url"];

export function activityCsvFields(row: ActivityCsvRow, baseUrl: string): string[] {
  return [
    row.id,
    row.at.toISOString(),
    row.user?.name ?? "",
    row.user?.id ?? "",
    row.action,
    row.summary ?? "",
    row.records.join("; "),
    String(row.records.length),
    row.revertOfId ?? "",
    `${baseUrl}/activity/${row.id}`,
  ];
}

/**
 * /activity as CSV: every change set matching the view's editor and record type (not only the
 * page shown: `before` is ignored), newest first, read in keyset batches.
 */
export function streamActivityCsv(
  params: Pick<ActivityParams, "editor" | "type">,
  baseUrl: string,
  { batchSize = ACTIVITY_CSV_BATCH_SIZE }: { batchSize?: number } = {},
) {
  const filters = { editor: params.editor, entity: params.type };
  let cursor: { at: Date; id: string } | null = null;
  return streamPagedCsv<ActivityCsvRow>({
    header: ACTIVITY_CSV_HEADER,
    // streamPagedCsv asks for pages 1, 2, 3… in turn: each continues after the previous one.
    readPage: async (page) => {
      const { rows, next } = await listActivityRowsAfter(filters, cursor, batchSize);
      cursor = next;
      return { items: rows, pageCount: next ? page + 1 : page };
    },
    fields: (row) => activityCsvFields(row, baseUrl),
  });
}
