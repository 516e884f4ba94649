import type { AnnotationNote } from "@/lib/annotations/data";

/**
 * Annotations as W3C Web Annotation Data Model JSON-LD (https://www.w3.org/TR/annotation-model/):
 * each note an `Annotation`, a claim's notes an `AnnotationCollection` with one embedded
 * `AnnotationPage`. The target is the claim's page; a note on words carries two alternative
 * selectors on the element holding the text (`[data-annotatable="quote"|"text"]`, whose text
 * content is exactly the claim's quote or paraphrase), each refined by a TextQuoteSelector or a
 * TextPositionSelector. Replies target their parent (motivation "replying"). Orphans keep the
 * selectors of the words they were made on, flagged `"claimline:orphaned": true`. Hidden notes
 * are left out.
 */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const JSONLD_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;

export const annotationIri = (base: string, id: string) => `${base}/annotations/${id}`;
export const claimIri = (base: string, id: string) => `${base}/claims/${id}`;
export const collectionIri = (base: string, claimId: string) => `${base}/claims/${claimId}/annotations.jsonld`;

type Note = Pick<
  AnnotationNote,
  | "id"
  | "claimId"
  | "parentId"
  | "motivation"
  | "body"
  | "linkUrl"
  | "field"
  | "selectorExact"
  | "selectorPrefix"
  | "selectorSuffix"
  | "positionStart"
  | "positionEnd"
  | "orphanedAt"
  | "createdAt"
  | "updatedAt"
> & { author: { name: string }; linkClaim: { id: string } | null };

export interface W3CAnnotation {
  "@context"?: string;
  id: string;
  type: "Annotation";
  motivation: string;
  created: string;
  modified: string;
  creator: { type: "Person"; name: string };
  body: ({ type: "TextualBody"; value: string; format: "text/markdown"; purpose: string } | { id: string; type?: string })[];
  target: string | { type: "SpecificResource"; source: string; selector: unknown[]; "claimline:orphaned"?: true };
}

export function toW3CAnnotation(note: Note, base: string, { context = true }: { context?: boolean } = {}): W3CAnnotation {
  const motivation = note.parentId ? "replying" : note.motivation.toLowerCase();
  const body: W3CAnnotation["body"] = [{ type: "TextualBody", value: note.body, format: "text/markdown", purpose: note.parentId ? "replying" : note.motivation.toLowerCase() }];
  if (note.motivation === "LINKING") {
    if (note.linkUrl) body.push({ id: note.linkUrl });
    if (note.linkClaim) body.push({ id: claimIri(base, note.linkClaim.id), type: "Text" });
  }
  let target: W3CAnnotation["target"] = note.parentId ? annotationIri(base, note.parentId) : claimIri(base, note.claimId);
  if (!note.parentId && note.field && note.selectorExact !== null && note.positionStart !== null && note.positionEnd !== null) {
    const container = `[data-annotatable="${note.field === "QUOTE" ? "quote" : "text"}"]`;
    target = {
      type: "SpecificResource",
      source: claimIri(base, note.claimId),
      selector: [
        {
          type: "CssSelector",
          value: container,
          refinedBy: { type: "TextQuoteSelector", exact: note.selectorExact, prefix: note.selectorPrefix ?? "", suffix: note.selectorSuffix ?? "" },
        },
        { type: "CssSelector", value: container, refinedBy: { type: "TextPositionSelector", start: note.positionStart, end: note.positionEnd } },
      ],
      ...(note.orphanedAt ? { "claimline:orphaned": true as const } : {}),
    };
  }
  return {
    ...(context ? { "@context": ANNO_CONTEXT } : {}),
    id: annotationIri(base, note.id),
    type: "Annotation",
    motivation,
    created: note.createdAt.toISOString(),
    modified: note.updatedAt.toISOString(),
    creator: { type: "Person", name: note.author.name },
    body,
    target,
  };
}

export function toW3CCollection(claim: { id: string; text: string }, notes: readonly (Note & { hiddenAt: Date | null })[], base: string) {
  const items = notes.filter((note) => !note.hiddenAt).map((note) => toW3CAnnotation(note, base, { context: false }));
  const id = collectionIri(base, claim.id);
  return {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Notes on the claim “${claim.text.slice(0, 120)}”`,
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
