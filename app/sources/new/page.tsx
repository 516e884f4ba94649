import type { Metadata } from "next";
import { SourceForm } from "@/components/sources/source-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { createSourceAction } from "@/lib/sources/actions";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage() {
  if (!(await editorOrSignIn("/sources/new"))) return <NotAllowed title="New source" />;
  return (
    <div className="edit-page">
      <h1>New source</h1>
      <SourceForm action={createSourceAction} values={{ title: "", kind: "NEWS_ARTICLE", publisherId: "", url: "", archiveUrl: "", published: "", retrieved: "", language: "" }} submitLabel="Create source" />
    </div>
  );
}
