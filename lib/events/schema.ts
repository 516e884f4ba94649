import { z } from "zod";
import { recordIdSchema } from "@/lib/claims/schema";
import { requiredDateSchema } from "@/lib/date-input";
import { baseSchema, changeSummarySchema, optionalText, requiredRef, requiredText, versionSchema } from "@/lib/forms/fields";

/** A context event on a dispute's timeline (not a claim): forms, actions, API and import. */
export const eventFieldsSchema = z.object({
  title: requiredText("a title", 300),
  description: optionalText("the description", 5000).transform((value) => value ?? ""),
  occurredAt: requiredDateSchema("An event needs a date; give the widest range you are sure of, such as 2021 or 2021–2022."),
  /** sources that report the event: ids, from repeated fields or a comma-separated list */
  sourceIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value : (value ?? "").split(",")))
    .transform((ids) => [...new Set(ids.map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(300)).max(20, "Use at most 20 sources.")),
  changeSummary: changeSummarySchema,
});
export type EventFields = z.output<typeof eventFieldsSchema>;

export const eventCreateSchema = eventFieldsSchema.extend({ disputeId: requiredRef("the dispute") });
export const eventUpdateSchema = eventFieldsSchema.extend({ id: recordIdSchema, version: versionSchema, base: baseSchema });

export const EVENT_FIELDS = [
  { key: "title", label: "Title" },
  { key: "description", label: "Description" },
  { key: "occurredAt", label: "Happened on" },
  { key: "sourceIds", label: "Sources" },
] as const;
