import jsonld from "jsonld";

/**
 * A real JSON-LD processor (jsonld.js) over Claimline's documents, offline: the only remote
 * context they name, schema.org's, is replaced by a stand-in with the same vocabulary mapping
 * (`@vocab` https://schema.org/); any other remote document fails the test. Safe mode makes
 * every term that would be dropped on expansion (one that maps to no IRI) an error.
 */
const SCHEMA_ORG_STAND_IN = { "@context": { "@vocab": "https://schema.org/", schema: "https://schema.org/" } };

const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_STAND_IN };
  throw new Error(`the test loads no remote document (${url})`);
};

/** The document as N-Quads; throws if it is not valid JSON-LD or would lose a term. */
export async function toNQuads(document: object): Promise<string> {
  // @types/jsonld predates the `safe` option and the loader's shape; both are jsonld 9's documented API.
  const options = { format: "application/n-quads", documentLoader, safe: true } as unknown as jsonld.Options.ToRdf;
  const quads: unknown = await jsonld.toRDF(document as jsonld.JsonLdDocument, options);
  if (typeof quads !== "string") throw new Error("jsonld.toRDF gave no N-Quads");
  return quads;
}
