import { getAnnotation } from "@/lib/annotations/data";
import { JSONLD_TYPE, toW3CAnnotation } from "@/lib/annotations/w3c";
import { recordIdSchema } from "@/lib/claims/schema";
import { readEnv } from "@/lib/env";

/**
 * GET /annotations/<id> — one note as W3C Web Annotation JSON-LD (also /annotations/<id>.jsonld).
 * Content negotiation: a browser asking for HTML is sent to the note on its claim's page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const raw = (await params).id;
  const suffixed = raw.endsWith(".jsonld");
  const id = recordIdSchema.safeParse(suffixed ? raw.slice(0, -".jsonld".length) : raw);
  if (!id.success) return Response.json({ error: "Not an annotation id." }, { status: 404 });
  const note = await getAnnotation(id.data);
  if (!note) return Response.json({ error: "No such annotation." }, { status: 404 });
  const base = (readEnv().CLAIMLINE_PUBLIC_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
  const accept = request.headers.get("accept") ?? "";
  if (!suffixed && /text\/html/.test(accept) && !/application\/(ld\+)?json/.test(accept)) {
    return Response.redirect(`${base}/claims/${note.claimId}#annotation-${note.id}`, 303);
  }
  if (note.hiddenAt) {
    return Response.json({ error: "Hidden by a moderator.", reason: note.hiddenReason }, { status: 410, headers: { Vary: "Accept" } });
  }
  return new Response(JSON.stringify(toW3CAnnotation(note, base), null, 2), {
    headers: { "Content-Type": JSONLD_TYPE, Vary: "Accept", "Cache-Control": "no-store" },
  });
}
