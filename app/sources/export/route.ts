import { publicBaseUrl } from "@/lib/http/public-base";
import { streamSourcesCsv } from "@/lib/sources/csv";

/**
 * GET /sources/export — the /sources list as a CSV download: every source, in the page's order,
 * all pages (the list has no filters besides its paging).
 */
export async function GET(request: Request) {
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(await streamSourcesCsv(publicBaseUrl(request)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claimline-sources-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
