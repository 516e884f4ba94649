import Link from "next/link";
import { PendingHint } from "@/components/ui/pending-hint";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { StanceBadge } from "@/components/ui/stance-badge";
import { AnnotationCount } from "@/components/annotations/annotation-count";
import type { TimelineCard } from "@/lib/disputes/data";
import { describeOrigins } from "@/lib/provenance/origins";
import { formatFuzzyDate } from "@/lib/date-format";
import { SOURCING_LABELS } from "@/lib/provenance/sourcing";

export interface CardAnswer {
  readonly label: string;
  readonly targetId: string;
  /** an anchor on this page, or the claim's own page when it is in another window */
  readonly targetHref: string;
  readonly targetName: string;
  readonly gap: string;
}

/** One claim on the contested timeline: who, stance, when, what, where it appeared. */
export function ClaimCard({ claim, answers, paired, side }: { claim: TimelineCard; answers: CardAnswer[]; paired: boolean; side?: string }) {
  const { origins, outlets } = claim;
  const classes = ["claim-card", `is-${claim.status.toLowerCase()}`, paired ? "is-paired" : ""].filter(Boolean);
  return (
    <article id={`claim-${claim.id}`} className={classes.join(" ")} aria-labelledby={`claim-${claim.id}-title`}>
      {side && <p className="side-label">{side}</p>}
      <header>
        <span className="claimant" id={`claim-${claim.id}-title`}>
          {claim.claimant.name}
        </span>
        <FuzzyDateText date={claim.madeAt} />
      </header>
      <StanceBadge stance={claim.stance} />{" "}
      <span className={`badge sourcing sourcing-${claim.sourcing.toLowerCase()}`} data-testid="card-sourcing">
        {SOURCING_LABELS[claim.sourcing]}
      </span>
      {claim.status !== "ACTIVE" && <span className="badge badge-status">{claim.status.toLowerCase()}</span>}
      {claim.quote && <blockquote>“{claim.quote}”</blockquote>}
      <p>
        <Link href={`/claims/${claim.id}`}>
          {claim.text}
          <PendingHint />
        </Link>
      </p>
      {answers.length > 0 && (
        <ul className="answers">
          {answers.map((answer) => (
            <li key={answer.targetId}>
              <span aria-hidden="true">↩ </span>
              {answer.label} <a href={answer.targetHref}>{answer.targetName}</a> — {answer.gap}
            </li>
          ))}
        </ul>
      )}
      <footer>
        <span data-testid="card-origins">{describeOrigins(origins)}</span>
        {outlets.length > 0 && <> · {outlets.join(", ")}</>} ·{" "}
        <a className="card-permalink" href={`#claim-${claim.id}`} aria-label={`Link to this card: ${claim.claimant.name}, ${formatFuzzyDate(claim.madeAt)}`}>
          Link
        </a>
        <AnnotationCount claimId={claim.id} count={claim.annotationCount} />
      </footer>
    </article>
  );
}
