import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryPage } from "@/components/history/history-page";
import { recordRef } from "@/lib/audit/record";
import { recordIdSchema } from "@/lib/claims/schema";
import { parsePageParam } from "@/lib/paging";
import { getRecordHeading } from "@/lib/records/form-data";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Source history" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SourceHistoryPage({ params, searchParams }: Props) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const record = await getRecordHeading("Source", id.data);
  if (!record) notFound();
  return (
    <HistoryPage
      title={record.title}
      href={`/sources/${record.id}`}
      recordRef={recordRef("Source", record.id)}
      page={parsePageParam((await searchParams).page)}
      basePath={`/sources/${record.id}/history`}
    />
  );
}
