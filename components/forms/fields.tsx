"use client";
import { useFormField } from "@/components/forms/form-context";

/**
 * Form fields that read their value and messages from the enclosing ActionForm: a label tied
 * to the control, the hint and the error linked with aria-describedby, aria-invalid set when a
 * message is shown, and — after a conflicting save — the other editor's value beside it.
 */
interface BaseProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  required?: boolean;
}

function describedBy(hint: boolean, errors: string[], ids: { hintId: string; errorId: string }): string | undefined {
  const parts = [hint ? ids.hintId : null, errors.length > 0 ? ids.errorId : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/** A field's label (with "(required)") and its hint, tied to the control by id. */
export function FieldHead({ id, hintId, label, required, hint }: { id: string; hintId: string; label: string; required?: boolean; hint?: React.ReactNode }) {
  return (
    <>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> (required)</span>}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </>
  );
}

export function FieldMessages({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      {errors.join(" ")}
    </p>
  );
}

function ConflictNote({ name }: { name: string }) {
  const { conflict, id } = useFormField(name);
  if (!conflict) return null;
  const use = (value: string) => {
    const element = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
    if (element) {
      element.value = value;
      element.dispatchEvent(new Event("input", { bubbles: true }));
      element.focus();
    }
  };
  const shown = (value: string) => (value === "" ? <em>(empty)</em> : value);
  return (
    <div className="conflict-note" data-testid={`conflict-${name}`}>
      <p>Both you and {conflict.by ?? "another editor"} changed this field.</p>
      <dl>
        <dt>Before either change</dt>
        <dd className="conflict-base">{shown(conflict.base)}</dd>
        <dt>Theirs ({conflict.by ?? "another editor"}), saved</dt>
        <dd className="conflict-theirs">{shown(conflict.theirs)}</dd>
        <dt>Yours, not saved yet (in the field below)</dt>
        <dd className="conflict-yours">{shown(conflict.yours)}</dd>
      </dl>
      <p className="conflict-choose">
        <button type="button" onClick={() => use(conflict.theirs)}>
          Use theirs
        </button>{" "}
        <button type="button" onClick={() => use(conflict.yours)}>
          Keep yours
        </button>{" "}
        <span className="muted">or edit the field, then save.</span>
      </p>
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  required,
  multiline,
  rows = 3,
  type = "text",
  autoComplete,
  maxLength,
}: BaseProps & { multiline?: boolean; rows?: number; type?: "text" | "email" | "password" | "url"; autoComplete?: string; maxLength?: number }) {
  const field = useFormField(name);
  const common = {
    id: field.id,
    name,
    required,
    "aria-invalid": field.errors.length > 0 || undefined,
    "aria-describedby": describedBy(Boolean(hint), field.errors, field),
    maxLength,
  };
  const value = typeof field.value === "string" ? field.value : "";
  return (
    <div className={field.conflict ? "field field-conflict" : "field"}>
      <FieldHead id={field.id} hintId={field.hintId} label={label} required={required} hint={hint} />
      <ConflictNote name={name} />
      {multiline ? (
        <textarea {...common} rows={rows} defaultValue={value} />
      ) : (
        <input {...common} type={type} defaultValue={type === "password" ? undefined : value} autoComplete={autoComplete} />
      )}
      <FieldMessages id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  choices,
  emptyLabel,
}: BaseProps & { choices: readonly { value: string; label: string }[]; emptyLabel?: string }) {
  const field = useFormField(name);
  const value = typeof field.value === "string" ? field.value : "";
  return (
    <div className={field.conflict ? "field field-conflict" : "field"}>
      <FieldHead id={field.id} hintId={field.hintId} label={label} required={required} hint={hint} />
      <ConflictNote name={name} />
      <select
        id={field.id}
        name={name}
        required={required}
        defaultValue={value}
        aria-invalid={field.errors.length > 0 || undefined}
        aria-describedby={describedBy(Boolean(hint), field.errors, field)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldMessages id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function HiddenField({ name, value }: { name: string; value?: string }) {
  const field = useFormField(name);
  return <input type="hidden" name={name} value={value ?? (typeof field.value === "string" ? field.value : "")} />;
}
