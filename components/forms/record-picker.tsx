"use client";
import { useEffect, useId, useState } from "react";
import { FieldHead, FieldMessages } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";

/**
 * Choose another record (an actor, a source, a claim, an appearance of this claim) by typing
 * part of its name. Sends the chosen record's id. Without JavaScript it is a plain text box
 * that takes the record's id or its exact name (the server resolves the name, and says so when
 * it is ambiguous).
 */
interface Item {
  id: string;
  label: string;
  hint?: string;
}

export function RecordPicker({
  name,
  label,
  type,
  hint,
  required,
  claim,
  initialLabel,
  emptyLabel = "None",
}: {
  name: string;
  label: string;
  type: "actor" | "source" | "dispute" | "claim" | "appearance";
  hint?: string;
  required?: boolean;
  /** for appearances: whose appearances to offer */
  claim?: string;
  initialLabel?: string;
  emptyLabel?: string;
}) {
  const field = useFormField(name);
  const value = typeof field.value === "string" ? field.value : "";
  const [mounted, setMounted] = useState(false);
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(value ? { id: value, label: initialLabel ?? value } : null);
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<Item[]>([]);
  const listId = useId();

  // eslint-disable-next-line react-hooks/set-state-in-effect -- switch to the typeahead once JavaScript runs
  useEffect(() => setMounted(true), []);

  // A chosen id without a label (sent back after an error): ask for its label.
  useEffect(() => {
    if (!chosen || chosen.label !== chosen.id || !/^c[a-z0-9]{24}$/.test(chosen.id)) return;
    const controller = new AbortController();
    fetch(`/api/lookup?type=${type}&id=${chosen.id}`, { signal: controller.signal })
      .then((response) => response.json() as Promise<{ items: Item[] }>)
      .then(({ items: found }) => {
        const [item] = found;
        if (item) setChosen({ id: item.id, label: item.label });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [chosen, type]);

  useEffect(() => {
    if (!mounted) return;
    if (type !== "appearance" && query.trim().length < 2) {
      const clear = window.setTimeout(() => setItems([]), 0);
      return () => window.clearTimeout(clear);
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams({ type, q: query });
      if (claim) params.set("claim", claim);
      fetch(`/api/lookup?${params}`, { signal: controller.signal })
        .then((response) => response.json() as Promise<{ items: Item[] }>)
        .then((result) => setItems(result.items ?? []))
        .catch(() => undefined);
    }, 200);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [query, type, claim, mounted]);

  const describedBy = [hint ? field.hintId : null, field.errors.length > 0 ? field.errorId : null].filter(Boolean).join(" ") || undefined;

  if (!mounted) {
    return (
      <div className="field">
        <label htmlFor={field.id}>
          {label}
          {required && <span className="required"> (required)</span>}
        </label>
        <p className="field-hint" id={field.hintId}>
          {hint ? `${hint} ` : ""}Type the exact name, or the record’s id.
          {initialLabel && value ? ` Now: ${initialLabel}.` : ""}
        </p>
        <input id={field.id} name={name} defaultValue={value} aria-invalid={field.errors.length > 0 || undefined} aria-describedby={describedBy} />
        <FieldMessages id={field.errorId} errors={field.errors} />
      </div>
    );
  }

  return (
    <div className={field.conflict ? "field field-conflict" : "field"} data-testid={`picker-${name}`}>
      <input type="hidden" name={name} value={chosen?.id ?? query} />
      <FieldHead id={field.id} hintId={field.hintId} label={label} required={required} hint={hint} />
      {chosen ? (
        <p className="picker-chosen">
          <strong data-testid={`picker-${name}-chosen`}>{chosen.label}</strong>{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setChosen(null);
              setQuery("");
            }}
          >
            {required ? "Change" : "Change or remove"}
          </button>
        </p>
      ) : (
        <>
          <input
            id={field.id}
            type="search"
            aria-controls={items.length > 0 ? listId : undefined}
            autoComplete="off"
            placeholder={type === "appearance" ? "Filter this claim’s appearances" : "Type at least 2 letters"}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            aria-invalid={field.errors.length > 0 || undefined}
            aria-describedby={describedBy}
          />
          {items.length > 0 && (
            <ul className="picker-results" id={listId} aria-label={`${label}: matches`} aria-live="polite">
              {items
                .filter((item) => type !== "appearance" || query === "" || `${item.label} ${item.hint}`.toLowerCase().includes(query.toLowerCase()))
                .map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      onClick={() => {
                        setChosen({ id: item.id, label: item.label });
                        setItems([]);
                      }}
                    >
                      {item.label}
                      {item.hint && <span className="muted"> — {item.hint}</span>}
                    </button>
                  </li>
                ))}
            </ul>
          )}
          {!required && <p className="field-hint">{emptyLabel} if left empty.</p>}
        </>
      )}
      <FieldMessages id={field.errorId} errors={field.errors} />
    </div>
  );
}
