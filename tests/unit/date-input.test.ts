import { describe, expect, it } from "vitest";
import { parseDateInput } from "@/lib/date-input";

function understood(text: string) {
  const result = parseDateInput(text);
  return result.undated ? "undated" : `${result.edtf} | ${result.display} | ${result.date.precision}`;
}

describe("parseDateInput", () => {
  it.each([
    ["2022-03-14", "2022-03-14 | 14 Mar 2022 | DAY"],
    ["14 Mar 2022", "2022-03-14 | 14 Mar 2022 | DAY"],
    ["14 March 2022", "2022-03-14 | 14 Mar 2022 | DAY"],
    ["March 14, 2022", "2022-03-14 | 14 Mar 2022 | DAY"],
    ["march 14th 2022", "2022-03-14 | 14 Mar 2022 | DAY"],
    ["March 2022", "2022-03 | Mar 2022 | MONTH"],
    ["Sept. 2021", "2021-09 | Sep 2021 | MONTH"],
    ["2021-08", "2021-08 | Aug 2021 | MONTH"],
    ["2022", "2022 | 2022 | YEAR"],
    ["2016–2020", "2016-01-01/2020-12-31 | 2016–2020 | APPROXIMATE"],
    ["2016-2020", "2016-01-01/2020-12-31 | 2016–2020 | APPROXIMATE"],
    ["mid-March 2022", "2022-03-11/2022-03-20 | mid-Mar 2022 | APPROXIMATE"],
    ["early March 2022", "2022-03-01/2022-03-10 | early-Mar 2022 | APPROXIMATE"],
    ["late Feb 2022", "2022-02-21/2022-02-28 | late-Feb 2022 | APPROXIMATE"],
    ["1–20 February 2022", "2022-02-01/2022-02-20 | 1–20 Feb 2022 | APPROXIMATE"],
    ["14 March – 2 April 2022", "2022-03-14/2022-04-02 | 14 Mar – 2 Apr 2022 | APPROXIMATE"],
    ["around March 2022", "2022-03~ | ~Mar 2022 | APPROXIMATE"],
    ["2022-03~", "2022-03~ | ~Mar 2022 | APPROXIMATE"],
    ["2022-02-01/2022-02-20", "2022-02-01/2022-02-20 | 1–20 Feb 2022 | APPROXIMATE"],
    ["undated", "undated"],
    ["Unknown", "undated"],
  ])("%s → %s", (text, expected) => {
    expect(understood(text)).toBe(expected);
  });

  it.each(["", "next week", "31 February 2022", "2022-02-30", "2020–2016", "14/03/2022", "x".repeat(90)])(
    "refuses %j with a message",
    (text) => {
      expect(() => parseDateInput(text)).toThrow(/date|day|range|long|Enter/);
    },
  );
});
