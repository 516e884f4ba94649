import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type DbClient } from "@/lib/db";

/**
 * Reads of annotations: a claim's notes (threads of one level), one note, and the moderation
 * queue. Authors are shown by display name only (never an e-mail address).
 */
const noteSelect = {
  id: true,
  claimId: true,
  parentId: true,
  motivation: true,
  body: true,
  bodyHtml: true,
  linkUrl: true,
  linkClaim: { select: { id: true, text: true, claimant: { select: { name: true } } } },
  field: true,
  selectorExact: true,
  selectorPrefix: true,
  selectorSuffix: true,
  positionStart: true,
  positionEnd: true,
  anchoredVersion: true,
  orphanedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  authorId: true,
  author: { select: { name: true } },
} as const satisfies Prisma.AnnotationSelect;

export type AnnotationNote = Prisma.AnnotationGetPayload<{ select: typeof noteSelect }>;
export type AnnotationThread = AnnotationNote & { replies: AnnotationNote[] };

/** A claim's notes, oldest first, each with its replies (oldest first). */
export async function getClaimAnnotations(claimId: string, db: DbClient = getDb()): Promise<AnnotationThread[]> {
  const rows = await db.annotation.findMany({
    where: { claimId },
    select: noteSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const threads = new Map<string, AnnotationThread>();
  for (const row of rows) if (!row.parentId) threads.set(row.id, { ...row, replies: [] });
  for (const row of rows) if (row.parentId) threads.get(row.parentId)?.replies.push(row);
  return [...threads.values()];
}

export async function getAnnotation(id: string, db: DbClient = getDb()) {
  return db.annotation.findUnique({
    where: { id },
    select: { ...noteSelect, claim: { select: { id: true, text: true, quote: true, version: true, claimant: { select: { name: true } } } } },
  });
}

export type AnnotationDetail = NonNullable<Awaited<ReturnType<typeof getAnnotation>>>;

/** Notes with open flags, the longest-waiting first, with every open flag's reason. */
export async function getModerationQueue(db: DbClient = getDb()) {
  const flagged = await db.annotation.findMany({
    where: { flags: { some: { decidedAt: null } } },
    select: {
      ...noteSelect,
      claim: { select: { id: true, text: true, claimant: { select: { name: true } } } },
      flags: {
        where: { decidedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, reason: true, createdAt: true, user: { select: { name: true } } },
      },
    },
    take: 200,
  });
  return flagged.sort((a, b) => (a.flags[0]?.createdAt.getTime() ?? 0) - (b.flags[0]?.createdAt.getTime() ?? 0));
}

/** The latest decisions, for the queue's log. */
export async function getRecentDecisions(db: DbClient = getDb(), take = 50) {
  return db.annotationFlag.findMany({
    where: { decidedAt: { not: null } },
    orderBy: { decidedAt: "desc" },
    take,
    select: {
      id: true,
      reason: true,
      decision: true,
      decidedAt: true,
      decidedBy: { select: { name: true } },
      annotation: { select: { id: true, claimId: true, hiddenReason: true } },
    },
  });
}

/** A claim's id and text (the collection's label), or null. */
export async function getAnnotatedClaim(id: string, db: DbClient = getDb()) {
  return db.claim.findUnique({ where: { id }, select: { id: true, text: true } });
}
