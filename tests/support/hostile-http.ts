/**
 * Hostile HTTP for the fuzz checks (tests/e2e/hostile-input.spec.ts runs a small fixed sample
 * against the e2e server; bench/fuzz.ts runs ≥ 10,000 cases against its own production server
 * on each database). Requests are written raw on a socket, so malformed targets reach the server
 * exactly as an attacker would send them (fetch and http.request clean them up first).
 *
 * What is driven is discovered, not listed: every page and route handler under app/, and every
 * server action of the modules lib/actions/registry.ts registers (their ids come from the
 * build's server-reference-manifest, so a new action is fuzzed without touching this file).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import fc from "fast-check";

export interface RoutePattern {
  /** "/claims/[id]/edit" */
  pattern: string;
  kind: "page" | "route";
  /** dynamic segment names in order, e.g. ["id"] */
  params: string[];
}

export interface ServerActionRef {
  id: string;
  module: string;
  name: string;
  /** a page whose form posts it (any page works for the header form; this one is realistic) */
  page: string;
}

export interface HostileRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** what the case is, for failure reports */
  label: string;
}

/** Every page.tsx and route.ts under app/, as URL patterns (route groups dropped). */
export function discoverRoutes(root: string = process.cwd()): RoutePattern[] {
  const found: RoutePattern[] = [];
  const visit = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (entry.startsWith("_") || entry.startsWith("@")) continue;
        visit(full, /^\(.*\)$/.test(entry) ? segments : [...segments, entry]);
      } else if (/^(page|route)\.(tsx|ts|jsx|js)$/.test(entry)) {
        const pattern = `/${segments.join("/")}`;
        const params = segments.filter((segment) => segment.startsWith("[")).map((segment) => segment.replace(/^\[+\.*|\]+$/g, ""));
        found.push({ pattern, kind: entry.startsWith("page") ? "page" : "route", params });
      }
    }
  };
  visit(path.join(root, "app"), []);
  return found;
}

/** The registered server actions with their build ids. Throws when discovery finds none for a registered module. */
export function discoverActions(root: string = process.cwd()): ServerActionRef[] {
  const registry = readFileSync(path.join(root, "lib", "actions", "registry.ts"), "utf8");
  const modules = [...registry.matchAll(/"(lib\/[^"]+\.ts)":/g)].map((match) => match[1]!);
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const actions: ServerActionRef[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!modules.includes(entry.filename)) continue;
    const worker = Object.keys(entry.workers).find((name) => name.startsWith("app/") && !name.includes("_not-found")) ?? "app/page";
    const page = `/${worker.replace(/^app\//, "").replace(/\/?page$/, "")}`;
    actions.push({ id, module: entry.filename, name: entry.exportedName, page });
  }
  for (const file of modules) {
    if (!actions.some((action) => action.module === file)) throw new Error(`No server action of ${file} found in the build: rebuild, or fix discovery.`);
  }
  return actions;
}

/** Record ids and slugs the demo pages link to, per first path segment: /claims/<id> → claims. */
export async function collectKnownIds(baseUrl: string): Promise<Record<string, string[]>> {
  const known: Record<string, Set<string>> = {};
  for (const page of ["/", "/claims", "/sources", "/actors", "/activity"]) {
    const response = await fetch(new URL(page, baseUrl));
    const html = await response.text();
    for (const match of html.matchAll(/href="\/(claims|sources|actors|disputes|appearances|events|links|activity)\/([A-Za-z0-9_-]{2,80})["/?]/g)) {
      (known[match[1]!] ??= new Set()).add(match[2]!);
    }
  }
  return Object.fromEntries(Object.entries(known).map(([key, values]) => [key, [...values].slice(0, 20)]));
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const HOSTILE_SEGMENTS = [
  "%zz", "%", "%%", "%2", "%c0%ae", "%c0%af", "%e0%80%af", "%E0%A4%A", "%ED%A0%80", "%F4%90%80%80", "%FF%FE", "%00", "a%00b",
  "%0d%0aSet-Cookie:%20x=1", "%1b[31m", "%7f", "%C2%85", "__proto__", "constructor", "prototype", "..", "%2e%2e", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "..%2f..%2f", "%252e%252e", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201=1--", "%22", "%27", "null", "undefined", "NaN", "-1",
  "0", "99999999999999999999", "1e308", "%F0%9F%92%A9", "%E2%80%AE", "[id]", "%5Bid%5D", "*", "~", ";", "a;b=c", "x".repeat(300),
  "%41".repeat(500), "_next", "_rsc", "index", "page", "new", "edit", "history",
];
const HOSTILE_VALUES = [...HOSTILE_SEGMENTS, "", "+", "%2B", "a,b,c", ",,,", "1,2", "true", "[]", "{}", "%7B%22a%22:1%7D", "2024-13-45", "0000", "-0"];
const PARAM_NAMES = [
  "q", "sort", "dir", "page", "size", "stance", "attribution", "publisher", "source", "actor", "dispute", "from", "to", "next", "email",
  "created", "signedOut", "editor", "type", "before", "text", "id", "_rsc", "__proto__", "constructor", "prototype", "__proto__[x]",
  "constructor[prototype][x]", "hasOwnProperty", "toString", "valueOf", "length", "0", "%zz", "a%00",
];
const METHODS = ["GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "get"];

/** Any byte, percent-encoded: invalid and overlong UTF-8, NUL and controls included. */
const encodedBytes = fc.uint8Array({ maxLength: 12 }).map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join(""));
const encodedText = fc.string({ unit: "grapheme", maxLength: 30 }).map(encodeURIComponent);
const rawPrintable = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 20 }).map((text) =>
  text.replace(/[?#/]/g, "_"),
);

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: encodedBytes },
  { weight: 2, arbitrary: encodedText },
  { weight: 1, arbitrary: rawPrintable },
);

const queryPart = fc
  .tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES), encodedText, encodedBytes), hostileText, fc.boolean())
  .map(([name, value, bare]) => (bare && value === "" ? name : `${name}=${value}`));

/** A query string: repeated names, prototype keys and hostile values. */
const query = fc.oneof(
  fc.constant(""),
  fc.array(queryPart, { minLength: 1, maxLength: 6 }).map((parts) => `?${parts.join("&")}`),
  fc.tuple(fc.constantFrom(...PARAM_NAMES), fc.array(hostileText, { minLength: 2, maxLength: 4 })).map(([name, values]) => `?${values.map((value) => `${name}=${value}`).join("&")}`),
);

function fillPattern(pattern: string, values: string[]): string {
  let index = 0;
  return pattern.replace(/\[+\.*[^\]]+\]+/g, () => values[index++] ?? "x");
}

function segmentValue(pattern: string, known: Record<string, string[]>): fc.Arbitrary<string> {
  const family = pattern.split("/")[1] ?? "";
  const real = known[family] ?? [];
  return real.length > 0 ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: hostileText }) : hostileText;
}

/** A URL from a discovered route: dynamic segments hostile (or real ids), hostile query, sometimes an extra segment. */
function routeTarget(routes: RoutePattern[], known: Record<string, string[]>): fc.Arbitrary<string> {
  return fc.constantFrom(...routes).chain((route) =>
    fc
      .tuple(
        fc.tuple(...route.params.map(() => segmentValue(route.pattern, known))),
        fc.option(hostileText, { freq: 5 }),
        query,
      )
      .map(([values, extra, search]) => {
        const base = fillPattern(route.pattern, values);
        return `${base === "/" ? "" : base}${extra === null ? "" : `/${extra}`}${search}` || `/${search}`;
      }),
  );
}

/** Targets that are not paths at all, or only barely. */
const oddTarget = fc.constantFrom(
  "*", "/*", "//", "///etc/passwd", "//evil.test/", "/\\evil.test", "/%5cevil.test", "http://evil.test/", "http://127.0.0.1/claims?sort=date",
  "/?", "/?&&&", "/?=", "/?==&=", "/claims?", "/claims?%", "/claims?%=%", "/claims/", "/claims//", "/claims/./", "/claims/../../",
  "/_next/static/../../../package.json", "/_next/static/%2e%2e/%2e%2e/package.json", "/_next/image?url=http://evil.test/x.png&w=64&q=75",
  "/_next/data/x/index.json", "/api", "/api/", "/api/auth", "/api/auth/%zz", "/api/auth/sign-in/email", "/api/auth/get-session",
  "/favicon.ico", "/icon.svg", "/robots.txt", "/.env", "/.git/config",
);

function actionBody(action: ServerActionRef, noJs: boolean): fc.Arbitrary<{ body: Buffer; contentType: string }> {
  const boundary = "----claimlinefuzz7b3e";
  const field = fc.tuple(fc.oneof(fc.constantFrom("0", "1", "1_$ACTION_REF_1", "1_$ACTION_KEY", "id", "version", "title", "slug", "url", "email", "password", "next", "__proto__", "constructor", "$K1", "$ACTION_ID_x", "1_title", "1_id", "1_version"), encodedText), fc.oneof(hostileText, fc.constantFrom('["$K1"]', '["$@1"]', '{"__proto__":{"x":1}}', "[", "$Q1", "$T", "$h1", "$F1", "$B1", '"$D2020-01-01"', "[null,{}]")));
  const fields = fc.array(field, { maxLength: 8 });
  return fc.oneof(
    fields.map((pairs) => {
      const all: [string, string][] = noJs ? [[`$ACTION_ID_${action.id}`, ""], ...pairs] : pairs;
      const text = `${all.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, "%22")}"\r\n\r\n${value}\r\n`).join("")}--${boundary}--\r\n`;
      return { body: Buffer.from(text, "latin1"), contentType: `multipart/form-data; boundary=${boundary}` };
    }),
    fields.map((pairs) => ({
      body: Buffer.from(pairs.map(([name, value]) => `${name}=${value}`).join("&")),
      contentType: "application/x-www-form-urlencoded",
    })),
    fc.constantFrom("[]", '["$undefined"]', "[1,2,3]", "{}", '"x"', "null", "[", "\u0000", '[{"__proto__":{"polluted":1}}]', '["$K1"]').map((text) => ({
      body: Buffer.from(text),
      contentType: "text/plain;charset=UTF-8",
    })),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ body: Buffer.from(bytes), contentType: "application/octet-stream" })),
  );
}

/** A POST of a registered server action: with the header (as the client does) or as a no-JavaScript form. */
function actionRequest(actions: ServerActionRef[], routes: RoutePattern[], known: Record<string, string[]>): fc.Arbitrary<HostileRequest> {
  return fc
    .tuple(fc.constantFrom(...actions), fc.boolean(), fc.oneof(fc.constant(null), routeTarget(routes, known)), fc.boolean())
    .chain(([action, noJs, target, badId]) =>
      actionBody(action, noJs).map(({ body, contentType }) => {
        const headers: Record<string, string> = { "Content-Type": contentType, Accept: "text/x-component" };
        if (!noJs) headers["Next-Action"] = badId ? `${action.id.slice(0, -2)}zz` : action.id;
        return {
          method: "POST",
          target: target ?? action.page,
          headers,
          body,
          label: `${action.module}#${action.name}${noJs ? " (no-JS form)" : ""}${badId ? " (bad id)" : ""}`,
        };
      }),
    );
}

/** Every kind of hostile request, over the discovered routes and actions. */
export function hostileRequests(routes: RoutePattern[], actions: ServerActionRef[], known: Record<string, string[]>): fc.Arbitrary<HostileRequest> {
  const page = fc.tuple(fc.constantFrom(...METHODS), routeTarget(routes, known), fc.boolean()).map(([method, target, rsc]): HostileRequest => ({
    method,
    target,
    headers: rsc ? { RSC: "1", "Next-Router-State-Tree": "%zz" } : {},
    label: "route",
  }));
  const odd = fc.tuple(fc.constantFrom(...METHODS), oddTarget).map(([method, target]): HostileRequest => ({ method, target, headers: {}, label: "odd target" }));
  const raw = fc
    .tuple(fc.constantFrom("GET", "POST"), fc.string({ unit: "binary", minLength: 1, maxLength: 40 }))
    .map(([method, text]): HostileRequest => ({ method, target: `/${text.replace(/[\s]/g, "")}`, headers: {}, label: "raw bytes" }));
  return fc.oneof(
    { weight: 6, arbitrary: page },
    { weight: 1, arbitrary: odd },
    { weight: 1, arbitrary: raw },
    { weight: 3, arbitrary: actionRequest(actions, routes, known) },
  );
}

// ---------------------------------------------------------------------------------------------
// Sending

/** Writes the request raw; resolves with the status code, or 0 when the server closed without answering. */
export function sendRaw(port: number, request: HostileRequest, cookie?: string, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let head = "";
    let settled = false;
    const done = (status: number) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(status);
    };
    socket.setTimeout(timeoutMs, () => {
      settled = true;
      socket.destroy();
      reject(new Error(`no answer in ${timeoutMs} ms to ${request.method} ${request.target}`));
    });
    socket.on("connect", () => {
      const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, Connection: "close", "User-Agent": "claimline-fuzz", ...request.headers };
      if (cookie) headers.Cookie = cookie;
      if (request.body) headers["Content-Length"] = String(request.body.length);
      if (request.method === "POST" && request.headers["Next-Action"]) headers.Origin = `http://127.0.0.1:${port}`;
      const lines = [`${request.method} ${request.target} HTTP/1.1`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), "", ""];
      socket.write(Buffer.from(lines.join("\r\n"), "latin1"));
      if (request.body) socket.write(request.body);
    });
    socket.on("data", (chunk: Buffer) => {
      head += chunk.toString("latin1");
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (match) done(Number(match[1]));
      else if (head.length > 64) done(0);
    });
    socket.on("error", () => done(0));
    socket.on("close", () => done(0));
  });
}

/** Signs in through the auth API; returns the Cookie header value for later requests. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(new URL("/api/auth/sign-in/email", baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: new URL(baseUrl).origin },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** Next.js's own log lines for requests it refused with a 4xx (an action id not in the page's build). */
const REFUSAL_LINES = /Failed to find Server Action|Invalid Server Actions request/;

/**
 * Lines of a server log that report an error the server did not handle: Next.js's "⨯" lines,
 * errors and unhandled rejections, the front door's "request failed", the app's internal errors.
 */
export function serverLogProblems(log: string): string[] {
  return log
    .split("\n")
    .filter((line) => /⨯|unhandled|uncaught|request failed|internal error|^\s*\w*Error\b|"level":"error"/i.test(line))
    .filter((line) => !REFUSAL_LINES.test(line));
}

export interface FuzzFailure {
  request: HostileRequest;
  status: number;
}

/** Runs `numRuns` seeded cases; collects every 5xx (and dropped connection) rather than stopping at the first. */
export async function runFuzz(options: {
  port: number;
  arbitrary: fc.Arbitrary<HostileRequest>;
  numRuns: number;
  seed: number;
  cookies?: (string | undefined)[];
  onProgress?: (done: number) => void;
}): Promise<{ failures: FuzzFailure[]; statuses: Record<string, number>; cases: number }> {
  const samples = fc.sample(options.arbitrary, { seed: options.seed, numRuns: options.numRuns });
  const failures: FuzzFailure[] = [];
  const statuses: Record<string, number> = {};
  const cookies = options.cookies ?? [undefined];
  for (const [index, request] of samples.entries()) {
    const status = await sendRaw(options.port, request, cookies[index % cookies.length]);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 500 || status === 0) failures.push({ request, status });
    if (options.onProgress && (index + 1) % 500 === 0) options.onProgress(index + 1);
  }
  return { failures, statuses, cases: samples.length };
}

export function describeFailure({ request, status }: FuzzFailure): string {
  return `${status} ${request.method} ${JSON.stringify(request.target)} ${request.label}${request.body ? ` body=${JSON.stringify(request.body.toString("latin1").slice(0, 120))}` : ""}`;
}
