"use client";
import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormContext, type FormContextValue } from "@/components/forms/form-context";
import type { FormState, MergeNotice, SavedRecord } from "@/lib/actions/result";

/**
 * A form that never loses work. It posts to a server action:
 * - without JavaScript as a plain form (the page comes back with the messages and the values);
 * - with JavaScript without a reload, messages beside the fields and in a summary read aloud.
 * The values sent come back on every error. While edited it keeps a draft in this browser
 * (offered back after a crash, a navigation or an expired session), and asks before leaving
 * with unsaved changes. Edits carry the version and the values they started from, so a save
 * after someone else's merges or shows both sides (ConflictNote beside each field).
 */
type Action<Data> = (previous: FormState<Data>, input: FormData) => Promise<FormState<Data>>;

interface Props<Data> {
  action: Action<Data>;
  /** the values the form starts with (an edit: the record's, in form shape) */
  initialValues: Record<string, string>;
  /** for edits: the version the values were read at; sent back as `version` with `base` */
  version?: number;
  /** enables local drafts: unique per form and record, e.g. "claim:edit:<id>" */
  draftKey?: string;
  submitLabel: string;
  /** label for the optional change summary field; omit to leave the field out */
  summaryField?: boolean;
  children: React.ReactNode;
  /** what to show after a success that stays on the page */
  renderSuccess?: (data: Data) => React.ReactNode;
  className?: string;
}

interface Draft {
  values: Record<string, string>;
  savedAt: number;
}

const DRAFT_PREFIX = "claimline-draft:";

function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_PREFIX + key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    return draft && typeof draft.savedAt === "number" && typeof draft.values === "object" ? draft : null;
  } catch {
    return null;
  }
}

function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (typeof value !== "string" || /password|token|^\$ACTION|^base$|^version$/i.test(key)) continue;
    values[key] = value;
  }
  return values;
}

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? "") !== (b[key] ?? "")) return false;
  return true;
}

function isSavedRecord(data: unknown): data is SavedRecord {
  return typeof data === "object" && data !== null && "version" in data && "values" in data && "href" in data;
}

function MergedNotice({ merged }: { merged: MergeNotice }) {
  return (
    <p>
      {merged.by ?? "Another editor"} had changed {merged.theirFields.join(", ")} meanwhile; their change was kept and
      yours was merged with it.
    </p>
  );
}

export function ActionForm<Data>({
  action,
  initialValues,
  version,
  draftKey,
  submitLabel,
  summaryField,
  children,
  renderSuccess,
  className,
}: Props<Data>) {
  const [state, dispatch, pending] = useActionState<FormState<Data>, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [dirty, setDirty] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const draftTimer = useRef<number | undefined>(undefined);
  // A save in flight. A success that redirects never returns a state here: the form unmounts
  // with the save still in flight, and that is when its draft is done with.
  const submitting = useRef(false);

  // What the fields show, the version and base sent back, after whatever happened last.
  const view = useMemo(() => {
    if (state?.ok && isSavedRecord(state.data)) {
      return { values: state.data.values, version: state.data.version, base: state.data.values };
    }
    if (state && !state.ok && state.error.conflict) {
      const { conflict } = state.error;
      return { values: conflict.values, version: conflict.version, base: conflict.current };
    }
    if (state && !state.ok && state.values) {
      const echoed = Object.fromEntries(
        Object.entries(state.values).map(([key, value]) => [key, Array.isArray(value) ? (value[0] ?? "") : value]),
      );
      const base = echoed.base ? safeParse(echoed.base) : initialValues;
      return { values: echoed, version: echoed.version ? Number(echoed.version) : version, base };
    }
    return { values: initialValues, version, base: initialValues };
  }, [state, initialValues, version]);

  const context: FormContextValue = useMemo(
    () => ({
      values: view.values,
      errors: state && !state.ok ? (state.error.fieldErrors ?? {}) : {},
      pending,
      conflicts:
        state && !state.ok && state.error.conflict
          ? Object.fromEntries(state.error.conflict.fields.map((field) => [field.field, field]))
          : {},
    }),
    [view.values, state, pending],
  );

  const saveDraft = useCallback(() => {
    if (!draftKey || !formRef.current) return;
    const values = formValues(formRef.current);
    if (sameValues(values, view.values)) window.localStorage.removeItem(DRAFT_PREFIX + draftKey);
    else window.localStorage.setItem(DRAFT_PREFIX + draftKey, JSON.stringify({ values, savedAt: Date.now() } satisfies Draft));
  }, [draftKey, view.values]);

  // A draft left by an earlier visit (different from what the form shows) is offered back.
  useEffect(() => {
    if (!draftKey) return;
    const found = readDraft(draftKey);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is only readable after mount
    setDraft(found && !sameValues(found.values, initialValues) ? found : null);
  }, [draftKey, initialValues]);

  useEffect(
    () => () => {
      window.clearTimeout(draftTimer.current);
      if (submitting.current && draftKey) window.localStorage.removeItem(DRAFT_PREFIX + draftKey);
    },
    [draftKey],
  );

  // After a result: a success clears the draft; any message is announced and focused.
  useEffect(() => {
    if (!state) return;
    submitting.current = false;
    if (state.ok) {
      if (draftKey) window.localStorage.removeItem(DRAFT_PREFIX + draftKey);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the save is done: nothing is unsaved
      setDirty(false);
    } else if (state.error.code === "UNAUTHORIZED") {
      saveDraft();
    }
    summaryRef.current?.focus();
  }, [state, draftKey, saveDraft]);

  // Leaving with unsaved changes: the browser asks (reload, close), and so do in-app links.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      saveDraft();
      event.preventDefault();
    };
    const onPageHide = () => saveDraft();
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.closest("form") === formRef.current || event.defaultPrevented) return;
      saveDraft();
      if (!window.confirm("You have unsaved changes. Leave this page? (A draft is kept in this browser.)")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("pagehide", onPageHide);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("pagehide", onPageHide);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, saveDraft]);

  const onChange = () => {
    setDirty(true);
    window.clearTimeout(draftTimer.current);
    draftTimer.current = window.setTimeout(saveDraft, 400);
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    // Submitted here rather than through the form's action so React does not reset the fields.
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    saveDraft();
    setDirty(false);
    submitting.current = true;
    startTransition(() => dispatch(formData));
  };

  const restoreDraft = () => {
    const form = formRef.current;
    if (!form || !draft) return;
    for (const [name, value] of Object.entries(draft.values)) {
      const element = form.elements.namedItem(name);
      if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) continue;
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
        if (element.type !== "hidden") element.value = value;
      }
    }
    setDraft(null);
    setDirty(true);
  };

  const discardDraft = () => {
    if (draftKey) window.localStorage.removeItem(DRAFT_PREFIX + draftKey);
    setDraft(null);
  };

  const error = state && !state.ok ? state.error : null;
  const errorCount = error?.fieldErrors ? Object.values(error.fieldErrors).filter((messages) => messages && messages.length > 0).length : 0;
  const signInHref =
    typeof window === "undefined" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;

  return (
    <FormContext.Provider value={context}>
      <form
        ref={formRef}
        action={dispatch}
        onSubmit={onSubmit}
        onInput={onChange}
        onChange={onChange}
        className={className ? `action-form ${className}` : "action-form"}
        noValidate
      >
        {draft && (
          <div className="form-draft" role="status">
            You have an unsaved draft of this form from {new Date(draft.savedAt).toLocaleString()}.{" "}
            <button type="button" onClick={restoreDraft}>
              Restore the draft
            </button>{" "}
            <button type="button" onClick={discardDraft}>
              Discard it
            </button>
          </div>
        )}
        <div ref={summaryRef} tabIndex={-1} aria-live="polite" className="form-summary-region">
          {error && (
            <div className={error.code === "CONFLICT" ? "form-summary form-conflict" : "form-summary form-error"} role="alert">
              <p>
                <strong>{error.code === "CONFLICT" ? "Someone else saved this record while you were editing." : "Not saved."}</strong>{" "}
                {error.message}
              </p>
              {error.code === "UNAUTHORIZED" && (
                <p>
                  Your changes are still in this form{draftKey ? " and kept as a draft in this browser" : ""}.{" "}
                  <a href={signInHref} target="_blank" rel="noopener">
                    Sign in again (opens a new tab)
                  </a>
                  , then press “{submitLabel}” here again.
                </p>
              )}
              {error.related && error.related.length > 0 && (
                <ul data-testid="related-records">
                  {error.related.map((record) => (
                    <li key={record.id}>
                      <a href={record.href} target="_blank" rel="noopener">
                        {record.label}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {errorCount > 0 && error.fieldErrors && !(errorCount === 1 && Object.values(error.fieldErrors).flat().includes(error.message)) && (
                <ul>
                  {Object.entries(error.fieldErrors).map(([field, messages]) =>
                    messages && messages.length > 0 ? (
                      <li key={field}>
                        <a href={`#field-${field}`}>{messages[0]}</a>
                      </li>
                    ) : null,
                  )}
                </ul>
              )}
            </div>
          )}
          {state?.ok && (
            <div className="form-summary form-success" role="status">
              <p>
                <strong>Saved.</strong>
              </p>
              {isSavedRecord(state.data) && state.data.merged && <MergedNotice merged={state.data.merged} />}
              {isSavedRecord(state.data) && (
                <p>
                  <a href={state.data.href}>View the record</a>
                </p>
              )}
              {renderSuccess?.(state.data)}
            </div>
          )}
        </div>
        <div key={state?.stamp ?? 0} className="form-fields">
          {view.version !== undefined && (
            <>
              <input type="hidden" name="version" value={view.version} />
              <input type="hidden" name="base" value={JSON.stringify(view.base)} />
            </>
          )}
          {children}
          {summaryField && (
            <div className="field">
              <label htmlFor="field-changeSummary">Summary of this change (optional, shown in the History)</label>
              <input id="field-changeSummary" name="changeSummary" maxLength={500} defaultValue="" />
            </div>
          )}
        </div>
        <p className="form-actions">
          <button type="submit" className="button-primary" disabled={pending} aria-disabled={pending}>
            {pending ? "Saving…" : submitLabel}
          </button>
        </p>
      </form>
    </FormContext.Provider>
  );
}

function safeParse(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}
