import { z } from "zod";
import { DISPUTE_STATUSES, disputeStatusSchema, type DisputeStatus } from "@/lib/domain/enums";
import { baseSchema, changeSummarySchema, optionalText, requiredText, tagsSchema, versionSchema } from "@/lib/forms/fields";

export { DISPUTE_STATUSES, type DisputeStatus };

/** A dispute slug as it appears in a URL: lowercase words joined by dashes. */
export const disputeSlugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a slug is lowercase words joined by dashes");

/** The dispute's editable fields: forms, actions, the API and the import share this definition. */
export const disputeFieldsSchema = z.object({
  title: requiredText("a title", 200),
  slug: z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim().toLowerCase())
    .pipe(z.union([z.literal(""), disputeSlugSchema]))
    .transform((value) => (value === "" ? null : value)),
  proposition: requiredText("the proposition in dispute", 1000),
  summary: optionalText("the summary", 5000).transform((value) => value ?? ""),
  status: disputeStatusSchema.default("OPEN"),
  affirmLabel: optionalText("the label", 60).transform((value) => value ?? "Affirms"),
  denyLabel: optionalText("the label", 60).transform((value) => value ?? "Denies"),
  tags: tagsSchema,
  changeSummary: changeSummarySchema,
});
export type DisputeFields = z.output<typeof disputeFieldsSchema>;

export const disputeCreateSchema = disputeFieldsSchema;
export const disputeUpdateSchema = disputeFieldsSchema.extend({
  id: z.string().min(1).max(40),
  version: versionSchema,
  base: baseSchema,
});

export const DISPUTE_FIELDS = [
  { key: "title", label: "Title" },
  { key: "slug", label: "Address (slug)" },
  { key: "proposition", label: "Proposition" },
  { key: "summary", label: "Summary" },
  { key: "status", label: "Status" },
  { key: "affirmLabel", label: "Label of the affirming side" },
  { key: "denyLabel", label: "Label of the denying side" },
  { key: "tags", label: "Tags" },
] as const;

/** "Did Russia ask China for help?" → "did-russia-ask-china-for-help". */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "dispute";
}
