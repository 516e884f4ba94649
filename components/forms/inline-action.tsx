"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/result";

/**
 * A one-line form (a role picker, a "Deactivate" button) posting to a server action, with the
 * action's answer beside it. Works without JavaScript like every form here.
 */
export function InlineAction<Data>({
  action,
  hidden,
  children,
  label,
  success,
}: {
  action: (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>;
  hidden: Record<string, string>;
  children: React.ReactNode;
  /** accessible name of the form */
  label: string;
  success?: string;
}) {
  const [state, dispatch, pending] = useActionState<FormState<Data>, FormData>(action, null);
  return (
    <form action={dispatch} className="inline-form" aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <span aria-live="polite" className={state && !state.ok ? "field-error" : "muted"}>
        {pending ? "Saving…" : state ? (state.ok ? (success ?? "Saved.") : state.error.message) : ""}
      </span>
    </form>
  );
}
