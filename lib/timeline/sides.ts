import { compareFuzzyDates, describeGap, type FuzzyDate } from "@/lib/date-format";
import type { OriginSummary } from "@/lib/provenance/origins";
import { SOURCING_KINDS, type SourcingKind } from "@/lib/provenance/sourcing";
import { ANSWER_LINK_KINDS, columnOf, SIDE_COLUMNS, type LinkKind, type SideColumn, type Stance } from "@/lib/timeline/build";

/**
 * Each side's sourcing at a glance (the summary above a dispute's timeline): how many claims,
 * the first and latest statement and the denials between the sides (over the whole dispute,
 * from the light read of every claim), and how many outlets carried them first-hand, how many
 * independent origins (docs/origins.md) and the share of each sourcing kind — over the claims
 * whose appearances were read (the section shown: every claim unless the dispute is long).
 */
export interface SideSourcingInput {
  readonly origins: OriginSummary;
  /** outlets of the claim's root appearances */
  readonly rootOutlets: readonly string[];
  readonly sourcing: SourcingKind;
}

export interface SideClaimInput {
  readonly id: string;
  readonly stance: Stance;
  readonly madeAt: FuzzyDate;
  /** null when the claim's appearances were not read (outside the section shown) */
  readonly detail: SideSourcingInput | null;
}

export interface SideLinkInput {
  readonly fromId: string;
  readonly toId: string;
  readonly kind: LinkKind;
}

export interface SideDenial {
  /** the time from the answered claim to the answer: "same day", "3 days later" */
  readonly gap: string;
  /** nothing answers the denial in turn */
  readonly open: boolean;
}

export interface SideSummary {
  readonly side: SideColumn;
  readonly claims: number;
  /** the claims outlets, origins and sourcing are counted over (all of them unless the dispute is long) */
  readonly counted: number;
  readonly outlets: number;
  readonly origins: number;
  readonly sourcing: Record<SourcingKind, number>;
  readonly first: FuzzyDate;
  readonly latest: FuzzyDate;
  /** denials and rebuttals this side's claims make of other claims */
  readonly denialsMade: readonly SideDenial[];
  /** this side's claims that some claim denies or rebuts */
  readonly deniedClaims: number;
}

export function summarizeSides(claims: readonly SideClaimInput[], links: readonly SideLinkInput[]): SideSummary[] {
  const answers = links.filter((link) => ANSWER_LINK_KINDS.includes(link.kind));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const answered = new Set(answers.map((link) => link.toId));
  const summaries: SideSummary[] = [];
  for (const side of SIDE_COLUMNS) {
    const mine = claims.filter((claim) => columnOf(claim.stance) === side);
    const [head] = mine;
    if (head === undefined) continue;
    const sourcing = Object.fromEntries(SOURCING_KINDS.map((kind) => [kind, 0])) as Record<SourcingKind, number>;
    const outlets = new Set<string>();
    let origins = 0;
    let counted = 0;
    let first = head.madeAt;
    let latest = head.madeAt;
    for (const claim of mine) {
      if (claim.detail) {
        counted += 1;
        sourcing[claim.detail.sourcing] += 1;
        origins += claim.detail.origins.origins;
        for (const outlet of claim.detail.rootOutlets) outlets.add(outlet);
      }
      if (compareFuzzyDates(claim.madeAt, first) < 0) first = claim.madeAt;
      // The latest statement is the one whose latest bound is latest.
      if (claim.madeAt.end.getTime() > latest.end.getTime()) latest = claim.madeAt;
    }
    const ids = new Set(mine.map((claim) => claim.id));
    const denialsMade = answers.flatMap((link) => {
      const target = byId.get(link.toId);
      const from = byId.get(link.fromId);
      if (!ids.has(link.fromId) || !target || !from) return [];
      return [{ gap: describeGap(target.madeAt, from.madeAt), open: !answered.has(link.fromId) }];
    });
    const deniedClaims = mine.filter((claim) => answered.has(claim.id)).length;
    summaries.push({ side, claims: mine.length, counted, outlets: outlets.size, origins, sourcing, first, latest, denialsMade, deniedClaims });
  }
  return summaries;
}
