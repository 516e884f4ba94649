import { lookupQuerySchema, lookupRecords } from "@/lib/records/lookup";

/** GET /api/lookup?type=actor&q=psaki — typeahead for the forms' record pickers (read only). */
export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = lookupQuerySchema.safeParse(params);
  if (!query.success) {
    return Response.json({ error: { code: "INVALID", message: "Unknown lookup.", issues: query.error.issues } }, { status: 400 });
  }
  const items = await lookupRecords(query.data);
  return Response.json({ items }, { headers: { "Cache-Control": "no-store" } });
}
