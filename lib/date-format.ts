// Dates with a precision, for display and comparison: no parser and no validation library, so
// this module is safe (and small) in the browser. Parsing EDTF lives in lib/dates.ts.

/**
 * Dates with a precision. News gives "Monday", "last August", "mid-March": every date is an
 * inclusive range of calendar days plus the precision it was given at. The interchange form
 * is an EDTF string (ISO 8601-2): "2022-03-14", "2021-08", "2022", "2022-03~",
 * "2022-02-01/2022-02-20". Bounds are UTC midnights of the first and last day.
 */
export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR", "APPROXIMATE"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface FuzzyDate {
  readonly start: Date;
  readonly end: Date;
  readonly precision: DatePrecision;
}

export const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

export type Span = "day" | "month" | "year" | "range";

/** What calendar unit the inclusive range [start, end] covers exactly. */
export function spanOf(start: Date, end: Date): Span {
  if (start.getTime() === end.getTime()) return "day";
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const startsMonth = start.getUTCDate() === 1;
  const endsMonth = end.getUTCDate() === lastDayOfMonth(end.getUTCFullYear(), end.getUTCMonth());
  if (sameYear && startsMonth && endsMonth) {
    if (start.getUTCMonth() === end.getUTCMonth()) return "month";
    if (start.getUTCMonth() === 0 && end.getUTCMonth() === 11) return "year";
  }
  return "range";
}

/** The canonical EDTF string for a date: parseEdtf(toEdtf(d)) equals d. */
export function toEdtf(date: FuzzyDate): string {
  const { start, end, precision } = date;
  const span = spanOf(start, end);
  const unit =
    span === "day" ? isoDay(start) : span === "month" ? isoDay(start).slice(0, 7) : span === "year" ? isoDay(start).slice(0, 4) : null;
  if (precision !== "APPROXIMATE") {
    if (unit === null) throw new Error(`A ${precision} date must cover exactly one ${precision.toLowerCase()}`);
    return unit;
  }
  return unit === null ? `${isoDay(start)}/${isoDay(end)}` : `${unit}~`;
}

function dayMonthYear(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function monthYear(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Whether a range runs from the first day of a month to the last day of a month. */
function wholeMonths(start: Date, end: Date): boolean {
  return start.getUTCDate() === 1 && end.getUTCDate() === lastDayOfMonth(end.getUTCFullYear(), end.getUTCMonth());
}

function wholeYears(start: Date, end: Date): boolean {
  return wholeMonths(start, end) && start.getUTCMonth() === 0 && end.getUTCMonth() === 11;
}

/**
 * "14 Mar 2022", "Aug 2021", "2022"; "~Mar 2022" only when the date is marked approximate
 * (EDTF "~"); a stated range reads as that range: "14–15 Mar 2022", "mid-Mar 2022",
 * "Feb–Mar 2022", "2016–2020", "25 Feb – 3 Mar 2022".
 */
export function formatFuzzyDate(date: FuzzyDate): string {
  const { start, end, precision } = date;
  const approx = precision === "APPROXIMATE" ? "~" : "";
  const span = spanOf(start, end);
  if (span === "day") return approx + dayMonthYear(start);
  if (span === "month") return approx + monthYear(start);
  if (span === "year") return approx + String(start.getUTCFullYear());

  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (wholeYears(start, end)) return `${start.getUTCFullYear()}–${end.getUTCFullYear()}`;
  if (wholeMonths(start, end)) {
    return sameYear
      ? `${MONTHS[start.getUTCMonth()]}–${monthYear(end)}`
      : `${monthYear(start)} – ${monthYear(end)}`;
  }
  if (sameMonth) {
    const [from, to] = [start.getUTCDate(), end.getUTCDate()];
    const last = lastDayOfMonth(start.getUTCFullYear(), start.getUTCMonth());
    const third = from >= 1 && to <= 10 ? "early" : from >= 11 && to <= 20 ? "mid" : from >= 21 && to <= last ? "late" : null;
    if (third && to - from >= 4) return `${third}-${monthYear(start)}`;
    return `${from}–${to} ${monthYear(start)}`;
  }
  if (sameYear) {
    return `${start.getUTCDate()} ${MONTHS[start.getUTCMonth()]} – ${dayMonthYear(end)}`;
  }
  return `${dayMonthYear(start)} – ${dayMonthYear(end)}`;
}

function longDay(d: Date): string {
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function longMonth(d: Date): string {
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * What a date means, in words for people (not EDTF): "14 March 2022", "some time in August
 * 2021", "approximately March 2022", "some time between 14 and 15 March 2022",
 * "some time between 2016 and 2020".
 */
export function describeDateBounds(date: FuzzyDate): string {
  const { start, end, precision } = date;
  const span = spanOf(start, end);
  if (span !== "range") {
    const unit = span === "day" ? longDay(start) : span === "month" ? longMonth(start) : String(start.getUTCFullYear());
    if (precision === "APPROXIMATE") return `approximately ${unit}`;
    return span === "day" ? unit : `some time in ${unit}`;
  }
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (wholeYears(start, end)) return `some time between ${start.getUTCFullYear()} and ${end.getUTCFullYear()}`;
  if (wholeMonths(start, end)) {
    return sameYear
      ? `some time between ${MONTH_NAMES[start.getUTCMonth()]} and ${longMonth(end)}`
      : `some time between ${longMonth(start)} and ${longMonth(end)}`;
  }
  if (sameMonth) return `some time between ${start.getUTCDate()} and ${longDay(end)}`;
  if (sameYear) return `some time between ${start.getUTCDate()} ${MONTH_NAMES[start.getUTCMonth()]} and ${longDay(end)}`;
  return `some time between ${longDay(start)} and ${longDay(end)}`;
}

/** Orders by earliest bound, then by latest bound (the more precise date first). */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime();
}

/**
 * The time from `earlier` to `later` in words: "same day", "1 day later", "3 days later",
 * or "within ~10 days" when either date is imprecise (gap between the bounds).
 */
export function describeGap(earlier: FuzzyDate, later: FuzzyDate): string {
  const exact = earlier.precision === "DAY" && later.precision === "DAY";
  if (exact) {
    const days = Math.round((later.start.getTime() - earlier.start.getTime()) / DAY_MS);
    if (days === 0) return "same day";
    const n = Math.abs(days);
    const unit = n === 1 ? "day" : "days";
    return days > 0 ? `${n} ${unit} later` : `${n} ${unit} earlier`;
  }
  const widest = Math.round((later.end.getTime() - earlier.start.getTime()) / DAY_MS);
  const narrowest = Math.round((later.start.getTime() - earlier.end.getTime()) / DAY_MS);
  const days = (n: number): string => `${n} ${n === 1 ? "day" : "days"}`;
  if (widest === 0 && narrowest === 0) return "same day"; // both are the same single day
  if (widest < 0) return `up to ~${days(-narrowest)} earlier`;
  if (narrowest <= 0) return `within ~${days(widest)}`;
  return narrowest === widest ? `~${days(narrowest)} later` : `~${narrowest}–${widest} days later`;
}

/** Builds a FuzzyDate from the three columns a date is stored in. */
export function fuzzyDate(start: Date, end: Date, precision: DatePrecision): FuzzyDate {
  return { start, end, precision };
}

/** ISO-like day string for bounds ("2022-03-14"). */
export function formatIsoDay(date: Date): string {
  return isoDay(date);
}

/** A nullable stored date (three columns, all set or all null) as a FuzzyDate, or null. */
export function fuzzyDateOrNull(start: Date | null, end: Date | null, precision: DatePrecision | null): FuzzyDate | null {
  return start && end && precision ? fuzzyDate(start, end, precision) : null;
}
