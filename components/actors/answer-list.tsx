import Link from "next/link";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { LINK_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import type { ActorAnswer, ActorLinkedClaim } from "@/lib/actors/data";
import { describeGap } from "@/lib/dates";

const ANSWER_NOUNS: Partial<Record<ActorAnswer["kind"], string>> = { DENIES: "Denial", REBUTS: "Rebuttal" };

function ClaimLine({ claim }: { claim: ActorLinkedClaim }) {
  return (
    <>
      <Link href={`/actors/${claim.claimant.id}`}>
        {claim.claimant.name}
        <PendingHint />
      </Link>
      , <FuzzyDateText date={claim.madeAt} />:{" "}
      <Link href={`/claims/${claim.id}`}>
        {claim.text}
        <PendingHint />
      </Link>
    </>
  );
}

/**
 * Denials and rebuttals between an actor's claims and other actors' claims. With side "theirs"
 * the answers are other actors' (answering this actor); with "ours" they are this actor's
 * (answering others). Each row names the other claimant, gives both claims with their dates,
 * the claim answered first, and the time between them.
 */
export function AnswerList({ answers, side, empty }: { answers: ActorAnswer[]; side: "theirs" | "ours"; empty: string }) {
  if (answers.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="answer-list">
      {answers.map((link) => {
        const verb = LINK_LABELS[link.kind].from;
        const other = side === "theirs" ? link.answer.claimant : link.target.claimant;
        return (
          <li key={link.id} data-testid={side === "theirs" ? "denied-by" : "denied"}>
            <p className="answer-head">
              {side === "theirs" ? (
                <>
                  <strong className="claimant">{other.name}</strong> {verb.toLowerCase()}
                </>
              ) : (
                <>
                  {verb} <strong className="claimant">{other.name}</strong>
                </>
              )}{" "}
              <span className="gap">· {describeGap(link.target.madeAt, link.answer.madeAt)}</span>
            </p>
            <dl className="answer-pair">
              <dt>Claim</dt>
              <dd>
                <ClaimLine claim={link.target} />
              </dd>
              <dt>{ANSWER_NOUNS[link.kind] ?? verb}</dt>
              <dd>
                <ClaimLine claim={link.answer} />
              </dd>
            </dl>
            {link.note && <p className="muted answer-note">{link.note}</p>}
          </li>
        );
      })}
    </ul>
  );
}
