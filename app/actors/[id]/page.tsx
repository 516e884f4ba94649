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
import { Pagination } from "@/components/ui/pagination";
import { getActorDetail } from "@/lib/actors/data";
import { parsePageParam } from "@/lib/paging";
import { recordIdSchema } from "@/lib/claims/schema";
import "@/components/entities/entities.css";

const numberFormat = new Intl.NumberFormat("en-GB");
const count = (n: number) => numberFormat.format(n);

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// A malformed or unknown id is a real 404. The claims, sources and answers are paged in the
// URL (`page`, `sources`, `answers`), so the busiest actor's page reads and renders only a page
// of each. `cache` lets the metadata and the page share one read.
const loadActor = cache(async (rawId: string, page = 1, sourcesPage = 1, answersPage = 1) => {
  const id = recordIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  const actor = await getActorDetail(id.data, { page, sourcesPage, answersPage });
  if (!actor) {
    // A record merged into another: its address redirects to the kept one.
    const kept = await findRedirect("Actor", id.data);
    if (kept) permanentRedirect(`/actors/${kept}`);
    notFound();
  }
  return actor;
});

/** The page's state from its URL: which page of claims, sources and answers. */
async function pagesOf(searchParams: Props["searchParams"]): Promise<[number, number, number]> {
  const query = await searchParams;
  return [parsePageParam(query.page), parsePageParam(query.sources), parsePageParam(query.answers)];
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const actor = await loadActor((await params).id, ...(await pagesOf(searchParams)));
  const role = actor.role ? `, ${actor.role}` : "";
  return { title: actor.name, description: `${actor.name}${role}: stance record and denials across disputes.` };
}

export default async function ActorPage({ params, searchParams }: Props) {
  const actor = await loadActor((await params).id, ...(await pagesOf(searchParams)));
  const disputes = actor.disputeCount;
  const hrefFor = (changes: { page?: number; sources?: number; answers?: number }) => {
    const state = { page: actor.claimsPage.page, sources: actor.sourcesPage.page, answers: actor.answersPage.page, ...changes };
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(state)) if (value > 1) query.set(name, String(value));
    const search = query.toString();
    return `/actors/${actor.id}${search ? `?${search}` : ""}`;
  };
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
        {count(actor.claimCount)} claim{actor.claimCount === 1 ? "" : "s"} in {count(disputes)} dispute{disputes === 1 ? "" : "s"}
        {actor.sourceCount > 0 && (
          <>
            ; published {count(actor.sourceCount)} source{actor.sourceCount === 1 ? "" : "s"}
          </>
        )}
        .
      </p>

      <h2 id="stance-record">Stance record</h2>
      <StanceRecord record={actor.stanceRecord} actorName={actor.name} />
      <Pagination
        label="Pages of the stance record"
        page={actor.claimsPage.page}
        pageCount={actor.claimsPage.pageCount}
        hrefFor={(n) => `${hrefFor({ page: n })}#stance-record`}
      />
      {actor.claimCount > 0 && (
        <p>
          <Link href={`/claims?actor=${encodeURIComponent(actor.id)}`}>
            Filter the claims table to {actor.name}’s claims
            <PendingHint />
          </Link>
        </p>
      )}

      <h2 id="answers">Denials and rebuttals</h2>
      <section aria-labelledby="denied-by">
        <h3 id="denied-by">
          Denied or rebutted by others{actor.deniedByCount > 0 && <span className="muted"> ({count(actor.deniedByCount)})</span>}
        </h3>
        <AnswerList
          answers={actor.deniedBy}
          side="theirs"
          empty={`No other actor’s claim denies or rebuts a claim by ${actor.name}.`}
        />
      </section>
      <section aria-labelledby="denied">
        <h3 id="denied">
          What {actor.name} denied or rebutted{actor.deniedCount > 0 && <span className="muted"> ({count(actor.deniedCount)})</span>}
        </h3>
        <AnswerList answers={actor.denied} side="ours" empty={`No claim by ${actor.name} denies or rebuts another actor’s claim.`} />
      </section>
      <Pagination
        label="Pages of the denials and rebuttals"
        page={actor.answersPage.page}
        pageCount={actor.answersPage.pageCount}
        hrefFor={(n) => `${hrefFor({ answers: n })}#answers`}
      />

      {actor.sourceCount > 0 && (
        <>
          <h2 id="sources">Sources published</h2>
          <PublishedSources sources={actor.sources} actorName={actor.name} />
          <Pagination
            label="Pages of the sources published"
            page={actor.sourcesPage.page}
            pageCount={actor.sourcesPage.pageCount}
            hrefFor={(n) => `${hrefFor({ sources: n })}#sources`}
          />
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
