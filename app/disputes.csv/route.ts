import { streamDisputesCsv } from "@/lib/disputes/csv";
import { publicBaseUrl } from "@/lib/http/public-base";

/**
 * GET /disputes.csv — the home page's list of disputes as a CSV download: every dispute, in the
 * page's order, all pages. (Not /disputes/export: that address belongs to a dispute whose slug
 * is "export".)
 */
export async function GET(request: Request) {
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(await streamDisputesCsv(publicBaseUrl(request)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claimline-disputes-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
