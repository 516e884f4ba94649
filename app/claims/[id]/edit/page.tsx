import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditClaimForm, LinkEditForm } from "@/components/claims-edit/claim-form";
import { ClaimStatusForm } from "@/components/claims-edit/status-form";
import { DeleteRecord } from "@/components/forms/delete-record";
import { InlineAction } from "@/components/forms/inline-action";
import { NotAllowed } from "@/components/forms/not-allowed";
import { ATTRIBUTION_LABELS, LINK_LABELS } from "@/components/ui/labels";
import { deleteAppearanceAction } from "@/lib/appearances/actions";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { isAdmin } from "@/lib/auth/roles";
import { setClaimStatusAction, updateClaimAction } from "@/lib/claims/actions";
import { getClaimForEdit } from "@/lib/claims/form-data";
import { recordIdSchema } from "@/lib/claims/schema";
import { deleteLinkAction, updateLinkAction } from "@/lib/links/actions";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Edit claim" };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await editorOrSignIn(`/claims/${id.data}/edit`);
  if (!user) return <NotAllowed title="Edit claim" />;
  const claim = await getClaimForEdit(id.data);
  if (!claim) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/disputes/${claim.dispute.slug}`}>{claim.dispute.title}</Link> / <Link href={`/claims/${claim.id}`}>{claim.claimant}</Link> /
      </p>
      <h1>Edit claim</h1>
      <p className="edit-links">
        <Link href={`/claims/${claim.id}`}>View</Link>
        <Link href={`/claims/${claim.id}/history`}>History</Link>
      </p>
      <EditClaimForm
        action={updateClaimAction}
        id={claim.id}
        version={claim.version}
        values={claim.values}
        labels={{ dispute: claim.dispute.title, claimant: claim.claimant }}
      />

      <h2 id="appearances">Appearances</h2>
      {claim.appearances.length === 0 ? (
        <p className="empty">Not on the record anywhere yet.</p>
      ) : (
        <ul className="history-list">
          {claim.appearances.map((appearance) => (
            <li key={appearance.id} data-testid="appearance-row">
              <strong>{appearance.labels.self}</strong> — {ATTRIBUTION_LABELS[appearance.values.attribution as keyof typeof ATTRIBUTION_LABELS] ?? appearance.values.attribution}
              {appearance.labels.viaId && <>, relaying {appearance.labels.viaId}</>} <span className="muted">({appearance.values.reportedAt})</span>{" "}
              <Link href={`/appearances/${appearance.id}/edit`}>Edit</Link>
              <InlineAction action={deleteAppearanceAction} hidden={{ id: appearance.id }} label={`Remove the appearance in ${appearance.labels.self}`}>
                <button type="submit" className="link-button">
                  Remove
                </button>
              </InlineAction>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/claims/${claim.id}/appearances/new`}>Add an appearance</Link>
      </p>

      <h2 id="links">Links to other claims</h2>
      {claim.links.length === 0 ? (
        <p className="empty">No links yet.</p>
      ) : (
        <ul className="history-list">
          {claim.links.map((link) => (
            <li key={link.id} data-testid="link-row">
              <p>
                {link.outgoing ? "This claim" : <Link href={`/claims/${link.otherId}`}>{link.other}</Link>}{" "}
                <strong>{LINK_LABELS[link.values.kind as keyof typeof LINK_LABELS]?.from.toLowerCase() ?? link.values.kind}</strong>{" "}
                {link.outgoing ? <Link href={`/claims/${link.otherId}`}>{link.other}</Link> : "this claim"}
              </p>
              <LinkEditForm action={updateLinkAction} id={link.id} version={link.version} values={{ kind: link.values.kind ?? "", note: link.values.note ?? "", independence: link.values.independence ?? "UNKNOWN" }} />
              <InlineAction action={deleteLinkAction} hidden={{ id: link.id }} label="Remove this link">
                <button type="submit" className="link-button">
                  Remove the link
                </button>
              </InlineAction>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/claims/${claim.id}/links/new`}>Link to another claim</Link>
      </p>

      <h2 id="status">Retract or supersede</h2>
      <p className="muted">A claim is never deleted for being walked back: it stays on the timeline, dimmed, with the reason.</p>
      <ClaimStatusForm action={setClaimStatusAction} id={claim.id} version={claim.version} status={claim.status} reason={claim.statusReason ?? ""} />

      {isAdmin(user) && <DeleteRecord entity="Claim" id={claim.id} what="claim" />}
    </div>
  );
}
