import Link from "next/link";
import { ACTOR_KIND_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import type { ActorDetail } from "@/lib/actors/data";

const notRecorded = <span className="muted">Not recorded</span>;

/** Who an actor is: kind, role, country, what they belong to, and who belongs to them. */
export function ActorFacts({ actor }: { actor: ActorDetail }) {
  return (
    <dl className="facts">
      <dt>Kind</dt>
      <dd>{ACTOR_KIND_LABELS[actor.kind]}</dd>
      <dt>Role</dt>
      <dd>{actor.role ?? notRecorded}</dd>
      <dt>Country</dt>
      <dd>{actor.country ?? notRecorded}</dd>
      <dt>Affiliation</dt>
      <dd>
        {actor.affiliation ? (
          <>
            <Link href={`/actors/${actor.affiliation.id}`}>
              {actor.affiliation.name}
              <PendingHint />
            </Link>{" "}
            <span className="muted">({ACTOR_KIND_LABELS[actor.affiliation.kind]})</span>
          </>
        ) : (
          <span className="muted">None</span>
        )}
      </dd>
      <dt>Members</dt>
      <dd>
        {actor.members.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <ul className="member-list" aria-label={`Affiliated with ${actor.name}`}>
            {actor.members.map((member) => (
              <li key={member.id}>
                <Link href={`/actors/${member.id}`}>
                  {member.name}
                  <PendingHint />
                </Link>{" "}
                <span className="muted">({ACTOR_KIND_LABELS[member.kind]})</span>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
