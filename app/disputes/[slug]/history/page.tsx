import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/history/record-history";
import { recordRef } from "@/lib/audit/record";
import { getDisputeHeading } from "@/lib/disputes/form-data";
import { disputeSlugSchema } from "@/lib/disputes/schema";
import { parsePageParam } from "@/lib/paging";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Dispute history" };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DisputeHistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (!disputeSlugSchema.safeParse(slug).success) notFound();
  const dispute = await getDisputeHeading(slug);
  if (!dispute) notFound();
  return (
    <div className="edit-page">
      <p className="breadcrumbs">
        <Link href={`/disputes/${dispute.slug}`}>{dispute.title}</Link> /
      </p>
      <h1>History of “{dispute.title}”</h1>
      <p className="muted">Changes to the dispute and its context events. Each claim has its own history.</p>
      <RecordHistory recordRef={recordRef("Dispute", dispute.id)} page={parsePageParam((await searchParams).page)} basePath={`/disputes/${dispute.slug}/history`} />
    </div>
  );
}
