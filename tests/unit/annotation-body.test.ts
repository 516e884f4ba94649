import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnnotationBody } from "@/components/annotations/annotation-body";

const render = (markdown: string) => renderToStaticMarkup(createElement(AnnotationBody, { markdown }));

/** Markdown and HTML payloads people paste into notes: every one must come out inert. */
const PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `"><svg onload="window.__xss=1">`,
  `<a href="javascript:window.__xss=1">click</a>`,
  `[click](javascript:window.__xss=1)`,
  `[click](JaVaScRiPt:window.__xss=1)`,
  `[click](  javascript:window.__xss=1)`,
  `[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)`,
  `[click](vbscript:msgbox(1))`,
  `![x](javascript:window.__xss=1)`,
  `![x](https://example.org/x.png" onerror="window.__xss=1)`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<details open ontoggle="window.__xss=1">`,
  `[a]: javascript:window.__xss=1\n\n[link][a]`,
  `<https://example.org" onmouseover="window.__xss=1>`,
  `<style>body{display:none}</style>`,
];

describe("annotation bodies (Markdown, sanitised)", () => {
  it.each(PAYLOADS)("renders %j inert", (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<(script|iframe|svg|style|img|details)\b/i);
    // No event-handler attribute on any element (escaped text that reads "onerror=" is harmless).
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(html).not.toMatch(/srcdoc=/i);
  });

  it("keeps Markdown formatting, and marks links as user content that gets no ranking", () => {
    const html = render("**bold** _it_ and [a source](https://example.org/a?b=1) or <mailto:desk@example.org>\n\n- one\n- two");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>it</em>");
    expect(html).toContain('<a href="https://example.org/a?b=1" rel="nofollow ugc noopener" target="_blank">a source</a>');
    expect(html).toContain('href="mailto:desk@example.org" rel="nofollow ugc noopener"');
    expect(html).toContain("<li>one</li>");
  });

  it("shows images as links (no remote loads) and relative links as plain text", () => {
    expect(render("![chart](https://example.org/c.png)")).toBe(
      '<div class="note-body"><p><a href="https://example.org/c.png" rel="nofollow ugc noopener" target="_blank">chart</a></p></div>',
    );
    expect(render("[home](/admin)")).toBe('<div class="note-body"><p><span>home</span></p></div>');
  });
});
