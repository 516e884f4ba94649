import { readEnv } from "@/lib/env";

/**
 * The address absolute links in exported files point at (CSV links, JSON-LD @ids):
 * CLAIMLINE_PUBLIC_URL when configured, else the address the request reached the app at (a
 * proxy's X-Forwarded-Host/-Proto, else Host), with no trailing slash. `fallback` is the
 * request's own URL when there is one (route handlers); pages pass only their headers.
 */
export function publicBaseUrlOf(headers: Headers, fallback: URL | null = null): string {
  const configured = readEnv().CLAIMLINE_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host)) return fallback?.origin ?? "http://localhost";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = proto === "https" || proto === "http" ? proto : (fallback?.protocol.replace(/:$/, "") ?? "http");
  return `${protocol}://${host}`;
}

/** publicBaseUrlOf for a route handler's request. */
export function publicBaseUrl(request: Request): string {
  return publicBaseUrlOf(request.headers, new URL(request.url));
}
