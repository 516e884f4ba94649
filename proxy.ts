import { NextResponse, type NextRequest } from "next/server";
import { baseSecurityHeaders, cameOverHttps, contentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * Every response's security headers (lib/http/security-headers.ts). The CSP carries a fresh
 * nonce per request: set on the request too, where Next.js reads it and puts it on every script
 * tag it renders, so an injected inline script or handler is refused by the browser.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const https = cameOverHttps(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol);
  for (const [name, value] of Object.entries(baseSecurityHeaders(https))) response.headers.set(name, value);
  return response;
}
