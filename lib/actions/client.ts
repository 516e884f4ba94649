import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import type { Access, CurrentUser } from "@/lib/auth/roles";
import type { DbTx } from "@/lib/db";
import type { FormState } from "@/lib/actions/result";
import { runAction, type ActionContext, type ActionDefinition, type AnyActionDefinition } from "@/lib/actions/run";

/**
 * Server actions: the Next.js shell around runAction (lib/actions/run.ts). Each one reads the
 * signed-in user from the session cookie, runs the definition (role → zod → one transaction →
 * audit), and on success makes every page re-read the database (no cache a write cannot clear)
 * and optionally redirects; on failure it returns the error with the submitted values, so a
 * form — with or without JavaScript — shows them again with the messages beside the fields.
 *
 * Usage, in a "use server" module:
 *   export const updateDisputeAction = editorAction("dispute.update", disputeUpdateSchema, updateDispute);
 */
export type ActionInput = FormData | Record<string, unknown>;

export interface ServerAction<Data> {
  (previous: FormState<Data>, input: ActionInput): Promise<FormState<Data>>;
  readonly definition: AnyActionDefinition;
}

/** Any server action, whatever its data: for the registry. */
export interface AnyServerAction {
  (previous: never, input: ActionInput): Promise<FormState<unknown>>;
  readonly definition: AnyActionDefinition;
}

interface ShellOptions<Data> {
  /** where to go after a success (a new record's page); nothing: stay and show the result */
  redirectTo?: (data: Data) => string | null;
}

const NEVER_ECHOED = /password|token|secret/i;

/** FormData → plain object: repeated names become arrays; Next's own fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const text = typeof value === "string" ? value : "";
    const existing = object[key];
    object[key] = existing === undefined ? text : Array.isArray(existing) ? [...existing, text] : [existing, text];
  }
  return object;
}

function echo(input: Record<string, unknown>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (NEVER_ECHOED.test(key)) continue;
    if (typeof value === "string") values[key] = value.slice(0, 100_000);
    else if (Array.isArray(value)) values[key] = value.filter((item): item is string => typeof item === "string");
    else if (typeof value === "number" || typeof value === "boolean") values[key] = String(value);
  }
  return values;
}

let stampCounter = 0;

export function serverAction<Schema extends z.ZodType, Data>(
  definition: ActionDefinition<Schema, Data>,
  options: ShellOptions<Data> = {},
): ServerAction<Data> {
  const action = async (_previous: FormState<Data>, input: ActionInput): Promise<FormState<Data>> => {
    const raw: Record<string, unknown> = input instanceof FormData ? formDataToObject(input) : (input ?? {});
    const user = await getCurrentUser();
    const result = await runAction(definition, raw, user);
    const stamp = Date.now() * 1000 + (stampCounter++ % 1000);
    if (!result.ok) return { ...result, values: echo(raw), stamp };
    revalidatePath("/", "layout");
    const target = options.redirectTo?.(result.data);
    if (target) redirect(target);
    return { ...result, stamp };
  };
  return Object.assign(action, { definition: definition as unknown as AnyActionDefinition });
}

type Run<Schema extends z.ZodType, Data, A extends Access> = (
  tx: DbTx,
  input: z.output<Schema>,
  context: ActionContext<A extends "public" ? CurrentUser | null : CurrentUser>,
) => Promise<Data>;

function shorthand<A extends Access>(access: A) {
  return <Schema extends z.ZodType, Data>(
    name: string,
    schema: Schema,
    run: Run<Schema, Data, A>,
    options: ShellOptions<Data> & { transactional?: boolean } = {},
  ): ServerAction<Data> =>
    serverAction<Schema, Data>(
      { name, access, schema, run: run as ActionDefinition<Schema, Data>["run"], transactional: options.transactional },
      options,
    );
}

/** Editors and admins. */
export const editorAction = shorthand("editor");
/** Admins only. */
export const adminAction = shorthand("admin");
/** Anyone signed in (their own account). */
export const signedInAction = shorthand("signed-in");
/** Anyone (signing in, accepting an invitation). */
export const publicAction = shorthand("public");
