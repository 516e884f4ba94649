import Link from "next/link";
import { columnLabel, LINK_LABELS } from "@/components/ui/labels";
import { DAY_MS, describeGap, formatFuzzyDate, type FuzzyDate } from "@/lib/date-format";
import type { DisputeHeader, DisputeTimelineData } from "@/lib/disputes/data";
import { columnOf, isContestedBand, TIMELINE_COLUMNS, type TimelineColumn } from "@/lib/timeline/build";

/**
 * The dispute drawn to scale, above the table (whose rows are ordinal, so 2012 sits next to
 * 2022): one lane per side (and one for context), each claim a mark placed by its date — an
 * imprecise date drawn as the range it covers — events as ticks across the lanes, denials as
 * connectors to what they answer. Marks link to their cards. Server-rendered SVG with a visible
 * scale; zoom to a period through the URL (`?from=2022-03&to=2022-04`).
 */
const WIDTH = 800;
const LEFT = 175;
const RIGHT = 12;
const TOP = 22;
const SUBROWS = 3;
const SUBROW = 8;
const LANE = SUBROWS * SUBROW + 10;
const AXIS = 26;
/** Beyond this many claims in view, marks are not drawn one by one (zoom in to see them). */
export const OVERVIEW_MAX_MARKS = 400;

export interface OverviewRange {
  from: Date;
  /** exclusive */
  to: Date;
}

type Overview = DisputeTimelineData["overview"];

function extentOf(dates: readonly FuzzyDate[]): OverviewRange | null {
  if (dates.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const date of dates) {
    from = Math.min(from, date.start.getTime());
    to = Math.max(to, date.end.getTime() + DAY_MS);
  }
  const pad = Math.max(DAY_MS, (to - from) * 0.02);
  return { from: new Date(from - pad), to: new Date(to + pad) };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Tick marks for the scale: years, months or days, at most about ten. */
function ticksFor({ from, to }: OverviewRange): { at: Date; label: string }[] {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  const ticks: { at: Date; label: string }[] = [];
  if (days > 3 * 365) {
    const first = from.getUTCFullYear() + 1;
    const last = to.getUTCFullYear();
    const step = Math.max(1, Math.ceil((last - first + 1) / 10));
    for (let year = first; year <= last; year += step) ticks.push({ at: new Date(Date.UTC(year, 0, 1)), label: String(year) });
  } else if (days > 62) {
    const months = Math.ceil(days / 30);
    const step = Math.max(1, Math.ceil(months / 10));
    let at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    while (at < to) {
      ticks.push({ at, label: at.getUTCMonth() === 0 || ticks.length === 0 ? `${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}` : MONTHS[at.getUTCMonth()]! });
      at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + step, 1));
    }
  } else {
    const step = Math.max(1, Math.ceil(days / 10));
    let at = new Date(Math.ceil(from.getTime() / DAY_MS) * DAY_MS);
    while (at < to) {
      ticks.push({ at, label: `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}` });
      at = new Date(at.getTime() + step * DAY_MS);
    }
  }
  return ticks;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function DisputeOverview({
  overview,
  shownIds,
  labels,
  range: requested,
  hrefForRange,
  contestedExtent,
}: {
  overview: Overview;
  shownIds: ReadonlySet<string>;
  labels: Pick<DisputeHeader, "affirmLabel" | "denyLabel">;
  range: OverviewRange | null;
  hrefForRange: (range: { from: string; to: string } | null) => string;
  contestedExtent: OverviewRange | null;
}) {
  const whole = extentOf([...overview.claims.map((claim) => claim.madeAt), ...overview.events.map((event) => event.occurredAt)]);
  if (!whole) return null;
  const range = requested ?? whole;
  const span = range.to.getTime() - range.from.getTime();
  const x = (date: Date) => LEFT + ((date.getTime() - range.from.getTime()) / span) * (WIDTH - LEFT - RIGHT);
  const inView = (date: FuzzyDate) => date.end.getTime() + DAY_MS > range.from.getTime() && date.start.getTime() < range.to.getTime();

  const claims = overview.claims.filter((claim) => inView(claim.madeAt));
  const lanes: TimelineColumn[] = TIMELINE_COLUMNS.filter((column) => overview.claims.some((claim) => columnOf(claim.stance) === column));
  const laneY = (column: TimelineColumn) => TOP + lanes.indexOf(column) * LANE;
  const height = TOP + lanes.length * LANE + AXIS;
  const drawMarks = claims.length <= OVERVIEW_MAX_MARKS;

  // Marks in sub-rows so that claims on the same days do not hide each other.
  const placed = new Map<string, { x1: number; x2: number; y: number }>();
  if (drawMarks) {
    for (const lane of lanes) {
      const ends: number[] = Array.from({ length: SUBROWS }, () => -Infinity);
      for (const claim of claims.filter((c) => columnOf(c.stance) === lane)) {
        const x1 = Math.max(LEFT, x(claim.madeAt.start));
        const x2 = Math.min(WIDTH - RIGHT, Math.max(x1 + 4, x(new Date(claim.madeAt.end.getTime() + DAY_MS))));
        let row = ends.findIndex((end) => end < x1 - 1);
        if (row === -1) row = ends.indexOf(Math.min(...ends));
        ends[row] = x2;
        placed.set(claim.id, { x1, x2, y: laneY(lane) + 4 + row * SUBROW });
      }
    }
  }
  const byId = new Map(overview.claims.map((claim) => [claim.id, claim]));
  const answersFrom = new Map<string, string[]>();
  for (const link of overview.links) {
    const target = byId.get(link.toId);
    const from = byId.get(link.fromId);
    if (!target || !from) continue;
    const words = `${LINK_LABELS[link.kind].from.toLowerCase()} ${target.claimantName} (${describeGap(target.madeAt, from.madeAt)})`;
    answersFrom.set(link.fromId, [...(answersFrom.get(link.fromId) ?? []), words]);
  }
  const lastDay = new Date(Math.floor((range.to.getTime() - 1) / DAY_MS) * DAY_MS);
  const firstDay = new Date(Math.floor(range.from.getTime() / DAY_MS) * DAY_MS);
  // A span of days, shown as one ("23 Feb – 16 Mar 2022"); precision DAY so no "~" is added.
  const label = formatFuzzyDate({ start: firstDay, end: lastDay, precision: "DAY" });

  return (
    <figure className="overview" aria-labelledby="overview-title">
      <figcaption id="overview-title">
        <strong>To scale:</strong> {claims.length} of {overview.claims.length} claims, {label}. Each mark is a claim at its date (a range is
        drawn as the period it covers); events are vertical ticks; red curves join a denial to what it answers.
      </figcaption>
      <div className="overview-scroll">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} className="overview-svg" role="group" aria-label="The dispute drawn to scale">
          {lanes.map((lane) => (
            <g key={lane}>
              <rect x={0} y={laneY(lane)} width={WIDTH} height={LANE} className={`lane lane-${lane.toLowerCase()}`} />
              <text x={6} y={laneY(lane) + LANE / 2 + 4} className="lane-label">
                {((text) => (text.length > 26 ? `${text.slice(0, 25)}…` : text))(columnLabel(lane, labels))}
              </text>
            </g>
          ))}
          {ticksFor(range).map((tick) => (
            <g key={tick.at.getTime()} aria-hidden="true">
              <line x1={x(tick.at)} x2={x(tick.at)} y1={TOP} y2={height - AXIS + 4} className="tick" />
              <text x={x(tick.at)} y={height - 8} className="tick-label" textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
          {overview.events
            .filter((event) => inView(event.occurredAt))
            .map((event) => {
              const ex = Math.max(LEFT, x(event.occurredAt.start));
              return (
                <g key={event.id} role="img" aria-label={`Event: ${event.title}, ${formatFuzzyDate(event.occurredAt)}`}>
                  <title>{`Event: ${event.title}, ${formatFuzzyDate(event.occurredAt)}`}</title>
                  <line x1={ex} x2={ex} y1={TOP - 6} y2={height - AXIS} className="event-tick" />
                  <path d={`M ${ex - 5} ${TOP - 12} L ${ex} ${TOP - 6} L ${ex + 5} ${TOP - 12} Z`} className="event-mark" />
                </g>
              );
            })}
          {drawMarks &&
            overview.links.map((link) => {
              const from = placed.get(link.fromId);
              const to = placed.get(link.toId);
              if (!from || !to) return null;
              const [fx, tx] = [(from.x1 + from.x2) / 2, (to.x1 + to.x2) / 2];
              const bend = Math.min(from.y, to.y) - 14;
              return <path key={`${link.fromId}-${link.toId}-${link.kind}`} d={`M ${fx} ${from.y} C ${fx} ${bend}, ${tx} ${bend}, ${tx} ${to.y}`} className="connector" aria-hidden="true" />;
            })}
          {drawMarks &&
            claims.map((claim) => {
              const at = placed.get(claim.id);
              if (!at) return null;
              const column = columnOf(claim.stance);
              const answers = answersFrom.get(claim.id);
              const name = `${claim.claimantName}, ${columnLabel(column, labels)}, ${formatFuzzyDate(claim.madeAt)}${answers ? `; ${answers.join("; ")}` : ""}`;
              return (
                <a key={claim.id} href={shownIds.has(claim.id) ? `#claim-${claim.id}` : `/claims/${claim.id}`} aria-label={name}>
                  <title>{name}</title>
                  <rect
                    x={at.x1}
                    y={at.y}
                    width={at.x2 - at.x1}
                    height={SUBROW - 2}
                    rx={2}
                    className={`mark mark-${column.toLowerCase()}${claim.madeAt.precision === "DAY" ? "" : " mark-range"}`}
                  />
                </a>
              );
            })}
          {!drawMarks && (
            <text x={LEFT + 10} y={TOP + 16} className="lane-label">
              {claims.length} claims in view: zoom in to a shorter period to see each one.
            </text>
          )}
        </svg>
      </div>
      <nav className="overview-zoom" aria-label="Zoom the overview">
        <span className="muted">Zoom:</span> {requested ? <Link href={hrefForRange(null)}>the whole dispute</Link> : <strong>the whole dispute</strong>}
        {contestedExtent && (
          <>
            {" · "}
            <Link href={hrefForRange({ from: isoDay(contestedExtent.from), to: isoDay(contestedExtent.to) })}>where the sides meet</Link>
          </>
        )}
        <form method="get" className="overview-range">
          <label>
            from <input name="from" defaultValue={requested ? isoDay(range.from) : ""} placeholder="YYYY-MM-DD" size={10} />
          </label>{" "}
          <label>
            to <input name="to" defaultValue={requested ? isoDay(range.to) : ""} placeholder="YYYY-MM-DD" size={10} />
          </label>{" "}
          <button type="submit">Zoom</button>
        </form>
      </nav>
    </figure>
  );
}

/** The span of the rows where the sides meet, padded, for the "where the sides meet" zoom. */
export function contestedExtentOf(timeline: DisputeTimelineData["timeline"]): OverviewRange | null {
  const dates = timeline.bands.filter(isContestedBand).map((band) => band.date);
  return extentOf(dates);
}
