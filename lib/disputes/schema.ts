import { z } from "zod";

export const DISPUTE_STATUSES = ["OPEN", "SETTLED", "STALE"] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

/** A dispute slug as it appears in a URL: lowercase words joined by dashes. */
export const disputeSlugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a slug is lowercase words joined by dashes");
