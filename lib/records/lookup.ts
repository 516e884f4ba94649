import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { recordIdSchema } from "@/lib/claims/schema";
import { getDb, type DbClient } from "@/lib/db";
import { formatFuzzyDate, fuzzyDate } from "@/lib/dates";

/**
 * Typeahead for the record pickers in forms (GET /api/lookup): a few matching records by name
 * or title, or one record by id (to label a chosen id). Reads only; public like every read.
 */
export const LOOKUP_TYPES = ["actor", "source", "dispute", "claim", "appearance"] as const;

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

export async function lookupRecords(query: LookupQuery, db: DbClient = getDb()): Promise<LookupItem[]> {
  const { type, q, id } = query;
  if (!id && q === "" && type !== "appearance") return [];
  switch (type) {
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
