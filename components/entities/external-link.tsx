/**
 * A link out of Claimline to an address an editor typed: rendered as a link only when it is
 * an http(s) URL (never `javascript:` or `data:`), with no opener or referrer handed over;
 * anything else is shown as plain text.
 */
export function ExternalLink({ href, children }: { href: string; children?: React.ReactNode }) {
  let safe: URL | null = null;
  try {
    const parsed = new URL(href);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") safe = parsed;
  } catch {
    safe = null;
  }
  if (!safe) return <span className="external-unlinked">{children ?? href}</span>;
  return (
    <a href={safe.href} rel="noopener noreferrer" className="external-link">
      {children ?? href}
    </a>
  );
}
