import { z } from "zod";
import { requiredDateSchema } from "@/lib/date-input";
import {
  ATTRIBUTION_KINDS,
  attributionKindSchema,
  claimStatusSchema as claimStatusEnum,
  linkIndependenceSchema,
  linkKindSchema,
  STANCES,
  stanceSchema,
  type AttributionKind,
  type Stance,
} from "@/lib/domain/enums";
import { baseSchema, changeSummarySchema, optionalRef, optionalText, requiredRef, requiredText, versionSchema } from "@/lib/forms/fields";

// The enums come from the Prisma schema (lib/domain/enums.ts); re-exported for the read side.
export { ATTRIBUTION_KINDS, STANCES, type AttributionKind, type Stance };

export function emptyStanceCounts(): Record<Stance, number> {
  return Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
}

/** Record ids are Prisma cuids: "c" and 24 lowercase letters or digits. */
export const recordIdSchema = z.string().regex(/^c[a-z0-9]{24}$/, "not a record id");

// ---- Writes: the claim's fields, its appearances, links and status (forms, actions, API, import).

/** Form fields of a part of a bigger form arrive flat ("newSource.title"): nest them. */
export function nestFormParts(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const nested: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const dot = key.indexOf(".");
    if (dot <= 0) {
      nested[key] = value;
      continue;
    }
    const [part, field] = [key.slice(0, dot), key.slice(dot + 1)];
    const existing = nested[part];
    const target = existing && typeof existing === "object" && !Array.isArray(existing) ? (existing as Record<string, unknown>) : {};
    target[field] = value;
    nested[part] = target;
  }
  return nested;
}

const CLAIM_UNDATED =
  "A claim needs a date for now: if it is unknown, give the widest range you are sure of, such as 2022 or 2021–2022.";

export const claimFieldsSchema = z.object({
  disputeId: requiredRef("the dispute"),
  claimantId: requiredRef("who made the claim"),
  stance: stanceSchema,
  text: requiredText("what was claimed (a paraphrase)", 2000),
  quote: optionalText("the quote", 5000),
  madeAt: requiredDateSchema(CLAIM_UNDATED),
  changeSummary: changeSummarySchema,
});
export type ClaimFields = z.output<typeof claimFieldsSchema>;

export const appearanceFieldsSchema = z.object({
  sourceId: requiredRef("the source"),
  reportedAt: requiredDateSchema("An appearance needs the date it was published or reported."),
  attribution: attributionKindSchema,
  attributionPhrase: optionalText("the attribution", 500),
  viaId: optionalRef,
  excerpt: optionalText("the excerpt", 5000),
  /** "yes" from the form: a root the outlet sourced separately (docs/origins.md) */
  independentlySourced: z
    .union([z.literal("yes"), z.literal(""), z.boolean()])
    .optional()
    .transform((value) => value === "yes" || value === true),
  changeSummary: changeSummarySchema,
});
export type AppearanceFields = z.output<typeof appearanceFieldsSchema>;

/**
 * A new claim, optionally with its first appearance in the same save: the source picked
 * (`appearance.sourceId`) or created (`newSource.*`, validated as a source when it has a title).
 */
export const claimCreateSchema = z.preprocess(
  nestFormParts,
  claimFieldsSchema.extend({
    appearance: z
      .object({
        sourceId: optionalRef,
        reportedAt: z.string().max(80).optional(),
        attribution: z.string().max(40).optional(),
        attributionPhrase: z.string().max(500).optional(),
        excerpt: z.string().max(5000).optional(),
      })
      .optional(),
    newSource: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  }),
);

export const claimUpdateSchema = claimFieldsSchema.extend({ id: recordIdSchema, version: versionSchema, base: baseSchema });

export const appearanceCreateSchema = appearanceFieldsSchema.extend({ claimId: recordIdSchema });
export const appearanceUpdateSchema = appearanceFieldsSchema.extend({ id: recordIdSchema, version: versionSchema, base: baseSchema });
export const recordRefSchema = z.object({ id: recordIdSchema, changeSummary: changeSummarySchema });

/** A link from one claim to another. Forms send this claim, the other and the direction. */
export const linkCreateSchema = z.preprocess(
  (input) => {
    if (!input || typeof input !== "object" || !("claimId" in input)) return input;
    const { claimId, otherId, direction, ...rest } = input as Record<string, unknown>;
    return direction === "to" ? { ...rest, fromId: otherId, toId: claimId } : { ...rest, fromId: claimId, toId: otherId };
  },
  z
    .object({
      fromId: requiredRef("the claim"),
      toId: requiredRef("the other claim"),
      kind: linkKindSchema,
      note: optionalText("the note", 1000),
      independence: linkIndependenceSchema.default("UNKNOWN"),
      changeSummary: changeSummarySchema,
    })
    .refine((link) => link.fromId !== link.toId, { path: ["toId"], message: "A claim cannot be linked to itself." }),
);
export const linkUpdateSchema = z.object({
  id: recordIdSchema,
  version: versionSchema,
  base: baseSchema,
  kind: linkKindSchema,
  note: optionalText("the note", 1000),
  independence: linkIndependenceSchema.default("UNKNOWN"),
  changeSummary: changeSummarySchema,
});

/** Retracting or superseding a claim (never deleting it): a reason is required. */
export const claimStatusSchema = z
  .object({
    id: recordIdSchema,
    version: versionSchema,
    status: claimStatusEnum,
    reason: optionalText("the reason", 1000),
    supersededById: optionalRef,
    changeSummary: changeSummarySchema,
  })
  .refine((value) => value.status === "ACTIVE" || value.reason !== null, {
    path: ["reason"],
    message: "Say why: the reason is shown with the claim.",
  });

export const CLAIM_FIELDS = [
  { key: "disputeId", label: "Dispute" },
  { key: "claimantId", label: "Claimant" },
  { key: "stance", label: "Stance" },
  { key: "text", label: "Claim (paraphrase)" },
  { key: "quote", label: "Quote" },
  { key: "madeAt", label: "Said on" },
  { key: "status", label: "Status" },
  { key: "statusReason", label: "Reason for the status" },
] as const;

export const APPEARANCE_FIELDS = [
  { key: "sourceId", label: "Source" },
  { key: "reportedAt", label: "Reported on" },
  { key: "attribution", label: "Attribution" },
  { key: "attributionPhrase", label: "Attribution as worded" },
  { key: "viaId", label: "Relays" },
  { key: "excerpt", label: "Excerpt" },
  { key: "independentlySourced", label: "Independently sourced" },
] as const;

export const LINK_FIELDS = [
  { key: "fromId", label: "From claim" },
  { key: "toId", label: "To claim" },
  { key: "kind", label: "Kind" },
  { key: "note", label: "Note" },
  { key: "independence", label: "Independence" },
] as const;
