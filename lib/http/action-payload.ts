import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * A check on the payload of a server-action call (a POST with a `Next-Action` header), made in
 * scripts/start.ts before Next.js sees it. Next.js decodes the payload with React's decoder and
 * answers 500 (and logs an error) when it cannot: a body that is not the format React's client
 * sends, a reference to a part that is not there. Only a hand-made request does that, so such a
 * call is refused with 400 instead. The check uses the same decoder (React's, as bundled in
 * Next.js) with no server references: the app's actions take plain values and form data only.
 * Needs the react-server condition (npm start runs with it).
 */

/** Next.js's default limit for a server action's body (serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

interface ReactServerDecoder {
  decodeReply(body: string | FormData, manifest: Record<string, never>, options: { temporaryReferences: unknown }): PromiseLike<unknown>;
  createTemporaryReferenceSet(): unknown;
}

let decoder: ReactServerDecoder | undefined;
function reactDecoder(): ReactServerDecoder {
  decoder ??= createRequire(`${process.cwd()}/package.json`)("next/dist/compiled/react-server-dom-turbopack/server.node") as ReactServerDecoder;
  return decoder;
}

/** null when React can decode the payload; otherwise why not (for the log). */
export async function actionPayloadProblem(contentType: string | undefined, body: Buffer): Promise<string | null> {
  const react = reactDecoder();
  let payload: string | FormData;
  if (/^multipart\/form-data/i.test(contentType ?? "")) {
    try {
      payload = await new Request("http://localhost/", { method: "POST", headers: { "Content-Type": contentType ?? "" }, body: new Uint8Array(body) }).formData();
    } catch {
      return "a malformed multipart body";
    }
  } else {
    payload = body.toString("utf8");
  }
  try {
    const args = await react.decodeReply(payload, {}, { temporaryReferences: react.createTemporaryReferenceSet() });
    // What React's client sends is the list of arguments.
    return Array.isArray(args) ? null : "a payload that is not a list of arguments";
  } catch (error) {
    return `a payload React cannot decode (${error instanceof Error ? error.message.split("\n")[0]?.slice(0, 80) : "unknown"})`;
  }
}

/** The build's server-action ids (.next/server/server-reference-manifest.json). */
export function buildActionIds(manifestFile: string): Set<string> {
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { node?: Record<string, unknown>; edge?: Record<string, unknown> };
  return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
}
