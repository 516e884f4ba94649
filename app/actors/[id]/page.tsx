import type { Metadata } from "next";
import { findRedirect } from "@/lib/records/redirects";
import { RecordLinks } from "@/components/auth/record-links";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ActorFacts } from "@/components/actors/actor-facts";
import { AnswerList } from "@/components/actors/answer-list";
import { PublishedSources } from "@/components/actors/published-sources";
import { StanceRecord } from "@/components/actors/stance-record";
import { ACTOR_KIND_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import { getActorDetail } from "@/lib/actors/data";
import { recordIdSchema } from "@/lib/claims/schema";
import "@/components/entities/entities.css";

interface Props {
  params: Promise<{ id: string }>;
}

// Rendered whole, like the other record pages (see app/disputes/[slug]/page.tsx): a malformed
// or unknown id is a real 404. `cache` lets the metadata and the page share one read.
const loadActor = cache(async (rawId: string) => {
  const id = recordIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  const actor = await getActorDetail(id.data);
  if (!actor) {
    // A record merged into another: its address redirects to the kept one.
    const kept = await findRedirect("Actor", id.data);
    if (kept) permanentRedirect(`/actors/${kept}`);
    notFound();
  }
  return actor;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await loadActor((await params).id);
  const role = actor.role ? `, ${actor.role}` : "";
  return { title: actor.name, description: `${actor.name}${role}: stance record and denials across disputes.` };
}

export default async function ActorPage({ params }: Props) {
  const actor = await loadActor((await params).id);
  const disputes = actor.stanceRecord.length;
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/actors">
          Actors
          <PendingHint />
        </Link>{" "}
        /
      </p>
      <h1>
        {actor.name} <span className="badge badge-kind">{ACTOR_KIND_LABELS[actor.kind]}</span>
      </h1>
      <RecordLinks edit={`/actors/${actor.id}/edit`} history={`/actors/${actor.id}/history`} />
      <ActorFacts actor={actor} />
      <p className="entity-summary" data-testid="actor-summary">
        {actor.claimCount} claim{actor.claimCount === 1 ? "" : "s"} in {disputes} dispute{disputes === 1 ? "" : "s"}
        {actor.sources.length > 0 && (
          <>
            ; published {actor.sources.length} source{actor.sources.length === 1 ? "" : "s"}
          </>
        )}
        .
      </p>

      <h2 id="stance-record">Stance record</h2>
      <StanceRecord record={actor.stanceRecord} actorName={actor.name} />

      <h2 id="answers">Denials and rebuttals</h2>
      <section aria-labelledby="denied-by">
        <h3 id="denied-by">Denied or rebutted by others</h3>
        <AnswerList
          answers={actor.deniedBy}
          side="theirs"
          empty={`No other actor’s claim denies or rebuts a claim by ${actor.name}.`}
        />
      </section>
      <section aria-labelledby="denied">
        <h3 id="denied">What {actor.name} denied or rebutted</h3>
        <AnswerList answers={actor.denied} side="ours" empty={`No claim by ${actor.name} denies or rebuts another actor’s claim.`} />
      </section>

      {actor.sources.length > 0 && (
        <>
          <h2 id="sources">Sources published</h2>
          <PublishedSources sources={actor.sources} actorName={actor.name} />
          <p>
            <Link href={`/claims?publisher=${encodeURIComponent(actor.id)}`}>
              See the claims in sources published by {actor.name} in the claims table
              <PendingHint />
            </Link>
          </p>
        </>
      )}
    </>
  );
}
