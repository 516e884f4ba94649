// Measures the first-load JavaScript of pages as a browser gets it: every <script src> in the
// served HTML plus inline scripts, gzipped. Usage: tsx bench/first-load-js.ts http://localhost:3000 / /disputes/x
import { gzipSync } from "node:zlib";

export interface FirstLoad {
  path: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

export async function measureFirstLoadJs(base: string, path: string): Promise<FirstLoad> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? "");
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
  const bodies = await Promise.all(
    [...new Set(sources)].map(async (src) => Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())),
  );
  const all = [...bodies, ...inline.map((text) => Buffer.from(text))];
  return {
    path,
    scripts: bodies.length,
    rawBytes: all.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: all.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
  for (const path of paths.length > 0 ? paths : ["/"]) {
    const result = await measureFirstLoadJs(base, path);
    console.log(
      `${result.path}: ${result.scripts} scripts, ${(result.rawBytes / 1024).toFixed(1)} kB raw, ${(result.gzipBytes / 1024).toFixed(1)} kB gzipped`,
    );
  }
}
