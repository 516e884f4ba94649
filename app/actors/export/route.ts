import { publicBaseUrl } from "@/lib/http/public-base";
import { streamActorsCsv } from "@/lib/actors/csv";

/**
 * GET /actors/export — the /actors list as a CSV download: every actor, in the page's order,
 * all pages (the list has no filters besides its paging).
 */
export async function GET(request: Request) {
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(await streamActorsCsv(publicBaseUrl(request)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claimline-actors-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
