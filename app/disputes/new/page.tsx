import type { Metadata } from "next";
import { DisputeForm } from "@/components/disputes/dispute-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { createDisputeAction } from "@/lib/disputes/actions";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "New dispute" };

const EMPTY = { title: "", proposition: "", summary: "", status: "OPEN", affirmLabel: "Affirms", denyLabel: "Denies", tags: "", slug: "" };

export default async function NewDisputePage() {
  if (!(await editorOrSignIn("/disputes/new"))) return <NotAllowed title="New dispute" />;
  return (
    <div className="edit-page">
      <h1>New dispute</h1>
      <DisputeForm action={createDisputeAction} values={EMPTY} submitLabel="Create dispute" />
    </div>
  );
}
