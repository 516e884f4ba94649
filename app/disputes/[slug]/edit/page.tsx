import type { Metadata } from "next";
import { isAdmin } from "@/lib/auth/roles";
import { DeleteRecord } from "@/components/forms/delete-record";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DisputeForm } from "@/components/disputes/dispute-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { updateDisputeAction } from "@/lib/disputes/actions";
import { getDisputeForEdit } from "@/lib/disputes/form-data";
import { disputeSlugSchema } from "@/lib/disputes/schema";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Edit dispute" };

interface Props {
  params: Promise<{ slug: string }>;
}

export default async function EditDisputePage({ params }: Props) {
  const { slug } = await params;
  if (!disputeSlugSchema.safeParse(slug).success) notFound();
  const user = await editorOrSignIn(`/disputes/${slug}/edit`);
  if (!user) return <NotAllowed title="Edit dispute" />
  const dispute = await getDisputeForEdit(slug);
  if (!dispute) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/disputes/${dispute.slug}`}>{dispute.title}</Link> /
      </p>
      <h1>Edit dispute</h1>
      <p className="edit-links">
        <Link href={`/disputes/${dispute.slug}/history`}>History</Link>
        <Link href={`/claims/new?dispute=${dispute.slug}`}>Add a claim</Link>
        <Link href={`/disputes/${dispute.slug}/events/new`}>Add a context event</Link>
      </p>
      <DisputeForm action={updateDisputeAction} values={dispute.values} version={dispute.version} id={dispute.id} submitLabel="Save dispute" />
      <h2>Context events</h2>
      {dispute.events.length === 0 ? (
        <p className="empty">No context events yet.</p>
      ) : (
        <ul>
          {dispute.events.map((event) => (
            <li key={event.id}>
              {event.title} <Link href={`/events/${event.id}/edit`}>Edit</Link>
            </li>
          ))}
        </ul>
      )}
      {isAdmin(user) && <DeleteRecord entity="Dispute" id={dispute.id} what="dispute" />}
    </div>
  );
}
