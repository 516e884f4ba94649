import { getAnnotatedClaim, getClaimAnnotations } from "@/lib/annotations/data";
import { JSONLD_TYPE, toW3CCollection } from "@/lib/annotations/w3c";
import { recordIdSchema } from "@/lib/claims/schema";
import { readEnv } from "@/lib/env";

/** GET /claims/<id>/annotations.jsonld — the claim's notes as a W3C AnnotationCollection. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Not a claim id." }, { status: 404 });
  const claim = await getAnnotatedClaim(id.data);
  if (!claim) return Response.json({ error: "No such claim." }, { status: 404 });
  const threads = await getClaimAnnotations(claim.id);
  const notes = threads.flatMap((thread) => [thread, ...thread.replies]);
  const base = (readEnv().CLAIMLINE_PUBLIC_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
  return new Response(JSON.stringify(toW3CCollection(claim, notes, base), null, 2), {
    headers: { "Content-Type": JSONLD_TYPE, "Cache-Control": "no-store" },
  });
}
