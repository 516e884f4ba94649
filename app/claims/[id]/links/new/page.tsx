import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewLinkForm } from "@/components/claims-edit/claim-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { getClaimHeading } from "@/lib/claims/form-data";
import { recordIdSchema } from "@/lib/claims/schema";
import { createLinkAction } from "@/lib/links/actions";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Link to another claim" };

export default async function NewLinkPage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  if (!(await editorOrSignIn(`/claims/${id.data}/links/new`))) return <NotAllowed title="Link to another claim" />;
  const claim = await getClaimHeading(id.data);
  if (!claim) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/claims/${claim.id}`}>{claim.title}</Link> /
      </p>
      <h1>Link to another claim</h1>
      <p>
        This claim: <strong>{claim.title}</strong>
      </p>
      <NewLinkForm action={createLinkAction} claimId={claim.id} />
    </div>
  );
}
