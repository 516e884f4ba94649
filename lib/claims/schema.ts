import { z } from "zod";
import { ATTRIBUTION_KINDS, STANCES, type AttributionKind, type Stance } from "@/lib/domain/enums";

// The enums come from the Prisma schema (lib/domain/enums.ts); re-exported for the read side.
export { ATTRIBUTION_KINDS, STANCES, type AttributionKind, type Stance };

export function emptyStanceCounts(): Record<Stance, number> {
  return Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
}

/** Record ids are Prisma cuids: "c" and 24 lowercase letters or digits. */
export const recordIdSchema = z.string().regex(/^c[a-z0-9]{24}$/, "not a record id");
