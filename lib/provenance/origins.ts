/**
 * Independent origins of a claim (docs/origins.md): how many separate sourcing events put the
 * claim on the record, as opposed to how many outlets carried it.
 *
 * - A **root** is an appearance that relays nothing (`viaId` null); a **relay** repeats another
 *   appearance and never adds an origin.
 * - A claim has one claimant, so every unmarked root carries the same speaker's account: one
 *   speaker (named, or an anonymous group such as "U.S. officials") giving the same account to
 *   the FT, the NYT and the Post is **one** origin carried by three outlets.
 * - A root marked `independentlySourced` (the outlet's own separate sources, a document it
 *   obtained itself) is an origin of its own.
 *
 * So: origins = (1 if any root is unmarked) + (roots marked independently sourced).
 * Outlets are the distinct outlets (publisher, or the source itself when it has none) of the
 * roots; relays are the appearances that relay another.
 *
 * Pure and linear, over plain records, so the claim page, the timeline, /claims and the CSV
 * export all count the same way from the rows they already read.
 */

export interface OriginNode {
  readonly viaId: string | null;
  readonly independentlySourced: boolean;
  /** who carried it: the source's publisher id, or the source id when it has no publisher */
  readonly outletKey: string;
}

export interface OriginSummary {
  appearances: number;
  /** separate sourcing events: the figure that counts as confirmation */
  origins: number;
  /** distinct outlets carrying an origin (not counting relays) */
  outlets: number;
  relays: number;
  /** roots marked as independently sourced */
  independentlySourced: number;
}

export function summarizeOrigins(nodes: readonly OriginNode[]): OriginSummary {
  let sharedRoot = false;
  let independentlySourced = 0;
  let relays = 0;
  const outlets = new Set<string>();
  for (const node of nodes) {
    if (node.viaId !== null) {
      relays += 1;
      continue;
    }
    outlets.add(node.outletKey);
    if (node.independentlySourced) independentlySourced += 1;
    else sharedRoot = true;
  }
  return {
    appearances: nodes.length,
    origins: (sharedRoot ? 1 : 0) + independentlySourced,
    outlets: outlets.size,
    relays,
    independentlySourced,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The one wording every page uses: "1 independent origin carried by 3 outlets (+ 1 relay)".
 * The relay part is left out when there are none.
 */
export function describeOrigins(summary: OriginSummary): string {
  if (summary.appearances === 0) return "Not on the record yet: no appearances";
  const relays = summary.relays > 0 ? ` (+ ${plural(summary.relays, "relay")})` : "";
  return `${plural(summary.origins, "independent origin")} carried by ${plural(summary.outlets, "outlet")}${relays}`;
}
