import { z } from "zod";
import {
  ActorKind,
  AnnotationField,
  AnnotationMotivation,
  AttributionKind,
  AuditAction,
  ClaimStatus,
  DatePrecision,
  DisputeStatus,
  LinkIndependence,
  LinkKind,
  ModerationDecision,
  Role,
  SourceKind,
  Stance,
} from "@/generated/prisma/enums";

/**
 * The domain's enums, built once from the Prisma schema's generated enums (a plain module with
 * no runtime dependencies, safe in the browser): a value added to an enum in schema.prisma
 * appears in every zod schema and every form choice without another edit. The calls are marked
 * pure so a client component that imports only the value lists does not bundle zod.
 */
type EnumObject = Record<string, string>;
type ValuesOf<E extends EnumObject> = [E[keyof E], ...E[keyof E][]];

function valuesOf<E extends EnumObject>(enumObject: E): ValuesOf<E> {
  return Object.values(enumObject) as ValuesOf<E>;
}

export const STANCES = /* @__PURE__ */ valuesOf(Stance);
export const ATTRIBUTION_KINDS = /* @__PURE__ */ valuesOf(AttributionKind);
export const DISPUTE_STATUSES = /* @__PURE__ */ valuesOf(DisputeStatus);
export const ACTOR_KINDS = /* @__PURE__ */ valuesOf(ActorKind);
export const SOURCE_KINDS = /* @__PURE__ */ valuesOf(SourceKind);
export const CLAIM_STATUSES = /* @__PURE__ */ valuesOf(ClaimStatus);
export const LINK_KINDS = /* @__PURE__ */ valuesOf(LinkKind);
export const LINK_INDEPENDENCE = /* @__PURE__ */ valuesOf(LinkIndependence);
export const ROLES = /* @__PURE__ */ valuesOf(Role);
export const AUDIT_ACTIONS = /* @__PURE__ */ valuesOf(AuditAction);
export const ANNOTATION_MOTIVATIONS = /* @__PURE__ */ valuesOf(AnnotationMotivation);
export const ANNOTATION_FIELDS = /* @__PURE__ */ valuesOf(AnnotationField);
export const MODERATION_DECISIONS = /* @__PURE__ */ valuesOf(ModerationDecision);
export const DATE_PRECISION_VALUES = /* @__PURE__ */ valuesOf(DatePrecision);

export const stanceSchema = /* @__PURE__ */ z.enum(STANCES);
export const attributionKindSchema = /* @__PURE__ */ z.enum(ATTRIBUTION_KINDS);
export const disputeStatusSchema = /* @__PURE__ */ z.enum(DISPUTE_STATUSES);
export const actorKindSchema = /* @__PURE__ */ z.enum(ACTOR_KINDS);
export const sourceKindSchema = /* @__PURE__ */ z.enum(SOURCE_KINDS);
export const claimStatusSchema = /* @__PURE__ */ z.enum(CLAIM_STATUSES);
export const linkKindSchema = /* @__PURE__ */ z.enum(LINK_KINDS);
export const linkIndependenceSchema = /* @__PURE__ */ z.enum(LINK_INDEPENDENCE);
export const annotationMotivationSchema = /* @__PURE__ */ z.enum(ANNOTATION_MOTIVATIONS);
export const roleSchema = /* @__PURE__ */ z.enum(ROLES);

export type {
  ActorKind,
  AnnotationField,
  AnnotationMotivation,
  AttributionKind,
  AuditAction,
  ClaimStatus,
  DatePrecision,
  DisputeStatus,
  LinkIndependence,
  LinkKind,
  ModerationDecision,
  Role,
  SourceKind,
  Stance,
};

/** "ANONYMOUS_SOURCING" → "Anonymous sourcing": the label of a value no label map names yet. */
export function humanizeEnumValue(value: string): string {
  const words = value.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Choices for a <select>: every value of the enum, labelled from `labels` where it has one. */
export function enumChoices<V extends string>(
  values: readonly V[],
  labels: Partial<Record<string, string>> = {},
): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] ?? humanizeEnumValue(value) }));
}
