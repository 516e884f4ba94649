import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { fuzzyDate } from "@/lib/dates";

/** The fields of one hop of a provenance chain (an appearance), without its source. */
export const appearanceHopSelect = {
  id: true,
  viaId: true,
  attribution: true,
  attributionPhrase: true,
  excerpt: true,
  independentlySourced: true,
  reportedStart: true,
  reportedEnd: true,
  reportedPrecision: true,
} as const satisfies Prisma.AppearanceSelect;

/** The fields a claim shows when it is listed or linked from elsewhere. */
export const claimSummarySelect = {
  id: true,
  text: true,
  stance: true,
  status: true,
  madeAtStart: true,
  madeAtEnd: true,
  madeAtPrecision: true,
  claimant: { select: { id: true, name: true } },
  dispute: { select: { slug: true, title: true } },
} as const satisfies Prisma.ClaimSelect;

/** One claim with its appearances (for provenance chains), links both ways, and dispute. */
export async function getClaimDetail(id: string) {
  const db = getDb();
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      quote: true,
      stance: true,
      status: true,
      statusReason: true,
      version: true,
      madeAtStart: true,
      madeAtEnd: true,
      madeAtPrecision: true,
      createdAt: true,
      updatedAt: true,
      dispute: { select: { slug: true, title: true, proposition: true, affirmLabel: true, denyLabel: true } },
      claimant: {
        select: {
          id: true,
          name: true,
          kind: true,
          role: true,
          country: true,
          affiliation: { select: { id: true, name: true } },
        },
      },
      appearances: {
        orderBy: [{ reportedStart: "asc" }, { reportedEnd: "asc" }, { createdAt: "asc" }],
        select: {
          ...appearanceHopSelect,
          source: {
            select: {
              id: true,
              title: true,
              kind: true,
              url: true,
              archiveUrl: true,
              publisher: { select: { id: true, name: true, kind: true } },
            },
          },
        },
      },
      linksFrom: { select: { id: true, kind: true, note: true, independence: true, to: { select: claimSummarySelect } } },
      linksTo: { select: { id: true, kind: true, note: true, independence: true, from: { select: claimSummarySelect } } },
    },
  });
  if (!claim) return null;
  const { madeAtStart, madeAtEnd, madeAtPrecision, appearances, linksFrom, linksTo, ...rest } = claim;
  return {
    ...rest,
    madeAt: fuzzyDate(madeAtStart, madeAtEnd, madeAtPrecision),
    appearances: appearances.map(({ reportedStart, reportedEnd, reportedPrecision, ...appearance }) => ({
      ...appearance,
      reportedAt: fuzzyDate(reportedStart, reportedEnd, reportedPrecision),
    })),
    linksFrom: linksFrom.map(({ to, ...link }) => ({ ...link, claim: toSummary(to) })),
    linksTo: linksTo.map(({ from, ...link }) => ({ ...link, claim: toSummary(from) })),
  };
}

export type ClaimSummaryRow = Prisma.ClaimGetPayload<{ select: typeof claimSummarySelect }>;

/** A claimSummarySelect row with its date as a FuzzyDate. */
export function toSummary({ madeAtStart, madeAtEnd, madeAtPrecision, ...rest }: ClaimSummaryRow) {
  return { ...rest, madeAt: fuzzyDate(madeAtStart, madeAtEnd, madeAtPrecision) };
}

export type ClaimSummary = ReturnType<typeof toSummary>;

export type ClaimDetail = NonNullable<Awaited<ReturnType<typeof getClaimDetail>>>;
export type ClaimAppearance = ClaimDetail["appearances"][number];
