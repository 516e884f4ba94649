import { toEdtf, type FuzzyDate } from "@/lib/date-format";

/** A stored date in form shape: its canonical EDTF, or "" when there is none. */
export function dateValue(start: Date | null, end: Date | null, precision: FuzzyDate["precision"] | null): string {
  return start && end && precision ? toEdtf({ start, end, precision }) : "";
}

/** A date as its three columns (<name>Start, <name>End, <name>Precision), null when absent. */
export function dateColumns<P extends string>(prefix: P, date: FuzzyDate | null) {
  return {
    [`${prefix}Start`]: date?.start ?? null,
    [`${prefix}End`]: date?.end ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
  } as Record<`${P}Start` | `${P}End`, Date | null> & Record<`${P}Precision`, FuzzyDate["precision"] | null>;
}

/** Same, for a date that is required (non-null columns). */
export function requiredDateColumns<P extends string>(prefix: P, date: FuzzyDate) {
  return dateColumns(prefix, date) as Record<`${P}Start` | `${P}End`, Date> & Record<`${P}Precision`, FuzzyDate["precision"]>;
}
