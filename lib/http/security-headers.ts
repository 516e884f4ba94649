/**
 * The security headers every response carries (proxy.ts sets them; scripts/start.ts sets them
 * on the few answers it gives before Next.js runs). Pure and edge-safe: no Node APIs.
 */

/** The Content-Security-Policy for pages: scripts only with this response's nonce. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // Next.js puts the nonce on every script it emits; 'strict-dynamic' lets those load chunks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React style attributes and Next.js's inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For answers with no script at all (the starting page, plain errors). */
export const STATIC_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
export const HSTS = "max-age=31536000; includeSubDomains";

/** Headers besides the CSP; HSTS only when the request came over https (X-Forwarded-Proto from a proxy). */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}

/** Whether the request reached us over https, directly or through a proxy that says so. */
export function cameOverHttps(forwardedProto: string | null | undefined, protocol?: string): boolean {
  const first = (forwardedProto ?? "").split(",")[0]?.trim().toLowerCase();
  return first === "https" || protocol === "https:";
}
