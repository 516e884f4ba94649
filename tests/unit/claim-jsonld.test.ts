import { describe, expect, it } from "vitest";
import {
  isoDateAtPrecision,
  jsonForScriptTag,
  toProvDocument,
  toSchemaOrgClaim,
  type JsonLdAppearance,
  type JsonLdClaimInput,
} from "@/lib/claims/jsonld";
import { parseEdtf } from "@/lib/dates";
import { toNQuads } from "@/tests/support/jsonld-processor";
import { provDocumentSchema, schemaOrgClaimSchema } from "@/tests/support/jsonld-terms";

const BASE = "https://claimline.example.org";
const id = (n: number) => `c${String(n).padStart(24, "0")}`;
const CLAIM = id(1);
const ft = { id: id(10), name: "Financial Times", kind: "MEDIA_OUTLET" as const };
const nyt = { id: id(11), name: "The New York Times", kind: "MEDIA_OUTLET" as const };
const time = { id: id(12), name: "TIME", kind: "MEDIA_OUTLET" as const };

function appearance(n: number, outlet: typeof ft | null, via: number | null, edtf: string, extra: Partial<JsonLdAppearance> = {}): JsonLdAppearance {
  return {
    id: id(n),
    viaId: via === null ? null : id(via),
    attribution: via === null ? "ANONYMOUS_SOURCING" : "RELAYED",
    attributionPhrase: outlet ? `U.S. officials told ${outlet.name}` : null,
    excerpt: null,
    independentlySourced: false,
    reportedAt: parseEdtf(edtf),
    source: { id: id(n + 100), title: `Report ${n}`, kind: "NEWS_ARTICLE", url: outlet ? `https://news.example/${n}` : null, publisher: outlet },
    ...extra,
  };
}

// The demo's U.S. officials claim, in miniature: the FT and the NYT carry the officials' account,
// TIME relays the FT, and a later relay relays TIME.
const usOfficials: JsonLdClaimInput = {
  id: CLAIM,
  text: "Russia asked China for military equipment and assistance",
  quote: null,
  status: "ACTIVE",
  madeAt: parseEdtf("2022-03-14"),
  dispute: { slug: "russia-asked-china", title: "Did Russia ask?", proposition: "Russia asked China for military assistance." },
  claimant: { id: id(2), name: "U.S. officials", kind: "ANONYMOUS_GROUP", role: null },
  appearances: [
    appearance(3, ft, null, "2022-03-14"),
    appearance(4, nyt, null, "2022-03-14"),
    appearance(5, time, 3, "2022-03-15~"),
    appearance(6, null, 5, "2022-03-14/2022-03-16"),
  ],
};

describe("isoDateAtPrecision: never more precise than the date", () => {
  it.each([
    ["2022-03-14", "2022-03-14"],
    ["2022-03", "2022-03"],
    ["2022", "2022"],
    ["2022-03~", "2022"],
    ["2022-03-15~", "2022-03"],
    ["2022~", null],
    ["2022-03-14/2022-03-15", "2022-03"],
    ["2021-01-01/2021-06-30", "2021"],
    ["2021-01-01/2022-03-15", null],
  ])("%s → %s", (edtf, expected) => {
    expect(isoDateAtPrecision(parseEdtf(edtf))).toBe(expected);
  });
});

describe("schema.org Claim (ClaimReview-compatible)", () => {
  it("has the required terms: @context, @type, name/text, author with @type and name, datePublished, appearances with urls", () => {
    const doc = schemaOrgClaimSchema.parse(toSchemaOrgClaim(usOfficials, BASE));
    expect(doc["@context"][0]).toBe("https://schema.org");
    expect(doc).toMatchObject({
      "@type": "Claim",
      "@id": `${BASE}/claims/${CLAIM}`,
      name: usOfficials.text,
      text: usOfficials.text,
      datePublished: "2022-03-14",
      author: { "@type": "Organization", name: "U.S. officials", "@id": `${BASE}/actors/${id(2)}` },
      firstAppearance: { "@id": `${BASE}/claims/${CLAIM}#appearance-${id(3)}` },
    });
    expect(doc.appearance.map((a) => a.url)).toEqual(["https://news.example/3", "https://news.example/4", "https://news.example/5", `${BASE}/sources/${id(106)}`]);
    // A relay is based on what it relays; TIME's "about 15 March" is published in "2022-03", with the EDTF beside it.
    expect(doc.appearance[2]).toMatchObject({ isBasedOn: { "@id": `${BASE}/claims/${CLAIM}#appearance-${id(3)}` }, datePublished: "2022-03" });
    expect(toSchemaOrgClaim(usOfficials, BASE).appearance[2]?.["claimline:reportedAt"]).toBe("2022-03-15~");
  });

  it("says when the claim was made at its precision, and leaves datePublished out rather than invent one", () => {
    const month = toSchemaOrgClaim({ ...usOfficials, madeAt: parseEdtf("2021-08") }, BASE);
    expect(month.datePublished).toBe("2021-08");
    const aboutAugust = toSchemaOrgClaim({ ...usOfficials, madeAt: parseEdtf("2021-08~") }, BASE);
    expect(aboutAugust.datePublished).toBe("2021");
    expect(aboutAugust["claimline:madeAt"]).toBe("2021-08~");
    const span = toSchemaOrgClaim({ ...usOfficials, madeAt: parseEdtf("2021-01-01/2022-03-15") }, BASE);
    expect(span.datePublished).toBeUndefined();
    expect(span["claimline:madeAt"]).toBe("2021-01-01/2022-03-15");
    expect(schemaOrgClaimSchema.safeParse(span).success).toBe(true);
  });

  it("puts the exact words in text and the paraphrase in name; a person is a Person with their role", () => {
    const doc = toSchemaOrgClaim(
      { ...usOfficials, quote: "malicious disinformation", claimant: { id: id(7), name: "Zhao Lijian", kind: "PERSON", role: "Spokesperson" } },
      BASE,
    );
    expect(doc).toMatchObject({ name: usOfficials.text, text: "malicious disinformation", description: usOfficials.text });
    expect(doc.author).toEqual({ "@type": "Person", "@id": `${BASE}/actors/${id(7)}`, name: "Zhao Lijian", jobTitle: "Spokesperson" });
  });

  it("is safe inside a script element", () => {
    const doc = toSchemaOrgClaim({ ...usOfficials, quote: "</script><script>alert(1)</script> & more" }, BASE);
    const json = jsonForScriptTag(doc);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(doc);
  });
});

describe("PROV-O provenance", () => {
  const doc = provDocumentSchema.parse(toProvDocument(usOfficials, BASE));
  const node = (iri: string) => doc["@graph"].find((n) => n["@id"] === iri);
  const appearanceIri = (n: number) => `${BASE}/claims/${CLAIM}#appearance-${id(n)}`;

  it("gives every entity, activity and agent an @id and a @type, and every reference points into the document", () => {
    // provDocumentSchema checks both; here, the kinds of node there are.
    const types = doc["@graph"].flatMap((n) => (typeof n["@type"] === "string" ? [n["@type"]] : n["@type"]));
    expect(types).toEqual(expect.arrayContaining(["prov:Entity", "prov:Activity", "prov:Agent", "prov:Organization"]));
    // The claim, 4 appearances, 4 publishings, 4 sources, the claimant and 3 outlets.
    expect(doc["@graph"]).toHaveLength(1 + 4 + 4 + 4 + 1 + 3);
  });

  it("attributes the claim to its claimant and each appearance to its publisher", () => {
    expect(node(`${BASE}/claims/${CLAIM}`)).toMatchObject({
      "@type": "prov:Entity",
      "prov:wasAttributedTo": { "@id": `${BASE}/actors/${id(2)}` },
      "prov:generatedAtTime": { "@value": "2022-03-14", "@type": "xsd:date" },
    });
    expect(node(`${BASE}/actors/${id(2)}`)).toMatchObject({ "@type": ["prov:Agent"], "rdfs:label": "U.S. officials" });
    expect(node(appearanceIri(3))).toMatchObject({
      "prov:wasAttributedTo": { "@id": `${BASE}/actors/${ft.id}` },
      "prov:wasDerivedFrom": { "@id": `${BASE}/claims/${CLAIM}` },
      "prov:wasGeneratedBy": { "@id": `${BASE}/claims/${CLAIM}#publishing-${id(3)}` },
      "claimline:attribution": "ANONYMOUS_SOURCING",
    });
  });

  it("derives each relay from what it relays, with the root of its chain as primary source", () => {
    expect(node(appearanceIri(5))).toMatchObject({
      "prov:wasDerivedFrom": { "@id": appearanceIri(3) },
      "prov:hadPrimarySource": { "@id": appearanceIri(3) },
      "claimline:edtf": "2022-03-15~",
    });
    expect(node(appearanceIri(6))).toMatchObject({ "prov:wasDerivedFrom": { "@id": appearanceIri(5) }, "prov:hadPrimarySource": { "@id": appearanceIri(3) } });
    expect(node(`${BASE}/claims/${CLAIM}#publishing-${id(5)}`)).toMatchObject({
      "@type": "prov:Activity",
      "prov:wasAssociatedWith": { "@id": `${BASE}/actors/${time.id}` },
      "prov:used": { "@id": appearanceIri(3) },
    });
  });

  it("gives a time only to dates known to the day", () => {
    expect(node(appearanceIri(3))?.["prov:generatedAtTime"]).toEqual({ "@value": "2022-03-14", "@type": "xsd:date" });
    expect(node(appearanceIri(5))?.["prov:generatedAtTime"]).toBeUndefined();
    expect(node(appearanceIri(6))?.["prov:generatedAtTime"]).toBeUndefined();
  });

  it("marks a root quoting the claimant's words as quoted from the claim", () => {
    const quoted = toProvDocument({ ...usOfficials, appearances: [appearance(3, ft, null, "2022-03-14", { attribution: "DIRECT_QUOTE" })] }, BASE);
    expect(provDocumentSchema.parse(quoted)["@graph"].find((n) => n["@id"] === appearanceIri(3))).toMatchObject({
      "prov:wasQuotedFrom": { "@id": `${BASE}/claims/${CLAIM}` },
    });
  });

  it("names an agent once when the claimant also publishes", () => {
    const selfPublished = toProvDocument(
      { ...usOfficials, claimant: { ...ft, role: null }, appearances: [appearance(3, ft, null, "2022-03-14")] },
      BASE,
    );
    expect(provDocumentSchema.safeParse(selfPublished).success).toBe(true);
    expect(selfPublished["@graph"].filter((n) => n["@id"] === `${BASE}/actors/${ft.id}`)).toHaveLength(1);
  });
});

describe("read by a JSON-LD processor (jsonld.js, safe mode)", () => {
  it("the schema.org Claim expands with no term lost, to schema.org triples", async () => {
    const quads = await toNQuads(toSchemaOrgClaim(usOfficials, BASE));
    const claim = `<${BASE}/claims/${CLAIM}>`;
    expect(quads).toContain(`${claim} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Claim>`);
    expect(quads).toContain(`${claim} <https://schema.org/author> <${BASE}/actors/${id(2)}>`);
    expect(quads).toContain(`${claim} <https://schema.org/datePublished> "2022-03-14"`);
    expect(quads).toContain(`${claim} <https://schema.org/appearance> <${BASE}/claims/${CLAIM}#appearance-${id(3)}>`);
    expect(quads).toContain(`${claim} <urn:claimline:madeAt> "2022-03-14"`);
  });

  it("the PROV-O document expands with no term lost, relays derived from what they relay", async () => {
    const quads = await toNQuads(toProvDocument(usOfficials, BASE));
    const appearance = (n: number) => `<${BASE}/claims/${CLAIM}#appearance-${id(n)}>`;
    expect(quads).toContain(`${appearance(5)} <http://www.w3.org/ns/prov#wasDerivedFrom> ${appearance(3)}`);
    expect(quads).toContain(`${appearance(6)} <http://www.w3.org/ns/prov#hadPrimarySource> ${appearance(3)}`);
    expect(quads).toContain(`${appearance(3)} <http://www.w3.org/ns/prov#generatedAtTime> "2022-03-14"^^<http://www.w3.org/2001/XMLSchema#date>`);
    expect(quads).toContain(`<${BASE}/actors/${id(2)}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Agent>`);
  });
});

it("the processor check has teeth: a term that maps to no IRI is refused", async () => {
  await expect(toNQuads({ "@context": { prov: "http://www.w3.org/ns/prov#" }, "@id": `${BASE}/x`, unmapped: "dropped" })).rejects.toThrow();
});
