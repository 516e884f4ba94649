import "server-only";
import { getDb } from "@/lib/db";
import { fuzzyDate, type FuzzyDate } from "@/lib/dates";
import { emptyStanceCounts, type Stance } from "@/lib/claims/schema";
import type { DisputeStatus } from "@/lib/disputes/schema";
import { ANSWER_LINK_KINDS } from "@/lib/timeline/build";

export interface DisputeSummary {
  id: string;
  slug: string;
  title: string;
  proposition: string;
  status: DisputeStatus;
  tags: string[];
  claimCount: number;
  stanceCounts: Record<Stance, number>;
  latestStatement: FuzzyDate | null;
  lastUpdated: Date;
}

/** Every dispute for the home page: open ones first, with claim counts per stance. */
export async function listDisputeSummaries(): Promise<DisputeSummary[]> {
  const db = getDb();
  const [disputes, counts, latest] = await Promise.all([
    db.dispute.findMany({
      orderBy: [{ status: "asc" }, { title: "asc" }],
      select: { id: true, slug: true, title: true, proposition: true, status: true, tags: true, updatedAt: true },
    }),
    db.claim.groupBy({
      by: ["disputeId", "stance"],
      _count: { _all: true },
      _max: { updatedAt: true },
    }),
    db.claim.findMany({
      distinct: ["disputeId"],
      orderBy: [{ disputeId: "asc" }, { madeAtStart: "desc" }, { madeAtEnd: "desc" }],
      select: { disputeId: true, madeAtStart: true, madeAtEnd: true, madeAtPrecision: true },
    }),
  ]);
  const latestByDispute = new Map(latest.map((row) => [row.disputeId, row]));
  return disputes.map((dispute) => {
    const stanceCounts = emptyStanceCounts();
    let lastUpdated = dispute.updatedAt;
    for (const row of counts) {
      if (row.disputeId !== dispute.id) continue;
      stanceCounts[row.stance] = row._count._all;
      if (row._max.updatedAt && row._max.updatedAt > lastUpdated) lastUpdated = row._max.updatedAt;
    }
    const newest = latestByDispute.get(dispute.id);
    return {
      ...dispute,
      claimCount: Object.values(stanceCounts).reduce((sum, n) => sum + n, 0),
      stanceCounts,
      latestStatement: newest ? fuzzyDate(newest.madeAtStart, newest.madeAtEnd, newest.madeAtPrecision) : null,
      lastUpdated,
    };
  });
}

/** The dispute a page is about (header fields only), or null when the slug is unknown. */
export async function getDisputeBySlug(slug: string) {
  return getDb().dispute.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      proposition: true,
      summary: true,
      status: true,
      affirmLabel: true,
      denyLabel: true,
      tags: true,
      updatedAt: true,
    },
  });
}

export type DisputeHeader = NonNullable<Awaited<ReturnType<typeof getDisputeBySlug>>>;

/** Everything the contested timeline of one dispute shows: its claims and context events. */
export async function getDisputeTimeline(disputeId: string) {
  const db = getDb();
  const [events, claims] = await Promise.all([
    db.event.findMany({
      where: { disputeId },
      orderBy: [{ occurredStart: "asc" }, { occurredEnd: "asc" }],
      select: {
        id: true,
        title: true,
        description: true,
        occurredStart: true,
        occurredEnd: true,
        occurredPrecision: true,
        sources: { select: { source: { select: { id: true, title: true } } } },
      },
    }),
    db.claim.findMany({
      where: { disputeId },
      orderBy: [{ madeAtStart: "asc" }, { madeAtEnd: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        stance: true,
        text: true,
        quote: true,
        status: true,
        madeAtStart: true,
        madeAtEnd: true,
        madeAtPrecision: true,
        claimant: { select: { id: true, name: true, kind: true } },
        appearances: {
          orderBy: [{ reportedStart: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            viaId: true,
            attribution: true,
            source: { select: { id: true, title: true, publisher: { select: { name: true } } } },
          },
        },
        linksFrom: {
          where: { kind: { in: [...ANSWER_LINK_KINDS] } },
          select: { toId: true, kind: true },
        },
      },
    }),
  ]);
  return {
    events: events.map(({ occurredStart, occurredEnd, occurredPrecision, sources, ...event }) => ({
      ...event,
      occurredAt: fuzzyDate(occurredStart, occurredEnd, occurredPrecision),
      sources: sources.map((link) => link.source),
    })),
    claims: claims.map(({ madeAtStart, madeAtEnd, madeAtPrecision, ...claim }) => ({
      ...claim,
      madeAt: fuzzyDate(madeAtStart, madeAtEnd, madeAtPrecision),
    })),
  };
}

export type DisputeTimelineData = Awaited<ReturnType<typeof getDisputeTimeline>>;
export type TimelineClaim = DisputeTimelineData["claims"][number];
export type TimelineEvent = DisputeTimelineData["events"][number];
