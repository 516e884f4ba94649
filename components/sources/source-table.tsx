import Link from "next/link";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { SOURCE_KIND_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import type { SourceSummary } from "@/lib/sources/data";

/** Every source in one table: what it is, who published it, when, and what it carries. */
export function SourceTable({ sources }: { sources: SourceSummary[] }) {
  return (
    <div className="entity-table-wrap">
      <table className="entity-table" data-testid="source-table">
        <caption>
          {sources.length} source{sources.length === 1 ? "" : "s"}, by publisher, then by publication date (earliest
          first). Claims counts each claim once; appearances counts every place a claim is on the record in it.
        </caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Publisher</th>
            <th scope="col">Published</th>
            <th scope="col" className="num">
              Claims
            </th>
            <th scope="col" className="num">
              Appearances
            </th>
            <th scope="col" className="num">
              Events
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <th scope="row">
                <Link href={`/sources/${source.id}`}>
                  {source.title}
                  <PendingHint />
                </Link>
              </th>
              <td>{SOURCE_KIND_LABELS[source.kind]}</td>
              <td>
                {source.publisher ? (
                  <Link href={`/actors/${source.publisher.id}`}>
                    {source.publisher.name}
                    <PendingHint />
                  </Link>
                ) : (
                  <span className="muted">Not recorded</span>
                )}
              </td>
              <td>{source.published ? <FuzzyDateText date={source.published} /> : <span className="muted">Undated</span>}</td>
              <td className="num">{source.claimCount}</td>
              <td className="num">{source.appearanceCount}</td>
              <td className="num">{source.eventCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
