"use client";
import { useActionState, useId } from "react";
import type { FormState } from "@/lib/actions/result";

/**
 * A small form under a note (reply, flag, moderate): one text box, hidden fields, a button, and
 * the action's answer read aloud. Without JavaScript it posts as a plain form. The text typed
 * comes back after an error. Ids are unique per form, so many can sit on one page.
 */
export function NoteActionForm<Data>({
  action,
  hidden,
  label,
  textName,
  textLabel,
  submitLabel,
  success,
  multiline = true,
  required = true,
  children,
}: {
  action: (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>;
  hidden: Record<string, string>;
  /** accessible name of the form */
  label: string;
  textName: string;
  textLabel: string;
  submitLabel: string;
  success?: string;
  multiline?: boolean;
  required?: boolean;
  children?: React.ReactNode;
}) {
  const [state, dispatch, pending] = useActionState<FormState<Data>, FormData>(action, null);
  const id = useId();
  const echoed = state && !state.ok ? state.values?.[textName] : undefined;
  const value = typeof echoed === "string" ? echoed : "";
  const error = state && !state.ok ? state.error : null;
  const fieldError = error?.fieldErrors?.[textName]?.[0];
  return (
    <form action={dispatch} className="note-form" aria-label={label}>
      {Object.entries(hidden).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      {children}
      <label htmlFor={`${id}-text`}>{textLabel}</label>
      {multiline ? (
        <textarea key={state?.stamp ?? 0} id={`${id}-text`} name={textName} rows={3} required={required} defaultValue={value} aria-invalid={Boolean(fieldError) || undefined} aria-describedby={`${id}-status`} />
      ) : (
        <input key={state?.stamp ?? 0} id={`${id}-text`} name={textName} required={required} defaultValue={value} aria-invalid={Boolean(fieldError) || undefined} aria-describedby={`${id}-status`} />
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
      <span id={`${id}-status`} aria-live="polite" role="status" className={error ? "field-error" : "muted"}>
        {pending ? "" : error ? (fieldError ?? error.message) : state?.ok ? (success ?? "Saved.") : ""}
      </span>
    </form>
  );
}
