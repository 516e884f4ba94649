"use client";
import { useEffect, useRef, useState } from "react";
import { FieldHead, FieldMessages } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";

/**
 * A date typed the way people write it ("14 Mar 2022", "mid-March 2022", "2016–2020",
 * "undated", or EDTF), with what it is understood as shown under it before saving. The server
 * parses the same text with the same parser (lib/date-input.ts) when the form is saved.
 */
type Preview = { ok: true; display: string; edtf: string; undated: boolean } | { ok: false; message: string } | null;

export function DateField({ name, label, hint, required }: { name: string; label: string; hint?: string; required?: boolean }) {
  const field = useFormField(name);
  const initial = typeof field.value === "string" ? field.value : "";
  const [text, setText] = useState(initial);
  const [preview, setPreview] = useState<Preview>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    window.clearTimeout(timer.current);
    if (text.trim() === "") {
      timer.current = window.setTimeout(() => setPreview(null), 0);
      return;
    }
    const controller = new AbortController();
    timer.current = window.setTimeout(() => {
      fetch(`/api/date-input?text=${encodeURIComponent(text)}`, { signal: controller.signal })
        .then((response) => response.json() as Promise<Preview>)
        .then(setPreview)
        .catch(() => undefined);
    }, 250);
    return () => {
      controller.abort();
      window.clearTimeout(timer.current);
    };
  }, [text]);

  const previewId = `${field.id}-preview`;
  const describedBy = [hint ? field.hintId : null, previewId, field.errors.length > 0 ? field.errorId : null].filter(Boolean).join(" ");
  return (
    <div className={field.conflict ? "field field-conflict" : "field"}>
      <FieldHead
        id={field.id}
        hintId={field.hintId}
        label={label}
        required={required}
        hint={hint ?? "For example 14 Mar 2022, March 2022, mid-March 2022, 2016–2020, 2022-03~ or undated."}
      />
      <input
        id={field.id}
        name={name}
        defaultValue={initial}
        required={required}
        maxLength={80}
        autoComplete="off"
        aria-invalid={field.errors.length > 0 || undefined}
        aria-describedby={describedBy}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <p id={previewId} className={preview && !preview.ok ? "field-preview field-preview-bad" : "field-preview"} aria-live="polite" data-testid={`${name}-preview`}>
        {preview ? (preview.ok ? `Understood as: ${preview.display}${preview.edtf ? ` (EDTF ${preview.edtf})` : ""}` : preview.message) : ""}
      </p>
      <FieldMessages id={field.errorId} errors={field.errors} />
    </div>
  );
}
