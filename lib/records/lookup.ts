import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { recordIdSchema } from "@/lib/claims/schema";
import { getDb, type DbClient } from "@/lib/db";
import { formatFuzzyDate, fuzzyDate } from "@/lib/dates";

/**
 * Typeahead for the record pickers in forms (GET /api/lookup): a few matching records by name
 * or title, or one record by id (to label a chosen id). Reads only; public like every read.
 * "claimant" and "publisher" serve the claims filters: only actors that made claims (or
 * published sources), best match first (see actorsByName).
 */
export const LOOKUP_TYPES = ["actor", "source", "dispute", "claim", "appearance", "claimant", "publisher"] as const;

export const lookupQuerySchema = z.object({
  type: z.enum(LOOKUP_TYPES),
  q: z.string().trim().max(200).optional().default(""),
  id: recordIdSchema.optional().catch(undefined),
  /** for appearances: the claim whose appearances to list */
  claim: recordIdSchema.optional().catch(undefined),
});
export type LookupQuery = z.output<typeof lookupQuerySchema>;

export interface LookupItem {
  id: string;
  label: string;
  hint?: string;
}

const LIMIT = 15;

function pattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Actors whose name contains the typed text (any case), for the claims filters: names that
 * start with it first, then names with a word that starts with it, then the rest; within each,
 * the busiest first (claims made, or sources published, read from "ActorStats"). A plain
 * substring match, the same on both databases with no extension: it reads every actor with
 * claims (or sources), ~20,000 rows at a million claims (docs/benchmarks.md).
 */
async function actorsByName(role: "claimant" | "publisher", q: string, id: string | undefined, db: DbClient): Promise<LookupItem[]> {
  const count = role === "claimant" ? Prisma.sql`st."claims"` : Prisma.sql`st."sources"`;
  const needle = q.toLowerCase();
  const rows = await db.$queryRaw<{ id: string; name: string; n: number }[]>`
    SELECT a."id", a."name", ${count} AS "n"
    FROM "ActorStats" st JOIN "Actor" a ON a."id" = st."actorId"
    WHERE ${count} > 0 AND ${id ? Prisma.sql`a."id" = ${id}` : Prisma.sql`strpos(lower(a."name"), ${needle}) > 0`}
    ORDER BY CASE WHEN strpos(lower(a."name"), ${needle}) = 1 THEN 0
                  WHEN strpos(' ' || lower(a."name"), ' ' || ${needle}) > 0 THEN 1 ELSE 2 END,
             ${count} DESC, a."name", a."id"
    LIMIT ${LIMIT}`;
  const noun = role === "claimant" ? "claim" : "source";
  return rows.map((row) => ({ id: row.id, label: row.name, hint: `${row.n.toLocaleString("en-GB")} ${noun}${row.n === 1 ? "" : "s"}` }));
}

export async function lookupRecords(query: LookupQuery, db: DbClient = getDb()): Promise<LookupItem[]> {
  const { type, q, id } = query;
  if (!id && q === "" && type !== "appearance") return [];
  switch (type) {
    case "claimant":
    case "publisher":
      return actorsByName(type, q, id, db);
    case "actor": {
      const rows = await db.actor.findMany({
        where: id ? { id } : { name: { contains: q, mode: "insensitive" } },
        orderBy: [{ name: "asc" }],
        take: LIMIT,
        select: { id: true, name: true, kind: true, role: true },
      });
      return rows.map((row) => ({ id: row.id, label: row.name, hint: [row.kind.toLowerCase().replaceAll("_", " "), row.role].filter(Boolean).join(", ") }));
    }
    case "source": {
      const rows = await db.source.findMany({
        where: id ? { id } : { OR: [{ title: { contains: q, mode: "insensitive" } }, { url: { contains: q, mode: "insensitive" } }] },
        orderBy: [{ title: "asc" }],
        take: LIMIT,
        select: { id: true, title: true, publisher: { select: { name: true } }, publishedStart: true, publishedEnd: true, publishedPrecision: true },
      });
      return rows.map((row) => ({
        id: row.id,
        label: row.title,
        hint: [
          row.publisher?.name,
          row.publishedStart && row.publishedEnd && row.publishedPrecision
            ? formatFuzzyDate(fuzzyDate(row.publishedStart, row.publishedEnd, row.publishedPrecision))
            : null,
        ]
          .filter(Boolean)
          .join(", "),
      }));
    }
    case "dispute": {
      const rows = await db.dispute.findMany({
        where: id ? { id } : { title: { contains: q, mode: "insensitive" } },
        orderBy: { title: "asc" },
        take: LIMIT,
        select: { id: true, title: true, slug: true },
      });
      return rows.map((row) => ({ id: row.id, label: row.title, hint: row.slug }));
    }
    case "claim": {
      const rows = id
        ? await db.$queryRaw<{ id: string; text: string; name: string }[]>`
            SELECT c."id", c."text", a."name" FROM "Claim" c JOIN "Actor" a ON a."id" = c."claimantId" WHERE c."id" = ${id}`
        : await db.$queryRaw<{ id: string; text: string; name: string }[]>`
            SELECT c."id", c."text", a."name" FROM "Claim" c JOIN "Actor" a ON a."id" = c."claimantId"
            WHERE c."text" ILIKE ${pattern(q)} OR a."name" ILIKE ${pattern(q)}
            ORDER BY c."madeAtStart" DESC LIMIT ${LIMIT}`;
      return rows.map((row) => ({ id: row.id, label: `${row.name}: ${row.text}`.slice(0, 200) }));
    }
    case "appearance": {
      const claim = query.claim;
      if (!claim && !id) return [];
      const rows = await db.$queryRaw<{ id: string; title: string; publisher: string | null; attributionPhrase: string | null; reportedStart: Date; reportedEnd: Date; reportedPrecision: "DAY" | "MONTH" | "YEAR" | "APPROXIMATE" }[]>`
        SELECT p."id", s."title", a."name" AS "publisher", p."attributionPhrase", p."reportedStart", p."reportedEnd", p."reportedPrecision"::text AS "reportedPrecision"
        FROM "Appearance" p JOIN "Source" s ON s."id" = p."sourceId" LEFT JOIN "Actor" a ON a."id" = s."publisherId"
        WHERE ${id ? Prisma.sql`p."id" = ${id}` : Prisma.sql`p."claimId" = ${claim}`}
        ORDER BY p."reportedStart", p."createdAt" LIMIT 200`;
      return rows.map((row) => ({
        id: row.id,
        label: `${row.publisher ?? row.title} (${formatFuzzyDate(fuzzyDate(row.reportedStart, row.reportedEnd, row.reportedPrecision))})`,
        hint: row.attributionPhrase ?? row.title,
      }));
    }
  }
}
