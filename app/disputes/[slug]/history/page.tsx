import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryPage } from "@/components/history/history-page";
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
    <HistoryPage
      title={dispute.title}
      href={`/disputes/${dispute.slug}`}
      recordRef={recordRef("Dispute", dispute.id)}
      page={parsePageParam((await searchParams).page)}
      basePath={`/disputes/${dispute.slug}/history`}
      note="Changes to the dispute and its context events. Each claim has its own history."
    />
  );
}
