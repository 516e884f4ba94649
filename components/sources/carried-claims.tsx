import Link from "next/link";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { ATTRIBUTION_LABELS, SOURCE_KIND_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import { StanceBadge } from "@/components/ui/stance-badge";
import type { SourceAppearance } from "@/lib/sources/data";

interface DisputeGroup {
  dispute: SourceAppearance["claim"]["dispute"];
  appearances: SourceAppearance[];
}

/** Appearances grouped by their claim's dispute, keeping the order they come in. */
function groupByDispute(appearances: SourceAppearance[]): DisputeGroup[] {
  const groups = new Map<string, DisputeGroup>();
  for (const appearance of appearances) {
    const { dispute } = appearance.claim;
    const group = groups.get(dispute.id) ?? { dispute, appearances: [] };
    group.appearances.push(appearance);
    groups.set(dispute.id, group);
  }
  return [...groups.values()];
}

function countLabel(rows: SourceAppearance[]): string {
  const claims = new Set(rows.map((row) => row.claim.id)).size;
  const claimText = `${claims} claim${claims === 1 ? "" : "s"} in this dispute`;
  return rows.length === claims ? claimText : `${claimText}, in ${rows.length} appearances`;
}

/** Where this appearance sits in its claim's provenance: an origin, or a relay of another outlet. */
function ProvenancePlace({ appearance }: { appearance: SourceAppearance }) {
  const { provenance } = appearance;
  if (provenance.origin) {
    return (
      <>
        <span className="badge badge-origin">Origin</span>{" "}
        <span className="muted">this source is where the claim’s chain starts</span>
      </>
    );
  }
  // The attribution badge already says "Relayed" when that is how the source attributes it.
  const verb = appearance.attribution === "RELAYED" ? "via" : "relayed via";
  return provenance.via ? (
    <>
      {verb}{" "}
      <Link href={`/sources/${provenance.via.sourceId}`}>
        {provenance.via.outlet} {SOURCE_KIND_LABELS[provenance.via.kind].toLowerCase()}
        <PendingHint />
      </Link>
    </>
  ) : (
    <span className="muted">relayed from another appearance</span>
  );
}

function CarriedClaim({ appearance }: { appearance: SourceAppearance }) {
  const { claim } = appearance;
  const anonymous = appearance.attribution === "ANONYMOUS_SOURCING";
  const classes = ["carried-claim", claim.status === "ACTIVE" ? "" : `is-${claim.status.toLowerCase()}`].filter(Boolean);
  return (
    <li className={classes.join(" ")} data-testid="carried-claim">
      <p className="carried-head">
        <Link href={`/actors/${claim.claimant.id}`} className="claimant">
          {claim.claimant.name}
          <PendingHint />
        </Link>{" "}
        <StanceBadge stance={claim.stance} />{" "}
        {claim.status !== "ACTIVE" && <span className="badge badge-status">{claim.status.toLowerCase()}</span>}{" "}
        <span className="muted">said</span> <FuzzyDateText date={claim.madeAt} />
      </p>
      <p className="carried-text">
        <Link href={`/claims/${claim.id}`}>
          {claim.text}
          <PendingHint />
        </Link>
      </p>
      <p className="carried-provenance">
        <span className={anonymous ? "badge badge-anonymous" : "badge"}>{ATTRIBUTION_LABELS[appearance.attribution]}</span>
        {appearance.attributionPhrase && <span className="phrase"> “{appearance.attributionPhrase}”</span>}
        <span className="muted"> · reported </span>
        <FuzzyDateText date={appearance.reportedAt} /> · <ProvenancePlace appearance={appearance} />
      </p>
      {appearance.provenance.chain && appearance.provenance.chain.length > 2 && (
        <p className="carried-chain muted" data-testid="carried-chain">
          <span className="visually-hidden">Chain: </span>
          {appearance.provenance.chain.join(" → ")}
        </p>
      )}
      {appearance.excerpt && <blockquote className="carried-excerpt">{appearance.excerpt}</blockquote>}
    </li>
  );
}

/** Every claim a source carried, under its dispute, each with how this source attributes it. */
export function CarriedClaims({ appearances }: { appearances: SourceAppearance[] }) {
  if (appearances.length === 0) {
    return <p className="empty">This source carries no claim yet.</p>;
  }
  return (
    <>
      {groupByDispute(appearances).map(({ dispute, appearances: rows }) => (
        <section key={dispute.id} className="dispute-group" aria-labelledby={`dispute-${dispute.id}`} data-testid="dispute-group">
          <h3 id={`dispute-${dispute.id}`}>
            <Link href={`/disputes/${dispute.slug}`}>
              {dispute.title}
              <PendingHint />
            </Link>
          </h3>
          <p className="muted group-count">{countLabel(rows)}</p>
          <ol className="carried-list">
            {rows.map((appearance) => (
              <CarriedClaim key={appearance.id} appearance={appearance} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
