// Measures the first-load JavaScript of pages as a modern browser gets it: every
// <script src> in the served HTML that it would run (not `nomodule` polyfills), gzipped.
// The inline RSC payload (the page's data) is reported apart, as `next build` used to.
// Usage: tsx bench/first-load-js.ts http://localhost:3000 / /claims
//        FIRST_LOAD_COOKIE="better-auth.session_token=…" tsx bench/first-load-js.ts http://localhost:3000 /claims/new
import { gzipSync } from "node:zlib";

export interface FirstLoad {
  path: string;
  scripts: number;
  /** external scripts, bytes as served and gzipped */
  rawBytes: number;
  gzipBytes: number;
  /** inline scripts (the RSC payload), gzipped */
  inlineGzipBytes: number;
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

export async function measureFirstLoadJs(base: string, path: string, options: { cookie?: string } = {}): Promise<FirstLoad> {
  // Editing pages need a signed-in editor: pass their session cookie (FIRST_LOAD_COOKIE on the command line).
  const response = await fetch(new URL(path, base), { headers: options.cookie ? { cookie: options.cookie } : {}, redirect: "manual" });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.text();
  const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const external = tags
    .map((tag) => tag[1] ?? "")
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .flatMap((attributes) => attributes.match(/\ssrc="([^"]+)"/)?.[1] ?? []);
  const inline = tags.filter((tag) => !/\ssrc=/.test(tag[1] ?? "")).map((tag) => Buffer.from(tag[2] ?? ""));
  const bodies = await Promise.all(
    [...new Set(external)].map(async (src) => Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())),
  );
  return {
    path,
    scripts: bodies.length,
    rawBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: bodies.reduce((sum, body) => sum + gzipSize(body), 0),
    inlineGzipBytes: gzipSize(Buffer.concat(inline)),
  };
}

export function formatFirstLoad(result: FirstLoad): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return `${result.path}: ${result.scripts} scripts, ${kb(result.gzipBytes)} kB gzipped (${kb(result.rawBytes)} kB raw); inline RSC payload ${kb(result.inlineGzipBytes)} kB gzipped`;
}

async function main(): Promise<void> {
  const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
  const cookie = process.env.FIRST_LOAD_COOKIE;
  for (const path of paths.length > 0 ? paths : ["/"]) console.log(formatFirstLoad(await measureFirstLoadJs(base, path, { cookie })));
}

if (process.argv[1]?.endsWith("first-load-js.ts")) void main();
