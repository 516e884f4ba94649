import { describeDateBounds, formatFuzzyDate, toEdtf, type FuzzyDate } from "@/lib/date-format";

/**
 * A date shown at its precision ("14 Mar 2022", "Aug 2021", "2018"). An approximate date or a
 * range also carries its bounds in words ("some time between 14 and 15 March 2022"): read out
 * by screen readers, shown on hover and on focus — so a keyboard (Tab) or a tap reaches it
 * too, with no JavaScript.
 */
export function FuzzyDateText({ date }: { date: FuzzyDate }) {
  const text = formatFuzzyDate(date);
  const edtf = toEdtf(date);
  if (date.precision !== "APPROXIMATE") {
    // "2022-03-14", "2021-08" and "2018" are valid HTML date strings as they are.
    return (
      <time dateTime={edtf} className="date" data-edtf={edtf}>
        {text}
      </time>
    );
  }
  return (
    // Focusable so that the bounds can be reached by keyboard and touch, not only by hovering.
    <time className="date date-imprecise" data-edtf={edtf} tabIndex={0}>
      {text}
      <span className="date-bounds"> ({describeDateBounds(date)})</span>
    </time>
  );
}
