import { toCsvLine } from "@/lib/csv";
import type { Paged } from "@/lib/paging";

/** The last line of a paged export that failed part-way (as lib/claims/csv.ts does for claims). */
export const PAGED_CSV_FAILED_LINE = "# ERROR: the export failed part-way; this file is incomplete. Download it again.";

/**
 * A list page's rows as a stream of CSV bytes, read page by page through the same read (and so
 * the same order and filters) the page uses, one page in memory at a time. The first page is
 * read before the stream is returned, so a database that fails at once fails the request (an
 * error status) instead of a 200; a failure after that ends the file with PAGED_CSV_FAILED_LINE.
 */
export async function streamPagedCsv<T>({
  header,
  readPage,
  fields,
  onError = (error) => console.error("claimline: CSV export failed part-way:", error),
}: {
  header: readonly string[];
  /** page n (from 1) of the list; an empty page ends the export */
  readPage: (page: number) => Promise<Pick<Paged<T>, "items" | "pageCount">>;
  fields: (row: T) => string[];
  onError?: (error: unknown) => void;
}): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let page = 1;
  let batch: Pick<Paged<T>, "items" | "pageCount"> | null = await readPage(page);
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // A byte-order mark so spreadsheet programs read the file as UTF-8.
        controller.enqueue(encoder.encode(`\uFEFF${toCsvLine(header)}`));
      },
      async pull(controller) {
        try {
          if (batch === null || cancelled) return;
          const { items, pageCount } = batch;
          batch = null;
          if (items.length > 0) controller.enqueue(encoder.encode(items.map((row) => toCsvLine(fields(row))).join("")));
          if (items.length === 0 || page >= pageCount) {
            controller.close();
            return;
          }
          page += 1;
          batch = await readPage(page);
        } catch (error) {
          if (cancelled) return;
          onError(error);
          controller.enqueue(encoder.encode(`${PAGED_CSV_FAILED_LINE}\r\n`));
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
