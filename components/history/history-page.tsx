import Link from "next/link";
import { RecordHistory } from "@/components/history/record-history";

/** The History page of one record: heading, a link back, its change sets. */
export function HistoryPage({ title, href, recordRef, page, basePath, note }: { title: string; href: string; recordRef: string; page: number; basePath: string; note?: string }) {
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={href}>{title}</Link> /
      </p>
      <h1>History of “{title}”</h1>
      {note && <p className="muted">{note}</p>}
      <RecordHistory recordRef={recordRef} page={page} basePath={basePath} />
    </div>
  );
}
