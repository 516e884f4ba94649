import { safeHttpUrl } from "@/lib/http/safe-url";

/**
 * A link out of Claimline to an address an editor typed: rendered as a link only when it is
 * an http(s) URL (never `javascript:` or `data:`), with no opener or referrer handed over;
 * anything else is shown as plain text.
 */
export function ExternalLink({ href, children }: { href: string; children?: React.ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span className="external-unlinked">{children ?? href}</span>;
  return (
    <a href={safe} rel="noopener noreferrer" className="external-link">
      {children ?? href}
    </a>
  );
}
