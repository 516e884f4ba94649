import type { Metadata } from "next";
import { RecordLinks } from "@/components/auth/record-links";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContestedTimeline } from "@/components/timeline/contested-timeline";
import { SideSummaries } from "@/components/timeline/side-summaries";
import { CopyLinks } from "@/components/timeline/copy-links";
import { contestedExtentOf, DisputeOverview, type OverviewRange } from "@/components/timeline/overview";
import { DAY_MS, parseEdtf } from "@/lib/dates";
import { TIMELINE_COLUMNS } from "@/lib/timeline/build";
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
  const description = dispute.summary ? `${dispute.proposition} ${dispute.summary}`.slice(0, 300) : dispute.proposition;
  // Shared links show the question and its summary (OpenGraph and Twitter cards).
  return {
    title: dispute.title,
    description: dispute.proposition,
    openGraph: { type: "article", title: dispute.title, description },
    twitter: { card: "summary", title: dispute.title, description },
  };
}

/** The overview's zoom from `?from=` and `?to=` (YYYY, YYYY-MM or YYYY-MM-DD); anything else is ignored. */
function zoomRange(search: Record<string, string | string[] | undefined>): OverviewRange | null {
  const read = (value: string | string[] | undefined) => {
    const text = typeof value === "string" ? value.trim() : "";
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return null;
    try {
      return parseEdtf(text);
    } catch {
      return null;
    }
  };
  const from = read(search.from);
  const to = read(search.to);
  if (!from && !to) return null;
  const start = from?.start ?? new Date(Date.UTC(1000, 0, 1));
  const end = to ? new Date(to.end.getTime() + DAY_MS) : new Date(Date.UTC(9999, 11, 31));
  return start < end ? { from: start, to: end } : null;
}

export default async function DisputePage({ params, searchParams }: Props) {
  const dispute = await load(params);
  const search = await searchParams;
  const timeline = await getDisputeTimeline(dispute.id, parsePageParam(search.page));
  const zoom = zoomRange(search);
  const base = `/disputes/${dispute.slug}`;
  const zoomQuery = zoom && typeof search.from === "string" ? `from=${encodeURIComponent(search.from)}${typeof search.to === "string" ? `&to=${encodeURIComponent(search.to)}` : ""}` : "";
  const shownIds = new Set(
    timeline.timeline.bands.flatMap((band) => TIMELINE_COLUMNS.flatMap((column) => band.cells[column].map((claim) => claim.id))),
  );
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
      <DisputeOverview
        overview={timeline.overview}
        shownIds={shownIds}
        labels={dispute}
        range={zoom}
        contestedExtent={contestedExtentOf(timeline.timeline)}
        hrefForRange={(range) => `${base}?${range ? `from=${range.from}&to=${range.to}&` : ""}page=${timeline.timeline.window}`.replace(/[?&]page=1$/, "")}
      />
      <CopyLinks />
      <ContestedTimeline
        data={timeline}
        labels={dispute}
        windowHref={(n) => {
          const query = [zoomQuery, n === 1 ? "" : `page=${n}`].filter(Boolean).join("&");
          return query ? `${base}?${query}` : base;
        }}
      />
    </>
  );
}
