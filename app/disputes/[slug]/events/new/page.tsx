import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/claims-edit/event-form";
import { NotAllowed } from "@/components/forms/not-allowed";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { getDisputeHeading } from "@/lib/disputes/form-data";
import { disputeSlugSchema } from "@/lib/disputes/schema";
import { createEventAction } from "@/lib/events/actions";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Add a context event" };

export default async function NewEventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!disputeSlugSchema.safeParse(slug).success) notFound();
  if (!(await editorOrSignIn(`/disputes/${slug}/events/new`))) return <NotAllowed title="Add a context event" />;
  const dispute = await getDisputeHeading(slug);
  if (!dispute) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/disputes/${dispute.slug}`}>{dispute.title}</Link> /
      </p>
      <h1>Add a context event</h1>
      <EventForm action={createEventAction} disputeId={dispute.id} values={{ title: "", description: "", occurredAt: "" }} />
    </div>
  );
}
