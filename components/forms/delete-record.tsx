import { InlineAction } from "@/components/forms/inline-action";
import { deleteRecordAction } from "@/lib/records/actions";

/** Admins only (the page checks; the action checks again): delete with a reason, recorded in History. */
export function DeleteRecord({ entity, id, what }: { entity: "Dispute" | "Claim" | "Actor" | "Source" | "Event"; id: string; what: string }) {
  return (
    <section aria-labelledby="delete-heading" className="delete-record">
      <h2 id="delete-heading">Delete this {what}</h2>
      <p className="muted">Admins only. The deletion and the reason are kept in the public History.</p>
      <InlineAction action={deleteRecordAction} hidden={{ entity, id }} label={`Delete this ${what}`}>
        <label htmlFor="delete-reason">Reason</label>
        <input id="delete-reason" name="changeSummary" required maxLength={500} />
        <button type="submit" className="button button-danger">
          Delete
        </button>
      </InlineAction>
    </section>
  );
}
