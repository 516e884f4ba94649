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

/** The form's source pickers (source0, source1…) join the listed `sourceIds`. */
function collectSourceSlots(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const { sourceIds, ...rest } = input as Record<string, unknown>;
  const listed = Array.isArray(sourceIds) ? sourceIds : typeof sourceIds === "string" ? sourceIds.split(",") : [];
  const slots = Object.entries(rest)
    .filter(([key]) => /^source\d+$/.test(key))
    .map(([, value]) => value);
  return { ...rest, sourceIds: [...listed, ...slots].filter((value): value is string => typeof value === "string") };
}

export const eventCreateSchema = z.preprocess(collectSourceSlots, eventFieldsSchema.extend({ disputeId: requiredRef("the dispute") }));
export const eventUpdateSchema = z.preprocess(collectSourceSlots, eventFieldsSchema.extend({ id: recordIdSchema, version: versionSchema, base: baseSchema }));

export const EVENT_FIELDS = [
  { key: "title", label: "Title" },
  { key: "description", label: "Description" },
  { key: "occurredAt", label: "Happened on" },
  { key: "sourceIds", label: "Sources" },
] as const;
