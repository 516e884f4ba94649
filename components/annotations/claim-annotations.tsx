import Link from "next/link";
import { AnnotatedText } from "@/components/annotations/annotated-text";
import { AnnotationBody } from "@/components/annotations/annotation-body";
import { AnnotationForm } from "@/components/annotations/annotation-form";
import { AnnotationSelection } from "@/components/annotations/annotation-selection";
import { NoteActionForm } from "@/components/annotations/note-action-form";
import { InlineAction } from "@/components/forms/inline-action";
import { deleteAnnotationAction, flagAnnotationAction, createAnnotationAction } from "@/lib/annotations/actions";
import type { AnnotationNote, AnnotationThread } from "@/lib/annotations/data";
import { getClaimAnnotations } from "@/lib/annotations/data";
import type { HighlightRange } from "@/lib/annotations/highlight";
import { MOTIVATION_LABELS } from "@/lib/annotations/schema";
import { canEdit, isAdmin, type CurrentUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import "@/components/forms/forms.css";
import "./annotations.css";

/**
 * The claim's quote and paraphrase with annotated words highlighted, and the notes beside them
 * (below them on a narrow screen): threads one reply deep, orphans with their badge and the
 * words they were made on, hidden notes as a placeholder with the moderator's reason. Editors
 * get the Annotate form (and the select-then-Annotate button); anyone signed in can flag.
 */
interface ClaimText {
  id: string;
  quote: string | null;
  text: string;
}

function rangesFor(threads: AnnotationThread[], field: "QUOTE" | "TEXT"): HighlightRange[] {
  return threads.flatMap((note) =>
    note.field === field && !note.orphanedAt && !note.hiddenAt && note.positionStart !== null && note.positionEnd !== null && note.selectorExact !== null
      ? [{ id: note.id, start: note.positionStart, end: note.positionEnd, exact: note.selectorExact }]
      : [],
  );
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function NoteMeta({ note, number }: { note: AnnotationNote; number?: number }) {
  return (
    <p className="note-meta">
      {number !== undefined && <span className="note-number">{number}</span>}
      <span className={`note-kind note-kind-${note.motivation.toLowerCase()}`}>{MOTIVATION_LABELS[note.motivation]}</span>{" "}
      <span className="muted">
        by {note.author.name}, <time dateTime={note.createdAt.toISOString()}>{dateFormat.format(note.createdAt)}</time>
        {note.updatedAt.getTime() - note.createdAt.getTime() > 1000 && " (edited)"}
      </span>
    </p>
  );
}

function Note({ note, user, number, reply }: { note: AnnotationNote; user: CurrentUser | null; number?: number; reply?: boolean }) {
  const own = user !== null && canEdit(user) && (note.authorId === user.id || isAdmin(user));
  if (note.hiddenAt) {
    return (
      <div className="note note-hidden" data-testid="note-hidden">
        {number !== undefined && <span className="note-number">{number}</span>}
        <p>
          <strong>Hidden by a moderator.</strong> Reason: {note.hiddenReason}
        </p>
        {isAdmin(user) && <AnnotationBody markdown={note.body} html={note.bodyHtml} />}
      </div>
    );
  }
  return (
    <div className="note">
      <NoteMeta note={note} number={number} />
      {!reply && note.field && (
        <p className="note-target">
          {note.orphanedAt && (
            <span className="badge note-orphan" data-testid="orphan-badge">
              Orphaned
            </span>
          )}{" "}
          {note.orphanedAt ? "Made on the words" : "On"} “<q className="note-exact">{note.selectorExact}</q>” in the {note.field === "QUOTE" ? "quote" : "paraphrase"}
          {note.orphanedAt && <span className="muted"> — these words were changed in a later edit of the claim, so the note is no longer placed in the text.</span>}
        </p>
      )}
      <AnnotationBody markdown={note.body} html={note.bodyHtml} />
      {note.motivation === "LINKING" && (note.linkUrl || note.linkClaim) && (
        <p className="note-link">
          Links to:{" "}
          {note.linkUrl && (
            <a href={note.linkUrl} rel="nofollow ugc noopener" target="_blank">
              {note.linkUrl}
            </a>
          )}
          {note.linkClaim && (
            <Link href={`/claims/${note.linkClaim.id}`}>
              {note.linkClaim.claimant.name}: {note.linkClaim.text}
            </Link>
          )}
        </p>
      )}
      <div className="note-actions">
        {own && <Link href={`/annotations/${note.id}/edit`}>Edit</Link>}
        {canEdit(user) && note.orphanedAt && !reply && <Link href={`/annotations/${note.id}/edit#reattach`}>Re-attach</Link>}
        {own && (
          <InlineAction action={deleteAnnotationAction} hidden={{ id: note.id }} label={`Delete note ${number ?? ""}`.trim()}>
            <button type="submit" className="link-button">
              Delete
            </button>
          </InlineAction>
        )}
        {user && (
          <details className="note-more">
            <summary>Flag</summary>
            <NoteActionForm
              action={flagAnnotationAction}
              hidden={{ id: note.id }}
              label="Flag this note for a moderator"
              textName="reason"
              textLabel="Why should a moderator look at this note?"
              submitLabel="Send the flag"
              success="Flagged: a moderator will look at it."
              multiline={false}
            />
          </details>
        )}
      </div>
    </div>
  );
}

export async function ClaimAnnotations({ claim }: { claim: ClaimText }) {
  const [threads, user] = await Promise.all([getClaimAnnotations(claim.id), getCurrentUser()]);
  const numbers = new Map(threads.map((note, index) => [note.id, index + 1]));
  const editor = canEdit(user);
  return (
    <section id="annotations" aria-labelledby="annotations-heading" className="annotations">
      <h2 id="annotations-heading">
        Annotations <span className="muted" data-testid="annotation-count">({threads.length + threads.reduce((sum, note) => sum + note.replies.length, 0)})</span>
      </h2>
      <p className="muted annotations-formats">
        Also as <a href={`/claims/${claim.id}/annotations.jsonld`} type="application/ld+json">W3C Web Annotation JSON-LD</a>.
      </p>
      <div className="annotations-layout">
        <div className="annotations-text">
          {claim.quote && (
            <blockquote className="claim-quote" cite="#appearances" data-testid="claim-quote">
              “<AnnotatedText text={claim.quote} field="quote" ranges={rangesFor(threads, "QUOTE")} numbers={numbers} />”
            </blockquote>
          )}
          <p className="annotations-paraphrase" data-testid="claim-paraphrase">
            <span className="muted">Paraphrase: </span>
            <AnnotatedText text={claim.text} field="text" ranges={rangesFor(threads, "TEXT")} numbers={numbers} />
          </p>
          {editor && <AnnotationSelection />}
        </div>
        <div className="annotations-notes">
          {threads.length === 0 ? (
            <p className="empty">No notes on this claim yet.</p>
          ) : (
            <ol className="notes" aria-label="Notes">
              {threads.map((note) => (
                <li key={note.id} id={`annotation-${note.id}`} className="thread" data-testid="note">
                  <Note note={note} user={user} number={numbers.get(note.id)} />
                  {note.replies.length > 0 && (
                    <ol className="replies" aria-label={`Replies to note ${numbers.get(note.id)}`}>
                      {note.replies.map((reply) => (
                        <li key={reply.id} id={`annotation-${reply.id}`} data-testid="reply">
                          <Note note={reply} user={user} reply />
                        </li>
                      ))}
                    </ol>
                  )}
                  {editor && !note.hiddenAt && (
                    <details className="note-more">
                      <summary>Reply</summary>
                      <NoteActionForm
                        action={createAnnotationAction}
                        hidden={{ claimId: claim.id, parentId: note.id, target: "claim" }}
                        label={`Reply to note ${numbers.get(note.id)}`}
                        textName="body"
                        textLabel="Your reply (Markdown)"
                        submitLabel="Reply"
                      />
                    </details>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

/** The Annotate form (editors), at the end of the claim page; a sign-in hint for others. */
export async function ClaimAnnotateForm({ claim }: { claim: ClaimText }) {
  const user = await getCurrentUser();
  if (canEdit(user)) {
    return (
      <section aria-labelledby="annotate" className="annotate">
        <h2 id="annotate">Annotate</h2>
        <AnnotationForm claimId={claim.id} hasQuote={Boolean(claim.quote)} />
      </section>
    );
  }
  return user ? null : (
    <p className="muted">
      <Link href={`/sign-in?next=/claims/${claim.id}`}>Sign in</Link> as an editor to annotate this claim.
    </p>
  );
}
