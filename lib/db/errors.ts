import "server-only";
import { EnvError } from "@/lib/env";
import { DataDirLockedError, DataDirLockError } from "@/lib/db/lock";
import { MigrationError } from "@/lib/db/migrate";

interface ErrorWithCode {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function codeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const { code, cause, errors } = current as ErrorWithCode;
    if (typeof code === "string") return code;
    // AggregateError from net (IPv4 and IPv6 both refused)
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = cause;
  }
  return undefined;
}

/** One line saying what is wrong with the database connection, for people, not stack traces. */
export function describeDatabaseError(error: unknown, label: string): string {
  if (
    error instanceof EnvError ||
    error instanceof MigrationError ||
    error instanceof DataDirLockedError ||
    error instanceof DataDirLockError
  ) {
    return error.message;
  }
  const code = codeOf(error);
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach ${label}: connection refused. Is the server running, and is DATABASE_URL right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach ${label}: the host name does not resolve. Check DATABASE_URL.`;
    case "ETIMEDOUT":
      return `Cannot reach ${label}: the connection timed out.`;
    case "28P01":
    case "28000":
      return `${label} refused the login: check the user and password in DATABASE_URL.`;
    case "3D000":
      return `${label} does not exist: create it first (createdb), or fix DATABASE_URL.`;
    default: {
      const embedded = embeddedFailure(error, label);
      if (embedded) return embedded;
      const message = error instanceof Error ? error.message : String(error);
      const firstLine = message.split("\n")[0] ?? message;
      if (/timeout expired|Connection terminated/i.test(firstLine)) {
        return `Cannot reach ${label}: the connection timed out.`;
      }
      return `Database error on ${label}: ${firstLine}`;
    }
  }
}

/** Emscripten's errno numbers (PGlite's file system errors carry these, not Node's codes). */
const EMSCRIPTEN_ERRNO: Record<number, string> = {
  2: "permission denied",
  63: "permission denied",
  69: "the file system is read-only",
  51: "the disk is full",
  54: "a file is in the way of a folder",
  44: "a file it needs is missing",
  29: "an input/output error",
};

/**
 * PGlite's failures are not always Errors: a file-system failure is an `ErrnoError { errno }`
 * object, and a crash of its WebAssembly is `Aborted()`. Both become one line naming the folder.
 */
function embeddedFailure(error: unknown, label: string): string | null {
  if (!label.startsWith("embedded")) return null;
  const errno = error && typeof error === "object" && "errno" in error ? (error as { errno: unknown }).errno : undefined;
  if (typeof errno === "number") {
    const reason = EMSCRIPTEN_ERRNO[errno] ?? `file-system error ${errno}`;
    return `Cannot open the ${label}: ${reason}. Check that every file and folder in it is writable by this user, or set CLAIMLINE_DATA_DIR to another folder.`;
  }
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  if (/Aborted\(/.test(message)) {
    return `Cannot open the ${label}: the database stopped while opening it (its files are not writable, or damaged). Check the folder's permissions, or restore a backup into a new folder (npm run restore).`;
  }
  return null;
}
