import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * An annotation's Markdown body, rendered on the server (no script reaches the browser, so it
 * fits a nonce CSP): react-markdown with remark-gfm, raw HTML dropped (`skipHtml`), the tree
 * sanitised by rehype-sanitize's GitHub schema, images shown as links (no remote loads), and
 * links limited to http(s) and mailto, marked rel="nofollow ugc" (user-generated content).
 * javascript:, data:, vbscript: and relative addresses become plain text.
 */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export function safeHref(url: string): string {
  const trimmed = url.trim();
  return SAFE_LINK.test(trimmed) ? trimmed : "";
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="nofollow ugc noopener" target="_blank">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ src, alt }) =>
    typeof src === "string" && src ? (
      <a href={src} rel="nofollow ugc noopener" target="_blank">
        {alt || src}
      </a>
    ) : (
      <span>{alt}</span>
    ),
  // Headings inside a note stay small: the page's outline is the page's.
  h1: ({ children }) => <p className="note-heading">{children}</p>,
  h2: ({ children }) => <p className="note-heading">{children}</p>,
  h3: ({ children }) => <p className="note-heading">{children}</p>,
};

export function AnnotationBody({ markdown }: { markdown: string }) {
  return (
    <div className="note-body">
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} skipHtml urlTransform={safeHref} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
