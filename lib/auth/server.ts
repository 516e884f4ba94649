import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { getDb, type Db } from "@/lib/db";
import { readEnv } from "@/lib/env";

/**
 * The auth library's setup (better-auth 1.7, see ../shared/STACK.md): e-mail + password
 * (scrypt), sessions stored in the database (every app process shares them), httpOnly
 * SameSite=Lax cookies, Secure and __Secure- prefixed when served over https. Sign-up is closed:
 * accounts come from the setup link, invitations and `npm run user` (lib/users/mutations.ts).
 *
 * Its HTTP handler is deliberately not mounted: sign-in, sign-out and account changes go through
 * the app's own server actions (registered, throttled and audited like every other write), which
 * call `auth.api.*` on the server.
 *
 * Built lazily (so `next build` never opens the database) and once per cookie flavour: the
 * secure one when the request came over https.
 */
export const SESSION_DAYS = 7;
const SECRET_SETTING = "auth.secret";

async function authSecret(db: Db): Promise<string> {
  const fromEnv = readEnv().CLAIMLINE_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  // First process to get here stores one; every later one (and every other process) reads it.
  await db.setting.upsert({
    where: { key: SECRET_SETTING },
    create: { key: SECRET_SETTING, value: randomBytes(32).toString("base64url") },
    update: {},
  });
  const row = await db.setting.findUniqueOrThrow({ where: { key: SECRET_SETTING } });
  return row.value;
}

function createAuth(db: Db, secret: string, secure: boolean) {
  const publicUrl = readEnv().CLAIMLINE_PUBLIC_URL;
  return betterAuth({
    secret,
    baseURL: publicUrl,
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 256 },
    session: { expiresIn: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    rateLimit: { enabled: true, storage: "database" },
    telemetry: { enabled: false },
    advanced: { useSecureCookies: secure },
    logger: { level: "error" },
    plugins: [
      admin({
        defaultRole: "VIEWER",
        adminRoles: ["ADMIN"],
        bannedUserMessage: "This account has been deactivated. Ask an administrator to reactivate it.",
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as typeof globalThis & { claimlineAuth?: Map<string, Promise<Auth>> };

export function getAuth(options: { secure: boolean }, db: Db = getDb()): Promise<Auth> {
  holder.claimlineAuth ??= new Map();
  const key = String(options.secure);
  let auth = holder.claimlineAuth.get(key);
  if (!auth) {
    auth = authSecret(db).then((secret) => createAuth(db, secret, options.secure));
    auth.catch(() => holder.claimlineAuth?.delete(key));
    holder.claimlineAuth.set(key, auth);
  }
  return auth;
}

/** Whether cookies for this request should be Secure: https public URL, or an https request. */
export function isSecureRequest(headers: Headers): boolean {
  const publicUrl = readEnv().CLAIMLINE_PUBLIC_URL;
  if (publicUrl) return publicUrl.startsWith("https://");
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** Forgets the built instances: for tests that swap the process's database. */
export function resetAuth(): void {
  holder.claimlineAuth?.clear();
}
