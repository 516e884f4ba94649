import type { AttributionKind, Stance } from "@/lib/claims/schema";
import type { LinkIndependence } from "@/lib/domain/enums";
import type { DisputeStatus } from "@/lib/disputes/schema";
import type { TimelineColumn } from "@/lib/timeline/build";

export const STANCE_LABELS: Record<Stance, string> = {
  AFFIRMS: "Affirms",
  DENIES: "Denies",
  QUALIFIES: "Qualifies",
  DECLINES_TO_COMMENT: "Declines to comment",
  CONTEXT: "Context",
};

export const ATTRIBUTION_LABELS: Record<AttributionKind, string> = {
  DIRECT_QUOTE: "On the record, quoted",
  PARAPHRASE: "On the record, paraphrased",
  ANONYMOUS_SOURCING: "Anonymous sourcing",
  DOCUMENT: "Document",
  RELAYED: "Relayed",
  OWN_REPORTING: "Outlet’s own reporting",
};

/** How a CORROBORATES link counts (docs/origins.md). */
export const INDEPENDENCE_LABELS: Record<LinkIndependence, string> = {
  INDEPENDENT: "Independent confirmation: separately sourced",
  SHARED_ORIGIN: "Not independent: both share an origin",
  UNKNOWN: "Independence unknown: not counted as confirmation",
};

export const STATUS_LABELS: Record<DisputeStatus, string> = {
  OPEN: "Open",
  SETTLED: "Settled",
  STALE: "Stale",
};

export const LINK_LABELS = {
  DENIES: { from: "Denies", to: "Denied by" },
  REBUTS: { from: "Rebuts", to: "Rebutted by" },
  CORROBORATES: { from: "Corroborates", to: "Corroborated by" },
  RETRACTS: { from: "Retracts", to: "Retracted by" },
  CLARIFIES: { from: "Clarifies", to: "Clarified by" },
  SUPERSEDES: { from: "Supersedes", to: "Superseded by" },
} as const;

export const ACTOR_KIND_LABELS = {
  PERSON: "Person",
  GOVERNMENT_BODY: "Government body",
  MEDIA_OUTLET: "Media outlet",
  ORGANIZATION: "Organization",
  ANONYMOUS_GROUP: "Anonymous group",
} as const;

export const SOURCE_KIND_LABELS = {
  NEWS_ARTICLE: "News article",
  OFFICIAL_STATEMENT: "Official statement",
  PRESS_BRIEFING: "Press briefing",
  READOUT: "Readout",
  SOCIAL_POST: "Social post",
  REPORT: "Report",
  INTERVIEW: "Interview",
  OTHER: "Other",
} as const;

export function columnLabel(column: TimelineColumn, labels: { affirmLabel: string; denyLabel: string }): string {
  switch (column) {
    case "AFFIRMS":
      return labels.affirmLabel;
    case "DENIES":
      return labels.denyLabel;
    case "QUALIFIES":
      return "Qualifies";
    case "OTHER":
      return "Context & no comment";
  }
}
