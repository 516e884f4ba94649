"use client";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/fields";
import { createAnnotationAction } from "@/lib/annotations/actions";
import { MOTIVATION_LABELS } from "@/lib/annotations/schema";
import { ANNOTATION_MOTIVATIONS, enumChoices } from "@/lib/domain/enums";

/**
 * The "Annotate" form: works with the keyboard and without JavaScript — type (or paste) the
 * exact words and, when they appear more than once, which occurrence. Selecting words in the
 * quote or paraphrase and choosing "Annotate" (annotation-selection.tsx) fills the same fields.
 */
export function AnnotationForm({ claimId, hasQuote }: { claimId: string; hasQuote: boolean }) {
  const targets = [
    { value: "claim", label: "The whole claim" },
    ...(hasQuote ? [{ value: "quote", label: "Words in the quote" }] : []),
    { value: "text", label: "Words in the paraphrase" },
  ];
  return (
    <ActionForm
      action={createAnnotationAction}
      initialValues={{ claimId, target: "claim", occurrence: "1", motivation: "COMMENTING" }}
      draftKey={`annotation:new:${claimId}`}
      submitLabel="Add the note"
      className="annotation-form"
    >
      <HiddenField name="claimId" />
      <SelectField name="target" label="On" choices={targets} />
      <TextField
        name="exact"
        label="Exact words"
        hint="Copy them exactly as they appear (leave empty for the whole claim). Or select words in the text above and choose Annotate."
        maxLength={5000}
      />
      <TextField name="occurrence" label="Which occurrence" hint="1 for the first time the words appear, 2 for the second, …" />
      <SelectField name="motivation" label="Kind" choices={enumChoices(ANNOTATION_MOTIVATIONS, MOTIVATION_LABELS)} />
      <TextField name="body" label="Note" required multiline rows={4} hint="Markdown: **bold**, _italic_, [a link](https://…), lists. No HTML." maxLength={10000} />
      <TextField name="linkUrl" label="Linked web address (for a link)" type="url" />
      <TextField name="linkClaimId" label="Linked claim (for a link): its address or id" />
    </ActionForm>
  );
}
