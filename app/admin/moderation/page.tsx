import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AnnotationBody } from "@/components/annotations/annotation-body";
import { NoteActionForm } from "@/components/annotations/note-action-form";
import { InlineAction } from "@/components/forms/inline-action";
import { moderateAnnotationAction } from "@/lib/annotations/actions";
import { getModerationQueue, getRecentDecisions } from "@/lib/annotations/data";
import { MOTIVATION_LABELS } from "@/lib/annotations/labels";
import { isAdmin } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import "@/components/forms/forms.css";
import "@/components/annotations/annotations.css";

export const metadata: Metadata = { title: "Moderation" };

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

const DECISION_LABELS = { KEPT: "kept", HIDDEN: "hidden", EDITED: "edited" } as const;

/**
 * The moderation queue: notes readers flagged, the longest-waiting first. Per note: keep it
 * (the flags are settled as "kept", on the record), hide it with a public reason (the claim page
 * shows a placeholder with the reason), or edit it (saving settles the flags as "edited").
 * Every decision is logged below and in the note's History.
 */
export default async function ModerationPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/admin/moderation");
  if (!isAdmin(user)) {
    return (
      <div className="edit-page">
        <h1>Moderation</h1>
        <p>Only administrators moderate notes.</p>
      </div>
    );
  }
  const [queue, decisions] = await Promise.all([getModerationQueue(), getRecentDecisions()]);
  return (
    <div className="edit-page">
      <h1>Moderation</h1>
      <h2 id="queue">Flagged notes ({queue.length})</h2>
      {queue.length === 0 ? (
        <p className="empty">Nothing waits for a decision.</p>
      ) : (
        <ol className="notes moderation-queue">
          {queue.map((note) => (
            <li key={note.id} className="thread" data-testid="flagged-note">
              <p className="note-meta">
                <span className="note-kind">{MOTIVATION_LABELS[note.motivation]}</span> by {note.author.name} on{" "}
                <Link href={`/claims/${note.claim.id}#annotation-${note.id}`}>
                  {note.claim.claimant.name}: {note.claim.text.slice(0, 100)}
                </Link>
                {note.hiddenAt && <span className="badge"> hidden: {note.hiddenReason}</span>}
              </p>
              <AnnotationBody markdown={note.body} html={note.bodyHtml} />
              <ul className="flags">
                {note.flags.map((flag) => (
                  <li key={flag.id}>
                    Flagged by {flag.user.name}, {when.format(flag.createdAt)}: “{flag.reason}”
                  </li>
                ))}
              </ul>
              <div className="note-actions">
                <InlineAction action={moderateAnnotationAction} hidden={{ id: note.id, decision: "keep" }} label="Keep this note" success="Kept.">
                  <button type="submit">Keep</button>
                </InlineAction>
                <Link href={`/annotations/${note.id}/edit`}>Edit</Link>
              </div>
              <NoteActionForm
                action={moderateAnnotationAction}
                hidden={{ id: note.id, decision: "hide" }}
                label="Hide this note"
                textName="reason"
                textLabel="Public reason for hiding it"
                submitLabel="Hide"
                success="Hidden."
                multiline={false}
              />
            </li>
          ))}
        </ol>
      )}
      <h2 id="log">Decisions</h2>
      {decisions.length === 0 ? (
        <p className="empty">No decisions yet.</p>
      ) : (
        <ul className="history-list" data-testid="decision-log">
          {decisions.map((flag) => (
            <li key={flag.id}>
              {flag.decidedAt && when.format(flag.decidedAt)} — {flag.decidedBy?.name ?? "an admin"}{" "}
              <strong>{flag.decision ? DECISION_LABELS[flag.decision] : "?"}</strong>{" "}
              <Link href={`/claims/${flag.annotation.claimId}#annotation-${flag.annotation.id}`}>the note</Link> (flagged: “{flag.reason}”)
              {flag.decision === "HIDDEN" && flag.annotation.hiddenReason && (
                <InlineAction action={moderateAnnotationAction} hidden={{ id: flag.annotation.id, decision: "unhide" }} label="Show this note again" success="Shown again.">
                  <button type="submit" className="link-button">
                    Show again
                  </button>
                </InlineAction>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
