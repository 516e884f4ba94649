import Link from "next/link";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { SOURCE_KIND_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import type { ActorSource } from "@/lib/actors/data";

/** The sources an actor published, earliest first. */
export function PublishedSources({ sources, actorName }: { sources: ActorSource[]; actorName: string }) {
  return (
    <div className="entity-table-wrap">
      <table className="entity-table" data-testid="published-sources">
        <caption className="visually-hidden">Sources published by {actorName}, earliest first</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Published</th>
            <th scope="col" className="num">
              Appearances
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
              <td>{source.published ? <FuzzyDateText date={source.published} /> : <span className="muted">Undated</span>}</td>
              <td className="num">{source.appearanceCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
