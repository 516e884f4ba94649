import { parseDateInput } from "@/lib/date-input";

/**
 * GET /api/date-input?text=mid-March%202022 — what a date field's text is understood as, for
 * the form's preview before saving: { ok, display, edtf } or { ok: false, message }.
 */
export async function GET(request: Request): Promise<Response> {
  const text = (new URL(request.url).searchParams.get("text") ?? "").slice(0, 200);
  try {
    const result = parseDateInput(text);
    return Response.json({ ok: true, display: result.display, edtf: result.edtf, undated: result.undated });
  } catch (error) {
    return Response.json({ ok: false, message: error instanceof Error ? error.message : "Not a date." });
  }
}
