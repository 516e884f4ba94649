import { z } from "zod";
import { optionalDateSchema } from "@/lib/date-input";
import { sourceKindSchema } from "@/lib/domain/enums";
import { baseSchema, changeSummarySchema, checkboxSchema, optionalRef, optionalText, optionalUrl, requiredText, versionSchema } from "@/lib/forms/fields";

/** The source's editable fields: forms, actions, the API and the import share this definition. */
export const sourceFieldsSchema = z.object({
  title: requiredText("a title", 500),
  kind: sourceKindSchema,
  publisherId: optionalRef,
  url: optionalUrl,
  archiveUrl: optionalUrl,
  published: optionalDateSchema,
  retrieved: optionalDateSchema,
  language: optionalText("the language", 35),
});
export type SourceFields = z.output<typeof sourceFieldsSchema>;

/** Saving a URL another source already has needs this ticked (the form offers the existing one). */
const duplicateConsent = { allowDuplicateUrl: checkboxSchema, changeSummary: changeSummarySchema };

export const sourceCreateSchema = sourceFieldsSchema.extend(duplicateConsent);
export const sourceUpdateSchema = sourceFieldsSchema.extend({
  ...duplicateConsent,
  id: z.string().min(1).max(40),
  version: versionSchema,
  base: baseSchema,
});

export const SOURCE_FIELDS = [
  { key: "title", label: "Title" },
  { key: "kind", label: "Kind" },
  { key: "publisherId", label: "Publisher" },
  { key: "url", label: "Address (URL)" },
  { key: "archiveUrl", label: "Archived copy" },
  { key: "published", label: "Published" },
  { key: "retrieved", label: "Retrieved" },
  { key: "language", label: "Language" },
] as const;
