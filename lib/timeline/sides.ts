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

/** A side's figures over the whole dispute: what does not depend on which cards were read. */
export type SideTotals = Omit<SideSummary, "counted" | "outlets" | "origins" | "sourcing">;

/** Each side's counts, dates and denials over every claim of the dispute (the light read). */
export function sideTotals(claims: readonly Omit<SideClaimInput, "detail">[], links: readonly SideLinkInput[]): SideTotals[] {
  const answers = links.filter((link) => ANSWER_LINK_KINDS.includes(link.kind));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const answered = new Set(answers.map((link) => link.toId));
  const bySide = new Map<SideColumn, { claims: number; first: FuzzyDate; latest: FuzzyDate; denialsMade: SideDenial[]; deniedClaims: number }>();
  for (const claim of claims) {
    const column = columnOf(claim.stance);
    if (column === "OTHER") continue;
    const totals = bySide.get(column);
    if (!totals) {
      bySide.set(column, { claims: 1, first: claim.madeAt, latest: claim.madeAt, denialsMade: [], deniedClaims: answered.has(claim.id) ? 1 : 0 });
      continue;
    }
    totals.claims += 1;
    if (compareFuzzyDates(claim.madeAt, totals.first) < 0) totals.first = claim.madeAt;
    // The latest statement is the one whose latest bound is latest.
    if (claim.madeAt.end.getTime() > totals.latest.end.getTime()) totals.latest = claim.madeAt;
    if (answered.has(claim.id)) totals.deniedClaims += 1;
  }
  for (const link of answers) {
    const target = byId.get(link.toId);
    const from = byId.get(link.fromId);
    if (!target || !from) continue;
    const column = columnOf(from.stance);
    if (column === "OTHER") continue;
    bySide.get(column)?.denialsMade.push({ gap: describeGap(target.madeAt, from.madeAt), open: !answered.has(link.fromId) });
  }
  return SIDE_COLUMNS.flatMap((side) => {
    const totals = bySide.get(side);
    return totals ? [{ side, ...totals }] : [];
  });
}

/**
 * The sides' totals with the outlets, origins and sourcing of the claims whose appearances were
 * read (the cards shown); a claim without detail counts towards the totals only.
 */
export function withSourcing(totals: readonly SideTotals[], claims: readonly Pick<SideClaimInput, "stance" | "detail">[]): SideSummary[] {
  return totals.map((side) => {
    const sourcing = Object.fromEntries(SOURCING_KINDS.map((kind) => [kind, 0])) as Record<SourcingKind, number>;
    const outlets = new Set<string>();
    let origins = 0;
    let counted = 0;
    for (const claim of claims) {
      if (!claim.detail || columnOf(claim.stance) !== side.side) continue;
      counted += 1;
      sourcing[claim.detail.sourcing] += 1;
      origins += claim.detail.origins.origins;
      for (const outlet of claim.detail.rootOutlets) outlets.add(outlet);
    }
    return { ...side, counted, outlets: outlets.size, origins, sourcing };
  });
}

export function summarizeSides(claims: readonly SideClaimInput[], links: readonly SideLinkInput[]): SideSummary[] {
  return withSourcing(sideTotals(claims, links), claims);
}
