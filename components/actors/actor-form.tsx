import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { RecordPicker } from "@/components/forms/record-picker";
import { ACTOR_KIND_LABELS } from "@/components/ui/labels";
import type { FormState } from "@/lib/actions/result";
import { ACTOR_KINDS, enumChoices } from "@/lib/domain/enums";

export function ActorForm<Data>({
  action,
  values,
  version,
  id,
  submitLabel,
  affiliationLabel,
}: {
  action: (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>;
  values: Record<string, string>;
  version?: number;
  id?: string;
  submitLabel: string;
  affiliationLabel?: string;
}) {
  return (
    <ActionForm action={action} initialValues={values} version={version} draftKey={id ? `actor:edit:${id}` : "actor:new"} submitLabel={submitLabel} summaryField={Boolean(id)}>
      {id && <input type="hidden" name="id" value={id} />}
      <TextField name="name" label="Name" required maxLength={200} hint="A person, a body, an outlet, or an anonymous group such as “U.S. officials”." />
      <SelectField name="kind" label="Kind" choices={enumChoices(ACTOR_KINDS, ACTOR_KIND_LABELS)} required />
      <TextField name="role" label="Role or title" maxLength={200} />
      <TextField name="country" label="Country" maxLength={100} />
      <RecordPicker name="affiliationId" label="Affiliation" type="actor" initialLabel={affiliationLabel} hint="The body this actor belongs to (Jen Psaki → White House)." />
    </ActionForm>
  );
}
