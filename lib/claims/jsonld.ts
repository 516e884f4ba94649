import type { ActorKind, AttributionKind, ClaimStatus, SourceKind } from "@/lib/domain/enums";
import { toEdtf, type FuzzyDate } from "@/lib/date-format";

/**
 * Machine-readable forms of one claim (docs/formats.md), pure so they are unit-tested on plain
 * records: `toSchemaOrgClaim` (schema.org `Claim`, the shape a ClaimReview's `itemReviewed`
 * takes — Claimline records claims and denials, it does not rate them, so there is no
 * ClaimReview and no reviewRating) and `toProvDocument` (W3C PROV-O: who said it, who
 * published it, who relayed whom).
 *
 * Every @id is an absolute IRI under `base` (the public address, lib/http/public-base.ts).
 * Dates are never made more precise than they are: see `isoDateAtPrecision`.
 */

export const JSONLD_CONTENT_TYPE = "application/ld+json";
export const SCHEMA_ORG = "https://schema.org";
export const PROV_NS = "http://www.w3.org/ns/prov#";
/** Claimline's own terms (the EDTF date, the attribution kind): a URN namespace, documented in docs/formats.md. */
export const CLAIMLINE_NS = "urn:claimline:";

export interface JsonLdActor {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface JsonLdAppearance {
  id: string;
  viaId: string | null;
  attribution: AttributionKind;
  attributionPhrase: string | null;
  excerpt: string | null;
  independentlySourced: boolean;
  reportedAt: FuzzyDate;
  source: { id: string; title: string; kind: SourceKind; url: string | null; publisher: JsonLdActor | null };
}

/** What the builders read of a claim: a subset of getClaimDetail's answer. */
export interface JsonLdClaimInput {
  id: string;
  text: string;
  quote: string | null;
  status: ClaimStatus;
  madeAt: FuzzyDate;
  dispute: { slug: string; title: string; proposition: string };
  claimant: JsonLdActor & { role: string | null };
  /** in the order the claim page lists them: by reported date */
  appearances: readonly JsonLdAppearance[];
}

export const claimPageIri = (base: string, id: string) => `${base}/claims/${id}`;
export const claimJsonLdIri = (base: string, id: string) => `${base}/claims/${id}/claim.jsonld`;
export const provenanceJsonLdIri = (base: string, id: string) => `${base}/claims/${id}/provenance.jsonld`;
export const actorIri = (base: string, id: string) => `${base}/actors/${id}`;
export const sourceIri = (base: string, id: string) => `${base}/sources/${id}`;
/** An appearance: the statement as one source carries it (a fragment of its claim's page). */
export const appearanceIri = (base: string, claimId: string, appearanceId: string) => `${claimPageIri(base, claimId)}#appearance-${appearanceId}`;
/** The publishing of one appearance (PROV-O activity). */
export const publishingIri = (base: string, claimId: string, appearanceId: string) => `${claimPageIri(base, claimId)}#publishing-${appearanceId}`;

/**
 * An ISO 8601 date no more precise than the FuzzyDate: "2022-03-14" for a day, "2022-03" for a
 * month, "2022" for a year. An approximate day, month or year ("2022-03-15~": about 15 March)
 * may lie outside its own unit, so it gives the unit above ("2022-03"; "2021-08~" → "2021"; an
 * approximate year, nothing). A range gives the longest calendar unit holding both of its bounds
 * ("2022-03-14/2022-03-15" → "2022-03"), or null when they do not share a year. A day is never
 * invented; the exact value is always given as EDTF beside it.
 */
export function isoDateAtPrecision(date: FuzzyDate): string | null {
  const edtf = toEdtf(date);
  if (date.precision !== "APPROXIMATE") return edtf;
  if (edtf.endsWith("~")) {
    const unit = edtf.slice(0, -1);
    return unit.length === 10 ? unit.slice(0, 7) : unit.length === 7 ? unit.slice(0, 4) : null;
  }
  const start = date.start.toISOString().slice(0, 10);
  const end = date.end.toISOString().slice(0, 10);
  if (start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  if (start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  return null;
}

/** A date that is known to the day, as an xsd:date literal; null otherwise. */
function dayLiteral(date: FuzzyDate): { "@value": string; "@type": "xsd:date" } | null {
  return date.precision === "DAY" ? { "@value": toEdtf(date), "@type": "xsd:date" } : null;
}

const SCHEMA_AUTHOR_TYPES: Record<ActorKind, string> = {
  PERSON: "Person",
  GOVERNMENT_BODY: "GovernmentOrganization",
  MEDIA_OUTLET: "NewsMediaOrganization",
  ORGANIZATION: "Organization",
  // An unnamed group ("U.S. officials") is not one person; schema.org authors are people or organizations.
  ANONYMOUS_GROUP: "Organization",
};

const SCHEMA_WORK_TYPES: Record<SourceKind, string> = {
  NEWS_ARTICLE: "NewsArticle",
  REPORT: "Report",
  SOCIAL_POST: "SocialMediaPosting",
  OFFICIAL_STATEMENT: "CreativeWork",
  PRESS_BRIEFING: "CreativeWork",
  READOUT: "CreativeWork",
  INTERVIEW: "CreativeWork",
  OTHER: "CreativeWork",
};

const STATUS_WORDS: Record<ClaimStatus, string> = { ACTIVE: "Active", RETRACTED: "Retracted", SUPERSEDED: "Superseded" };

export interface SchemaOrgActor {
  "@type": string;
  "@id": string;
  name: string;
  jobTitle?: string;
  description?: string;
}

function schemaActor(base: string, actor: JsonLdActor & { role?: string | null }): SchemaOrgActor {
  return {
    "@type": SCHEMA_AUTHOR_TYPES[actor.kind],
    "@id": actorIri(base, actor.id),
    name: actor.name,
    ...(actor.kind === "PERSON" && actor.role ? { jobTitle: actor.role } : {}),
    ...(actor.kind === "ANONYMOUS_GROUP" ? { description: "Anonymous group: the source does not name them" } : {}),
  };
}

export interface SchemaOrgAppearance {
  "@type": string;
  "@id": string;
  name: string;
  url: string;
  datePublished?: string;
  "claimline:reportedAt": string;
  "claimline:attribution": AttributionKind;
  "claimline:attributionPhrase"?: string;
  publisher?: SchemaOrgActor;
  isBasedOn?: { "@id": string };
  mainEntityOfPage?: string;
  text?: string;
}

function schemaAppearance(base: string, claimId: string, appearance: JsonLdAppearance): SchemaOrgAppearance {
  const { source } = appearance;
  const date = isoDateAtPrecision(appearance.reportedAt);
  return {
    "@type": SCHEMA_WORK_TYPES[source.kind],
    "@id": appearanceIri(base, claimId, appearance.id),
    name: source.title,
    // The document itself when its address is known, else its page here.
    url: source.url ?? sourceIri(base, source.id),
    ...(source.url ? { mainEntityOfPage: sourceIri(base, source.id) } : {}),
    ...(date ? { datePublished: date } : {}),
    "claimline:reportedAt": toEdtf(appearance.reportedAt),
    "claimline:attribution": appearance.attribution,
    ...(appearance.attributionPhrase ? { "claimline:attributionPhrase": appearance.attributionPhrase } : {}),
    ...(source.publisher ? { publisher: schemaActor(base, source.publisher) } : {}),
    ...(appearance.viaId ? { isBasedOn: { "@id": appearanceIri(base, claimId, appearance.viaId) } } : {}),
    ...(appearance.excerpt ? { text: appearance.excerpt } : {}),
  };
}

export interface SchemaOrgClaim {
  "@context": [string, Record<string, string>];
  "@type": "Claim";
  "@id": string;
  url: string;
  name: string;
  text: string;
  description?: string;
  author: SchemaOrgActor;
  datePublished?: string;
  "claimline:madeAt": string;
  creativeWorkStatus: string;
  about: { "@type": "Thing"; name: string; url: string };
  appearance: SchemaOrgAppearance[];
  firstAppearance?: { "@id": string };
  sameAs: string[];
}

/**
 * The claim as a schema.org `Claim`: `name` is the paraphrase, `text` the exact words when
 * recorded (else the paraphrase), `author` the claimant, `datePublished` when it was said (at
 * its precision), `appearance` every place it is on the record (relays `isBasedOn` what they
 * relay), `firstAppearance` the earliest appearance that relays nothing.
 */
export function toSchemaOrgClaim(claim: JsonLdClaimInput, base: string): SchemaOrgClaim {
  const said = isoDateAtPrecision(claim.madeAt);
  const firstRoot = claim.appearances.find((appearance) => appearance.viaId === null);
  return {
    "@context": [SCHEMA_ORG, { claimline: CLAIMLINE_NS }],
    "@type": "Claim",
    "@id": claimPageIri(base, claim.id),
    url: claimPageIri(base, claim.id),
    name: claim.text,
    text: claim.quote ?? claim.text,
    ...(claim.quote ? { description: claim.text } : {}),
    author: schemaActor(base, claim.claimant),
    ...(said ? { datePublished: said } : {}),
    "claimline:madeAt": toEdtf(claim.madeAt),
    creativeWorkStatus: STATUS_WORDS[claim.status],
    about: { "@type": "Thing", name: claim.dispute.proposition, url: `${base}/disputes/${claim.dispute.slug}` },
    appearance: claim.appearances.map((appearance) => schemaAppearance(base, claim.id, appearance)),
    ...(firstRoot ? { firstAppearance: { "@id": appearanceIri(base, claim.id, firstRoot.id) } } : {}),
    sameAs: [claimJsonLdIri(base, claim.id)],
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` escaped as
 * \u003c, \u003e and \u0026, so no text in the data (a quote holding "</script>") can end the
 * element early. The escapes are still the same JSON.
 */
export function jsonForScriptTag(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

// ---------------------------------------------------------------------------------------------
// PROV-O

type Ref = { "@id": string };
const ref = (id: string): Ref => ({ "@id": id });

export interface ProvNode {
  "@id": string;
  "@type": string | string[];
  "rdfs:label": string;
  [term: string]: unknown;
}

export interface ProvDocument {
  "@context": Record<string, string>;
  "@id": string;
  "rdfs:label": string;
  "@graph": ProvNode[];
}

const PROV_AGENT_TYPES: Record<ActorKind, string[]> = {
  PERSON: ["prov:Agent", "prov:Person"],
  GOVERNMENT_BODY: ["prov:Agent", "prov:Organization"],
  MEDIA_OUTLET: ["prov:Agent", "prov:Organization"],
  ORGANIZATION: ["prov:Agent", "prov:Organization"],
  // An unnamed group of people is neither one person nor an organization.
  ANONYMOUS_GROUP: ["prov:Agent"],
};

function provAgent(base: string, actor: JsonLdActor): ProvNode {
  return {
    "@id": actorIri(base, actor.id),
    "@type": PROV_AGENT_TYPES[actor.kind],
    "rdfs:label": actor.name,
    "claimline:actorKind": actor.kind,
  };
}

/**
 * The claim's provenance as a PROV-O graph:
 * - the claim is a `prov:Entity` (the statement as its claimant made it), `prov:wasAttributedTo`
 *   the claimant (`prov:Agent`), `prov:generatedAtTime` only when said on a known day;
 * - each appearance is a `prov:Entity` (the statement as one source carries it), generated by a
 *   `prov:Activity` (its publishing, `prov:wasAssociatedWith` the publisher), attributed to the
 *   publisher, part of (`schema:isPartOf`) the source, itself a `prov:Entity` attributed to
 *   its publisher;
 * - an appearance that relays another (`via`) `prov:wasDerivedFrom` it and `prov:hadPrimarySource`
 *   the root of its chain; a root `prov:wasDerivedFrom` the claim (`prov:wasQuotedFrom` too when
 *   it quotes the claimant's exact words);
 * - dates known to the day are `xsd:date` literals (PROV's generatedAtTime/endedAtTime take
 *   times; a day is not turned into midnight), every date is also `claimline:edtf`.
 */
export function toProvDocument(claim: JsonLdClaimInput, base: string): ProvDocument {
  const claimIri = claimPageIri(base, claim.id);
  const agents = new Map<string, ProvNode>();
  const addAgent = (actor: JsonLdActor) => {
    if (!agents.has(actor.id)) agents.set(actor.id, provAgent(base, actor));
    return ref(actorIri(base, actor.id));
  };
  const claimant = addAgent(claim.claimant);
  const said = dayLiteral(claim.madeAt);
  const claimEntity: ProvNode = {
    "@id": claimIri,
    "@type": "prov:Entity",
    "rdfs:label": `${claim.claimant.name}: ${claim.text}`,
    ...(claim.quote ? { "prov:value": claim.quote } : {}),
    "prov:wasAttributedTo": claimant,
    ...(said ? { "prov:generatedAtTime": said } : {}),
    "claimline:edtf": toEdtf(claim.madeAt),
  };

  const byId = new Map(claim.appearances.map((appearance) => [appearance.id, appearance]));
  /** The root of an appearance's chain; null when the chain loops or leaves the claim. */
  const rootOf = (appearance: JsonLdAppearance): JsonLdAppearance | null => {
    const seen = new Set<string>();
    let current: JsonLdAppearance | undefined = appearance;
    while (current && current.viaId !== null) {
      if (seen.has(current.id)) return null;
      seen.add(current.id);
      current = byId.get(current.viaId);
    }
    return current ?? null;
  };

  const sources = new Map<string, ProvNode>();
  const appearanceNodes: ProvNode[] = [];
  const activities: ProvNode[] = [];
  for (const appearance of claim.appearances) {
    const { source } = appearance;
    const publisher = source.publisher ? addAgent(source.publisher) : null;
    if (!sources.has(source.id)) {
      sources.set(source.id, {
        "@id": sourceIri(base, source.id),
        "@type": "prov:Entity",
        "rdfs:label": source.title,
        "claimline:sourceKind": source.kind,
        ...(source.url ? { "schema:url": ref(source.url) } : {}),
        ...(publisher ? { "prov:wasAttributedTo": publisher } : {}),
      });
    }
    const iri = appearanceIri(base, claim.id, appearance.id);
    const activityIri = publishingIri(base, claim.id, appearance.id);
    const day = dayLiteral(appearance.reportedAt);
    // A relay whose original is not in this claim's appearances (bad data) derives from nothing here.
    const via = appearance.viaId !== null ? byId.get(appearance.viaId) : undefined;
    const root = via ? rootOf(appearance) : null;
    const derivedFrom = appearance.viaId === null ? claimIri : via ? appearanceIri(base, claim.id, via.id) : null;
    appearanceNodes.push({
      "@id": iri,
      "@type": "prov:Entity",
      "rdfs:label": `${claim.claimant.name}’s claim as carried by ${source.publisher?.name ?? source.title}`,
      ...(appearance.excerpt ? { "prov:value": appearance.excerpt } : {}),
      "prov:wasGeneratedBy": ref(activityIri),
      ...(publisher ? { "prov:wasAttributedTo": publisher } : {}),
      ...(derivedFrom ? { "prov:wasDerivedFrom": ref(derivedFrom) } : {}),
      ...(appearance.viaId === null && appearance.attribution === "DIRECT_QUOTE" ? { "prov:wasQuotedFrom": ref(claimIri) } : {}),
      ...(root && root.id !== appearance.id ? { "prov:hadPrimarySource": ref(appearanceIri(base, claim.id, root.id)) } : {}),
      ...(day ? { "prov:generatedAtTime": day } : {}),
      "schema:isPartOf": ref(sourceIri(base, source.id)),
      "claimline:edtf": toEdtf(appearance.reportedAt),
      "claimline:attribution": appearance.attribution,
      ...(appearance.attributionPhrase ? { "claimline:attributionPhrase": appearance.attributionPhrase } : {}),
      ...(appearance.independentlySourced ? { "claimline:independentlySourced": true } : {}),
    });
    activities.push({
      "@id": activityIri,
      "@type": "prov:Activity",
      "rdfs:label": `${source.publisher?.name ?? source.title} publishes “${source.title}”`,
      ...(publisher ? { "prov:wasAssociatedWith": publisher } : {}),
      ...(derivedFrom ? { "prov:used": ref(derivedFrom) } : {}),
      ...(day ? { "prov:endedAtTime": day } : {}),
      "claimline:edtf": toEdtf(appearance.reportedAt),
    });
  }

  return {
    "@context": {
      prov: PROV_NS,
      xsd: "http://www.w3.org/2001/XMLSchema#",
      rdfs: "http://www.w3.org/2000/01/rdf-schema#",
      schema: "https://schema.org/",
      claimline: CLAIMLINE_NS,
    },
    "@id": provenanceJsonLdIri(base, claim.id),
    "rdfs:label": `Provenance of the claim “${claim.text.slice(0, 120)}”`,
    "@graph": [claimEntity, ...appearanceNodes, ...activities, ...sources.values(), ...agents.values()],
  };
}
