// The request handler in front of Next.js (scripts/start.ts), from the moment the port is bound:
// - /healthz (the process is up) and /readyz (the database answers and every migration is
//   applied) for load balancers; until the app is ready, other requests get a 503 page;
// - one JSON log line per request: id (X-Request-Id, passed on or made), level, method, path,
//   status, time taken; errors keep their stacks in the server log only;
// - Next.js answers 500 to several kinds of malformed request, so they are refused first: a
//   malformed target (lib/http/request-target.ts) gets the normal 404 page, rendered by Next.js; a
//   router-state header Next.js cannot parse is dropped; a server-action call whose payload React
//   cannot decode gets 400 (lib/http/action-payload.ts);
// - when the database stops answering (a 5xx, then a failed ping), pages get a 503 page saying
//   so until a ping succeeds again: recovery needs no restart. The request that found the outage
//   gets the app's error page (500).
import { randomUUID } from "node:crypto";
import http from "node:http";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { checkReadiness, pingDatabase } from "@/lib/db/health";
import { ACTION_BODY_LIMIT, actionPayloadProblem } from "@/lib/http/action-payload";
import { checkRequestTarget, REFUSED_TARGET } from "@/lib/http/request-target";
import { baseSecurityHeaders, cameOverHttps, STATIC_CSP } from "@/lib/http/security-headers";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;
type Level = "info" | "warn" | "error";

/** One JSON line on standard output (errors on standard error). */
export function logLine(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  const line = `${JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields })}\n`;
  if (level === "error") process.stderr.write(line);
  else process.stdout.write(line);
}

/** A short page from the front door itself, with the same security headers as the app's. */
export function answerPlain(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  title: string,
  text: string,
  extra: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  for (const name of response.getHeaderNames()) if (name !== "x-request-id") response.removeHeader(name);
  response.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": STATIC_CSP,
    ...baseSecurityHeaders(cameOverHttps(String(request.headers["x-forwarded-proto"] ?? ""))),
    ...extra,
  });
  response.end(
    request.method === "HEAD"
      ? undefined
      : `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          (extra["Retry-After"] ? `<meta http-equiv="refresh" content="${extra["Retry-After"]}">` : "") +
          `<title>${title} · Claimline</title></head>` +
          `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">` +
          `<h1>${title}</h1><p>${text}</p><p><a href="/">Back to the disputes</a></p></body></html>`,
  );
}

function answerJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...baseSecurityHeaders(false) });
  response.end(JSON.stringify(body));
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

/** The database's state as the front door sees it: down after a 5xx whose ping failed, until a ping succeeds. */
class DatabaseWatch {
  down = false;
  private recovering = false;

  /** After a 5xx: is the database the reason? Starts the recovery loop when it is. */
  async confirmDown(): Promise<boolean> {
    if (this.down) return true;
    if (await pingDatabase(1_500)) return false;
    this.markDown();
    return true;
  }

  private markDown(): void {
    if (this.down) return;
    this.down = true;
    logLine("error", "database unavailable: answering 503 until it is back");
    if (this.recovering) return;
    this.recovering = true;
    const retry = async () => {
      if (await pingDatabase(2_000)) {
        this.down = false;
        this.recovering = false;
        logLine("info", "database available again");
        return;
      }
      setTimeout(() => void retry(), 1_000).unref();
    };
    setTimeout(() => void retry(), 1_000).unref();
  }
}

type WriteHeadArgs = Parameters<http.ServerResponse["writeHead"]>;

/**
 * Next.js's own 500 page is an empty shell that only JavaScript fills in. When a page request is
 * answered with a 5xx, the front door sends its own short page instead, readable without
 * JavaScript (no stack, no internal detail: those stay in the server log). Only writeHead is
 * wrapped, so responses under 500 stream exactly as Next.js writes them.
 */
function readableServerErrors(request: http.IncomingMessage, response: http.ServerResponse, page: () => { title: string; text: string }): void {
  const own = response as unknown as Record<string, unknown>;
  const wantsHtml = request.method === "GET" && /text\/html/.test(String(request.headers.accept ?? "")) && request.headers.rsc === undefined;
  if (!wantsHtml) return;
  response.writeHead = function writeHead(this: http.ServerResponse, ...args: WriteHeadArgs) {
    delete own.writeHead;
    if (args[0] < 500) return this.writeHead(...args);
    const { title, text } = page();
    const html =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Claimline</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">` +
      `<h1>${title}</h1><p>${text}</p><p><a href="/">Back to the disputes</a></p></body></html>`;
    // Swallow what Next.js writes after this; end with the page above.
    const end = response.end;
    response.write = (() => true) as http.ServerResponse["write"];
    response.end = function finish(this: http.ServerResponse) {
      delete own.write;
      delete own.end;
      return (end as (this: http.ServerResponse, chunk: string) => http.ServerResponse).call(this, html);
    } as http.ServerResponse["end"];
    this.removeHeader("content-length");
    this.removeHeader("transfer-encoding");
    this.setHeader("Content-Type", "text/html; charset=utf-8");
    this.setHeader("Cache-Control", "no-store");
    return this.writeHead(args[0]);
  } as http.ServerResponse["writeHead"];
}

export interface FrontDoor {
  listener: (request: http.IncomingMessage, response: http.ServerResponse) => void;
  /** Hands requests to the app from now on. */
  ready(handle: Handler, actionIds: ReadonlySet<string>): void;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function createFrontDoor(): FrontDoor {
  let app: { handle: Handler; actionIds: ReadonlySet<string> } | null = null;
  const database = new DatabaseWatch();

  const unavailable = (request: http.IncomingMessage, response: http.ServerResponse) =>
    answerPlain(
      request,
      response,
      503,
      "Temporarily unavailable",
      "Claimline cannot reach its database at the moment. Nothing you saved is lost; this page tries again in a few seconds.",
      { "Retry-After": "10" },
    );

  const serve = async (request: http.IncomingMessage, response: http.ServerResponse, note: (text: string) => void): Promise<void> => {
    const pathname = (request.url ?? "").split("?")[0];
    if (pathname === "/healthz") return answerJson(response, 200, { status: "ok", uptimeSeconds: Math.round(process.uptime()) });
    if (pathname === "/readyz") {
      if (!app) return answerJson(response, 503, { status: "starting" });
      const readiness = await checkReadiness();
      return answerJson(response, readiness.ready ? 200 : 503, { status: readiness.ready ? "ready" : "not ready", ...readiness });
    }
    if (!app) {
      return answerPlain(request, response, 503, "Claimline is starting", "Claimline is starting; this page reloads in a few seconds.", { "Retry-After": "5" });
    }
    const { handle, actionIds } = app;

    // The app serves GET, HEAD and POST (pages, forms, server actions, route handlers) and
    // OPTIONS; TRACE and the rest answered 500 with a session cookie.
    if (!["GET", "HEAD", "POST", "OPTIONS"].includes(request.method ?? "")) {
      note(`the method ${JSON.stringify(request.method ?? "")}`);
      return answerPlain(request, response, 405, "Method not allowed", "This address cannot be used that way.", { Allow: "GET, HEAD, POST, OPTIONS" });
    }

    const verdict = checkRequestTarget(request.url);
    if (verdict.ok) {
      request.url = verdict.url;
    } else {
      note(verdict.reason);
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
        note("an unreadable router-state header (dropped)");
        delete request.headers["next-router-state-tree"];
      }
    }

    const isStatic = request.url?.startsWith("/_next/static/") ?? false;
    if (database.down && !isStatic) return unavailable(request, response);
    // A 5xx may mean the database went away: if a ping fails too, the next requests get the 503 page.
    if (!isStatic) {
      response.once("finish", () => void (response.statusCode >= 500 && database.confirmDown()));
      readableServerErrors(request, response, () => ({
        title: "Something went wrong",
        text: "This page could not be loaded. The problem has been logged; try again in a moment.",
      }));
    }

    const actionId = request.headers["next-action"];
    if (request.method === "POST" && actionId !== undefined) {
      if (typeof actionId !== "string" || !actionIds.has(actionId)) {
        note("an unknown server action");
        return answerPlain(request, response, 404, "Not found", "This form belongs to another version of Claimline: reload the page and try again.");
      }
      const body = await readBody(request, ACTION_BODY_LIMIT);
      if (body === null) {
        note("a server-action body over the limit");
        return answerPlain(request, response, 413, "Too large", "What was sent is larger than this server accepts.");
      }
      const problem = await actionPayloadProblem(request.headers["content-type"], body);
      if (problem) {
        note(problem);
        return answerPlain(request, response, 400, "Bad request", "This request could not be understood.");
      }
      return handle(replay(request, body), response);
    }
    return handle(request, response);
  };

  const listener = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const started = process.hrtime.bigint();
    const given = request.headers["x-request-id"];
    const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    response.setHeader("X-Request-Id", id);
    const method = request.method ?? "?";
    const path = (request.url ?? "").split("?")[0]?.slice(0, 200) ?? "";
    const notes: string[] = [];
    response.once("close", () => {
      const status = response.statusCode;
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const level: Level = status >= 500 ? "error" : notes.length > 0 || (status >= 400 && status !== 404) ? "warn" : "info";
      logLine(level, "request", {
        id,
        method,
        path,
        status,
        ms,
        ...(notes.length > 0 ? { refused: notes.join("; ") } : {}),
        ...(response.writableFinished ? {} : { aborted: true }),
      });
    });
    serve(request, response, (text) => notes.push(text)).catch((error: unknown) => {
      logLine("error", "request failed before reaching the app", { id, error: error instanceof Error ? error.stack : String(error) });
      answerPlain(request, response, 500, "Something went wrong", "The problem has been logged.");
    });
  };

  return {
    listener,
    ready(handle, actionIds) {
      app = { handle, actionIds };
    },
  };
}
