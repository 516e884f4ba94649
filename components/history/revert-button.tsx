import { InlineAction } from "@/components/forms/inline-action";
import { revertChangeSetAction } from "@/lib/audit/actions";

/** For editors: undo a change set by making a new one. */
export function RevertButton({ changeSetId }: { changeSetId: string }) {
  return (
    <InlineAction action={revertChangeSetAction} hidden={{ id: changeSetId }} label="Revert this change">
      <button type="submit" className="button">
        Revert this change
      </button>
    </InlineAction>
  );
}
