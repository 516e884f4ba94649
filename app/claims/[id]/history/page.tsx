import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryPage } from "@/components/history/history-page";
import { recordRef } from "@/lib/audit/record";
import { getClaimHeading } from "@/lib/claims/form-data";
import { recordIdSchema } from "@/lib/claims/schema";
import { parsePageParam } from "@/lib/paging";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Claim history" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ClaimHistoryPage({ params, searchParams }: Props) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const claim = await getClaimHeading(id.data);
  if (!claim) notFound();
  return (
    <HistoryPage
      title={claim.title}
      href={`/claims/${claim.id}`}
      recordRef={recordRef("Claim", claim.id)}
      page={parsePageParam((await searchParams).page)}
      basePath={`/claims/${claim.id}/history`}
      note="Changes to the claim, its appearances and its links."
    />
  );
}
