import { ExternalLink } from "@/components/entities/external-link";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { ATTRIBUTION_LABELS, SOURCE_KIND_LABELS } from "@/components/ui/labels";
import type { ClaimAppearance, ClaimDetail } from "@/lib/claims/data";
import { buildProvenanceForest, chainOf, type ProvenanceTree } from "@/lib/provenance/chain";

function outletName(appearance: ClaimAppearance): string {
  return appearance.source.publisher?.name ?? appearance.source.title;
}

/** The names along a chain, the speaker first; a speaker who published the first hop is named once. */
function chainNames(speaker: string, outlets: string[]): string[] {
  return [speaker, ...outlets].filter((name, index, names) => index === 0 || name !== names[index - 1]);
}

function leavesOf(tree: ProvenanceTree<ClaimAppearance>): ClaimAppearance[] {
  const leaves: ClaimAppearance[] = [];
  const stack = [tree];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) break;
    if (current.children.length === 0) leaves.push(current.node);
    else stack.push(...[...current.children].reverse());
  }
  return leaves;
}

function Hop({ tree, origin }: { tree: ProvenanceTree<ClaimAppearance>; origin: boolean }) {
  const { node } = tree;
  const anonymous = node.attribution === "ANONYMOUS_SOURCING";
  return (
    <li className={origin ? "hop hop-origin" : "hop"}>
      <strong>{outletName(node)}</strong> · <FuzzyDateText date={node.reportedAt} />{" "}
      <span className={anonymous ? "badge badge-anonymous" : "badge"}>{ATTRIBUTION_LABELS[node.attribution]}</span>
      {origin && node.independentlySourced && (
        <>
          {" "}
          <span className="badge badge-independent" title="The outlet sourced this separately: it counts as an origin of its own">
            independently sourced
          </span>
        </>
      )}
      <div className="muted">
        {SOURCE_KIND_LABELS[node.source.kind]}: {node.source.title}
        {node.source.url && (
          <>
            {" "}
            (<ExternalLink href={node.source.url}>link</ExternalLink>
            {node.source.archiveUrl && (
              <>
                , <ExternalLink href={node.source.archiveUrl}>archived</ExternalLink>
              </>
            )}
            )
          </>
        )}
      </div>
      {node.attributionPhrase && <div className="phrase">“{node.attributionPhrase}”</div>}
      {node.excerpt && <p className="excerpt">{node.excerpt}</p>}
      {tree.children.length > 0 && (
        <ol className="hops" aria-label={`Relayed from ${outletName(node)}`}>
          {tree.children.map((child) => (
            <Hop key={child.node.id} tree={child} origin={false} />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * Every appearance of a claim as provenance chains, drawn from the speaker to publication: one
 * tree per root appearance (an outlet that got the claim first-hand), each hop with its outlet,
 * date and how it attributes. Roots are not origins: unmarked roots share the speaker's one
 * account (docs/origins.md); a root the outlet sourced separately is marked.
 */
export function ProvenanceChains({ claim }: { claim: ClaimDetail }) {
  const forest = buildProvenanceForest(claim.appearances);
  if (forest.length === 0) {
    return <p className="empty">No appearance of this claim is recorded yet.</p>;
  }
  const speaker = claim.claimant.name;
  const anonymousSpeaker = claim.claimant.kind === "ANONYMOUS_GROUP";
  return (
    <ol className="chains">
      {forest.map((tree, index) => (
        <li key={tree.node.id} className="chain" aria-label={`Chain ${index + 1} of ${forest.length}`}>
          {leavesOf(tree).map((leaf) => (
            <p key={leaf.id} className="chain-summary" data-testid="chain-summary">
              {chainNames(speaker, chainOf(leaf.id, claim.appearances).map(outletName)).join(" → ")}
            </p>
          ))}
          <ol className="hops">
            <li className="hop hop-origin">
              <strong>{speaker}</strong>{" "}
              {anonymousSpeaker && <span className="badge badge-anonymous">anonymous</span>}{" "}
              <span className="muted">said it</span> <FuzzyDateText date={claim.madeAt} />
              <ol className="hops">
                <Hop tree={tree} origin />
              </ol>
            </li>
          </ol>
        </li>
      ))}
    </ol>
  );
}
