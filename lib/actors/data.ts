import "server-only";
import { Prisma, type ActorKind, type DatePrecision } from "@/generated/prisma/client";
import type { Stance } from "@/lib/claims/schema";
import { claimSummarySelect, toSummary, type ClaimSummary, type ClaimSummaryRow } from "@/lib/claims/data";
import { emptyStanceCounts } from "@/lib/claims/schema";
import { getDb } from "@/lib/db";
import { LIST_PAGE_SIZE, pageCountOf, pageWindow, type Paged } from "@/lib/paging";
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
export async function listActorSummaries(page = 1, size = LIST_PAGE_SIZE): Promise<Paged<ActorSummary>> {
  const db = getDb();
  const [actors, total] = await Promise.all([
    db.actor.findMany({
      ...pageWindow(page, size),
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
  return { items, total, page, pageCount: pageCountOf(total, size) };
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

/** Rows a page of an actor's claims, sources or answers shows. */
export const ACTOR_PAGE_SIZE = 50;
/** Answers (denials and rebuttals) each way a page shows. */
export const ANSWERS_PAGE_SIZE = 25;

export interface ActorPageParams {
  /** page of the stance record (the actor's claims, by dispute then date) */
  page?: number;
  /** page of the sources published */
  sourcesPage?: number;
  /** page of the denials and rebuttals (both lists) */
  answersPage?: number;
  /** rows a page of claims or sources (tests use small pages) */
  pageSize?: number;
}

const clampPage = (page: number, total: number, size: number) => Math.min(Math.max(1, page), pageCountOf(total, size));

interface ActorClaimRecord {
  id: string;
  text: string;
  stance: Stance;
  status: ClaimSummaryRow["status"];
  madeAtStart: Date;
  madeAtEnd: Date;
  madeAtPrecision: DatePrecision;
  disputeId: string;
  appearanceCount: number;
}

/**
 * One page of the links answering (`side` "theirs": other actors' claims denying or rebutting
 * this actor's) or made by this actor (`side` "ours"), ordered by when the answer was made,
 * then the claim it answers; with how many there are in all.
 */
async function answerPage(id: string, side: "theirs" | "ours", page: number): Promise<{ items: ActorAnswer[]; total: number }> {
  const db = getDb();
  const kinds = Prisma.join(ANSWER_LINK_KINDS.map((kind) => Prisma.sql`${kind}::"LinkKind"`));
  const ours = side === "ours" ? Prisma.sql`f` : Prisma.sql`t`;
  const theirs = side === "ours" ? Prisma.sql`t` : Prisma.sql`f`;
  const from = Prisma.sql`FROM "Claim" ${ours} JOIN "ClaimLink" l ON l.${side === "ours" ? Prisma.raw('"fromId"') : Prisma.raw('"toId"')} = ${ours}."id"
    JOIN "Claim" ${theirs} ON ${theirs}."id" = l.${side === "ours" ? Prisma.raw('"toId"') : Prisma.raw('"fromId"')}
    WHERE ${ours}."claimantId" = ${id} AND ${theirs}."claimantId" <> ${id} AND l."kind" IN (${kinds})`;
  const [[counted], rows] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}`,
    db.$queryRaw<{ id: string }[]>`SELECT l."id" ${from}
      ORDER BY f."madeAtStart", f."madeAtEnd", t."madeAtStart", t."madeAtEnd", l."id"
      LIMIT ${ANSWERS_PAGE_SIZE} OFFSET ${(page - 1) * ANSWERS_PAGE_SIZE}`,
  ]);
  const links = rows.length === 0 ? [] : await db.claimLink.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: answerLinkSelect });
  const byId = new Map(links.map((link) => [link.id, link]));
  const ordered = rows.flatMap((row) => {
    const link = byId.get(row.id);
    return link ? [link] : [];
  });
  return { items: toAnswers(ordered), total: counted?.n ?? 0 };
}

/**
 * One actor's record, or null when the id is unknown: who they are, who is affiliated with
 * them, what they said (one page of their claims, grouped by dispute, with counts per stance
 * for each of those disputes over all their claims in it), the denials and rebuttals between
 * their claims and other actors' claims (a page each way), and the sources they published (a
 * page). Every count is computed in the database from indexes; only the page's rows are read.
 */
export async function getActorDetail(id: string, params: ActorPageParams = {}) {
  const db = getDb();
  const [actor, [summary]] = await Promise.all([
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
        stats: { select: { claims: true, sources: true } },
      },
    }),
    db.$queryRaw<{ claims: number; disputes: number }[]>`
      SELECT count(*)::int AS "claims", count(DISTINCT "disputeId")::int AS "disputes" FROM "Claim" WHERE "claimantId" = ${id}`,
  ]);
  if (!actor) return null;
  const { stats, ...rest } = actor;
  const claimCount = summary?.claims ?? 0;
  const sourceCount = stats?.sources ?? 0;
  const size = params.pageSize ?? ACTOR_PAGE_SIZE;
  const page = clampPage(params.page ?? 1, claimCount, size);
  const sourcesPage = clampPage(params.sourcesPage ?? 1, sourceCount, size);
  const answersPage = Math.max(1, params.answersPage ?? 1);

  const [claims, sources, deniedBy, denied] = await Promise.all([
    db.$queryRaw<ActorClaimRecord[]>`
      SELECT c."id", c."text", c."stance"::text AS "stance", c."status"::text AS "status", c."madeAtStart", c."madeAtEnd",
             c."madeAtPrecision"::text AS "madeAtPrecision", c."disputeId",
             (SELECT count(*)::int FROM "Appearance" a WHERE a."claimId" = c."id") AS "appearanceCount"
      FROM "Claim" c WHERE c."claimantId" = ${id}
      ORDER BY c."disputeSortKey", c."madeAtStart", c."madeAtEnd", c."id"
      LIMIT ${size} OFFSET ${(page - 1) * size}`,
    sourceCount === 0
      ? []
      : db.source.findMany({
          where: { publisherId: id },
          orderBy: [
            { publishedStart: { sort: "asc", nulls: "last" } },
            { publishedEnd: { sort: "asc", nulls: "last" } },
            { title: "asc" },
            { id: "asc" },
          ],
          ...pageWindow(sourcesPage, size),
          select: { id: true, title: true, kind: true, publishedStart: true, publishedEnd: true, publishedPrecision: true },
        }),
    answerPage(id, "theirs", answersPage),
    answerPage(id, "ours", answersPage),
  ]);

  const disputeIds = [...new Set(claims.map((claim) => claim.disputeId))];
  const [disputeRows, stanceCounts, appearanceCounts] = await Promise.all([
    disputeIds.length === 0
      ? []
      : db.dispute.findMany({ where: { id: { in: disputeIds } }, select: { id: true, slug: true, title: true } }),
    disputeIds.length === 0
      ? []
      : db.$queryRaw<{ disputeId: string; stance: Stance; n: number }[]>`
          SELECT "disputeId", "stance"::text AS "stance", count(*)::int AS "n" FROM "Claim"
          WHERE "claimantId" = ${id} AND "disputeId" IN (${Prisma.join(disputeIds)}) GROUP BY 1, 2`,
    sources.length === 0
      ? []
      : db.$queryRaw<{ id: string; n: number }[]>`
          SELECT s."id", (SELECT count(*)::int FROM "Appearance" a WHERE a."sourceId" = s."id") AS "n"
          FROM unnest(${sources.map((source) => source.id)}::text[]) AS s("id")`,
  ]);
  const disputeById = new Map(disputeRows.map((dispute) => [dispute.id, dispute]));
  const groups = new Map<string, ActorStanceGroup>();
  for (const { madeAtStart, madeAtEnd, madeAtPrecision, appearanceCount, disputeId, ...claim } of claims) {
    const dispute = disputeById.get(disputeId);
    if (!dispute) continue;
    let group = groups.get(disputeId);
    if (!group) {
      group = { dispute, stanceCounts: emptyStanceCounts(), claimCount: 0, claims: [] };
      groups.set(disputeId, group);
    }
    group.claims.push({ ...claim, madeAt: fuzzyDate(madeAtStart, madeAtEnd, madeAtPrecision), appearanceCount });
  }
  for (const row of stanceCounts) {
    const group = groups.get(row.disputeId);
    if (group) {
      group.stanceCounts[row.stance] = row.n;
      group.claimCount += row.n;
    }
  }
  const appearancesOf = new Map(appearanceCounts.map((row) => [row.id, row.n]));
  return {
    ...rest,
    claimCount,
    disputeCount: summary?.disputes ?? 0,
    stanceRecord: [...groups.values()],
    claimsPage: { page, pageCount: pageCountOf(claimCount, size) },
    sourceCount,
    sources: sources.map(({ publishedStart, publishedEnd, publishedPrecision, ...source }) => ({
      ...source,
      published: fuzzyDateOrNull(publishedStart, publishedEnd, publishedPrecision),
      appearanceCount: appearancesOf.get(source.id) ?? 0,
    })),
    sourcesPage: { page: sourcesPage, pageCount: pageCountOf(sourceCount, size) },
    deniedBy: deniedBy.items,
    deniedByCount: deniedBy.total,
    denied: denied.items,
    deniedCount: denied.total,
    answersPage: {
      page: answersPage,
      pageCount: Math.max(pageCountOf(deniedBy.total, ANSWERS_PAGE_SIZE), pageCountOf(denied.total, ANSWERS_PAGE_SIZE)),
    },
  };
}

interface ActorStanceGroup {
  dispute: { id: string; slug: string; title: string };
  /** the actor's claims in the dispute per stance (all of them, not only this page's) */
  stanceCounts: Record<Stance, number>;
  /** the actor's claims in the dispute (all of them) */
  claimCount: number;
  /** the ones on this page */
  claims: ActorClaimRow[];
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
