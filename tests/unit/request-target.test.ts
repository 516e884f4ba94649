import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRequestTarget } from "@/lib/http/request-target";
import { safeHttpUrl } from "@/lib/http/safe-url";

describe("checkRequestTarget", () => {
  it.each([
    "/",
    "/claims?sort=date&dir=asc",
    "/claims?stance=AFFIRMS&stance=DENIES",
    "/claims?q=caf%C3%A9+au+lait",
    "/sources/abc123/history?page=2",
    "/claims?q=%EF%BF%BD",
    "/_next/static/chunks/x.js",
  ])("lets %s through unchanged", (url) => {
    expect(checkRequestTarget(url)).toEqual({ ok: true, url });
  });

  it("turns an absolute-form target into its path", () => {
    expect(checkRequestTarget("http://example.test/claims?sort=date")).toEqual({ ok: true, url: "/claims?sort=date" });
  });

  it.each([
    ["/claims/%zz", /percent-encoding/],
    ["/sources/%c0%ae", /percent-encoding/],
    ["/disputes/%E0%A4%A", /percent-encoding/],
    ["/claims/%ED%A0%80", /percent-encoding/],
    ["/claims/a%00b", /control/],
    ["/claims?q=a%0Ab", /control/],
    ["/claims?q=%C2%85", /control/],
    ["/claims?__proto__=x&sort=date", /__proto__/],
    ["/claims?constructor=x", /constructor/],
    ["/claims?a=1&prototype", /prototype/],
    ["/claims?%5F%5Fproto%5F%5F=x", /__proto__/],
    ["*", /not a path/],
    ["", /not a path/],
    ["//evil.test/x", /\/\//],
    ["/claims/é", /raw character/],
    ["/claims#top", /fragment/],
    [`/claims?q=${"a".repeat(5000)}`, /longer/],
  ])("refuses %s", (url, reason) => {
    const verdict = checkRequestTarget(url);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(reason);
  });

  it("never throws, and whatever it lets through decodes cleanly", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        const verdict = checkRequestTarget(text);
        if (verdict.ok) {
          const [pathname = "", query = ""] = verdict.url.split("?", 2);
          for (const segment of pathname.split("/")) expect(() => decodeURIComponent(segment)).not.toThrow();
          expect(() => new URLSearchParams(query)).not.toThrow();
        }
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe("safeHttpUrl", () => {
  it.each([
    ["https://example.org/a?b=c", "https://example.org/a?b=c"],
    ["http://example.org", "http://example.org/"],
    ["  HTTPS://Example.org/x  ", "https://example.org/x"],
  ])("links %s", (input, href) => {
    expect(safeHttpUrl(input)).toBe(href);
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.test/x", "/claims", "example.org", "https://", "", null, undefined, " javascript:alert(1)", "java\tscript:alert(1)"])(
    "refuses %s",
    (input) => {
      expect(safeHttpUrl(input)).toBeNull();
    },
  );
});
