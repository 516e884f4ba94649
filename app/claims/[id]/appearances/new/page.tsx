import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppearanceForm } from "@/components/claims-edit/claim-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { createAppearanceAction } from "@/lib/appearances/actions";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { getClaimHeading } from "@/lib/claims/form-data";
import { recordIdSchema } from "@/lib/claims/schema";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Add an appearance" };

export default async function NewAppearancePage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  if (!(await editorOrSignIn(`/claims/${id.data}/appearances/new`))) return <NotAllowed title="Add an appearance" />;
  const claim = await getClaimHeading(id.data);
  if (!claim) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/claims/${claim.id}`}>{claim.title}</Link> /
      </p>
      <h1>Add an appearance</h1>
      <AppearanceForm action={createAppearanceAction} claimId={claim.id} values={{ sourceId: "", reportedAt: "", attribution: "PARAPHRASE", attributionPhrase: "", viaId: "", excerpt: "", independentlySourced: "" }} />
    </div>
  );
}
