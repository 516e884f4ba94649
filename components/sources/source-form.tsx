import { ActionForm } from "@/components/forms/action-form";
import { DateField } from "@/components/forms/date-field";
import { SelectField, TextField } from "@/components/forms/fields";
import { RecordPicker } from "@/components/forms/record-picker";
import { SOURCE_KIND_LABELS } from "@/components/ui/labels";
import type { FormState } from "@/lib/actions/result";
import { enumChoices, SOURCE_KINDS } from "@/lib/domain/enums";

/** The source's fields, also used inside the claim form's "new source" part (with a prefix). */
export function SourceFields({ prefix = "", publisherLabel }: { prefix?: string; publisherLabel?: string }) {
  return (
    <>
      <TextField name={`${prefix}title`} label="Title" required maxLength={500} />
      <SelectField name={`${prefix}kind`} label="Kind" choices={enumChoices(SOURCE_KINDS, SOURCE_KIND_LABELS)} required />
      <RecordPicker name={`${prefix}publisherId`} label="Publisher" type="actor" initialLabel={publisherLabel} hint="The outlet or body that published it." />
      <TextField name={`${prefix}url`} label="Address (URL)" type="url" maxLength={2000} />
      <div className="field">
        <label>
          <input type="checkbox" name={`${prefix}allowDuplicateUrl`} /> It is a different document: save even if another source has this address
        </label>
      </div>
      <TextField name={`${prefix}archiveUrl`} label="Archived copy (URL)" type="url" maxLength={2000} />
      <DateField name={`${prefix}published`} label="Published" />
      <DateField name={`${prefix}retrieved`} label="Retrieved (when you read it)" />
      <TextField name={`${prefix}language`} label="Language" maxLength={35} hint="For example en, zh, ru." />
    </>
  );
}

export function SourceForm<Data>({
  action,
  values,
  version,
  id,
  submitLabel,
  publisherLabel,
}: {
  action: (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>;
  values: Record<string, string>;
  version?: number;
  id?: string;
  submitLabel: string;
  publisherLabel?: string;
}) {
  return (
    <ActionForm action={action} initialValues={values} version={version} draftKey={id ? `source:edit:${id}` : "source:new"} submitLabel={submitLabel} summaryField={Boolean(id)}>
      {id && <input type="hidden" name="id" value={id} />}
      <SourceFields publisherLabel={publisherLabel} />
    </ActionForm>
  );
}
