import { Fragment } from "react";
import { ClaimCard, type CardAnswer } from "@/components/claims/claim-card";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { columnLabel, LINK_LABELS } from "@/components/ui/labels";
import type { DisputeHeader, DisputeTimelineData } from "@/lib/disputes/data";
import { buildTimeline } from "@/lib/timeline/build";

/**
 * The side-by-side contested timeline: a table whose columns are the sides, whose rows are
 * dates, with context events spanning every column and each denial in the row of the claim
 * it answers, with the time between them. A table reads well without CSS or JavaScript.
 */
export function ContestedTimeline({
  dispute,
  labels,
}: {
  dispute: DisputeTimelineData;
  labels: Pick<DisputeHeader, "affirmLabel" | "denyLabel">;
}) {
  const links = dispute.claims.flatMap((claim) => claim.linksFrom.map((link) => ({ fromId: claim.id, ...link })));
  const timeline = buildTimeline(dispute.claims, dispute.events, links);
  const claimsById = new Map(dispute.claims.map((claim) => [claim.id, claim]));
  const span = timeline.columns.length + 1;

  if (timeline.bands.length === 0) {
    return <p className="empty">No claims or events are recorded for this dispute yet.</p>;
  }

  return (
    <div className="timeline-wrap">
      <table className="timeline">
        <caption>
          Rows by date (earliest first); dotted dates are imprecise — hover or focus for their bounds. Denials sit in
          the row of the claim they answer.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="col-date">
              Date
            </th>
            {timeline.columns.map((column) => (
              <th key={column} scope="col" className={`col-${column.toLowerCase()}`}>
                {columnLabel(column, labels)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {timeline.bands.map((band) => {
            const pairedIds = new Set(band.pairs.flatMap((pair) => [pair.responseId, pair.targetId]));
            const hasClaims = timeline.columns.some((column) => band.cells[column].length > 0);
            return (
              <Fragment key={band.key}>
                {band.events.map((event) => (
                  <tr key={event.id} className="event-row">
                    <th scope="row">
                      <FuzzyDateText date={event.occurredAt} />
                    </th>
                    <td colSpan={span - 1} className="event">
                      <span className="badge">Event</span> <strong>{event.title}</strong>
                      {event.description && <> — {event.description}</>}
                      {event.sources.length > 0 && (
                        <span className="muted"> (source: {event.sources.map((source) => source.title).join("; ")})</span>
                      )}
                    </td>
                  </tr>
                ))}
                {hasClaims && (
                  <tr className="claim-row">
                    <th scope="row">
                      <FuzzyDateText date={band.date} />
                    </th>
                    {timeline.columns.map((column) => (
                      <td key={column} data-column={column}>
                        {band.cells[column].map((claim) => {
                          const answers: CardAnswer[] = band.pairs
                            .filter((pair) => pair.responseId === claim.id)
                            .map((pair) => ({
                              label: LINK_LABELS[pair.kind].from,
                              targetId: pair.targetId,
                              targetName: claimsById.get(pair.targetId)?.claimant.name ?? "claim",
                              gap: pair.gap,
                            }));
                          return (
                            <ClaimCard key={claim.id} claim={claim} answers={answers} paired={pairedIds.has(claim.id)} />
                          );
                        })}
                      </td>
                    ))}
                  </tr>
                )}
                {band.pairs.map((pair) => {
                  const response = claimsById.get(pair.responseId);
                  const target = claimsById.get(pair.targetId);
                  if (!response || !target) return null;
                  return (
                    <tr key={`${pair.responseId}-${pair.targetId}`} className="pair-row">
                      <td />
                      <td colSpan={span - 1}>
                        <p className="pair-note">
                          <span className="connector" aria-hidden="true">
                            ⇄{" "}
                          </span>
                          <strong>{response.claimant.name}</strong> {LINK_LABELS[pair.kind].from.toLowerCase()}{" "}
                          <strong>{target.claimant.name}</strong>: {pair.gap}
                        </p>
                      </td>
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
