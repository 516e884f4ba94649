import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { RecordPicker } from "@/components/forms/record-picker";
import type { FormState } from "@/lib/actions/result";

const STATUS_CHOICES = [
  { value: "ACTIVE", label: "Active (stands as said)" },
  { value: "RETRACTED", label: "Retracted by its claimant" },
  { value: "SUPERSEDED", label: "Superseded by a later claim" },
];

/** Retract or supersede a claim with a reason (it stays visible, dimmed), or restore it. */
export function ClaimStatusForm<Data>({ action, id, version, status, reason }: { action: (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>; id: string; version: number; status: string; reason: string }) {
  return (
    <ActionForm action={action} initialValues={{ status, reason, supersededById: "" }} version={version} submitLabel="Change status">
      <input type="hidden" name="id" value={id} />
      <SelectField name="status" label="Status" choices={STATUS_CHOICES} required />
      <TextField name="reason" label="Reason (required to retract or supersede; shown with the claim)" multiline rows={2} maxLength={1000} />
      <RecordPicker name="supersededById" label="Superseded by (optional)" type="claim" hint="The later claim that replaces this one; a “supersedes” link is added." />
    </ActionForm>
  );
}
