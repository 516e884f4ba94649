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
import { getSourceDetail } from "@/lib/sources/data";
import "@/components/entities/entities.css";

interface Props {
  params: Promise<{ id: string }>;
}

// Rendered whole, like the other record pages (see app/disputes/[slug]/page.tsx): a malformed
// or unknown id is a real 404. `cache` lets the metadata and the page share one read.
const loadSource = cache(async (rawId: string) => {
  const id = recordIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  const source = await getSourceDetail(id.data);
  if (!source) {
    // A record merged into another: its address redirects to the kept one.
    const kept = await findRedirect("Source", id.data);
    if (kept) permanentRedirect(`/sources/${kept}`);
    notFound();
  }
  return source;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  const by = source.publisher ? ` by ${source.publisher.name}` : "";
  return { title: source.title, description: `${SOURCE_KIND_LABELS[source.kind]}${by}: the claims it carried.` };
}

export default async function SourcePage({ params }: Props) {
  const source = await loadSource((await params).id);
  const claims = new Set(source.appearances.map((appearance) => appearance.claim.id)).size;
  const disputes = new Set(source.appearances.map((appearance) => appearance.claim.dispute.id)).size;
  const origins = source.appearances.filter((appearance) => appearance.provenance.origin).length;
  const relayed = source.appearances.length - origins;
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
      {source.appearances.length > 0 && (
        <p className="entity-summary" data-testid="carried-summary">
          {claims} claim{claims === 1 ? "" : "s"} in {disputes} dispute{disputes === 1 ? "" : "s"}: {origins} as an origin,{" "}
          {relayed} relayed from another outlet.{" "}
          <Link href={`/claims?source=${encodeURIComponent(source.id)}`}>
            See these claims in the claims table
            <PendingHint />
          </Link>
        </p>
      )}
      <CarriedClaims appearances={source.appearances} />

      {source.events.length > 0 && (
        <>
          <h2 id="events">Context events citing this source</h2>
          <SourceEvents events={source.events} />
        </>
      )}
    </>
  );
}
