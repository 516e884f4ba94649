import "server-only";
import type { ActorKind, Prisma } from "@/generated/prisma/client";
import type { Stance } from "@/lib/claims/schema";
import { claimSummarySelect, toSummary, type ClaimSummary, type ClaimSummaryRow } from "@/lib/claims/data";
import { emptyStanceCounts } from "@/lib/claims/schema";
import { getDb } from "@/lib/db";
import { pageCountOf, pageWindow, type Paged } from "@/lib/paging";
import { compareFuzzyDates, fuzzyDate, fuzzyDateOrNull, type FuzzyDate } from "@/lib/dates";
import { ANSWER_LINK_KINDS } from "@/lib/timeline/build";

export interface ActorSummary {
  id: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  country: string | null;
  affiliation: { id: string; name: string } | null;
  claimCount: number;
  sourceCount: number;
  memberCount: number;
}

/**
 * Every actor for the actors page, ordered by kind (in the schema's order), then by name: one
 * page, read along the (kind, name, id) index. The counts are for the page's rows only: claims
 * and sources from the trigger-maintained "ActorStats", members from the affiliation index.
 */
export async function listActorSummaries(page = 1): Promise<Paged<ActorSummary>> {
  const db = getDb();
  const [actors, total] = await Promise.all([
    db.actor.findMany({
      ...pageWindow(page),
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        kind: true,
        role: true,
        country: true,
        affiliation: { select: { id: true, name: true } },
        stats: { select: { claims: true, sources: true } },
      },
    }),
    db.actor.count(),
  ]);
  const members =
    actors.length === 0
      ? []
      : await db.$queryRaw<{ id: string; members: number }[]>`
          SELECT a."id", (SELECT count(*)::int FROM "Actor" m WHERE m."affiliationId" = a."id") AS "members"
          FROM unnest(${actors.map((actor) => actor.id)}::text[]) AS a("id")`;
  const membersOf = new Map(members.map((row) => [row.id, row.members]));
  const items = actors.map(({ stats, ...actor }) => ({
    ...actor,
    claimCount: stats?.claims ?? 0,
    sourceCount: stats?.sources ?? 0,
    memberCount: membersOf.get(actor.id) ?? 0,
  }));
  return { items, total, page, pageCount: pageCountOf(total) };
}

const answerLinkSelect = {
  id: true,
  kind: true,
  note: true,
  from: { select: claimSummarySelect },
  to: { select: claimSummarySelect },
} as const satisfies Prisma.ClaimLinkSelect;

type AnswerLinkRow = Prisma.ClaimLinkGetPayload<{ select: typeof answerLinkSelect }>;


export type ActorLinkedClaim = ClaimSummary;

export interface ActorAnswer {
  id: string;
  kind: AnswerLinkRow["kind"];
  note: string | null;
  /** the claim that denies or rebuts */
  answer: ActorLinkedClaim;
  /** the claim it denies or rebuts */
  target: ActorLinkedClaim;
}

function toAnswers(links: AnswerLinkRow[]): ActorAnswer[] {
  return links
    .map(({ from, to, ...link }) => ({ ...link, answer: toSummary(from), target: toSummary(to) }))
    .sort((a, b) => compareFuzzyDates(a.answer.madeAt, b.answer.madeAt) || compareFuzzyDates(a.target.madeAt, b.target.madeAt));
}

/**
 * One actor's record, or null when the id is unknown: who they are, who is affiliated with
 * them, what they said in each dispute (with counts per stance), the denials and rebuttals
 * between their claims and other actors' claims, and the sources they published.
 */
export async function getActorDetail(id: string) {
  const db = getDb();
  const answerKinds = [...ANSWER_LINK_KINDS];
  const [actor, stanceCounts, deniedBy, denied] = await Promise.all([
    db.actor.findUnique({
      where: { id },
      select: {
        id: true,
        name: true,
        kind: true,
        role: true,
        country: true,
        updatedAt: true,
        affiliation: { select: { id: true, name: true, kind: true } },
        members: { orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, kind: true, role: true } },
        sources: {
          orderBy: [
            { publishedStart: { sort: "asc", nulls: "last" } },
            { publishedEnd: { sort: "asc", nulls: "last" } },
            { title: "asc" },
          ],
          select: {
            id: true,
            title: true,
            kind: true,
            publishedStart: true,
            publishedEnd: true,
            publishedPrecision: true,
            _count: { select: { appearances: true } },
          },
        },
        claims: {
          orderBy: [{ dispute: { title: "asc" } }, { madeAtStart: "asc" }, { madeAtEnd: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            text: true,
            stance: true,
            status: true,
            madeAtStart: true,
            madeAtEnd: true,
            madeAtPrecision: true,
            dispute: { select: { id: true, slug: true, title: true } },
            _count: { select: { appearances: true } },
          },
        },
      },
    }),
    db.claim.groupBy({ by: ["disputeId", "stance"], where: { claimantId: id }, _count: { _all: true } }),
    // Other actors' claims answering this actor's claims …
    db.claimLink.findMany({
      where: { kind: { in: answerKinds }, to: { claimantId: id }, from: { claimantId: { not: id } } },
      select: answerLinkSelect,
    }),
    // … and this actor's claims answering other actors' claims.
    db.claimLink.findMany({
      where: { kind: { in: answerKinds }, from: { claimantId: id }, to: { claimantId: { not: id } } },
      select: answerLinkSelect,
    }),
  ]);
  if (!actor) return null;

  const { claims, sources, ...rest } = actor;
  const disputes = new Map<
    string,
    { dispute: (typeof claims)[number]["dispute"]; stanceCounts: Record<Stance, number>; claims: ActorClaimRow[] }
  >();
  for (const { madeAtStart, madeAtEnd, madeAtPrecision, _count, ...claim } of claims) {
    let group = disputes.get(claim.dispute.id);
    if (!group) {
      group = { dispute: claim.dispute, stanceCounts: emptyStanceCounts(), claims: [] };
      disputes.set(claim.dispute.id, group);
    }
    group.claims.push({
      id: claim.id,
      text: claim.text,
      stance: claim.stance,
      status: claim.status,
      madeAt: fuzzyDate(madeAtStart, madeAtEnd, madeAtPrecision),
      appearanceCount: _count.appearances,
    });
  }
  for (const row of stanceCounts) {
    const group = disputes.get(row.disputeId);
    if (group) group.stanceCounts[row.stance] = row._count._all;
  }
  return {
    ...rest,
    claimCount: claims.length,
    stanceRecord: [...disputes.values()],
    sources: sources.map(({ publishedStart, publishedEnd, publishedPrecision, _count, ...source }) => ({
      ...source,
      published: fuzzyDateOrNull(publishedStart, publishedEnd, publishedPrecision),
      appearanceCount: _count.appearances,
    })),
    deniedBy: toAnswers(deniedBy),
    denied: toAnswers(denied),
  };
}

export interface ActorClaimRow {
  id: string;
  text: string;
  stance: Stance;
  status: ClaimSummaryRow["status"];
  madeAt: FuzzyDate;
  appearanceCount: number;
}

export type ActorDetail = NonNullable<Awaited<ReturnType<typeof getActorDetail>>>;
export type ActorStanceRecord = ActorDetail["stanceRecord"][number];
export type ActorSource = ActorDetail["sources"][number];
