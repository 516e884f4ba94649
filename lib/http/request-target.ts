/**
 * The front door's check on a request's target (method + URL), run in scripts/start.ts before
 * Next.js sees the request. Next.js and the app assume a well-formed URL: malformed
 * percent-encoding (`/claims/%zz`), overlong or invalid UTF-8 (`/sources/%c0%ae`), NUL and
 * control characters, prototype keys (`?__proto__=x`) or a `*` target made it answer 500.
 * Such a request is answered as an unknown address instead (the normal 404 page). Pure and
 * not "server-only": unit-tested, and shared with the fuzz test.
 */

/** Parameter names that collide with Object.prototype when a query becomes an object. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** C0 controls, DEL and the C1 controls: never meaningful in an address. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** What may appear raw in a request target: printable ASCII (browsers %-encode the rest). */
const RAW_TARGET = /^[\x21-\x7e]*$/;
export const MAX_TARGET_LENGTH = 4096;

export type TargetVerdict = { ok: true; url: string } | { ok: false; reason: string };

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function checkPart(part: string, what: string): string | null {
  const decoded = decode(part);
  if (decoded === null) return `malformed percent-encoding in the ${what}`;
  if (CONTROL.test(decoded)) return `a control character in the ${what}`;
  return null;
}

/**
 * `{ ok: true, url }` with the URL to hand on (an absolute-form target becomes its path), or
 * `{ ok: false, reason }` saying, for the log, why the address cannot be one of ours.
 */
export function checkRequestTarget(rawUrl: string | undefined): TargetVerdict {
  let url = rawUrl ?? "";
  if (url.length > MAX_TARGET_LENGTH) return { ok: false, reason: "an address longer than 4096 characters" };
  if (/^https?:\/\//i.test(url)) {
    // absolute-form (what a client talking to a proxy sends): keep the path and query
    try {
      const parsed = new URL(url);
      url = `${parsed.pathname}${parsed.search}`;
    } catch {
      return { ok: false, reason: "a malformed absolute address" };
    }
  }
  if (!url.startsWith("/")) return { ok: false, reason: "a request target that is not a path" };
  if (url.startsWith("//")) return { ok: false, reason: "a path starting with //" };
  if (!RAW_TARGET.test(url)) return { ok: false, reason: "a raw character that must be percent-encoded" };
  if (url.includes("#")) return { ok: false, reason: "a fragment in the request target" };

  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt + 1);
  for (const segment of pathname.split("/")) {
    const problem = checkPart(segment, "path");
    if (problem) return { ok: false, reason: problem };
  }
  if (query) {
    for (const pair of query.split("&")) {
      const equals = pair.indexOf("=");
      const rawKey = equals === -1 ? pair : pair.slice(0, equals);
      const rawValue = equals === -1 ? "" : pair.slice(equals + 1);
      const keyProblem = checkPart(rawKey.replace(/\+/g, " "), "query");
      if (keyProblem) return { ok: false, reason: keyProblem };
      const valueProblem = checkPart(rawValue.replace(/\+/g, " "), "query");
      if (valueProblem) return { ok: false, reason: valueProblem };
      const key = decode(rawKey.replace(/\+/g, " ")) ?? "";
      if (PROTOTYPE_KEYS.has(key.trim())) return { ok: false, reason: `the parameter name “${key.trim()}”` };
    }
  }
  return { ok: true, url };
}

/** Where a refused request is sent inside Next.js: an address no route has, so the normal 404 page. */
export const REFUSED_TARGET = "/_claimline/unknown-address";
