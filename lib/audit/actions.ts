"use server";
import { editorAction } from "@/lib/actions/client";
import { revertChangeSet, revertSchema } from "@/lib/audit/revert";

/** Revert a change set: a new change that restores the old values (or removes what it created). */
export const revertChangeSetAction = editorAction("changeSet.revert", revertSchema, revertChangeSet, {
  redirectTo: (result) => result.next,
});
