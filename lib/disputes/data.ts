import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { fuzzyDate, type DatePrecision, type FuzzyDate } from "@/lib/dates";
import { emptyStanceCounts, type Stance } from "@/lib/claims/schema";
import type { DisputeStatus } from "@/lib/disputes/schema";
import { ANSWER_LINK_KINDS, type LinkKind } from "@/lib/timeline/build";

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

interface TimelineClaimRow {
  id: string;
  stance: Stance;
  text: string;
  quote: string | null;
  status: "ACTIVE" | "RETRACTED" | "SUPERSEDED";
  madeAtStart: Date;
  madeAtEnd: Date;
  madeAtPrecision: DatePrecision;
  claimantId: string;
  claimantName: string;
  appearanceCount: number;
  originCount: number;
  /** outlet of each appearance, earliest first (repeats removed below) */
  outlets: string[] | null;
  answers: { toId: string; kind: LinkKind }[] | null;
}

/**
 * Everything the contested timeline of one dispute shows: its context events, and its claims
 * with what each card needs — claimant, how many appearances and independent origins (roots
 * of the provenance chains), the outlets, and the claims it answers. One statement aggregates
 * per claim in the database; a dispute of 2,000 claims is one round trip, not one per relation.
 */
export async function getDisputeTimeline(disputeId: string) {
  const db = getDb();
  const answerKinds = Prisma.join(ANSWER_LINK_KINDS.map((kind) => Prisma.sql`${kind}`));
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
    db.$queryRaw<TimelineClaimRow[]>`
      SELECT c."id", c."stance"::text AS "stance", c."text", c."quote", c."status"::text AS "status",
             c."madeAtStart", c."madeAtEnd", c."madeAtPrecision"::text AS "madeAtPrecision",
             claimant."id" AS "claimantId", claimant."name" AS "claimantName",
             coalesce(ap."appearanceCount", 0)::int AS "appearanceCount",
             coalesce(ap."originCount", 0)::int AS "originCount",
             ap."outlets", an."answers"
      FROM "Claim" c
      JOIN "Actor" claimant ON claimant."id" = c."claimantId"
      LEFT JOIN LATERAL (
        SELECT count(*) AS "appearanceCount",
               count(*) FILTER (WHERE a."viaId" IS NULL) AS "originCount",
               array_agg(coalesce(publisher."name", s."title") ORDER BY a."reportedStart", a."createdAt") AS "outlets"
        FROM "Appearance" a
        JOIN "Source" s ON s."id" = a."sourceId"
        LEFT JOIN "Actor" publisher ON publisher."id" = s."publisherId"
        WHERE a."claimId" = c."id"
      ) ap ON true
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('toId', l."toId", 'kind', l."kind")) AS "answers"
        FROM "ClaimLink" l WHERE l."fromId" = c."id" AND l."kind"::text IN (${answerKinds})
      ) an ON true
      WHERE c."disputeId" = ${disputeId}
      ORDER BY c."madeAtStart", c."madeAtEnd", c."createdAt"`,
  ]);
  return {
    events: events.map(({ occurredStart, occurredEnd, occurredPrecision, sources, ...event }) => ({
      ...event,
      occurredAt: fuzzyDate(occurredStart, occurredEnd, occurredPrecision),
      sources: sources.map((link) => link.source),
    })),
    claims: claims.map((row) => ({
      id: row.id,
      stance: row.stance,
      text: row.text,
      quote: row.quote,
      status: row.status,
      madeAt: fuzzyDate(row.madeAtStart, row.madeAtEnd, row.madeAtPrecision),
      claimant: { id: row.claimantId, name: row.claimantName },
      appearanceCount: row.appearanceCount,
      originCount: row.originCount,
      outlets: [...new Set(row.outlets ?? [])],
      linksFrom: row.answers ?? [],
    })),
  };
}

export type DisputeTimelineData = Awaited<ReturnType<typeof getDisputeTimeline>>;
export type TimelineClaim = DisputeTimelineData["claims"][number];
export type TimelineEvent = DisputeTimelineData["events"][number];
