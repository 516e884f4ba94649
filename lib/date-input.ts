import { z } from "zod";
import { DateParseError, formatFuzzyDate, lastDayOfMonth, parseEdtf, spanOf, toEdtf, type FuzzyDate } from "@/lib/dates";

/**
 * Date fields as people type them. Accepts EDTF ("2022-03-14", "2021-08", "2022-03~",
 * "2022-02-01/2022-02-20") and the forms news gives: "14 Mar 2022", "March 14, 2022",
 * "March 2022", "2022", "2016–2020", "1–20 March 2022", "mid-March 2022", "early 2022",
 * "around March 2022", and "undated". The result says what was understood (shown before
 * saving) and its canonical EDTF, which is what forms store and send back.
 *
 * "Undated" is its own result (`{ undated: true }`), not a date: a field that can be empty
 * stores it as no date; a field that cannot (a claim's made-at, until the read side models
 * undated claims) refuses it with a message saying so.
 */
export type DateInput =
  | { readonly undated: false; readonly date: FuzzyDate; readonly edtf: string; readonly display: string }
  | { readonly undated: true; readonly edtf: ""; readonly display: "undated" };

const MONTH_NAMES = [
  ["jan", "january"],
  ["feb", "february"],
  ["mar", "march"],
  ["apr", "april"],
  ["may"],
  ["jun", "june"],
  ["jul", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["oct", "october"],
  ["nov", "november"],
  ["dec", "december"],
] as const;

const MONTH = `(${MONTH_NAMES.flat().join("|")})\\.?`;
const UNDATED = /^(undated|unknown|no date|n\.?\s?d\.?|date unknown)$/;
const APPROXIMATE = /^(~|about |around |approximately |approx\.? |circa |ca\.? |c\. ?)\s*/;

function monthIndex(name: string): number {
  const key = name.replace(/\.$/, "");
  return MONTH_NAMES.findIndex((names) => (names as readonly string[]).includes(key));
}

function day(year: number, month: number, dayOfMonth: number): Date {
  if (month < 0 || month > 11 || dayOfMonth < 1 || dayOfMonth > lastDayOfMonth(year, month)) {
    throw new Error(`there is no day ${dayOfMonth} in ${MONTH_NAMES[month]?.at(-1) ?? "that month"} ${year}`);
  }
  return new Date(Date.UTC(year, month, dayOfMonth));
}

interface Range {
  start: Date;
  end: Date;
}

/** One typed date (no interval): a day, a month, a third of a month, a year, a part of a year. */
function parseOne(text: string): Range | null {
  let m: RegExpExecArray | null;
  // 14 March 2022 / 14 Mar. 2022
  if ((m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})$`).exec(text))) {
    const d = day(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
    return { start: d, end: d };
  }
  // March 14, 2022 / March 14 2022
  if ((m = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`).exec(text))) {
    const d = day(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
    return { start: d, end: d };
  }
  // early/mid/late March 2022
  if ((m = new RegExp(`^(early|mid|late)[- ]?${MONTH},? (\\d{4})$`).exec(text))) {
    const year = Number(m[3]);
    const month = monthIndex(m[2]!);
    const [from, to] = m[1] === "early" ? [1, 10] : m[1] === "mid" ? [11, 20] : [21, lastDayOfMonth(year, month)];
    return { start: day(year, month, from), end: day(year, month, to) };
  }
  // March 2022
  if ((m = new RegExp(`^${MONTH},? (\\d{4})$`).exec(text))) {
    const year = Number(m[2]);
    const month = monthIndex(m[1]!);
    return { start: day(year, month, 1), end: day(year, month, lastDayOfMonth(year, month)) };
  }
  // early/mid/late 2022
  if ((m = /^(early|mid|late)[- ]?(\d{4})$/.exec(text))) {
    const year = Number(m[2]);
    const [from, to] = m[1] === "early" ? [0, 3] : m[1] === "mid" ? [4, 7] : [8, 11];
    return { start: day(year, from, 1), end: day(year, to, lastDayOfMonth(year, to)) };
  }
  // 2022
  if ((m = /^(\d{4})$/.exec(text))) {
    const year = Number(m[1]);
    return { start: day(year, 0, 1), end: day(year, 11, 31) };
  }
  // 2022-03-14 / 2022-03 inside a typed interval
  if ((m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text))) {
    const [year, month] = [Number(m[1]), Number(m[2]) - 1];
    if (m[3]) {
      const d = day(year, month, Number(m[3]));
      return { start: d, end: d };
    }
    return { start: day(year, month, 1), end: day(year, month, lastDayOfMonth(year, month)) };
  }
  return null;
}

/** "1–20 March 2022", "14 March – 2 April 2022", "March–April 2022", "2016–2020", "X to Y". */
function parseInterval(text: string): Range | null {
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^(\\d{1,2}) ?[-–—] ?(\\d{1,2}) ${MONTH},? (\\d{4})$`).exec(text))) {
    const [year, month] = [Number(m[4]), monthIndex(m[3]!)];
    return { start: day(year, month, Number(m[1])), end: day(year, month, Number(m[2])) };
  }
  if ((m = new RegExp(`^${MONTH} (\\d{1,2}) ?[-–—] ?(\\d{1,2}),? (\\d{4})$`).exec(text))) {
    const [year, month] = [Number(m[4]), monthIndex(m[1]!)];
    return { start: day(year, month, Number(m[2])), end: day(year, month, Number(m[3])) };
  }
  const parts = text.split(/ ?(?:\bto\b|\buntil\b|\/|–|—| - ) ?|(?<=\d{4}) ?- ?(?=\d{4}$)|(?<=[a-z]) ?- ?(?=[a-z])/);
  if (parts.length !== 2) return null;
  const [firstPart = "", second = ""] = parts.map((part) => part.trim());
  const year = /(\d{4})$/.exec(second)?.[1];
  // "14 March – 2 April 2022", "March – April 2022": the first part borrows the second's year.
  const first = year && !/\d{4}$/.test(firstPart) ? `${firstPart} ${year}` : firstPart;
  const from = parseOne(first);
  const to = parseOne(second);
  if (!from || !to) return null;
  return { start: from.start, end: to.end };
}

function understood(range: Range, approximate: boolean): DateInput {
  if (range.start > range.end) throw new Error("the range ends before it starts");
  const span = spanOf(range.start, range.end);
  const precision = approximate || span === "range" ? "APPROXIMATE" : span === "day" ? "DAY" : span === "month" ? "MONTH" : "YEAR";
  const edtf = toEdtf({ start: range.start, end: range.end, precision });
  // The canonical form goes through the EDTF parser too, so what is stored is what it reads back.
  const date = parseEdtf(edtf);
  return { undated: false, date, edtf, display: formatFuzzyDate(date) };
}

export class DateInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DateInputError";
  }
}

const HINT = 'Try "14 Mar 2022", "March 2022", "mid-March 2022", "2016–2020", an EDTF date such as 2022-03~, or "undated".';

/** Reads a typed date; throws DateInputError with a message for the field. */
export function parseDateInput(input: string): DateInput {
  const raw = input.trim();
  if (raw === "") throw new DateInputError(`Enter a date. ${HINT}`);
  if (raw.length > 80) throw new DateInputError("That is too long for a date.");
  const text = raw.toLowerCase().replace(/\s+/g, " ").replace(/\s*,\s*/g, ", ").trim();
  if (UNDATED.test(text)) return { undated: true, edtf: "", display: "undated" };
  try {
    const date = parseEdtf(raw);
    return { undated: false, date, edtf: toEdtf(date), display: formatFuzzyDate(date) };
  } catch (error) {
    if (!(error instanceof DateParseError)) throw error;
  }
  const approximate = APPROXIMATE.exec(text);
  const rest = approximate ? text.slice(approximate[0].length).trim() : text;
  try {
    const range = parseOne(rest) ?? parseInterval(rest);
    if (range) return understood(range, Boolean(approximate));
  } catch (error) {
    throw new DateInputError(`"${raw}": ${error instanceof Error ? error.message : "not a date"}.`);
  }
  throw new DateInputError(`"${raw}" is not a date Claimline understands. ${HINT}`);
}

/** zod field: a typed date → DateInput (undated allowed) with the parser's message as the issue. */
export const dateInputSchema = z
  .string({ error: "Enter a date." })
  .transform((value, ctx): DateInput => {
    try {
      return parseDateInput(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : "not a date" });
      return z.NEVER;
    }
  });

/** A date field that must hold a date. `undatedMessage` explains why undated is refused here. */
export function requiredDateSchema(undatedMessage: string) {
  return dateInputSchema.transform((value, ctx): FuzzyDate => {
    if (value.undated) {
      ctx.addIssue({ code: "custom", message: undatedMessage });
      return z.NEVER;
    }
    return value.date;
  });
}

/** A date field that may be left empty or "undated": null then. */
export const optionalDateSchema = z
  .string()
  .optional()
  .nullable()
  .transform((value, ctx): FuzzyDate | null => {
    if (value === undefined || value === null || value.trim() === "") return null;
    try {
      const parsed = parseDateInput(value);
      return parsed.undated ? null : parsed.date;
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : "not a date" });
      return z.NEVER;
    }
  });
