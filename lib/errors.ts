/**
 * The one error type for expected failures: what the user did or may not do. Its message is
 * shown to them as is; anything that is not an AppError is logged on the server and replaced
 * by a generic message (lib/actions/run.ts), so no stack or SQL ever reaches a browser.
 * Not "server-only": the codes and the result shapes are shared with forms.
 */
export const APP_ERROR_CODES = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID", "RATE_LIMITED"] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Messages per field, as z.flattenError gives them: field name → messages. */
export type FieldErrors = Record<string, string[] | undefined>;

/** One field two editors both changed: the value both started from, theirs and yours. */
export interface FieldConflict {
  field: string;
  label: string;
  base: string;
  theirs: string;
  yours: string;
  /** who saved theirs, when known */
  by: string | null;
}

/** What a CONFLICT carries: the record as it is now, and who changed it since you loaded it. */
export interface ConflictDetails {
  /** the version to save against now */
  version: number;
  /** the record's current values, in form shape: the next save's base */
  current: Record<string, string>;
  /** what the form should show now: theirs where only they changed, yours everywhere else */
  values: Record<string, string>;
  fields: FieldConflict[];
  by: { by: string | null; at: string } | null;
}

/** Existing records an error points to (the source that already has this URL). */
export interface RelatedRecord {
  id: string;
  label: string;
  href: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly conflict?: ConflictDetails;
  readonly related?: RelatedRecord[];

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; conflict?: ConflictDetails; related?: RelatedRecord[] } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.conflict = options.conflict;
    this.related = options.related;
  }
}

/** A refusal about one field of the input, shown next to that field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID", message, { fieldErrors: { [field]: [message] } });
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} was not found: it may have been deleted or merged.`);
}

/** HTTP status for an error code, for route handlers (#10's API uses the same mapping). */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  RATE_LIMITED: 429,
};
