import "server-only";
import { z } from "zod";
import { createAuditRecorder, type AuditRecorder } from "@/lib/audit/record";
import { requireAccess, type Access, type CurrentUser } from "@/lib/auth/roles";
import { getDb, withTransaction, type Db, type DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ActionResult } from "@/lib/actions/result";

/**
 * The one way a write happens, with or without Next: check who may call it, parse the input
 * with the action's zod schema, run it in one transaction with an audit recorder bound to that
 * transaction, and turn every failure into an ActionResult. Server actions (lib/actions/client.ts),
 * #10's API route handlers and scripts all call `runAction`, so a write is checked, validated and
 * audited the same way wherever it comes from.
 */
export interface ActionContext<U extends CurrentUser | null> {
  readonly user: U;
  readonly audit: AuditRecorder;
  readonly db: Db;
}

export interface ActionDefinition<Schema extends z.ZodType, Data, A extends Access = Access> {
  /** "entity.verb": the change set's action and the registry key */
  readonly name: string;
  readonly access: A;
  readonly schema: Schema;
  /** false for actions that manage their own transactions (signing in) */
  readonly transactional?: boolean;
  run(tx: DbTx, input: z.output<Schema>, context: ActionContext<A extends "public" ? CurrentUser | null : CurrentUser>): Promise<Data>;
}

export type AnyActionDefinition = ActionDefinition<z.ZodType, unknown>;

/** Constraints the database keeps, and what to tell the person whose input broke one. */
const CONSTRAINT_MESSAGES: Record<string, { field?: string; message: string }> = {
  Appearance_via_acyclic: { field: "viaId", message: "That would make the provenance chain loop back on itself." },
  Appearance_via_same_claim_fkey: { field: "viaId", message: "An appearance can only relay another appearance of the same claim." },
  Appearance_not_via_itself: { field: "viaId", message: "An appearance cannot relay itself." },
  ClaimLink_not_to_itself: { field: "toId", message: "A claim cannot be linked to itself." },
  ClaimLink_fromId_toId_kind_key: { field: "kind", message: "These two claims already have a link of this kind." },
  Dispute_slug_key: { field: "slug", message: "Another dispute already uses this address (slug)." },
  User_email_key: { field: "email", message: "An account with this e-mail address already exists." },
};

function constraintError(error: unknown): AppError | null {
  const text = errorText(error);
  for (const [constraint, { field, message }] of Object.entries(CONSTRAINT_MESSAGES)) {
    if (text.includes(constraint)) {
      return new AppError("INVALID", message, field ? { fieldErrors: { [field]: [message] } } : {});
    }
  }
  return null;
}

function errorText(error: unknown, depth = 0): string {
  if (depth > 4 || error === null || typeof error !== "object") return String(error ?? "");
  const { message, meta, cause } = error as { message?: unknown; meta?: unknown; cause?: unknown };
  return [String(message ?? ""), JSON.stringify(meta ?? ""), errorText(cause, depth + 1)].join(" ");
}

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Maps any thrown value to an action error; unexpected ones are logged, never shown. */
export function toActionError(error: unknown, actionName: string): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof AppError) {
    return {
      ok: false,
      error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors, conflict: error.conflict, related: error.related },
    };
  }
  if (error instanceof z.ZodError) {
    return { ok: false, error: { code: "INVALID", message: "Some fields need attention.", fieldErrors: fieldErrorsOf(error).fieldErrors } };
  }
  const known = constraintError(error);
  if (known) return toActionError(known, actionName);
  if (prismaCode(error) === "P2025") return toActionError(new AppError("NOT_FOUND", "That record no longer exists."), actionName);
  console.error(`[action ${actionName}] unexpected error`, error);
  return { ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side; nothing was saved. Try again." } };
}

/**
 * zod issues as messages per field, keyed by the field's form name: nested paths joined with
 * dots ("newSource.title"), as the forms name the fields of a part.
 */
export function fieldErrorsOf(error: z.ZodError, prefix = ""): { fieldErrors: Record<string, string[]>; formErrors: string[] } {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    if (key === "") formErrors.push(issue.message);
    else (fieldErrors[prefix + key] ??= []).push(issue.message);
  }
  return { fieldErrors, formErrors };
}

/** Parses or throws INVALID with a message per field; `prefix` names a part of a bigger form. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, prefix = ""): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = fieldErrorsOf(parsed.error, prefix);
    const count = Object.keys(fieldErrors).length;
    throw new AppError(
      "INVALID",
      formErrors[0] ?? (count === 1 ? "One field needs attention." : `${count} fields need attention.`),
      { fieldErrors },
    );
  }
  return parsed.data;
}

export async function runAction<Schema extends z.ZodType, Data>(
  definition: ActionDefinition<Schema, Data>,
  input: unknown,
  user: CurrentUser | null,
  options: { db?: Db; summary?: string | null } = {},
): Promise<ActionResult<Data>> {
  try {
    const caller = requireAccess(user, definition.access);
    const parsed = parseInput(definition.schema, input);
    const summary = options.summary ?? summaryOf(input);
    const execute = async (tx: DbTx, db: Db) => {
      const audit = createAuditRecorder(tx, { userId: caller?.id ?? null, action: definition.name, summary });
      // requireAccess has proved the user is present for every access but "public".
      return definition.run(tx, parsed, { user: caller as CurrentUser, audit, db });
    };
    const db = options.db ?? getDb();
    const data =
      definition.transactional === false ? await execute(db, db) : await withTransaction((tx) => execute(tx, db), db);
    return { ok: true, data };
  } catch (error) {
    return toActionError(error, definition.name);
  }
}

/** Every edit form has an optional "summary of this change" field. */
function summaryOf(input: unknown): string | null {
  if (input && typeof input === "object" && "changeSummary" in input) {
    const value = (input as { changeSummary?: unknown }).changeSummary;
    return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 500) : null;
  }
  return null;
}
