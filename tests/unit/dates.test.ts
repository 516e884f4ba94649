import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  compareFuzzyDates,
  describeDateBounds,
  DateParseError,
  describeGap,
  edtfSchema,
  formatFuzzyDate,
  formatIsoDay,
  fuzzyDate,
  parseEdtf,
  toEdtf,
  type DatePrecision,
  type FuzzyDate,
} from "@/lib/dates";

const DAY_MS = 86_400_000;

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function bounds(date: FuzzyDate): [string, string, DatePrecision] {
  return [formatIsoDay(date.start), formatIsoDay(date.end), date.precision];
}

function parseError(input: string): DateParseError {
  try {
    parseEdtf(input);
  } catch (error) {
    if (error instanceof DateParseError) return error;
    throw new Error(`expected DateParseError for ${JSON.stringify(input)}, got ${String(error)}`);
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

describe("parseEdtf", () => {
  it.each<[string, string, string, DatePrecision]>([
    ["2022-03-14", "2022-03-14", "2022-03-14", "DAY"],
    ["2021-08", "2021-08-01", "2021-08-31", "MONTH"],
    ["2022-02", "2022-02-01", "2022-02-28", "MONTH"],
    ["2024-02", "2024-02-01", "2024-02-29", "MONTH"],
    ["2022", "2022-01-01", "2022-12-31", "YEAR"],
    ["2022-03~", "2022-03-01", "2022-03-31", "APPROXIMATE"],
    ["2022-03?", "2022-03-01", "2022-03-31", "APPROXIMATE"],
    ["2022-03-14~", "2022-03-14", "2022-03-14", "APPROXIMATE"],
    ["2022?", "2022-01-01", "2022-12-31", "APPROXIMATE"],
    ["2022-02-01/2022-02-20", "2022-02-01", "2022-02-20", "APPROXIMATE"],
    ["2021-12-30/2022-01-02", "2021-12-30", "2022-01-02", "APPROXIMATE"],
    ["2022-01/2022-02", "2022-01-01", "2022-02-28", "APPROXIMATE"],
    // An interval that happens to cover exactly one month is still an approximate date.
    ["2022-03-01/2022-03-31", "2022-03-01", "2022-03-31", "APPROXIMATE"],
    ["2024-02-29", "2024-02-29", "2024-02-29", "DAY"],
    ["1000-01-01", "1000-01-01", "1000-01-01", "DAY"],
    ["9999-12-31", "9999-12-31", "9999-12-31", "DAY"],
    ["  2022-03-14 ", "2022-03-14", "2022-03-14", "DAY"],
  ])("parses %j as %s … %s (%s)", (input, start, end, precision) => {
    const date = parseEdtf(input);
    expect(bounds(date)).toEqual([start, end, precision]);
    expect(date.start).toEqual(utc(start));
    expect(date.end).toEqual(utc(end));
  });

  it("gives bounds at UTC midnight", () => {
    const { start, end } = parseEdtf("2021-08");
    expect(start.getTime() % DAY_MS).toBe(0);
    expect(end.getTime() % DAY_MS).toBe(0);
    expect(start.toISOString()).toBe("2021-08-01T00:00:00.000Z");
    expect(end.toISOString()).toBe("2021-08-31T00:00:00.000Z");
  });

  it.each([
    ["", /it is empty/],
    ["   ", /it is empty/],
    ["garbage", /use YYYY-MM-DD/],
    ["2022-02-30", /use YYYY-MM-DD/],
    ["2022-04-31", /use YYYY-MM-DD/],
    ["2022-13", /use YYYY-MM-DD/],
    ["14/03/2022", /use YYYY-MM-DD/],
    ["2022/..", /open-ended/],
    ["../2022", /open-ended/],
    ["0999", /between 1000 and 9999/],
    ["0500-06-01", /between 1000 and 9999/],
    ["-2022", /between 1000 and 9999/],
    ["2022-03-10/2022-03-01", /not a date Claimline understands/],
    // Not in the calendar: edtf's grammar accepts 29 Feb in any year and would roll it to 1 Mar.
    ["2022-02-29", /2022-02-29 is not a day in the calendar/],
    ["1900-02-29", /not a day in the calendar/],
    ["2023-02-29/2023-03-10", /2023-02-29 is not a day in the calendar/],
    // edtf() reads 5+ digit strings as Unix milliseconds (1 Jan 1970).
    ["20220314", /not as a number/],
    ["10000", /not as a number/],
  ])("rejects %j", (input, reason) => {
    const error = parseError(input);
    expect(error.name).toBe("DateParseError");
    expect(error.message).toMatch(/is not a date Claimline understands/);
    expect(error.message).toMatch(reason);
  });

  it("rejects very long input without echoing all of it", () => {
    const long = `2022-03-14${"~".repeat(10_000)}`;
    const error = parseError(long);
    expect(error.message).toMatch(/it is too long/);
    expect(error.message.length).toBeLessThan(200);
    expect(parseError("x".repeat(65)).message).toMatch(/too long/);
  });

  it("names the input in the message", () => {
    expect(parseError("garbage").message).toMatch(/^"garbage" is not a date/);
  });
});

describe("toEdtf", () => {
  it.each([
    ["2022-03-14", "2022-03-14"],
    ["2021-08", "2021-08"],
    ["2022", "2022"],
    ["2022-03~", "2022-03~"],
    ["2022-03?", "2022-03~"],
    ["2022-03%", "2022-03~"],
    ["2022?", "2022~"],
    ["2022-03-14?", "2022-03-14~"],
    ["2022-02-01/2022-02-20", "2022-02-01/2022-02-20"],
    ["2022-03-01/2022-03-31", "2022-03~"],
    ["2022-01-01/2022-12-31", "2022~"],
    ["2022-01/2022-02", "2022-01-01/2022-02-28"],
    ["2020/2021", "2020-01-01/2021-12-31"],
  ])("writes %j canonically as %j", (input, canonical) => {
    expect(toEdtf(parseEdtf(input))).toBe(canonical);
  });

  it("writes dates built from stored columns", () => {
    expect(toEdtf(fuzzyDate(utc("2022-03-14"), utc("2022-03-14"), "DAY"))).toBe("2022-03-14");
    expect(toEdtf(fuzzyDate(utc("2021-08-01"), utc("2021-08-31"), "MONTH"))).toBe("2021-08");
    expect(toEdtf(fuzzyDate(utc("2022-03-11"), utc("2022-03-20"), "APPROXIMATE"))).toBe("2022-03-11/2022-03-20");
  });

  it("refuses a precision that does not match the bounds", () => {
    expect(() => toEdtf(fuzzyDate(utc("2022-03-14"), utc("2022-03-15"), "DAY"))).toThrow(
      "A DAY date must cover exactly one day",
    );
    expect(() => toEdtf(fuzzyDate(utc("2022-03-01"), utc("2022-03-30"), "MONTH"))).toThrow(/exactly one month/);
    expect(() => toEdtf(fuzzyDate(utc("2022-01-01"), utc("2022-12-30"), "YEAR"))).toThrow(/exactly one year/);
  });
});

describe("formatFuzzyDate", () => {
  it.each([
    ["2022-03-14", "14 Mar 2022"],
    ["2021-08", "Aug 2021"],
    ["2022", "2022"],
    ["2022-03~", "~Mar 2022"],
    ["2022?", "~2022"],
    ["2022-03-14~", "~14 Mar 2022"],
    ["2022-03-11/2022-03-20", "mid-Mar 2022"],
    ["2022-03-01/2022-03-05", "early-Mar 2022"],
    ["2022-03-21/2022-03-31", "late-Mar 2022"],
    ["2022-02-21/2022-02-28", "late-Feb 2022"],
    // Too narrow for "early/mid/late", or straddling two thirds of the month: the days themselves.
    ["2022-03-12/2022-03-14", "12–14 Mar 2022"],
    ["2022-03-05/2022-03-15", "5–15 Mar 2022"],
    ["2022-02-01/2022-02-20", "1–20 Feb 2022"],
    ["2022-02-01/2022-03-31", "Feb–Mar 2022"],
    ["2022-02-25/2022-03-03", "25 Feb – 3 Mar 2022"],
    ["2021-12-30/2022-01-02", "30 Dec 2021 – 2 Jan 2022"],
    ["2020/2021", "2020–2021"],
  ])("shows %j as %j", (input, shown) => {
    expect(formatFuzzyDate(parseEdtf(input))).toBe(shown);
  });
});

describe("describeDateBounds (an imprecise date's bounds, for people)", () => {
  it.each([
    ["2022-03-14", "14 March 2022"],
    ["2021-08", "some time in August 2021"],
    ["2018", "some time in 2018"],
    ["2022-03~", "approximately March 2022"],
    ["2022-03-15~", "approximately 15 March 2022"],
    ["2022-03-14/2022-03-15", "some time between 14 and 15 March 2022"],
    ["2022-02-01/2022-02-20", "some time between 1 and 20 February 2022"],
    ["2022-02-25/2022-03-03", "some time between 25 February and 3 March 2022"],
    ["2016/2020", "some time between 2016 and 2020"],
    ["2022-02-01/2022-03-31", "some time between February and March 2022"],
    ["2021-11-01/2022-02-28", "some time between November 2021 and February 2022"],
    ["2021-01-01/2022-03-15", "some time between 1 January 2021 and 15 March 2022"],
  ])("says %j as %j", (input, words) => {
    expect(describeDateBounds(parseEdtf(input))).toBe(words);
  });
});

describe("compareFuzzyDates", () => {
  it("sorts by earliest bound, then the more precise (earlier-ending) date first", () => {
    const inputs = ["2022-03", "2022-03-14", "2022", "2022-03-01", "2021-12-30/2022-01-02", "2022-02-01/2022-02-20"];
    const sorted = inputs.map(parseEdtf).sort(compareFuzzyDates).map(toEdtf);
    expect(sorted).toEqual(["2021-12-30/2022-01-02", "2022", "2022-02-01/2022-02-20", "2022-03-01", "2022-03", "2022-03-14"]);
  });

  it("is zero only for the same bounds, and antisymmetric", () => {
    const month = parseEdtf("2022-03");
    expect(compareFuzzyDates(month, parseEdtf("2022-03~"))).toBe(0);
    expect(Math.sign(compareFuzzyDates(month, parseEdtf("2022-03-01")))).toBe(1);
    expect(Math.sign(compareFuzzyDates(parseEdtf("2022-03-01"), month))).toBe(-1);
  });
});

describe("describeGap", () => {
  const day = (iso: string): FuzzyDate => parseEdtf(iso);

  it("counts days between exact dates", () => {
    expect(describeGap(day("2022-03-14"), day("2022-03-14"))).toBe("same day");
    expect(describeGap(day("2022-03-13"), day("2022-03-14"))).toBe("1 day later");
    expect(describeGap(day("2022-03-14"), day("2022-03-17"))).toBe("3 days later");
    expect(describeGap(day("2022-03-14"), day("2022-03-13"))).toBe("1 day earlier");
    expect(describeGap(day("2022-03-14"), day("2022-03-04"))).toBe("10 days earlier");
    expect(describeGap(day("2021-12-31"), day("2022-01-01"))).toBe("1 day later");
  });

  it("gives a range when either date is imprecise", () => {
    // 14 Mar vs. some day in March: anywhere from 13 days before to 17 days after.
    expect(describeGap(day("2022-03-14"), parseEdtf("2022-03~"))).toBe("within ~17 days");
    expect(describeGap(day("2022-03-14"), parseEdtf("2022-04"))).toBe("~18–47 days later");
    expect(describeGap(parseEdtf("2022-03~"), parseEdtf("2022-05"))).toBe("~31–91 days later");
    expect(describeGap(parseEdtf("2022-05"), parseEdtf("2022-03~"))).toBe("up to ~91 days earlier");
  });

  it("does not print degenerate ranges or '1 days' when a bound is a single approximate day", () => {
    expect(describeGap(day("2022-03-14~"), day("2022-03-16"))).toBe("~2 days later");
    expect(describeGap(day("2022-03-14~"), day("2022-03-15"))).toBe("~1 day later");
    expect(describeGap(day("2022-03-15"), day("2022-03-14~"))).toBe("up to ~1 day earlier");
    expect(describeGap(day("2022-03-14~"), day("2022-03-14"))).toBe("same day");
    expect(describeGap(parseEdtf("2022-03-14/2022-03-15"), day("2022-03-15"))).toBe("within ~1 day");
  });
});

describe("edtfSchema", () => {
  it("parses a valid EDTF string into a FuzzyDate", () => {
    const result = edtfSchema.safeParse("2022-03~");
    expect(result.success).toBe(true);
    expect(result.data).toEqual(parseEdtf("2022-03~"));
    expect(result.data && bounds(result.data)).toEqual(["2022-03-01", "2022-03-31", "APPROXIMATE"]);
  });

  it("reports the parse error as the issue message", () => {
    const result = edtfSchema.safeParse("2022-02-30");
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toBe(parseError("2022-02-30").message);
    expect(result.error?.issues[0]?.code).toBe("custom");
  });

  it("rejects non-strings", () => {
    const result = edtfSchema.safeParse(20220314);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("invalid_type");
  });
});

describe("round trips (properties)", () => {
  const firstDay = Date.UTC(1000, 0, 1) / DAY_MS;
  const lastDay = Date.UTC(9999, 11, 31) / DAY_MS;
  const dayArb = fc.integer({ min: firstDay, max: lastDay });
  const yearArb = fc.integer({ min: 1000, max: 9999 });
  const monthArb = fc.integer({ min: 0, max: 11 });

  const exactOrApprox = (exact: DatePrecision): fc.Arbitrary<DatePrecision> =>
    fc.constantFrom<DatePrecision>(exact, "APPROXIMATE");

  /** Valid FuzzyDates: a day, month or year at its own precision or approximate, or any day range. */
  const fuzzyArb: fc.Arbitrary<FuzzyDate> = fc.oneof(
    fc.tuple(dayArb, exactOrApprox("DAY")).map(([d, p]) => fuzzyDate(new Date(d * DAY_MS), new Date(d * DAY_MS), p)),
    fc
      .tuple(yearArb, monthArb, exactOrApprox("MONTH"))
      .map(([y, m, p]) => fuzzyDate(new Date(Date.UTC(y, m, 1)), new Date(Date.UTC(y, m + 1, 0)), p)),
    fc
      .tuple(yearArb, exactOrApprox("YEAR"))
      .map(([y, p]) => fuzzyDate(new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y, 11, 31)), p)),
    fc
      .tuple(dayArb, fc.integer({ min: 1, max: 800 }))
      .filter(([d, len]) => d + len <= lastDay)
      .map(([d, len]) => fuzzyDate(new Date(d * DAY_MS), new Date((d + len) * DAY_MS), "APPROXIMATE")),
  );

  it("parseEdtf(toEdtf(d)) equals d", () => {
    fc.assert(
      fc.property(fuzzyArb, (date) => {
        const text = toEdtf(date);
        expect(parseEdtf(text)).toEqual(date);
        expect(typeof formatFuzzyDate(date)).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  /** EDTF strings as an editor might type them: day, month or year, optionally qualified. */
  const unitArb = fc
    .tuple(dayArb, fc.constantFrom("day", "month", "year"))
    .map(([d, unit]) => {
      const iso = new Date(d * DAY_MS).toISOString().slice(0, 10);
      return unit === "day" ? iso : unit === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
    });
  const edtfTextArb = fc.oneof(
    fc.tuple(unitArb, fc.constantFrom("", "~", "?", "%")).map(([unit, q]) => unit + q),
    fc.tuple(unitArb, unitArb).map(([a, b]) => {
      const [from, to] = [a, b].sort();
      return `${from}/${to}`;
    }),
    fc.tuple(yearArb, monthArb).map(([y, m]) => `${pad(y, 4)}-${pad(m + 1, 2)}`),
  );

  it("parse → toEdtf → parse is stable, and toEdtf is canonical", () => {
    fc.assert(
      fc.property(edtfTextArb, (text) => {
        let first: FuzzyDate;
        try {
          first = parseEdtf(text);
        } catch (error) {
          // Some generated intervals are empty or reversed (e.g. "2022-03/2022-03-05"); those must
          // be rejected as DateParseError, never with another error.
          expect(error).toBeInstanceOf(DateParseError);
          return;
        }
        const canonical = toEdtf(first);
        const second = parseEdtf(canonical);
        expect(second).toEqual(first);
        expect(toEdtf(second)).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });
});
