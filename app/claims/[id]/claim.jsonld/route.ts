import { getClaimDetail } from "@/lib/claims/data";
import { JSONLD_CONTENT_TYPE, toSchemaOrgClaim } from "@/lib/claims/jsonld";
import { recordIdSchema } from "@/lib/claims/schema";
import { publicBaseUrl } from "@/lib/http/public-base";

/** GET /claims/<id>/claim.jsonld — the claim as a schema.org Claim (ClaimReview's itemReviewed shape). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Not a claim id." }, { status: 404 });
  const claim = await getClaimDetail(id.data);
  if (!claim) return Response.json({ error: "No such claim." }, { status: 404 });
  return new Response(JSON.stringify(toSchemaOrgClaim(claim, publicBaseUrl(request)), null, 2), {
    headers: { "Content-Type": JSONLD_CONTENT_TYPE, "Cache-Control": "no-store" },
  });
}
