import net from "node:net";

/**
 * What answers at a PostgreSQL URL's host and port, asked the way every PostgreSQL client starts:
 * an SSLRequest, to which a PostgreSQL server answers one byte, "S" or "N" (or an "E" error from
 * very old servers). Used to turn "connection terminated" or "timed out" into "that is not a
 * PostgreSQL server" when DATABASE_URL names the wrong port. Not "server-only": plain Node.
 */
export type ProbeResult =
  | { kind: "postgres" }
  | { kind: "other"; answer: string }
  | { kind: "silent" }
  | { kind: "unreachable"; code: string };

const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

export function probePostgres(url: string, timeoutMs = 3_000): Promise<ProbeResult> {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, "") || "localhost";
  const port = Number(parsed.port || 5432);
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (result: ProbeResult) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish(received.length > 0 ? classify(received) : { kind: "silent" }), timeoutMs);
    socket.on("connect", () => socket.write(SSL_REQUEST));
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length === 1 && (received[0] === 0x53 || received[0] === 0x4e)) {
        clearTimeout(timer);
        finish({ kind: "postgres" });
      } else if (received.length >= 64 || (received.length > 1 && received[0] !== 0x45)) {
        clearTimeout(timer);
        finish(classify(received));
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      finish({ kind: "unreachable", code: error.code ?? "error" });
    });
    socket.on("close", () => {
      clearTimeout(timer);
      finish(received.length > 0 ? classify(received) : { kind: "other", answer: "(closed the connection without answering)" });
    });
  });
}

function classify(bytes: Buffer): ProbeResult {
  // "E" + int32 length: an error message from an old PostgreSQL that does not know SSLRequest.
  if (bytes[0] === 0x45 && bytes.length >= 5 && bytes.readInt32BE(1) < 10_000) return { kind: "postgres" };
  const text = bytes
    .toString("latin1")
    .replace(/[^\x20-\x7e]+/g, " ")
    .trim()
    .slice(0, 60);
  return { kind: "other", answer: text ? `“${text}”` : `${bytes.length} byte(s) of binary data` };
}

/** One line for a probe that found something other than PostgreSQL, or null when it is PostgreSQL (or unreachable). */
export function describeProbe(result: ProbeResult, label: string): string | null {
  if (result.kind === "other") return `${label} is not a PostgreSQL server: it answered ${result.answer}. Check the host and port in DATABASE_URL.`;
  if (result.kind === "silent") return `${label} accepted the connection but did not answer as PostgreSQL does: is it a PostgreSQL server? Check the host and port in DATABASE_URL.`;
  return null;
}
