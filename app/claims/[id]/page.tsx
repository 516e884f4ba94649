import type { Metadata } from "next";
import { ClaimAnnotateForm, ClaimAnnotations } from "@/components/annotations/claim-annotations";
import { RecordLinks } from "@/components/auth/record-links";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ProvenanceChains } from "@/components/provenance/provenance-chains";
import { PendingHint } from "@/components/ui/pending-hint";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { ACTOR_KIND_LABELS, LINK_LABELS } from "@/components/ui/labels";
import { StanceBadge } from "@/components/ui/stance-badge";
import { getClaimDetail, type ClaimDetail } from "@/lib/claims/data";
import { jsonForScriptTag, toSchemaOrgClaim } from "@/lib/claims/jsonld";
import { recordIdSchema } from "@/lib/claims/schema";
import { publicBaseUrlOf } from "@/lib/http/public-base";
import { describeGap } from "@/lib/dates";
import { describeOrigins, summarizeOrigins } from "@/lib/provenance/origins";
import { outletKeyOf } from "@/lib/provenance/origin-nodes";
import { INDEPENDENCE_LABELS } from "@/components/ui/labels";

interface Props {
  params: Promise<{ id: string }>;
}

async function load(params: Props["params"]) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const claim = await getClaimDetail(id.data);
  if (!claim) notFound();
  return claim;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await load(params);
  const title = `${claim.claimant.name}: ${claim.text.slice(0, 80)}`;
  const description = `${claim.quote ? `“${claim.quote}” — ` : ""}${claim.text}`.slice(0, 300);
  return {
    title,
    description: claim.text,
    openGraph: { type: "article", title, description },
    twitter: { card: "summary", title, description },
  };
}

type LinkRow = ClaimDetail["linksFrom"][number];

function LinkedClaims({ title, links, direction, claim }: { title: string; links: LinkRow[]; direction: "from" | "to"; claim: ClaimDetail }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={`links-${direction}`}>
      <h3 id={`links-${direction}`}>{title}</h3>
      <ul className="links">
        {links.map((link) => {
          const [earlier, later] = direction === "from" ? [link.claim.madeAt, claim.madeAt] : [claim.madeAt, link.claim.madeAt];
          return (
            <li key={link.id}>
              <strong>{LINK_LABELS[link.kind][direction]}</strong>{" "}
              <Link href={`/claims/${link.claim.id}`}>
                {link.claim.claimant.name}: {link.claim.text}
                <PendingHint />
              </Link>{" "}
              <span className="muted">
                (<FuzzyDateText date={link.claim.madeAt} />; {describeGap(earlier, later)}
                {link.claim.dispute.slug !== claim.dispute.slug && <>; in “{link.claim.dispute.title}”</>})
              </span>
              {link.kind === "CORROBORATES" && (
                <div className={`independence independence-${link.independence.toLowerCase()}`} data-testid="link-independence">
                  {INDEPENDENCE_LABELS[link.independence]}
                </div>
              )}
              {link.note && <div className="muted">{link.note}</div>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export default async function ClaimPage({ params }: Props) {
  const claim = await load(params);
  const origins = summarizeOrigins(
    claim.appearances.map((appearance) => ({ ...appearance, outletKey: outletKeyOf(appearance.source.id, appearance.source.publisher?.id ?? null) })),
  );
  const { claimant } = claim;
  const requestHeaders = await headers();
  // The claim as schema.org JSON-LD for search engines and fact-check tools. A data block, never
  // run; it still carries the page's CSP nonce so no policy has to make an exception for it.
  const jsonLd = jsonForScriptTag(toSchemaOrgClaim(claim, publicBaseUrlOf(requestHeaders)));
  return (
    <>
      <script
        type="application/ld+json"
        nonce={requestHeaders.get("x-nonce") ?? undefined}
        data-testid="claim-jsonld"
        dangerouslySetInnerHTML={{ __html: jsonLd }}
      />
      <p className="breadcrumbs">
        <Link href="/">Disputes</Link> / <Link href={`/disputes/${claim.dispute.slug}`}>
          {claim.dispute.title}
          <PendingHint />
        </Link>{" "}
        /
      </p>
      <h1>
        {claimant.name}: {claim.text}
      </h1>
      <p>
        <StanceBadge stance={claim.stance} /> <span className="muted">on the proposition</span> “{claim.dispute.proposition}”
        {claim.status !== "ACTIVE" && <span className="badge badge-status"> {claim.status.toLowerCase()}</span>}
      </p>
      {claim.status !== "ACTIVE" && claim.statusReason && (
        <p className="muted" data-testid="status-reason">
          {claim.status === "RETRACTED" ? "Retracted" : "Superseded"}: {claim.statusReason}
        </p>
      )}
      <RecordLinks
        edit={`/claims/${claim.id}/edit`}
        history={`/claims/${claim.id}/history`}
        more={[
          { href: `/claims/${claim.id}/appearances/new`, label: "Add an appearance" },
          { href: `/claims/${claim.id}/links/new`, label: "Link to another claim" },
        ]}
      />
      <ClaimAnnotations claim={claim} />
      <dl className="facts">
        <dt>Claimant</dt>
        <dd>
          {claimant.name}
          {claimant.role && <>, {claimant.role}</>}
          {claimant.affiliation && <> ({claimant.affiliation.name})</>} —{" "}
          <span className="muted">
            {ACTOR_KIND_LABELS[claimant.kind]}
            {claimant.country && <>, {claimant.country}</>}
          </span>
        </dd>
        <dt>Said</dt>
        <dd>
          <FuzzyDateText date={claim.madeAt} />
        </dd>
        <dt>Paraphrase</dt>
        <dd>{claim.text}</dd>
      </dl>

      <h2 id="appearances">Provenance</h2>
      <p className="origin-count" data-testid="origin-count">
        {describeOrigins(origins)}
      </p>
      <ProvenanceChains claim={claim} />
      <p className="muted data-links" data-testid="claim-formats">
        Also as data: <a href={`/claims/${claim.id}/claim.jsonld`} type="application/ld+json" download>
          this claim as schema.org JSON-LD
        </a>{" "}
        (ClaimReview-compatible) and{" "}
        <a href={`/claims/${claim.id}/provenance.jsonld`} type="application/ld+json" download>
          its provenance as W3C PROV-O JSON-LD
        </a>
        .
      </p>

      <h2>Answers and links</h2>
      {claim.linksFrom.length + claim.linksTo.length === 0 ? (
        <p className="empty">No claim answers this one, and it answers none.</p>
      ) : (
        <>
          <LinkedClaims title="This claim…" links={claim.linksFrom} direction="from" claim={claim} />
          <LinkedClaims title="Answered by…" links={claim.linksTo} direction="to" claim={claim} />
        </>
      )}
      <ClaimAnnotateForm claim={claim} />
    </>
  );
}
