"use server";
import { adminAction } from "@/lib/actions/client";
import { deleteRecord, deleteRecordSchema } from "@/lib/records/delete";
import { mergeActors, mergeSchema, mergeSources } from "@/lib/records/merge";

/** Admin-only, audited deletion of any record (with a reason). */
export const deleteRecordAction = adminAction("record.delete", deleteRecordSchema, deleteRecord, {
  redirectTo: (result) => result.next,
});

/** Admin-only merge of a duplicate actor into the one to keep (the old page redirects). */
export const mergeActorsAction = adminAction("actor.merge", mergeSchema, mergeActors, { redirectTo: (result) => result.next });

/** Admin-only merge of a duplicate source into the one to keep (the old page redirects). */
export const mergeSourcesAction = adminAction("source.merge", mergeSchema, mergeSources, { redirectTo: (result) => result.next });
