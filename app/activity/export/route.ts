import { streamActivityCsv } from "@/lib/audit/activity-csv";
import { parseActivityParams } from "@/lib/audit/activity-params";
import { publicBaseUrl } from "@/lib/http/public-base";

/** GET /activity/export?editor=…&type=… — every change matching that /activity view, as CSV. */
export async function GET(request: Request) {
  const params = parseActivityParams((name) => new URL(request.url).searchParams.get(name));
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(await streamActivityCsv(params, publicBaseUrl(request)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claimline-activity-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
