/**
 * The one check for links built from stored data (source URLs, archive URLs, anything an editor
 * typed): only absolute http(s) URLs become links. `javascript:`, `data:`, `vbscript:`,
 * protocol-relative `//host`, relative paths and malformed text give null, and callers show
 * the text instead. Pure, for server and client components alike.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  // Only an explicit scheme: `//host` and paths are not addresses an editor meant to link.
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const parsed = new URL(text);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    if (!parsed.hostname) return null;
    return parsed.href;
  } catch {
    return null;
  }
}
