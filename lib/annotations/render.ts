import type { Element, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/**
 * A note's Markdown → safe HTML, once, when the note is written (stored as "bodyHtml"; the
 * "cooked" copy, as forum software keeps it): parsing Markdown costs about a millisecond a note,
 * too much for a claim page with hundreds of notes. The pipeline is unified's own:
 * remark-parse + remark-gfm → remark-rehype (raw HTML dropped: no allowDangerousHtml) →
 * rehype-sanitize (GitHub's schema) → our link rules → rehype-stringify. Links: only http(s) and
 * mailto survive, with rel="nofollow ugc noopener" and a new tab; anything else (javascript:,
 * data:, vbscript:, relative) becomes plain text. Images become links (no remote loads);
 * headings become bold paragraphs (the page's outline is the page's).
 */
export const RENDERER_VERSION = 1;

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export function safeHref(url: unknown): string | null {
  if (typeof url !== "string") return null;
  const trimmed = url.trim();
  return SAFE_LINK.test(trimmed) ? trimmed : null;
}

function noteRules() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "img") {
        const src = safeHref(node.properties.src);
        const alt = typeof node.properties.alt === "string" && node.properties.alt ? node.properties.alt : (src ?? "");
        node.tagName = src ? "a" : "span";
        node.properties = src ? { href: src } : {};
        node.children = [{ type: "text", value: alt }];
      }
      if (node.tagName === "a") {
        const href = safeHref(node.properties.href);
        if (href) node.properties = { href, rel: ["nofollow", "ugc", "noopener"], target: "_blank" };
        else {
          node.tagName = "span";
          node.properties = {};
        }
      }
      if (/^h[1-6]$/.test(node.tagName)) {
        node.tagName = "p";
        node.properties = { className: ["note-heading"] };
      }
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  // Sanitise first (GitHub's schema), then apply the stricter rules above to what is left.
  .use(rehypeSanitize)
  .use(noteRules)
  .use(rehypeStringify);

export function renderNoteHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
