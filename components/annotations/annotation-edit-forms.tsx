"use client";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/fields";
import { reattachAnnotationAction, updateAnnotationAction } from "@/lib/annotations/actions";
import { MOTIVATION_LABELS } from "@/lib/annotations/schema";
import { ANNOTATION_MOTIVATIONS, enumChoices } from "@/lib/domain/enums";

export function EditAnnotationForm({ id, version, values }: { id: string; version: number; values: Record<string, string> }) {
  return (
    <ActionForm action={updateAnnotationAction} initialValues={{ id, ...values }} version={version} draftKey={`annotation:edit:${id}`} submitLabel="Save the note">
      <HiddenField name="id" />
      <SelectField name="motivation" label="Kind" choices={enumChoices(ANNOTATION_MOTIVATIONS, MOTIVATION_LABELS)} />
      <TextField name="body" label="Note" required multiline rows={6} hint="Markdown: **bold**, _italic_, [a link](https://…), lists. No HTML." maxLength={10000} />
      <TextField name="linkUrl" label="Linked web address (for a link)" type="url" />
      <TextField name="linkClaimId" label="Linked claim (for a link): its address or id" />
    </ActionForm>
  );
}

/** Choose new words for a note: the same fields as the Annotate form. */
export function ReattachAnnotationForm({ id, version, values, hasQuote }: { id: string; version: number; values: Record<string, string>; hasQuote: boolean }) {
  const targets = [
    { value: "claim", label: "The whole claim" },
    ...(hasQuote ? [{ value: "quote", label: "Words in the quote" }] : []),
    { value: "text", label: "Words in the paraphrase" },
  ];
  return (
    <ActionForm action={reattachAnnotationAction} initialValues={{ id, ...values }} version={version} submitLabel="Re-attach the note">
      <HiddenField name="id" />
      <SelectField name="target" label="On" choices={targets} />
      <TextField name="exact" label="Exact words" hint="Copy them exactly as they now appear in the claim (shown above)." maxLength={5000} />
      <TextField name="occurrence" label="Which occurrence" hint="1 for the first time the words appear, 2 for the second, …" />
    </ActionForm>
  );
}
