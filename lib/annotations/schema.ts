import { z } from "zod";
import { annotationMotivationSchema, type AnnotationField, type AnnotationMotivation } from "@/lib/domain/enums";
import { optionalRef, optionalUrl, requiredText, versionSchema } from "@/lib/forms/fields";
import { recordIdSchema } from "@/lib/claims/schema";

/**
 * Annotations' fields, for the forms (FormData strings), the actions and the API. Where the
 * note is anchored is given as a person can type it without JavaScript: which text ("claim" for
 * the whole claim, "quote", "text" = the paraphrase), the exact words, and which occurrence of
 * them when they repeat. The selection script fills the same fields.
 */
export const ANNOTATION_TARGETS = ["claim", "quote", "text"] as const;
export type AnnotationTarget = (typeof ANNOTATION_TARGETS)[number];

export function targetOf(field: AnnotationField | null): AnnotationTarget {
  return field === "QUOTE" ? "quote" : field === "TEXT" ? "text" : "claim";
}

export { MOTIVATION_LABELS } from "@/lib/annotations/labels";

/** History's labels for a note's snapshot (lib/annotations/mutations.ts annotationValues). */
export const ANNOTATION_HISTORY_FIELDS = [
  { key: "target", label: "Annotates" },
  { key: "exact", label: "Words" },
  { key: "position", label: "Position" },
  { key: "motivation", label: "Kind" },
  { key: "body", label: "Note" },
  { key: "linkUrl", label: "Linked address" },
  { key: "linkClaimId", label: "Linked claim" },
  { key: "status", label: "Anchor" },
  { key: "hidden", label: "Hidden" },
  { key: "parentId", label: "Reply to" },
] as const;

const BODY_MAX = 10_000;

const occurrenceSchema = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined || value === "" ? 1 : Number(value)))
  .pipe(z.number({ error: "Enter a whole number (1 for the first time the words appear)." }).int("Enter a whole number.").min(1, "Occurrences count from 1.").max(10_000));

/** Where: the whole claim, or words in its quote or paraphrase. */
export const annotationTargetSchema = z
  .object({
    target: z.enum(ANNOTATION_TARGETS, { error: "Choose what the note is on." }).optional().default("claim"),
    exact: z.union([z.string(), z.null()]).optional().transform((value) => value ?? ""),
    occurrence: occurrenceSchema,
  })
  .superRefine((value, context) => {
    if (value.target !== "claim" && value.exact.trim() === "") {
      context.addIssue({ code: "custom", path: ["exact"], message: "Enter the exact words to annotate (or choose “the whole claim”)." });
    }
    if (value.exact.length > 5000) context.addIssue({ code: "custom", path: ["exact"], message: "Keep the words under 5,000 characters." });
  });

const annotationContentShape = {
  motivation: annotationMotivationSchema.optional().default("COMMENTING"),
  body: requiredText("the note", BODY_MAX),
  linkUrl: optionalUrl,
  /** another claim: its id (or its page's address) */
  linkClaimId: optionalRef,
};

function checkLink(value: { motivation: AnnotationMotivation; linkUrl: string | null; linkClaimId: string | null }, context: z.RefinementCtx) {
  if (value.motivation === "LINKING" && !value.linkUrl && !value.linkClaimId) {
    context.addIssue({ code: "custom", path: ["linkUrl"], message: "A link needs a web address or another claim." });
  }
}

export const annotationCreateSchema = z
  .object({
    claimId: recordIdSchema,
    parentId: z.union([recordIdSchema, z.literal(""), z.null()]).optional().transform((value) => value || null),
    ...annotationContentShape,
  })
  .and(annotationTargetSchema)
  .superRefine(checkLink);
export type AnnotationCreateInput = z.output<typeof annotationCreateSchema>;

export const annotationUpdateSchema = z
  .object({ id: recordIdSchema, version: versionSchema, ...annotationContentShape })
  .superRefine(checkLink);
export type AnnotationUpdateInput = z.output<typeof annotationUpdateSchema>;

export const annotationDeleteSchema = z.object({ id: recordIdSchema });

export const annotationReattachSchema = z
  .object({ id: recordIdSchema, version: versionSchema })
  .and(annotationTargetSchema);
export type AnnotationReattachInput = z.output<typeof annotationReattachSchema>;

export const annotationFlagSchema = z.object({
  id: recordIdSchema,
  reason: requiredText("why this note needs a moderator", 1000),
});

export const MODERATION_CHOICES = ["keep", "hide", "unhide"] as const;

export const annotationModerateSchema = z
  .object({
    id: recordIdSchema,
    decision: z.enum(MODERATION_CHOICES, { error: "Choose keep, hide or show again." }),
    reason: z.union([z.string(), z.null()]).optional().transform((value) => (value ?? "").trim()),
  })
  .superRefine((value, context) => {
    if (value.decision === "hide" && value.reason === "") {
      context.addIssue({ code: "custom", path: ["reason"], message: "Give the public reason for hiding it." });
    }
    if (value.reason.length > 500) context.addIssue({ code: "custom", path: ["reason"], message: "Keep the reason under 500 characters." });
  });

/** A claim reference typed as its page's address ("…/claims/<id>") or its id. */
export function claimIdFrom(reference: string): string | null {
  const match = /(?:^|\/claims\/)(c[a-z0-9]{24})(?:[/?#].*)?$/.exec(reference.trim());
  return match?.[1] ?? null;
}
