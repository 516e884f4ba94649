import type { AttributionKind } from "@/lib/domain/enums";

/**
 * A claim's sourcing kind: how its first origin puts it on the record. Read from the attribution
 * of its earliest root appearance (a relay repeats its root, so it says nothing new).
 */
export const SOURCING_KINDS = ["ON_RECORD", "ANONYMOUS", "DOCUMENT", "OWN_REPORTING", "UNKNOWN"] as const;
export type SourcingKind = (typeof SOURCING_KINDS)[number];

export const SOURCING_LABELS: Record<SourcingKind, string> = {
  ON_RECORD: "On the record",
  ANONYMOUS: "Anonymous",
  DOCUMENT: "Document",
  OWN_REPORTING: "Outlet’s own reporting",
  UNKNOWN: "Sourcing unknown",
};

export function sourcingKindOf(attribution: AttributionKind | null | undefined): SourcingKind {
  switch (attribution) {
    case "DIRECT_QUOTE":
    case "PARAPHRASE":
      return "ON_RECORD";
    case "ANONYMOUS_SOURCING":
      return "ANONYMOUS";
    case "DOCUMENT":
      return "DOCUMENT";
    case "OWN_REPORTING":
      return "OWN_REPORTING";
    default:
      // RELAYED on a root (a relay whose original is not recorded), or no appearance at all.
      return "UNKNOWN";
  }
}
