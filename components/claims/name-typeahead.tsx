"use client";
import { useEffect, useId, useState } from "react";
import { z } from "zod";

/**
 * Find a claimant (or a publisher) for the claims filters by typing part of the name: the
 * matches come from GET /api/lookup?type=claimant|publisher, and each one chosen is sent with
 * the filter form as another value of `name` (beside the list's own choices). Shown only once
 * JavaScript runs; without it the form keeps its list of the busiest names, and the search box
 * finds any claimant or outlet by name. (The filters key it on the view, so the names added
 * are cleared once they are in the address and selected in the list.)
 */
const lookupResponse = z.object({ items: z.array(z.object({ id: z.string(), label: z.string(), hint: z.string().optional() })) });
type Item = z.infer<typeof lookupResponse>["items"][number];

export function NameTypeahead({ name, type, label }: { name: string; type: "claimant" | "publisher"; label: string }) {
  const [mounted, setMounted] = useState(false);
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<Item[]>([]);
  const [searched, setSearched] = useState("");
  const [chosen, setChosen] = useState<Item[]>([]);
  const inputId = useId();
  const listId = useId();

  // eslint-disable-next-line react-hooks/set-state-in-effect -- offered once JavaScript runs
  useEffect(() => setMounted(true), []);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      const clear = window.setTimeout(() => setItems([]), 0);
      return () => window.clearTimeout(clear);
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      fetch(`/api/lookup?${new URLSearchParams({ type, q })}`, { signal: controller.signal })
        .then((response) => response.json())
        .then((body: unknown) => {
          const parsed = lookupResponse.safeParse(body);
          setItems(parsed.success ? parsed.data.items : []);
          setSearched(q);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [query, type]);

  if (!mounted) return null;
  const offered = items.filter((item) => !chosen.some((c) => c.id === item.id));
  const noMatch = query.trim().length >= 2 && searched === query.trim() && items.length === 0;

  return (
    <div className="field typeahead" data-testid={`typeahead-${name}`}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        placeholder="Type at least 2 letters"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        aria-controls={offered.length > 0 ? listId : undefined}
      />
      {offered.length > 0 && (
        <ul className="typeahead-results" id={listId} aria-label={`${label}: matches`} aria-live="polite">
          {offered.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => {
                  setChosen((previous) => [...previous, item]);
                  setQuery("");
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
      {noMatch && (
        <p className="hint" aria-live="polite">
          No match.
        </p>
      )}
      {chosen.length > 0 && (
        <ul className="typeahead-chosen" aria-label={`${label}: added`}>
          {chosen.map((item) => (
            <li key={item.id}>
              <input type="hidden" name={name} value={item.id} />
              {item.label}{" "}
              <button type="button" className="typeahead-remove" aria-label={`Remove ${item.label}`} onClick={() => setChosen((previous) => previous.filter((c) => c.id !== item.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && <p className="hint">Added when you apply the filters.</p>}
    </div>
  );
}
