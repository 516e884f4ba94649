import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { STATUS_LABELS } from "@/components/ui/labels";
import type { FormState } from "@/lib/actions/result";
import { DISPUTE_STATUSES, enumChoices } from "@/lib/domain/enums";


/** The dispute form, for creating (no version) and editing (with version and id). */
export function DisputeForm<Data>({
  action,
  values,
  version,
  id,
  submitLabel,
}: {
  action: (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>;
  values: Record<string, string>;
  version?: number;
  id?: string;
  submitLabel: string;
}) {
  return (
    <ActionForm
      action={action}
      initialValues={id ? { ...values, id } : values}
      version={version}
      draftKey={id ? `dispute:edit:${id}` : "dispute:new"}
      submitLabel={submitLabel}
      summaryField={Boolean(id)}
    >
      {id && <input type="hidden" name="id" value={id} />}
      <TextField name="title" label="Title" required maxLength={200} hint="The contested question, e.g. “Did Russia ask China for military assistance?”" />
      <TextField name="proposition" label="Proposition" required multiline rows={2} maxLength={1000} hint="The statement in dispute, which each claim affirms, denies or qualifies." />
      <TextField name="summary" label="Summary" multiline rows={4} maxLength={5000} />
      <SelectField name="status" label="Status" choices={enumChoices(DISPUTE_STATUSES, STATUS_LABELS)} required />
      <TextField name="affirmLabel" label="Label of the affirming side" hint="Default “Affirms”." maxLength={60} />
      <TextField name="denyLabel" label="Label of the denying side" hint="Default “Denies”." maxLength={60} />
      <TextField name="tags" label="Tags" hint="Separated by commas." maxLength={900} />
      <TextField name="slug" label="Address (slug)" hint="Lowercase words joined by dashes; left empty, it is made from the title." maxLength={120} />
    </ActionForm>
  );
}
