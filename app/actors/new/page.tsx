import type { Metadata } from "next";
import { ActorForm } from "@/components/actors/actor-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { createActorAction } from "@/lib/actors/actions";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "New actor" };

export default async function NewActorPage() {
  if (!(await editorOrSignIn("/actors/new"))) return <NotAllowed title="New actor" />;
  return (
    <div className="edit-page">
      <h1>New actor</h1>
      <ActorForm action={createActorAction} values={{ name: "", kind: "PERSON", role: "", country: "", affiliationId: "" }} submitLabel="Create actor" />
    </div>
  );
}
