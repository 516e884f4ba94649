import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeValues } from "@/lib/actions/versioned";
import { nestFormParts } from "@/lib/claims/schema";

const FIELDS = [
  { key: "a", label: "A" },
  { key: "b", label: "B" },
  { key: "c", label: "C" },
];

describe("mergeValues (three-way merge per field)", () => {
  it("keeps their change and yours when they touch different fields", () => {
    const result = mergeValues(FIELDS, { a: "1", b: "1", c: "1" }, { a: "2", b: "1", c: "1" }, { a: "1", b: "3", c: "1" });
    expect(result).toEqual({ values: { a: "2", b: "3", c: "1" }, conflicts: [], theirChanges: ["b"] });
  });

  it("reports a conflict when both changed one field differently, and agrees when they made the same change", () => {
    const result = mergeValues(FIELDS, { a: "1", b: "1", c: "1" }, { a: "2", b: "5", c: "1" }, { a: "3", b: "5", c: "1" });
    expect(result.conflicts).toEqual([{ field: "a", base: "1", theirs: "3", yours: "2" }]);
    expect(result.values).toEqual({ a: "2", b: "5", c: "1" });
  });

  it("never loses a value: each merged field is yours or theirs, and only real overlaps conflict", () => {
    const value = fc.constantFrom("x", "y", "z");
    const record = fc.record({ a: value, b: value, c: value });
    fc.assert(
      fc.property(record, record, record, (base, yours, theirs) => {
        const { values, conflicts } = mergeValues(FIELDS, base, yours, theirs);
        for (const { key } of FIELDS) {
          expect([yours[key as "a"], theirs[key as "a"]]).toContain(values[key]);
          const overlap = yours[key as "a"] !== base[key as "a"] && theirs[key as "a"] !== base[key as "a"] && yours[key as "a"] !== theirs[key as "a"];
          expect(conflicts.some((conflict) => conflict.field === key)).toBe(overlap);
        }
      }),
    );
  });
});

describe("nestFormParts", () => {
  it("nests the fields of a form's parts and leaves the rest", () => {
    expect(nestFormParts({ text: "t", "newSource.title": "T", "newSource.kind": "REPORT", "appearance.sourceId": "c1" })).toEqual({
      text: "t",
      newSource: { title: "T", kind: "REPORT" },
      appearance: { sourceId: "c1" },
    });
    expect(nestFormParts({ ".odd": "x" })).toEqual({ ".odd": "x" });
    expect(nestFormParts(null)).toBeNull();
  });
});
