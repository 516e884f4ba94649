import { ActionForm } from "@/components/forms/action-form";
import { RecordPicker } from "@/components/forms/record-picker";
import { mergeActorsAction, mergeSourcesAction } from "@/lib/records/actions";

/** Admins only: merge this duplicate into the record to keep; this page then redirects there. */
export function MergeRecord({ entity, id }: { entity: "Actor" | "Source"; id: string }) {
  const what = entity === "Actor" ? "actor" : "source";
  return (
    <section aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge this {what} into another</h2>
      <p className="muted">Admins only. Everything that points at this {what} will point at the one you keep; this {what} is removed and its address redirects.</p>
      <ActionForm action={entity === "Actor" ? mergeActorsAction : mergeSourcesAction} initialValues={{ intoId: "" }} submitLabel={`Merge into the chosen ${what}`}>
        <input type="hidden" name="id" value={id} />
        <RecordPicker name="intoId" label={`The ${what} to keep`} type={entity === "Actor" ? "actor" : "source"} required />
      </ActionForm>
    </section>
  );
}
