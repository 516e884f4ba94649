import { z } from "zod";
import { DISPUTE_STATUSES, type DisputeStatus } from "@/lib/domain/enums";

export { DISPUTE_STATUSES, type DisputeStatus };

/** A dispute slug as it appears in a URL: lowercase words joined by dashes. */
export const disputeSlugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a slug is lowercase words joined by dashes");
