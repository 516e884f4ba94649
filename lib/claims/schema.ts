import { z } from "zod";

export const STANCES = ["AFFIRMS", "DENIES", "QUALIFIES", "DECLINES_TO_COMMENT", "CONTEXT"] as const;
export type Stance = (typeof STANCES)[number];

export function emptyStanceCounts(): Record<Stance, number> {
  return { AFFIRMS: 0, DENIES: 0, QUALIFIES: 0, DECLINES_TO_COMMENT: 0, CONTEXT: 0 };
}

export const ATTRIBUTION_KINDS = ["DIRECT_QUOTE", "PARAPHRASE", "ANONYMOUS_SOURCING", "DOCUMENT", "RELAYED"] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

/** Record ids are Prisma cuids: "c" and 24 lowercase letters or digits. */
export const recordIdSchema = z.string().regex(/^c[a-z0-9]{24}$/, "not a record id");
