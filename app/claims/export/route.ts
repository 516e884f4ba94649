import { streamClaimsCsv } from "@/lib/claims/csv";
import { parseClaimListParams } from "@/lib/claims/list-schema";
import { readEnv } from "@/lib/env";

/**
 * The address links in the file point at: CLAIMLINE_PUBLIC_URL when configured, else the
 * address this request reached the app at (a proxy's X-Forwarded-Host/-Proto, else Host).
 */
function exportBaseUrl(request: Request): string {
  const configured = readEnv().CLAIMLINE_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host)) return url.origin;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = proto === "https" || proto === "http" ? proto : url.protocol.replace(/:$/, "");
  return `${protocol}://${host}`;
}

/** GET /claims/export?<the claims view's parameters> — that exact view as a CSV download. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const { filters } = parseClaimListParams(url.searchParams);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(await streamClaimsCsv(filters, exportBaseUrl(request)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claimline-claims-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
