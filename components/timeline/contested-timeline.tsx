import Link from "next/link";
import { Fragment } from "react";
import { ClaimCard, type CardAnswer } from "@/components/claims/claim-card";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { columnLabel, LINK_LABELS } from "@/components/ui/labels";
import { StanceBadge } from "@/components/ui/stance-badge";
import type { DisputeHeader, DisputeTimelineData } from "@/lib/disputes/data";
import { formatFuzzyDate } from "@/lib/date-format";
import { isContestedBand, LISTED_WINDOWS, listedWindows, SIDE_COLUMNS, TIMELINE_COLUMNS, type BandPart, type TimelineWindowInfo } from "@/lib/timeline/build";

/**
 * The side-by-side contested timeline: a table whose columns are the sides someone takes (no
 * empty column), whose rows are dates, with context events spanning every column and each
 * denial in the row of the claim it answers, with the time between them. Context and
 * no-comment claims are one line each (a <details>, so they open without JavaScript), and the
 * rows that carry the disagreement are listed above the table. A table reads well without CSS
 * or JavaScript; on a narrow screen CSS stacks it into one column, each card labelled by side.
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
    timeline.bands.flatMap((band) => TIMELINE_COLUMNS.flatMap((column) => band.cells[column].map((claim) => claim.id))),
  );
  const columns = timeline.columns;
  // Cells right of the date: one per side, or one for the context lines when no one takes a side.
  const span = Math.max(1, columns.length);

  if (timeline.bands.length === 0) {
    return <p className="empty">No claims or events are recorded for this dispute yet.</p>;
  }

  const navigation = timeline.windows.length > 1 && (
    <TimelineWindows current={timeline.window} windows={timeline.windows} total={timeline.totalClaims} hrefFor={windowHref} />
  );
  const answersOf = (band: (typeof timeline.bands)[number], claimId: string): CardAnswer[] =>
    band.pairs
      .filter((pair) => pair.responseId === claimId)
      .map((pair) => ({
        label: LINK_LABELS[pair.kind].from,
        targetId: pair.targetId,
        targetHref: shown.has(pair.targetId) ? `#claim-${pair.targetId}` : `/claims/${pair.targetId}`,
        targetName: cards.get(pair.targetId)?.claimant.name ?? "claim",
        gap: pair.gap,
      }));
  const unclaimedSides = (["AFFIRMS", "DENIES"] as const).filter((side) => !columns.includes(side));
  const contextCount = timeline.bands.reduce((sum, band) => sum + band.cells.OTHER.length, 0);

  return (
    <>
      {unclaimedSides.length > 0 && (
        <p className="unclaimed-sides" data-testid="unclaimed-sides">
          {unclaimedSides.map((side) => `No one here takes the side “${columnLabel(side, labels)}”.`).join(" ")}{" "}
          <span className="muted">A side no claim takes gets no column.</span>
        </p>
      )}
      <DisagreementIndex timeline={timeline} cards={cards} labels={labels} contextCount={contextCount} />
      {navigation}
      <div className="timeline-wrap">
        <table className={`timeline columns-${columns.length}`}>
          <caption>
            Rows by date (earliest first); dotted dates are imprecise — hover or focus for their bounds. Denials
            sit in the row of the claim they answer; context is one line per item (open it for the whole card).
          </caption>
          <thead>
            <tr>
              <th scope="col" className="col-date">
                Date
              </th>
              {columns.length === 0 ? (
                <th scope="col" className="col-other">
                  {columnLabel("OTHER", labels)}
                </th>
              ) : (
                columns.map((column) => (
                  <th key={column} scope="col" className={`col-${column.toLowerCase()}`}>
                    {columnLabel(column, labels)}
                  </th>
                ))
              )}
            </tr>
          </thead>
          <tbody>
            {timeline.bands.map((band) => {
              const pairedIds = new Set(band.pairs.flatMap((pair) => [pair.responseId, pair.targetId]));
              const hasSided = columns.some((column) => band.cells[column].length > 0);
              const context = band.cells.OTHER;
              const rowId = `row-${band.key.replaceAll("/", "_")}`;
              return (
                <Fragment key={band.key}>
                  {band.events.map((event) => (
                    <tr key={event.id} className="event-row">
                      <th scope="row">
                        <FuzzyDateText date={event.occurredAt} />
                      </th>
                      <td colSpan={span} className="event">
                        <span className="badge">Event</span> <strong>{event.title}</strong>
                        {event.description && <> — {event.description}</>}
                        {event.sources.length > 0 && (
                          <span className="muted"> (source: {event.sources.map((source) => source.title).join("; ")})</span>
                        )}
                      </td>
                    </tr>
                  ))}
                  {hasSided && (
                    <tr className="claim-row" id={rowId}>
                      <th scope="row">
                        <FuzzyDateText date={band.date} />
                        <PartOf part={band.part} />
                      </th>
                      {columns.map((column) => (
                        <td key={column} data-column={column} className={band.cells[column].length === 0 ? "is-empty" : undefined}>
                          {band.cells[column].map(({ id }) => {
                            const claim = cards.get(id);
                            if (!claim) return null;
                            return (
                              <ClaimCard
                                key={claim.id}
                                claim={claim}
                                answers={answersOf(band, claim.id)}
                                paired={pairedIds.has(claim.id)}
                                side={columnLabel(column, labels)}
                              />
                            );
                          })}
                        </td>
                      ))}
                    </tr>
                  )}
                  {context.length > 0 && (
                    <tr className="context-row" id={hasSided ? undefined : rowId}>
                      {hasSided ? (
                        <td className="context-date" />
                      ) : (
                        <th scope="row">
                          <FuzzyDateText date={band.date} />
                          <PartOf part={band.part} />
                        </th>
                      )}
                      <td colSpan={span} data-column="OTHER">
                        <ul className="context-lines" aria-label={`Context on ${formatFuzzyDate(band.date)}`}>
                          {context.map(({ id }) => {
                            const claim = cards.get(id);
                            if (!claim) return null;
                            return (
                              <li key={claim.id}>
                                <details className="context-line">
                                  <summary>
                                    <StanceBadge stance={claim.stance} /> <strong>{claim.claimant.name}</strong>: {claim.text}
                                  </summary>
                                  <ClaimCard claim={claim} answers={answersOf(band, claim.id)} paired={pairedIds.has(claim.id)} side={columnLabel("OTHER", labels)} />
                                </details>
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                    </tr>
                  )}
                  {band.pairs.map((pair) => {
                    const response = cards.get(pair.responseId);
                    const target = cards.get(pair.targetId);
                    if (!response || !target) return null;
                    return (
                      <tr key={`${pair.responseId}-${pair.targetId}`} className="pair-row">
                        <td className="context-date" />
                        <td colSpan={span}>
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

/** At most this many rows are listed above the timeline; the rest are counted. */
const INDEX_ROWS = 12;

/**
 * The rows that carry the disagreement (claims on a side, or an answer), listed above the
 * timeline with links to them, so a dispute that is mostly context still reads at a glance.
 */
function DisagreementIndex({
  timeline,
  cards,
  labels,
  contextCount,
}: {
  timeline: DisputeTimelineData["timeline"];
  cards: DisputeTimelineData["cards"];
  labels: Pick<DisputeHeader, "affirmLabel" | "denyLabel">;
  contextCount: number;
}) {
  const contested = timeline.bands.filter(isContestedBand);
  if (contested.length === 0) return null;
  const sidesOf = (band: (typeof contested)[number]) =>
    SIDE_COLUMNS.flatMap((column) => {
      const names = [...new Set(band.cells[column].flatMap(({ id }) => cards.get(id)?.claimant.name ?? []))];
      return names.length === 0 ? [] : [`${columnLabel(column, labels)}: ${names.join(", ")}`];
    });
  return (
    <nav className="disagreement-index" aria-labelledby="disagreement-index-title">
      <h3 id="disagreement-index-title">Where the sides meet</h3>
      <p className="muted">
        {countFormat.format(contested.length)} of {countFormat.format(timeline.bands.length)} rows here carry a side or an answer
        {contextCount > 0 && <>; {countFormat.format(contextCount)} context and no-comment items are one line each</>}.
      </p>
      <ol>
        {contested.slice(0, INDEX_ROWS).map((band) => (
          <li key={band.key}>
            <a href={`#row-${band.key.replaceAll("/", "_")}`}>
              {formatFuzzyDate(band.date)}
              {band.part && ` (part ${band.part.index} of ${band.part.of})`}
            </a>{" "}
            — {sidesOf(band).join(" · ")}
            {band.pairs.map((pair) => (
              <span key={`${pair.responseId}-${pair.targetId}`} className="index-pair">
                {" "}
                · {cards.get(pair.responseId)?.claimant.name} {LINK_LABELS[pair.kind].from.toLowerCase()} {cards.get(pair.targetId)?.claimant.name} ({pair.gap})
              </span>
            ))}
          </li>
        ))}
      </ol>
      {contested.length > INDEX_ROWS && <p className="muted">…and {countFormat.format(contested.length - INDEX_ROWS)} more rows below.</p>}
    </nav>
  );
}

const countFormat = new Intl.NumberFormat("en-GB");

/** Under a split row's date: which part of that day's statements this row is. */
function PartOf({ part }: { part: BandPart | undefined }) {
  if (!part) return null;
  return (
    <span className="band-part">
      part {part.index} of {part.of}
    </span>
  );
}

/** Rows sort by their earliest bound, so a section runs from its first row's to its last row's. */
function windowLabel(info: TimelineWindowInfo): string {
  // One row's date, or the parts of one split row: that date as it is given ("2020", "Mar 2022").
  if (formatFuzzyDate(info.firstDate) === formatFuzzyDate(info.lastDate)) return formatFuzzyDate(info.firstDate);
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
          Showing section {current} of {countFormat.format(windows.length)}, {windowLabel(here)}:{" "}
          {countFormat.format(here.claimCount)} of {countFormat.format(total)} claims.{" "}
          {current > 1 && <Link href={hrefFor(current - 1)}>← Earlier</Link>}{" "}
          {current < windows.length && <Link href={hrefFor(current + 1)}>Later →</Link>}
        </p>
      )}
      <ol>
        {listedWindows(current, windows.length).map((index, position) => {
          if (index === "gap") {
            return (
              <li key={`gap-${position}`} className="windows-gap" aria-hidden="true">
                …
              </li>
            );
          }
          const info = windows[index - 1]!;
          return (
            <li key={info.index} value={info.index}>
              {info.index === current ? (
                <strong aria-current="page">{windowLabel(info)}</strong>
              ) : (
                <Link href={hrefFor(info.index)}>{windowLabel(info)}</Link>
              )}{" "}
              <span className="muted">({countFormat.format(info.claimCount)})</span>
            </li>
          );
        })}
      </ol>
      {windows.length > LISTED_WINDOWS && (
        <form method="get" className="windows-jump">
          {[...new URL(hrefFor(1), "http://claimline.invalid").searchParams].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label>
            Section <input name="page" type="number" min={1} max={windows.length} defaultValue={current} size={5} />
          </label>{" "}
          of {countFormat.format(windows.length)} <button type="submit">Go</button>
        </form>
      )}
    </nav>
  );
}
