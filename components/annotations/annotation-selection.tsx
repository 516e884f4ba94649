"use client";
import { useEffect, useRef, useState } from "react";
import { occurrencesOf } from "@/lib/annotations/anchor";

/**
 * Select words in the quote or the paraphrase, then choose "Annotate": the button fills the
 * Annotate form's fields (which text, the exact words, which occurrence) and moves focus to the
 * note. Offsets are counted in the text element's textContent, which is the claim's text.
 */
interface Picked {
  field: "quote" | "text";
  exact: string;
  occurrence: number;
  top: number;
  left: number;
}

function pickedFromSelection(): Picked | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startRoot = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest("[data-annotatable]");
  const endRoot = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest("[data-annotatable]");
  if (!startRoot || startRoot !== endRoot) return null;
  const before = document.createRange();
  before.selectNodeContents(startRoot);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let exact = range.toString();
  const leading = exact.length - exact.trimStart().length;
  start += leading;
  exact = exact.trim();
  if (exact === "") return null;
  const text = startRoot.textContent ?? "";
  const index = occurrencesOf(text, exact).indexOf(start);
  if (index === -1) return null;
  const box = range.getBoundingClientRect();
  const field = startRoot.getAttribute("data-annotatable") === "quote" ? "quote" : "text";
  return { field, exact, occurrence: index + 1, top: box.bottom + window.scrollY + 4, left: box.left + window.scrollX };
}

function setField(name: string, value: string) {
  const element = document.getElementById(`field-${name}`);
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
    element.value = value;
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

export function AnnotationSelection() {
  const [picked, setPicked] = useState<Picked | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const update = (event: Event) => {
      if (event.target instanceof Node && button.current?.contains(event.target)) return;
      setPicked(pickedFromSelection());
    };
    document.addEventListener("mouseup", update);
    document.addEventListener("keyup", update);
    return () => {
      document.removeEventListener("mouseup", update);
      document.removeEventListener("keyup", update);
    };
  }, []);

  if (!picked) return null;
  const annotate = () => {
    setField("target", picked.field);
    setField("exact", picked.exact);
    setField("occurrence", String(picked.occurrence));
    const body = document.getElementById("field-body");
    body?.scrollIntoView({ block: "center" });
    body?.focus();
    setPicked(null);
  };
  return (
    <button
      ref={button}
      type="button"
      className="annotate-selection button-primary"
      style={{ position: "absolute", top: picked.top, left: picked.left }}
      onClick={annotate}
      data-testid="annotate-selection"
    >
      Annotate “{picked.exact.length > 40 ? `${picked.exact.slice(0, 40)}…` : picked.exact}”
    </button>
  );
}
