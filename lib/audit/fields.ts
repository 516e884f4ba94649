import { ACTOR_FIELDS } from "@/lib/actors/schema";
import { ANNOTATION_HISTORY_FIELDS } from "@/lib/annotations/schema";
import { APPEARANCE_FIELDS, CLAIM_FIELDS, LINK_FIELDS } from "@/lib/claims/schema";
import { EVENT_FIELDS } from "@/lib/events/schema";
import { DISPUTE_FIELDS } from "@/lib/disputes/schema";
import { SOURCE_FIELDS } from "@/lib/sources/schema";

/**
 * Display labels of each record type's fields, for History and the activity page. A type or
 * field missing here is shown by its name.
 */
export const RECORD_TYPES: Record<string, { label: string; fields: readonly { key: string; label: string }[] }> = {
  Dispute: { label: "Dispute", fields: DISPUTE_FIELDS },
  Actor: { label: "Actor", fields: ACTOR_FIELDS },
  Source: { label: "Source", fields: SOURCE_FIELDS },
  Claim: { label: "Claim", fields: CLAIM_FIELDS },
  Appearance: { label: "Appearance", fields: APPEARANCE_FIELDS },
  ClaimLink: { label: "Link", fields: LINK_FIELDS },
  Event: { label: "Context event", fields: EVENT_FIELDS },
  Annotation: { label: "Note", fields: ANNOTATION_HISTORY_FIELDS },
  AnnotationFlag: { label: "Flag on a note", fields: [{ key: "annotationId", label: "Note" }, { key: "reason", label: "Reason" }, { key: "decision", label: "Decision" }] },
  User: { label: "Account", fields: [{ key: "name", label: "Display name" }, { key: "role", label: "Role" }, { key: "status", label: "Status" }] },
  Invitation: { label: "Invitation", fields: [{ key: "role", label: "Role" }, { key: "expires", label: "Expires" }] },
};

export function recordTypeLabel(entity: string): string {
  return RECORD_TYPES[entity]?.label ?? entity;
}

export function fieldLabel(entity: string, field: string): string {
  return RECORD_TYPES[entity]?.fields.find((spec) => spec.key === field)?.label ?? field;
}

/** Fields in the type's order first, then any others the snapshots hold. */
export function orderedFields(entity: string, keys: Iterable<string>): string[] {
  const known = (RECORD_TYPES[entity]?.fields ?? []).map((spec) => spec.key);
  const all = new Set(keys);
  return [...known.filter((key) => all.has(key)), ...[...all].filter((key) => !known.includes(key)).sort()];
}
