import { z } from "zod";

/**
 * zod building blocks for record fields, written once for forms (strings from FormData), the
 * REST API (#10: JSON, where null and numbers also arrive) and the bundle import. Outputs are
 * the stored types: trimmed text, null for an empty optional field.
 */
export function requiredText(what: string, max: number) {
  return z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Keep ${what} under ${max.toLocaleString("en")} characters.`);
}

export function optionalText(what: string, max: number) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(max, `Keep ${what} under ${max.toLocaleString("en")} characters.`))
    .transform((value) => (value === "" ? null : value));
}

/** An optional web address: http or https only (never javascript:, data: or the like). */
export const optionalUrl = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => (value ?? "").trim())
  .pipe(
    z.union([
      z.literal(""),
      z
        .string()
        .max(2000, "Keep the address under 2,000 characters.")
        .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address starting with https:// or http://." })),
    ]),
  )
  .transform((value) => (value === "" ? null : value));

/**
 * A reference to another record as a form sends it: its id (picked from the list) or, without
 * JavaScript, its exact name typed in. Resolved against the database by the mutation.
 */
export const optionalRef = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => (value ?? "").trim())
  .pipe(z.string().max(300, "That is too long for a name."))
  .transform((value) => (value === "" ? null : value));

export function requiredRef(what: string) {
  return z
    .string({ error: `Choose ${what}.` })
    .trim()
    .min(1, `Choose ${what}.`)
    .max(300, "That is too long for a name.");
}

/** Tags: a comma-separated line (form) or a list (API); trimmed, lowercased, deduplicated. */
export const tagsSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value : (value ?? "").split(",")))
  .transform((tags) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))])
  .pipe(z.array(z.string().max(40, "Keep each tag under 40 characters.")).max(20, "Use at most 20 tags."));

/** The version an edit started from. */
export const versionSchema = z.coerce
  .number({ error: "This form is missing its version: reload the page." })
  .int()
  .positive();

/** The field values an edit started from (JSON in a hidden field), for merging a concurrent save. */
export const baseSchema = z
  .union([z.string(), z.record(z.string(), z.string())])
  .optional()
  .transform((value): Record<string, string> | null => {
    if (value === undefined || value === "") return null;
    if (typeof value !== "string") return value;
    try {
      const parsed: unknown = JSON.parse(value);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    } catch {
      return null;
    }
  });

/** A checkbox: "on" (form), true (API). */
export const checkboxSchema = z
  .union([z.literal("on"), z.literal("true"), z.boolean(), z.literal(""), z.null()])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === true);

/** The optional "summary of this change" every edit form has (lib/actions/run.ts reads it). */
export const changeSummarySchema = z.string().max(500, "Keep the summary under 500 characters.").optional();
