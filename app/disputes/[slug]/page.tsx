import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ContestedTimeline } from "@/components/timeline/contested-timeline";
import { STATUS_LABELS } from "@/components/ui/labels";
import { Loading } from "@/components/ui/loading";
import { getDisputeBySlug, getDisputeTimeline, type DisputeHeader } from "@/lib/disputes/data";
import { disputeSlugSchema } from "@/lib/disputes/schema";

interface Props {
  params: Promise<{ slug: string }>;
}

// The header decides 404 before anything streams; the timeline streams in behind a fallback.
async function load(params: Props["params"]) {
  const slug = disputeSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const dispute = await getDisputeBySlug(slug.data);
  if (!dispute) notFound();
  return dispute;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dispute = await load(params);
  return { title: dispute.title, description: dispute.proposition };
}

async function TimelineSection({ dispute }: { dispute: DisputeHeader }) {
  const timeline = await getDisputeTimeline(dispute.id);
  return <ContestedTimeline dispute={timeline} labels={dispute} />;
}

export default async function DisputePage({ params }: Props) {
  const dispute = await load(params);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">Disputes</Link> /
      </p>
      <h1>
        {dispute.title}{" "}
        <span className={`badge status-${dispute.status.toLowerCase()}`}>{STATUS_LABELS[dispute.status]}</span>
      </h1>
      <p className="proposition">
        <span className="muted">Proposition: </span>
        {dispute.proposition}
      </p>
      {dispute.summary && <p>{dispute.summary}</p>}
      {dispute.tags.length > 0 && <p className="muted">Tags: {dispute.tags.join(", ")}</p>}
      <h2>Contested timeline</h2>
      <Suspense fallback={<Loading what="the timeline" />}>
        <TimelineSection dispute={dispute} />
      </Suspense>
    </>
  );
}
