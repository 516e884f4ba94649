import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/claims-edit/event-form";
import { DeleteRecord } from "@/components/forms/delete-record";
import { NotAllowed } from "@/components/forms/not-allowed";
import { editorOrSignIn } from "@/lib/auth/page-guard";
import { isAdmin } from "@/lib/auth/roles";
import { getEventForEdit } from "@/lib/claims/form-data";
import { recordIdSchema } from "@/lib/claims/schema";
import { updateEventAction } from "@/lib/events/actions";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Edit context event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await editorOrSignIn(`/events/${id.data}/edit`);
  if (!user) return <NotAllowed title="Edit context event" />;
  const event = await getEventForEdit(id.data);
  if (!event) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/disputes/${event.dispute.slug}`}>{event.dispute.title}</Link> /
      </p>
      <h1>Edit context event</h1>
      <EventForm action={updateEventAction} id={event.id} version={event.version} values={event.values} sources={event.sources} />
      {isAdmin(user) && <DeleteRecord entity="Event" id={event.id} what="event" />}
    </div>
  );
}
