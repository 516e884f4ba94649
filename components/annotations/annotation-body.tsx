import { renderNoteHtml } from "@/lib/annotations/render";

/**
 * A note's body: the HTML rendered and sanitised when the note was saved (lib/annotations/render.ts),
 * or, for a row written some other way (bulk import, bench data), rendered now from its Markdown.
 * Plain markup only: no script, no handler, nothing the page's CSP would need to allow.
 */
export function AnnotationBody({ markdown, html }: { markdown: string; html?: string | null }) {
  // The HTML comes from the sanitising renderer only, never from user input as such.
  return <div className="note-body" dangerouslySetInnerHTML={{ __html: html || renderNoteHtml(markdown) }} />;
}
