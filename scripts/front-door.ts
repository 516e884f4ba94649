// The request handler in front of Next.js (scripts/start.ts). Next.js answers 500 to several
// kinds of malformed request; this refuses them first, so bad input gets a 4xx, never a 5xx:
// - a malformed target (lib/http/request-target.ts) gets the normal 404 page, rendered by Next.js;
// - a router-state header Next.js cannot parse is dropped (a full render instead);
// - a server-action call whose payload React cannot decode gets 400 (lib/http/action-payload.ts).
import http from "node:http";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { ACTION_BODY_LIMIT, actionPayloadProblem } from "@/lib/http/action-payload";
import { checkRequestTarget, REFUSED_TARGET } from "@/lib/http/request-target";
import { baseSecurityHeaders, STATIC_CSP } from "@/lib/http/security-headers";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

function warn(request: http.IncomingMessage, url: string | undefined, reason: string): void {
  console.warn(`claimline: refused ${request.method ?? "?"} ${JSON.stringify((url ?? "").slice(0, 200))}: ${reason}`);
}

/** A short plain answer from the front door itself, with the same security headers as pages. */
export function answerPlain(response: http.ServerResponse, status: number, title: string, text: string, extra: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": STATIC_CSP,
    ...baseSecurityHeaders(false),
    ...extra,
  });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Claimline</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${text}</p><p><a href="/">Back to the disputes</a></p></body></html>`,
  );
}

/** Reads the whole body, or null when it is over `limit` bytes. */
function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** A request that reads as `original`, with the body already read: Next.js reads it again. */
function replay(original: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.headers = original.headers;
  copy.rawHeaders = original.rawHeaders;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

export function frontDoor(handle: Handler, actionIds: ReadonlySet<string>): (request: http.IncomingMessage, response: http.ServerResponse) => void {
  const serve = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const verdict = checkRequestTarget(request.url);
    if (verdict.ok) {
      request.url = verdict.url;
    } else {
      warn(request, request.url, verdict.reason);
      // Not an address of ours: the normal 404 page, rendered by Next.js (headers and all).
      request.url = REFUSED_TARGET;
      if (request.method !== "HEAD") request.method = "GET";
      for (const name of ["next-action", "rsc", "next-router-state-tree", "next-router-prefetch"]) delete request.headers[name];
    }

    const routerState = request.headers["next-router-state-tree"];
    if (routerState !== undefined) {
      try {
        parseAndValidateFlightRouterState(routerState);
      } catch {
        delete request.headers["next-router-state-tree"];
      }
    }

    const actionId = request.headers["next-action"];
    if (request.method === "POST" && actionId !== undefined) {
      if (typeof actionId !== "string" || !actionIds.has(actionId)) {
        warn(request, request.url, "an unknown server action");
        return answerPlain(response, 404, "Not found", "This form belongs to another version of Claimline: reload the page and try again.");
      }
      const body = await readBody(request, ACTION_BODY_LIMIT);
      if (body === null) {
        warn(request, request.url, "a server-action body over the limit");
        return answerPlain(response, 413, "Too large", "What was sent is larger than this server accepts.");
      }
      const problem = await actionPayloadProblem(request.headers["content-type"], body);
      if (problem) {
        warn(request, request.url, problem);
        return answerPlain(response, 400, "Bad request", "This request could not be understood.");
      }
      return handle(replay(request, body), response);
    }
    return handle(request, response);
  };
  return (request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error("claimline: request failed before reaching the app:", error);
      answerPlain(response, 500, "Something went wrong", "The problem has been logged.");
    });
  };
}
