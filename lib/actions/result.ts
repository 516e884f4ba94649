import type { AppErrorCode, ConflictDetails, FieldErrors, RelatedRecord } from "@/lib/errors";

/**
 * What every action returns (never throws to the caller): the data, or an error a person can
 * read, with messages per field and, for a conflicting save, what the other editor changed.
 * Shared by forms (client) and actions (server); #10's API maps the same shape to HTTP.
 */
export type ActionErrorCode = AppErrorCode | "INTERNAL";

export interface ActionError {
  code: ActionErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  conflict?: ConflictDetails;
  related?: RelatedRecord[];
}

export type ActionResult<Data> = { ok: true; data: Data } | { ok: false; error: ActionError };

/**
 * What a form's useActionState holds after a submission: the result, the values that were
 * sent (so nothing typed is lost on an error; passwords are never echoed), and a stamp that
 * changes with every submission (so the form re-reads its defaults).
 */
export type FormState<Data = unknown> =
  | null
  | (ActionResult<Data> & {
      values?: Record<string, string | string[]>;
      stamp: number;
    });

/** A save that went through after merging another editor's change to other fields. */
export interface MergeNotice {
  by: string | null;
  at: string | null;
  /** labels of the fields the other editor had changed (kept) */
  theirFields: string[];
}

/** What an update action returns: the record's new version and form values, and any merge. */
export interface SavedRecord {
  id: string;
  version: number;
  values: Record<string, string>;
  href: string;
  merged: MergeNotice | null;
}
