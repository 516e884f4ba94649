import edtf from "edtf";
import { z } from "zod";
import { DAY_MS, lastDayOfMonth, spanOf, type DatePrecision, type FuzzyDate } from "@/lib/date-format";

// Parsing EDTF strings into FuzzyDates (server side: it brings the edtf grammar and zod).
// Everything for display and comparison is in lib/date-format.ts and re-exported here.
export * from "@/lib/date-format";

export class DateParseError extends Error {
  constructor(input: string, reason: string) {
    super(`"${input}" is not a date Claimline understands: ${reason}`);
    this.name = "DateParseError";
  }
}
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
function utcDay(ms: number): Date {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS);
}
function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month - 1);
}
/** Parses an EDTF date or closed interval into day bounds and a precision. */
export function parseEdtf(input: string): FuzzyDate {
  const text = input.trim();
  if (text.length === 0) throw new DateParseError(input, "it is empty");
  if (text.length > 64) throw new DateParseError(input.slice(0, 64), "it is too long");
  // edtf() reads any string of 5+ digits as a Unix time in ms: "20220314" would become 1 Jan 1970.
  if (/^\d{5,}$/.test(text)) throw new DateParseError(text, "write it as YYYY-MM-DD, not as a number");
  let parsed: ReturnType<typeof edtf>;
  try {
    parsed = edtf(text);
  } catch {
    throw new DateParseError(
      text,
      "use YYYY-MM-DD, YYYY-MM or YYYY, add ~ or ? for approximate, or give a range as start/end",
    );
  }
  if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) {
    throw new DateParseError(text, "open-ended ranges are not supported");
  }
  // The edtf grammar allows day 29 in every February and rolls "2022-02-29" over to 1 March.
  for (const [, y, m, d] of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})/g)) {
    if (!isCalendarDay(Number(y), Number(m), Number(d))) {
      throw new DateParseError(text, `${y}-${m}-${d} is not a day in the calendar`);
    }
  }
  const start = utcDay(parsed.min);
  const end = utcDay(parsed.max);
  const years = [start.getUTCFullYear(), end.getUTCFullYear()];
  if (years.some((y) => y < MIN_YEAR || y > MAX_YEAR)) {
    throw new DateParseError(text, `years must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  if (start > end) throw new DateParseError(text, "the range ends before it starts");

  const qualified = /[~?%]/.test(text) || parsed.type === "Interval";
  const span = spanOf(start, end);
  const precision: DatePrecision =
    qualified || span === "range" ? "APPROXIMATE" : span === "day" ? "DAY" : span === "month" ? "MONTH" : "YEAR";
  return { start, end, precision };
}
/** zod: an EDTF string, parsed into a FuzzyDate, with the parse error as the issue message. */
export const edtfSchema = z.string().transform((value, ctx): FuzzyDate => {
  try {
    return parseEdtf(value);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : "invalid date" });
    return z.NEVER;
  }
});
