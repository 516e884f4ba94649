import { formatFuzzyDate, formatIsoDay, toEdtf, type FuzzyDate } from "@/lib/date-format";

/** A date shown at its precision; the exact bounds are in the tooltip and the markup. */
export function FuzzyDateText({ date }: { date: FuzzyDate }) {
  const exact = date.precision === "DAY";
  const bounds = exact
    ? formatIsoDay(date.start)
    : `between ${formatIsoDay(date.start)} and ${formatIsoDay(date.end)} (EDTF ${toEdtf(date)})`;
  return (
    <time
      dateTime={exact ? formatIsoDay(date.start) : undefined}
      title={bounds}
      className={exact ? "date" : "date date-imprecise"}
      data-edtf={toEdtf(date)}
    >
      {formatFuzzyDate(date)}
    </time>
  );
}
