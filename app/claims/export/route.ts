import { streamClaimsCsv } from "@/lib/claims/csv";
import { parseClaimListParams } from "@/lib/claims/list-schema";
import { publicBaseUrl } from "@/lib/http/public-base";

/** GET /claims/export?<the claims view's parameters> — that exact view as a CSV download. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const { filters } = parseClaimListParams(url.searchParams);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(await streamClaimsCsv(filters, publicBaseUrl(request)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claimline-claims-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
