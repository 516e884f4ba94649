import type { Metadata } from "next";
import { findRedirect } from "@/lib/records/redirects";
import { RecordLinks } from "@/components/auth/record-links";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { CarriedClaims } from "@/components/sources/carried-claims";
import { SourceEvents } from "@/components/sources/source-events";
import { SourceFacts } from "@/components/sources/source-facts";
import { SOURCE_KIND_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import { recordIdSchema } from "@/lib/claims/schema";
import { Pagination } from "@/components/ui/pagination";
import { parsePageParam } from "@/lib/paging";
import { getSourceDetail } from "@/lib/sources/data";
import "@/components/entities/entities.css";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const numberFormat = new Intl.NumberFormat("en-GB");
const count = (n: number) => numberFormat.format(n);

// A malformed or unknown id is a real 404. The carried claims are paged in the URL (`page`), so
// a source carried by thousands of claims reads and renders one page of them. `cache` lets the
// metadata and the page share one read.
const loadSource = cache(async (rawId: string, page: number) => {
  const id = recordIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  const source = await getSourceDetail(id.data, { page });
  if (!source) {
    // A record merged into another: its address redirects to the kept one.
    const kept = await findRedirect("Source", id.data);
    if (kept) permanentRedirect(`/sources/${kept}`);
    notFound();
  }
  return source;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id, parsePageParam((await searchParams).page));
  const by = source.publisher ? ` by ${source.publisher.name}` : "";
  return { title: source.title, description: `${SOURCE_KIND_LABELS[source.kind]}${by}: the claims it carried.` };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const source = await loadSource((await params).id, parsePageParam((await searchParams).page));
  const { claims, disputes, origins } = source.summary;
  const relayed = source.summary.appearances - origins;
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/sources">
          Sources
          <PendingHint />
        </Link>{" "}
        /
      </p>
      <h1>{source.title}</h1>
      <RecordLinks edit={`/sources/${source.id}/edit`} history={`/sources/${source.id}/history`} />
      <SourceFacts source={source} />

      <h2 id="claims">Claims carried</h2>
      {source.summary.appearances > 0 && (
        <p className="entity-summary" data-testid="carried-summary">
          {count(claims)} claim{claims === 1 ? "" : "s"} in {count(disputes)} dispute{disputes === 1 ? "" : "s"}: {count(origins)} as an origin,{" "}
          {count(relayed)} relayed from another outlet.{" "}
          <Link href={`/claims?source=${encodeURIComponent(source.id)}`}>
            See these claims in the claims table
            <PendingHint />
          </Link>
        </p>
      )}
      <CarriedClaims appearances={source.appearances} />
      <Pagination
        label="Pages of the claims carried"
        page={source.appearancesPage.page}
        pageCount={source.appearancesPage.pageCount}
        hrefFor={(n) => `/sources/${source.id}${n === 1 ? "" : `?page=${n}`}#claims`}
      />

      {source.events.length > 0 && (
        <>
          <h2 id="events">Context events citing this source</h2>
          <SourceEvents events={source.events} />
        </>
      )}
    </>
  );
}
