import type { Metadata } from "next";
import { MergeRecord } from "@/components/forms/merge-record";
import { isAdmin } from "@/lib/auth/roles";
import { DeleteRecord } from "@/components/forms/delete-record";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceForm } from "@/components/sources/source-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { updateSourceAction } from "@/lib/sources/actions";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { recordIdSchema } from "@/lib/claims/schema";
import { getSourceForEdit } from "@/lib/records/form-data";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await editorOrSignIn(`/sources/${id.data}/edit`);
  if (!user) return <NotAllowed title="Edit source" />
  const source = await getSourceForEdit(id.data);
  if (!source) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/sources/${source.id}`}>{source.title}</Link> /
      </p>
      <h1>Edit source</h1>
      <p className="edit-links">
        <Link href={`/sources/${source.id}/history`}>History</Link>
      </p>
      <SourceForm action={updateSourceAction} values={source.values} version={source.version} id={source.id} publisherLabel={source.publisher} submitLabel="Save source" />
      {isAdmin(user) && <MergeRecord entity="Source" id={source.id} />}
      {isAdmin(user) && <DeleteRecord entity="Source" id={source.id} what="source" />}
    </div>
  );
}
