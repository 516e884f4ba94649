import Link from "next/link";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { STANCE_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import { StanceBadge } from "@/components/ui/stance-badge";
import type { ActorStanceRecord } from "@/lib/actors/data";
import { STANCES } from "@/lib/claims/schema";

/**
 * What an actor said, dispute by dispute: counts per stance (all the actor's claims in the
 * dispute), then the claims on this page in date order.
 */
export function StanceRecord({ record, actorName }: { record: ActorStanceRecord[]; actorName: string }) {
  if (record.length === 0) {
    return <p className="empty">No claim by {actorName} is recorded yet.</p>;
  }
  return (
    <>
      {record.map(({ dispute, stanceCounts, claimCount, claims }) => {
        const headingId = `record-${dispute.id}`;
        return (
          <section key={dispute.id} className="dispute-group" aria-labelledby={headingId} data-testid="stance-record">
            <h3 id={headingId}>
              <Link href={`/disputes/${dispute.slug}`}>
                {dispute.title}
                <PendingHint />
              </Link>
            </h3>
            <ul className="stance-counts" aria-label={`${claimCount} claim${claimCount === 1 ? "" : "s"} by stance`}>
              {STANCES.filter((stance) => stanceCounts[stance] > 0).map((stance) => (
                <li key={stance} className={`badge stance-${stance.toLowerCase()}`} data-stance={stance}>
                  {STANCE_LABELS[stance]}: {stanceCounts[stance]}
                </li>
              ))}
            </ul>
            {claims.length < claimCount && (
              <p className="muted">
                {claims.length} of these {claimCount} claims on this page.
              </p>
            )}
            <div className="entity-table-wrap">
              <table className="entity-table record-table" aria-labelledby={headingId}>
                <thead>
                  <tr>
                    <th scope="col" className="col-date">
                      Said
                    </th>
                    <th scope="col" className="col-stance">
                      Stance
                    </th>
                    <th scope="col">Claim</th>
                    <th scope="col" className="num">
                      Appearances
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {claims.map((claim) => (
                    <tr key={claim.id} className={claim.status === "ACTIVE" ? undefined : `is-${claim.status.toLowerCase()}`}>
                      <td>
                        <FuzzyDateText date={claim.madeAt} />
                      </td>
                      <td>
                        <StanceBadge stance={claim.stance} />
                        {claim.status !== "ACTIVE" && (
                          <>
                            {" "}
                            <span className="badge badge-status">{claim.status.toLowerCase()}</span>
                          </>
                        )}
                      </td>
                      <td>
                        <Link href={`/claims/${claim.id}`}>
                          {claim.text}
                          <PendingHint />
                        </Link>
                      </td>
                      <td className="num">{claim.appearanceCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
