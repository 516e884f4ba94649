import type { Metadata } from "next";
import { MergeRecord } from "@/components/forms/merge-record";
import { isAdmin } from "@/lib/auth/roles";
import { DeleteRecord } from "@/components/forms/delete-record";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorForm } from "@/components/actors/actor-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { updateActorAction } from "@/lib/actors/actions";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { recordIdSchema } from "@/lib/claims/schema";
import { getActorForEdit } from "@/lib/records/form-data";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Edit actor" };

export default async function EditActorPage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await editorOrSignIn(`/actors/${id.data}/edit`);
  if (!user) return <NotAllowed title="Edit actor" />
  const actor = await getActorForEdit(id.data);
  if (!actor) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/actors/${actor.id}`}>{actor.name}</Link> /
      </p>
      <h1>Edit actor</h1>
      <p className="edit-links">
        <Link href={`/actors/${actor.id}/history`}>History</Link>
      </p>
      <ActorForm action={updateActorAction} values={actor.values} version={actor.version} id={actor.id} affiliationLabel={actor.affiliation} submitLabel="Save actor" />
      {isAdmin(user) && <MergeRecord entity="Actor" id={actor.id} />}
      {isAdmin(user) && <DeleteRecord entity="Actor" id={actor.id} what="actor" />}
    </div>
  );
}
