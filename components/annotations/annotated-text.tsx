import { highlightRuns, type HighlightRange } from "@/lib/annotations/highlight";

/**
 * A claim's quote or paraphrase with the annotated words highlighted. The element carries
 * `data-annotatable` (which text it is) for the selection script; marks hold only the text,
 * so a selection's offsets in `textContent` are offsets in the claim's text.
 */
export function AnnotatedText({ text, field, ranges, numbers }: { text: string; field: "quote" | "text"; ranges: HighlightRange[]; numbers: Map<string, number> }) {
  const runs = highlightRuns(text, ranges);
  // Each note's number after the run where its words end (CSS shows it: generated content is
  // not part of the text, so selections and offsets stay those of the claim's words).
  const ends = new Map<number, number[]>();
  for (const range of ranges) {
    const number = numbers.get(range.id);
    if (number !== undefined && runs.some((run) => run.ids.includes(range.id))) ends.set(range.end, [...(ends.get(range.end) ?? []), number]);
  }
  return (
    <span data-annotatable={field} className="annotatable">
      {runs.map((run) =>
        run.ids.length === 0 ? (
          <span key={run.start}>{run.text}</span>
        ) : (
          <mark
            key={run.start}
            className="note-highlight"
            data-notes={run.ids.join(" ")}
            data-numbers={ends.get(run.start + run.text.length)?.join(",")}
            title={`Annotated: note ${run.ids.map((id) => numbers.get(id) ?? "").join(", ")}`}
          >
            {run.text}
          </mark>
        ),
      )}
    </span>
  );
}
