"use client";
import { useEffect, useState } from "react";

/**
 * Progressive enhancement for the cards' "Link" anchors: without JavaScript a click puts the
 * card's address in the address bar; with it, the address is also copied and a note says so.
 * One listener for the whole page (no component per card).
 */
export function CopyLinks() {
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a.card-permalink") : null;
      if (!anchor || !navigator.clipboard) return;
      const address = new URL(anchor.getAttribute("href") ?? "", window.location.href).href;
      navigator.clipboard.writeText(address).then(
        () => setCopied(address),
        () => setCopied(null),
      );
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return (
    <p className="copy-note" role="status" aria-live="polite">
      {copied ? `Link copied: ${copied}` : ""}
    </p>
  );
}
