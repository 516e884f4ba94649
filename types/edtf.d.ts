// Minimal types for the parts of the `edtf` package (4.x) that lib/dates.ts uses.
declare module "edtf" {
  interface EdtfValue {
    readonly type: "Date" | "Year" | "Season" | "Interval" | "Set" | "List" | "Decade" | "Century";
    /** Earliest instant covered, in ms since the epoch (UTC). */
    readonly min: number;
    /** Latest instant covered, in ms since the epoch (UTC). */
    readonly max: number;
    readonly edtf: string;
  }
  export default function edtf(input: string): EdtfValue;
}
