import { z } from "zod";

/**
 * The terms each vocabulary requires of Claimline's JSON-LD (docs/formats.md), as zod schemas,
 * shared by the unit, integration and end-to-end tests. Checked structurally (no remote
 * @context can be fetched here): the terms, their types, and that every reference points at a
 * node of the right kind in the same document.
 */

const absoluteIri = z.string().regex(/^(https?:\/\/[^\s]+|urn:[^\s]+)$/, "an absolute IRI");
/** ISO 8601 at day, month or year precision: what schema.org Date accepts. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO 8601 date");
const SCHEMA_AGENT_TYPES = ["Person", "Organization", "GovernmentOrganization", "NewsMediaOrganization"] as const;

const schemaAgent = z.object({ "@type": z.enum(SCHEMA_AGENT_TYPES), "@id": absoluteIri, name: z.string().min(1) });

export const schemaOrgClaimSchema = z
  .object({
    "@context": z.union([z.literal("https://schema.org"), z.tuple([z.literal("https://schema.org"), z.record(z.string(), z.string())])]),
    "@type": z.literal("Claim"),
    "@id": absoluteIri,
    name: z.string().min(1),
    text: z.string().min(1),
    author: schemaAgent,
    datePublished: isoDate.optional(),
    "claimline:madeAt": z.string().min(4),
    appearance: z
      .array(
        z.object({
          "@type": z.enum(["NewsArticle", "Report", "SocialMediaPosting", "CreativeWork"]),
          "@id": absoluteIri,
          name: z.string().min(1),
          url: absoluteIri,
          datePublished: isoDate.optional(),
          publisher: schemaAgent.optional(),
          isBasedOn: z.object({ "@id": absoluteIri }).optional(),
        }),
      )
      .min(1),
    firstAppearance: z.object({ "@id": absoluteIri }),
  })
  .superRefine((claim, ctx) => {
    const ids = new Set(claim.appearance.map((appearance) => appearance["@id"]));
    if (!ids.has(claim.firstAppearance["@id"])) ctx.addIssue({ code: "custom", message: "firstAppearance is not one of the appearances" });
    for (const appearance of claim.appearance) {
      const basedOn = appearance.isBasedOn?.["@id"];
      if (basedOn && !ids.has(basedOn)) ctx.addIssue({ code: "custom", message: `${appearance["@id"]} isBasedOn an appearance not in the document` });
    }
  });

export type CheckedSchemaOrgClaim = z.infer<typeof schemaOrgClaimSchema>;

const PROV_TYPES = ["prov:Entity", "prov:Activity", "prov:Agent", "prov:Person", "prov:Organization"] as const;
const ref = z.object({ "@id": absoluteIri });
const dayLiteral = z.object({ "@value": z.string().regex(/^\d{4}-\d{2}-\d{2}$/), "@type": z.literal("xsd:date") });

const provNode = z.looseObject({
  "@id": absoluteIri,
  "@type": z.union([z.enum(PROV_TYPES), z.array(z.enum(PROV_TYPES)).min(1)]),
  "rdfs:label": z.string().min(1),
  "prov:wasDerivedFrom": ref.optional(),
  "prov:wasQuotedFrom": ref.optional(),
  "prov:hadPrimarySource": ref.optional(),
  "prov:wasAttributedTo": ref.optional(),
  "prov:wasGeneratedBy": ref.optional(),
  "prov:wasAssociatedWith": ref.optional(),
  "prov:used": ref.optional(),
  "prov:generatedAtTime": dayLiteral.optional(),
  "prov:endedAtTime": dayLiteral.optional(),
});

/** The relations checked, and the kind of node each must point at. */
const RANGES = {
  "prov:wasDerivedFrom": "prov:Entity",
  "prov:wasQuotedFrom": "prov:Entity",
  "prov:hadPrimarySource": "prov:Entity",
  "prov:used": "prov:Entity",
  "prov:wasAttributedTo": "prov:Agent",
  "prov:wasAssociatedWith": "prov:Agent",
  "prov:wasGeneratedBy": "prov:Activity",
} as const;

export const provDocumentSchema = z
  .object({
    "@context": z.looseObject({ prov: z.literal("http://www.w3.org/ns/prov#"), xsd: z.literal("http://www.w3.org/2001/XMLSchema#") }),
    "@id": absoluteIri,
    "@graph": z.array(provNode).min(1),
  })
  .superRefine((document, ctx) => {
    const typesOf = new Map<string, string[]>();
    for (const node of document["@graph"]) {
      if (typesOf.has(node["@id"])) ctx.addIssue({ code: "custom", message: `${node["@id"]} is in the graph twice` });
      typesOf.set(node["@id"], typeof node["@type"] === "string" ? [node["@type"]] : node["@type"]);
    }
    for (const node of document["@graph"]) {
      for (const [term, range] of Object.entries(RANGES)) {
        const value = node[term];
        if (value === undefined) continue;
        const target = ref.parse(value)["@id"];
        if (!typesOf.get(target)?.includes(range)) {
          ctx.addIssue({ code: "custom", message: `${node["@id"]} ${term} ${target}, which is not a ${range} in the document` });
        }
      }
    }
  });

export type CheckedProvDocument = z.infer<typeof provDocumentSchema>;
export type CheckedProvNode = z.infer<typeof provNode>;
