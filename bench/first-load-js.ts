// Measures the first-load JavaScript of pages as a modern browser gets it: every
// <script src> in the served HTML that it would run (not `nomodule` polyfills), as transferred
// (the body bytes the server sends when the browser offers gzip/br, headers aside), and gzipped
// at level 9 for comparison with earlier figures.
// The inline RSC payload (the page's data) is reported apart, as `next build` used to.
// Usage: tsx bench/first-load-js.ts http://localhost:3000 / /claims
//        FIRST_LOAD_COOKIE="better-auth.session_token=…" tsx bench/first-load-js.ts http://localhost:3000 /claims/new
import { request } from "node:http";
import { gzipSync } from "node:zlib";

export interface FirstLoad {
  path: string;
  scripts: number;
  /** external scripts, bytes as served and gzipped */
  rawBytes: number;
  gzipBytes: number;
  /** external scripts, body bytes on the wire when the browser accepts gzip and br (what it downloads) */
  transferredBytes: number;
  /** inline scripts (the RSC payload), gzipped */
  inlineGzipBytes: number;
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** The body of `url` as sent (not decompressed) to a browser that offers gzip, deflate and br. */
function transferredSize(url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

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
  const sources = [...new Set(external)].map((src) => new URL(src, base));
  const bodies = await Promise.all(sources.map(async (src) => Buffer.from(await (await fetch(src)).arrayBuffer())));
  const transferred = await Promise.all(sources.map((src) => transferredSize(src)));
  return {
    path,
    scripts: bodies.length,
    rawBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: bodies.reduce((sum, body) => sum + gzipSize(body), 0),
    transferredBytes: transferred.reduce((sum, bytes) => sum + bytes, 0),
    inlineGzipBytes: gzipSize(Buffer.concat(inline)),
  };
}

export function formatFirstLoad(result: FirstLoad): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return `${result.path}: ${result.scripts} scripts, ${kb(result.transferredBytes)} kB transferred, ${kb(result.gzipBytes)} kB gzipped -9 (${kb(result.rawBytes)} kB raw); inline RSC payload ${kb(result.inlineGzipBytes)} kB gzipped`;
}

async function main(): Promise<void> {
  const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
  const cookie = process.env.FIRST_LOAD_COOKIE;
  for (const path of paths.length > 0 ? paths : ["/"]) console.log(formatFirstLoad(await measureFirstLoadJs(base, path, { cookie })));
}

if (process.argv[1]?.endsWith("first-load-js.ts")) void main();
