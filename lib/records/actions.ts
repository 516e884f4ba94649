"use server";
import { adminAction } from "@/lib/actions/client";
import { deleteRecord, deleteRecordSchema } from "@/lib/records/delete";

/** Admin-only, audited deletion of any record (with a reason). */
export const deleteRecordAction = adminAction("record.delete", deleteRecordSchema, deleteRecord, {
  redirectTo: (result) => result.next,
});
