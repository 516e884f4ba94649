import { highlightRuns, type HighlightRange } from "@/lib/annotations/highlight";

/**
 * A claim's quote or paraphrase with the annotated words highlighted. The element carries
 * `data-annotatable` (which text it is) for the selection script; marks hold only the text,
 * so a selection's offsets in `textContent` are offsets in the claim's text.
 */
export function AnnotatedText({ text, field, ranges, numbers }: { text: string; field: "quote" | "text"; ranges: HighlightRange[]; numbers: Map<string, number> }) {
  return (
    <span data-annotatable={field} className="annotatable">
      {highlightRuns(text, ranges).map((run) =>
        run.ids.length === 0 ? (
          <span key={run.start}>{run.text}</span>
        ) : (
          <mark
            key={run.start}
            className="note-highlight"
            data-notes={run.ids.join(" ")}
            title={`Annotated: note ${run.ids.map((id) => numbers.get(id) ?? "").join(", ")}`}
          >
            {run.text}
          </mark>
        ),
      )}
    </span>
  );
}
