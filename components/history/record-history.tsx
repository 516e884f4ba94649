import Link from "next/link";
import { ChangeSetView } from "@/components/history/change-set";
import { listRecordHistory } from "@/lib/audit/data";

/** A record's History page body: its change sets, newest first, paged. Readable signed out. */
export async function RecordHistory({ recordRef, page, basePath }: { recordRef: string; page: number; basePath: string }) {
  const history = await listRecordHistory(recordRef, { page });
  if (history.entryCount === 0) {
    return <p className="empty">No recorded changes yet. (Records loaded with the demo data set start without history.)</p>;
  }
  return (
    <>
      <p className="muted" data-testid="history-count">
        {history.entryCount} change{history.entryCount === 1 ? "" : "s"} recorded.
      </p>
      <ol className="history-list">
        {history.changeSets.map((changeSet) => (
          <li key={changeSet.id}>
            <ChangeSetView changeSet={changeSet} />
          </li>
        ))}
      </ol>
      {history.pageCount > 1 && (
        <nav aria-label="History pages" className="pagination">
          {history.page > 1 && <Link href={`${basePath}?page=${history.page - 1}`}>Newer changes</Link>}{" "}
          <span>
            Page {history.page} of {history.pageCount}
          </span>{" "}
          {history.page < history.pageCount && <Link href={`${basePath}?page=${history.page + 1}`}>Older changes</Link>}
        </nav>
      )}
    </>
  );
}
