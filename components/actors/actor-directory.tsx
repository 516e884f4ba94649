import Link from "next/link";
import { ACTOR_KIND_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import type { ActorSummary } from "@/lib/actors/data";

type ActorKind = ActorSummary["kind"];

const KIND_HEADINGS: Record<ActorKind, string> = {
  PERSON: "People",
  GOVERNMENT_BODY: "Government bodies",
  MEDIA_OUTLET: "Media outlets",
  ORGANIZATION: "Organizations",
  ANONYMOUS_GROUP: "Anonymous groups",
};

interface KindGroup {
  kind: ActorKind;
  actors: ActorSummary[];
}

/** Actors grouped by kind, keeping the order they come in (the data layer sorts by kind, then name). */
function groupByKind(actors: ActorSummary[]): KindGroup[] {
  const groups = new Map<ActorKind, KindGroup>();
  for (const actor of actors) {
    const group = groups.get(actor.kind) ?? { kind: actor.kind, actors: [] };
    group.actors.push(actor);
    groups.set(actor.kind, group);
  }
  return [...groups.values()];
}

const kindAnchor = (kind: ActorKind) => `kind-${kind.toLowerCase().replaceAll("_", "-")}`;

/** Every actor, one table per kind, with what each said and published. */
export function ActorDirectory({ actors }: { actors: ActorSummary[] }) {
  const groups = groupByKind(actors);
  return (
    <>
      <nav aria-label="Actor kinds" className="kind-nav">
        <ul>
          {groups.map(({ kind, actors: members }) => (
            <li key={kind}>
              <a href={`#${kindAnchor(kind)}`}>
                {KIND_HEADINGS[kind]} ({members.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ kind, actors: members }) => (
        <section key={kind} aria-labelledby={kindAnchor(kind)} data-testid="actor-kind-group">
          <h2 id={kindAnchor(kind)}>
            {KIND_HEADINGS[kind]} <span className="muted count">({members.length})</span>
          </h2>
          <div className="entity-table-wrap">
            <table className="entity-table actor-table">
              <caption className="visually-hidden">
                {KIND_HEADINGS[kind]}: kind {ACTOR_KIND_LABELS[kind].toLowerCase()}, by name
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="col-name">
                    Name
                  </th>
                  <th scope="col">Role</th>
                  <th scope="col" className="col-country">
                    Country
                  </th>
                  <th scope="col" className="col-affiliation">
                    Affiliation
                  </th>
                  <th scope="col" className="num">
                    Claims made
                  </th>
                  <th scope="col" className="num">
                    Sources published
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((actor) => (
                  <tr key={actor.id}>
                    <th scope="row">
                      <Link href={`/actors/${actor.id}`}>
                        {actor.name}
                        <PendingHint />
                      </Link>
                    </th>
                    <td>{actor.role ?? <span className="muted">—</span>}</td>
                    <td>{actor.country ?? <span className="muted">—</span>}</td>
                    <td>
                      {actor.affiliation ? (
                        <Link href={`/actors/${actor.affiliation.id}`}>
                          {actor.affiliation.name}
                          <PendingHint />
                        </Link>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="num">{actor.claimCount}</td>
                    <td className="num">{actor.sourceCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
