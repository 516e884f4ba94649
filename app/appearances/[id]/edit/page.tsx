import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppearanceForm } from "@/components/claims-edit/claim-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { updateAppearanceAction } from "@/lib/appearances/actions";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { getAppearanceForEdit } from "@/lib/claims/form-data";
import { recordIdSchema } from "@/lib/claims/schema";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Edit appearance" };

export default async function EditAppearancePage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  if (!(await editorOrSignIn(`/appearances/${id.data}/edit`))) return <NotAllowed title="Edit appearance" />;
  const appearance = await getAppearanceForEdit(id.data);
  if (!appearance) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/claims/${appearance.claimId}`}>{appearance.claim}</Link> / <Link href={`/claims/${appearance.claimId}/edit#appearances`}>Appearances</Link> /
      </p>
      <h1>Edit appearance</h1>
      <AppearanceForm action={updateAppearanceAction} claimId={appearance.claimId} id={appearance.id} version={appearance.version} values={appearance.values} labels={appearance.labels} />
    </div>
  );
}
