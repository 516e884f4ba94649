import { z } from "zod";
import { edtfSchema } from "@/lib/dates";

/**
 * The seed file format: a whole data set in one JSON document, with records referring to each
 * other by `key` (a short local name), not by database id. Validated with zod, then every
 * reference is checked (unknown keys, duplicate keys, relay chains that loop or cross claims)
 * before anything is written.
 */
const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "keys are lowercase letters, digits and dashes (max 80)");
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();
const httpUrl = z.url({ protocol: /^https?$/ });

export const seedActorSchema = z.strictObject({
  key,
  name: text(200),
  kind: z.enum(["PERSON", "GOVERNMENT_BODY", "MEDIA_OUTLET", "ORGANIZATION", "ANONYMOUS_GROUP"]),
  role: optionalText(300),
  country: optionalText(100),
  /** key of the parent actor (Jen Psaki → White House) */
  affiliation: key.optional(),
});

export const seedSourceSchema = z.strictObject({
  key,
  title: text(500),
  kind: z.enum([
    "NEWS_ARTICLE",
    "OFFICIAL_STATEMENT",
    "PRESS_BRIEFING",
    "READOUT",
    "SOCIAL_POST",
    "REPORT",
    "INTERVIEW",
    "OTHER",
  ]),
  /** key of the publishing actor */
  publisher: key.optional(),
  url: httpUrl.optional(),
  archiveUrl: httpUrl.optional(),
  published: edtfSchema.optional(),
  retrieved: edtfSchema.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a BCP 47 language tag such as en").optional(),
});

export const seedAppearanceSchema = z.strictObject({
  key,
  source: key,
  reportedAt: edtfSchema,
  attribution: z.enum(["DIRECT_QUOTE", "PARAPHRASE", "ANONYMOUS_SOURCING", "DOCUMENT", "RELAYED", "OWN_REPORTING"]),
  /** the words the source uses to attribute: "U.S. officials told the Financial Times" */
  attributionPhrase: optionalText(500),
  /** key of the appearance (of the same claim) that this one relays */
  via: key.optional(),
  excerpt: optionalText(5000),
  /** a root the outlet sourced separately: an origin of its own (docs/origins.md) */
  independentlySourced: z.boolean().default(false),
});

export const seedClaimSchema = z.strictObject({
  key,
  claimant: key,
  stance: z.enum(["AFFIRMS", "DENIES", "QUALIFIES", "DECLINES_TO_COMMENT", "CONTEXT"]),
  text: text(5000),
  quote: optionalText(5000),
  madeAt: edtfSchema,
  status: z.enum(["ACTIVE", "RETRACTED", "SUPERSEDED"]).default("ACTIVE"),
  appearances: z.array(seedAppearanceSchema).min(1, "a claim needs at least one appearance"),
});

export const seedEventSchema = z.strictObject({
  key,
  title: text(300),
  description: z.string().trim().max(5000).default(""),
  occurredAt: edtfSchema,
  sources: z.array(key).default([]),
});

export const seedDisputeSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a slug is lowercase words joined by dashes").max(120),
  title: text(300),
  proposition: text(1000),
  summary: z.string().trim().max(5000).default(""),
  status: z.enum(["OPEN", "SETTLED", "STALE"]).default("OPEN"),
  affirmLabel: text(60).default("Affirms"),
  denyLabel: text(60).default("Denies"),
  tags: z.array(text(60)).default([]),
  events: z.array(seedEventSchema).default([]),
  claims: z.array(seedClaimSchema).default([]),
});

export const seedLinkSchema = z.strictObject({
  from: key,
  to: key,
  kind: z.enum(["DENIES", "REBUTS", "CORROBORATES", "RETRACTS", "CLARIFIES", "SUPERSEDES"]),
  note: optionalText(2000),
  /** for CORROBORATES: whether the two claims confirm each other independently (docs/origins.md) */
  independence: z.enum(["INDEPENDENT", "SHARED_ORIGIN", "UNKNOWN"]).default("UNKNOWN"),
});

export const seedDataSetSchema = z.strictObject({
  format: z.literal("claimline-seed/1"),
  description: z.string().optional(),
  actors: z.array(seedActorSchema),
  sources: z.array(seedSourceSchema),
  disputes: z.array(seedDisputeSchema).min(1),
  links: z.array(seedLinkSchema).default([]),
});

export type SeedDataSet = z.infer<typeof seedDataSetSchema>;
export type SeedDataSetInput = z.input<typeof seedDataSetSchema>;
