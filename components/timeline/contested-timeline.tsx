import Link from "next/link";
import { Fragment } from "react";
import { ClaimCard, type CardAnswer } from "@/components/claims/claim-card";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { columnLabel, LINK_LABELS } from "@/components/ui/labels";
import type { DisputeHeader, DisputeTimelineData } from "@/lib/disputes/data";
import { formatFuzzyDate } from "@/lib/date-format";
import type { TimelineWindowInfo } from "@/lib/timeline/build";

/**
 * The side-by-side contested timeline: a table whose columns are the sides, whose rows are
 * dates, with context events spanning every column and each denial in the row of the claim
 * it answers, with the time between them. A table reads well without CSS or JavaScript.
 */
export function ContestedTimeline({
  data: { timeline, cards },
  labels,
  windowHref,
}: {
  data: DisputeTimelineData;
  labels: Pick<DisputeHeader, "affirmLabel" | "denyLabel">;
  windowHref: (window: number) => string;
}) {
  const shown = new Set(
    timeline.bands.flatMap((band) => timeline.columns.flatMap((column) => band.cells[column].map((claim) => claim.id))),
  );
  const span = timeline.columns.length + 1;

  if (timeline.bands.length === 0) {
    return <p className="empty">No claims or events are recorded for this dispute yet.</p>;
  }

  const navigation = timeline.windows.length > 1 && (
    <TimelineWindows current={timeline.window} windows={timeline.windows} total={timeline.totalClaims} hrefFor={windowHref} />
  );

  return (
    <>
    {navigation}
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
                        {band.cells[column].map(({ id }) => {
                          const claim = cards.get(id);
                          if (!claim) return null;
                          const answers: CardAnswer[] = band.pairs
                            .filter((pair) => pair.responseId === claim.id)
                            .map((pair) => ({
                              label: LINK_LABELS[pair.kind].from,
                              targetId: pair.targetId,
                              targetHref: shown.has(pair.targetId) ? `#claim-${pair.targetId}` : `/claims/${pair.targetId}`,
                              targetName: cards.get(pair.targetId)?.claimant.name ?? "claim",
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
                  const response = cards.get(pair.responseId);
                  const target = cards.get(pair.targetId);
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
    {navigation}
    </>
  );
}

const countFormat = new Intl.NumberFormat("en-GB");

/** Rows sort by their earliest bound, so a section runs from its first row's to its last row's. */
function windowLabel(info: TimelineWindowInfo): string {
  const day = (date: Date) => formatFuzzyDate({ start: date, end: date, precision: "DAY" });
  return `${day(info.firstDate.start)} – ${day(info.lastDate.start)}`;
}

/** A long timeline's windows: where the reader is, and links to the others, by date range. */
function TimelineWindows({
  current,
  windows,
  total,
  hrefFor,
}: {
  current: number;
  windows: readonly TimelineWindowInfo[];
  total: number;
  hrefFor: (window: number) => string;
}) {
  const here = windows[current - 1];
  return (
    <nav className="timeline-windows" aria-label="Timeline sections">
      {here && (
        <p>
          Showing {windowLabel(here)}:{" "}
          {countFormat.format(here.claimCount)} of {countFormat.format(total)} claims.{" "}
          {current > 1 && <Link href={hrefFor(current - 1)}>← Earlier</Link>}{" "}
          {current < windows.length && <Link href={hrefFor(current + 1)}>Later →</Link>}
        </p>
      )}
      <ol>
        {windows.map((info) => (
          <li key={info.index}>
            {info.index === current ? (
              <strong aria-current="page">{windowLabel(info)}</strong>
            ) : (
              <Link href={hrefFor(info.index)}>{windowLabel(info)}</Link>
            )}{" "}
            <span className="muted">({countFormat.format(info.claimCount)})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

