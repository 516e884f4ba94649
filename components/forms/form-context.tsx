"use client";
import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/errors";

/** What every field of an ActionForm reads: the values to show, the messages, whether it is saving. */
export interface FormContextValue {
  values: Record<string, string | string[]>;
  errors: FieldErrors;
  pending: boolean;
  /** per field, for a conflicting save: theirs and the common base, shown beside the field */
  conflicts: Record<string, { base: string; theirs: string; yours: string; by: string | null }>;
}

export const FormContext = createContext<FormContextValue>({ values: {}, errors: {}, pending: false, conflicts: {} });

export function useFormField(name: string) {
  const { values, errors, pending, conflicts } = useContext(FormContext);
  const value = values[name];
  return {
    id: `field-${name}`,
    errorId: `field-${name}-error`,
    hintId: `field-${name}-hint`,
    value: Array.isArray(value) ? value : (value ?? ""),
    errors: errors[name] ?? [],
    pending,
    conflict: conflicts[name],
  };
}
