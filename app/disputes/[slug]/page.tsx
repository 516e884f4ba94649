import type { Metadata } from "next";
import { RecordLinks } from "@/components/auth/record-links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContestedTimeline } from "@/components/timeline/contested-timeline";
import { SideSummaries } from "@/components/timeline/side-summaries";
import { STATUS_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import { getDisputeBySlug, getDisputeTimeline } from "@/lib/disputes/data";
import { disputeSlugSchema } from "@/lib/disputes/schema";
import { parsePageParam } from "@/lib/paging";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// Rendered whole (no streaming): a missing dispute is a real 404, and the timeline reads
// without JavaScript. Navigations show their loading state in the link followed (PendingHint).
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

export default async function DisputePage({ params, searchParams }: Props) {
  const dispute = await load(params);
  const timeline = await getDisputeTimeline(dispute.id, parsePageParam((await searchParams).page));
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/">
          Disputes
          <PendingHint />
        </Link>{" "}
        /
      </p>
      <h1>
        {dispute.title}{" "}
        <span className={`badge status-${dispute.status.toLowerCase()}`}>{STATUS_LABELS[dispute.status]}</span>
      </h1>
      <RecordLinks
        edit={`/disputes/${dispute.slug}/edit`}
        history={`/disputes/${dispute.slug}/history`}
        more={[
          { href: `/claims/new?dispute=${dispute.slug}`, label: "Add a claim" },
          { href: `/disputes/${dispute.slug}/events/new`, label: "Add a context event" },
        ]}
      />
      <p className="proposition">
        <span className="muted">Proposition: </span>
        {dispute.proposition}
      </p>
      {dispute.summary && <p>{dispute.summary}</p>}
      {dispute.tags.length > 0 && <p className="muted">Tags: {dispute.tags.join(", ")}</p>}
      <SideSummaries sides={timeline.sides} labels={dispute} />
      <h2>Contested timeline</h2>
      <ContestedTimeline
        data={timeline}
        labels={dispute}
        windowHref={(n) => (n === 1 ? `/disputes/${dispute.slug}` : `/disputes/${dispute.slug}?page=${n}`)}
      />
    </>
  );
}
