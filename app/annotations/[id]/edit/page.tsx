import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationBody } from "@/components/annotations/annotation-body";
import { EditAnnotationForm, ReattachAnnotationForm } from "@/components/annotations/annotation-edit-forms";
import { NotAllowed } from "@/components/forms/not-allowed";
import { occurrenceOf } from "@/lib/annotations/anchor";
import { getAnnotation } from "@/lib/annotations/data";
import { targetOf } from "@/lib/annotations/schema";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { isAdmin } from "@/lib/auth/roles";
import { recordIdSchema } from "@/lib/claims/schema";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Edit note" };

/** Edit a note (its author or an admin) and re-attach it to new words (any editor). */
export default async function EditAnnotationPage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await editorOrSignIn(`/annotations/${id.data}/edit`);
  if (!user) return <NotAllowed title="Edit note" />;
  const note = await getAnnotation(id.data);
  if (!note) notFound();
  const { claim } = note;
  const mayEdit = note.authorId === user.id || isAdmin(user);
  const text = note.field === "QUOTE" ? (claim.quote ?? "") : claim.text;
  const position = note.selectorExact !== null && note.positionStart !== null ? { exact: note.selectorExact, start: note.positionStart } : null;
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/claims/${claim.id}`}>
          {claim.claimant.name}: {claim.text.slice(0, 80)}
        </Link>{" "}
        /
      </p>
      <h1>Edit note</h1>
      <p className="edit-links">
        <Link href={`/claims/${claim.id}#annotation-${note.id}`}>View</Link>
        <Link href={`/claims/${claim.id}/history`}>History</Link>
      </p>
      {mayEdit ? (
        <EditAnnotationForm
          id={note.id}
          version={note.version}
          values={{ motivation: note.motivation, body: note.body, linkUrl: note.linkUrl ?? "", linkClaimId: note.linkClaim?.id ?? "" }}
        />
      ) : (
        <>
          <p className="muted">Only its author or an admin can change what this note says.</p>
          <AnnotationBody markdown={note.body} html={note.bodyHtml} />
        </>
      )}
      {!note.parentId && (
        <section aria-labelledby="reattach">
          <h2 id="reattach">Where the note sits</h2>
          {note.orphanedAt ? (
            <p>
              <span className="badge note-orphan">Orphaned</span> It was made on “{note.selectorExact}”, which a later edit of the claim changed. Choose the words it is about now.
            </p>
          ) : note.field ? (
            <p>
              On “{note.selectorExact}” in the {note.field === "QUOTE" ? "quote" : "paraphrase"}.
            </p>
          ) : (
            <p>On the whole claim.</p>
          )}
          {claim.quote && (
            <blockquote className="claim-quote">
              <span className="muted">Quote now: </span>“{claim.quote}”
            </blockquote>
          )}
          <p>
            <span className="muted">Paraphrase now: </span>
            {claim.text}
          </p>
          <ReattachAnnotationForm
            id={note.id}
            version={note.version}
            hasQuote={Boolean(claim.quote)}
            values={{
              target: targetOf(note.field),
              exact: note.selectorExact ?? "",
              occurrence: String(position && !note.orphanedAt ? occurrenceOf(text, position) : 1),
            }}
          />
        </section>
      )}
    </div>
  );
}
