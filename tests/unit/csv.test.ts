import { describe, expect, it } from "vitest";
import { toCsvField, toCsvLine } from "@/lib/csv";

describe("CSV", () => {
  it("leaves plain fields alone and quotes those with commas, quotes or line breaks", () => {
    expect(toCsvField("Financial Times")).toBe("Financial Times");
    expect(toCsvField("a, b")).toBe('"a, b"');
    expect(toCsvField('“malicious disinformation” and "x"')).toBe('"“malicious disinformation” and ""x"""');
    expect(toCsvField("line\nbreak")).toBe('"line\nbreak"');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsvField("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(toCsvField("+1")).toBe("'+1");
    expect(toCsvField("@cmd")).toBe("'@cmd");
  });

  it("ends lines in CRLF", () => {
    expect(toCsvLine(["a", "b,c", ""])).toBe('a,"b,c",\r\n');
  });
});
