import { ActionForm } from "@/components/forms/action-form";
import { DateField } from "@/components/forms/date-field";
import { TextField } from "@/components/forms/fields";
import { RecordPicker } from "@/components/forms/record-picker";
import type { FormState } from "@/lib/actions/result";

/** A context event: up to three sources through pickers (all sent as `sourceIds`). */
export function EventForm<Data>({
  action,
  values,
  version,
  id,
  disputeId,
  sources = [],
}: {
  action: (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>;
  values: Record<string, string>;
  version?: number;
  id?: string;
  disputeId?: string;
  sources?: { id: string; title: string }[];
}) {
  const slots = [0, 1, 2].map((index) => sources[index]);
  const initial = { ...values, ...Object.fromEntries(slots.map((source, index) => [`source${index}`, source?.id ?? ""])) };
  return (
    <ActionForm action={action} initialValues={initial} version={version} draftKey={id ? `event:edit:${id}` : `event:new:${disputeId}`} submitLabel={id ? "Save event" : "Add event"} summaryField={Boolean(id)}>
      {id ? <input type="hidden" name="id" value={id} /> : <input type="hidden" name="disputeId" value={disputeId} />}
      <TextField name="title" label="What happened" required maxLength={300} />
      <TextField name="description" label="Description" multiline rows={3} maxLength={5000} />
      <DateField name="occurredAt" label="When it happened" required />
      {slots.map((source, index) => (
        <SourceSlot key={index} index={index} label={source?.title} />
      ))}
      {sources.slice(3).map((source) => (
        <input key={source.id} type="hidden" name="sourceIds" value={source.id} />
      ))}
      {sources.length > 3 && <p className="muted">This event also cites {sources.length - 3} more sources, kept as they are.</p>}
    </ActionForm>
  );
}

function SourceSlot({ index, label }: { index: number; label?: string }) {
  return <RecordPicker name={`source${index}`} label={`Source ${index + 1}`} type="source" initialLabel={label} />;
}
