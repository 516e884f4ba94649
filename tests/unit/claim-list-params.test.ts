import { describe, expect, it } from "vitest";
import {
  claimListSearch,
  EMPTY_FILTERS,
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_FILTER,
  parseClaimListParams,
} from "@/lib/claims/list-schema";
import { toEdtf } from "@/lib/dates";

const id = (n: number) => `c${String(n).padStart(24, "0")}`;

describe("parseClaimListParams", () => {
  it("gives the default view for no parameters", () => {
    expect(parseClaimListParams({})).toEqual({ filters: EMPTY_FILTERS, notices: [] });
  });

  it("reads repeated and comma-separated values, from objects and URLSearchParams alike", () => {
    const search = new URLSearchParams(`publisher=${id(1)}&publisher=${id(2)},${id(1)}&stance=DENIES,AFFIRMS`);
    const { filters, notices } = parseClaimListParams(search);
    expect(filters.publisher).toEqual([id(1), id(2)]);
    expect(filters.stance).toEqual(["DENIES", "AFFIRMS"]);
    expect(notices).toEqual([]);
    expect(parseClaimListParams({ publisher: [id(1), id(2)], stance: "DENIES,AFFIRMS" }).filters).toEqual(filters);
  });

  it("drops unknown values with a notice instead of failing", () => {
    const { filters, notices } = parseClaimListParams({ stance: "DENIES,LIES", publisher: "'; DROP TABLE claims; --", dispute: "Bad Slug" });
    expect(filters.stance).toEqual(["DENIES"]);
    expect(filters.publisher).toEqual([]);
    expect(filters.dispute).toEqual([]);
    expect(notices).toHaveLength(3);
    expect(notices.some((notice) => notice.includes("“LIES”"))).toBe(true);
  });

  it("clamps absurd page sizes and pages", () => {
    expect(parseClaimListParams({ size: "1000000", page: "-3" }).filters).toMatchObject({ size: 100, page: 1 });
    expect(parseClaimListParams({ size: "1", page: "99999999" }).filters).toMatchObject({ size: 25, page: 2000 });
    expect(parseClaimListParams({ size: "abc", page: "2.5" }).filters).toMatchObject({ size: 50, page: 1 });
  });

  it("parses dates at any precision and reports malformed ones", () => {
    const { filters, notices } = parseClaimListParams({ from: "2022-03", to: "2022-13-45" });
    expect(filters.from && toEdtf(filters.from)).toBe("2022-03");
    expect(filters.to).toBeNull();
    expect(notices[0]).toMatch(/“to” date “2022-13-45”/);
    expect(parseClaimListParams({ from: "2022-03-20", to: "2022-03-01" }).filters.to).toBeNull();
  });

  it("cuts huge search strings and strips control characters", () => {
    const { filters, notices } = parseClaimListParams({ q: `a\u0000b${"x".repeat(5000)}` });
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(filters.q.startsWith("a b")).toBe(true);
    expect(notices).toHaveLength(1);
  });

  it("limits how many values one filter takes", () => {
    const many = Array.from({ length: 30 }, (_, n) => id(n));
    expect(parseClaimListParams({ actor: many }).filters.actor).toHaveLength(MAX_VALUES_PER_FILTER);
  });

  it("sorts by relevance only when searching", () => {
    expect(parseClaimListParams({ q: "china" }).filters).toMatchObject({ sort: "relevance", dir: "desc" });
    expect(parseClaimListParams({ sort: "relevance" }).filters.sort).toBe("date");
    expect(parseClaimListParams({ sort: "claimant" }).filters).toMatchObject({ sort: "claimant", dir: "asc" });
  });

  it("round-trips a view through its URL", () => {
    const { filters } = parseClaimListParams({
      q: 'say "no limits" \\ OR -x',
      publisher: id(3),
      stance: "QUALIFIES",
      attribution: "ANONYMOUS_SOURCING",
      from: "2021-08",
      to: "2022-03-14",
      sort: "dispute",
      dir: "desc",
      size: "25",
      page: "3",
    });
    const again = parseClaimListParams(new URLSearchParams(claimListSearch(filters).slice(1)));
    expect(again).toEqual({ filters, notices: [] });
    expect(claimListSearch(EMPTY_FILTERS)).toBe("");
  });
});

describe("parseClaimListParams with a hostile query object", () => {
  it("ignores prototype keys and values that are not strings (never throws)", () => {
    const hostile = JSON.parse('{"__proto__": {"sort": ["x"]}, "constructor": "y", "sort": ["date", "claimant"], "dir": [null, 1]}') as Record<
      string,
      string | string[] | undefined
    >;
    const { filters } = parseClaimListParams(hostile);
    expect(filters.sort).toBe("date");
    expect(filters.dir).toBe("desc");
    expect(parseClaimListParams({ toString: undefined, constructor: undefined }).filters).toEqual(EMPTY_FILTERS);
    expect(parseClaimListParams(Object.create({ sort: "claimant" }) as Record<string, string>).filters.sort).toBe("date");
  });
});
