import "server-only";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Sign-in throttling, kept in the database (so it holds across app processes and restarts),
 * counting failed attempts: per account (an attacker guessing one person's password from many
 * addresses) and per address (one address trying many accounts). better-auth's own limiter
 * covers only its HTTP endpoints, which are not mounted (see lib/auth/server.ts).
 */
export const SIGN_IN_LIMITS = {
  account: { points: 5, duration: 15 * 60 },
  address: { points: 30, duration: 15 * 60 },
} as const;

interface Limiters {
  account: RateLimiterPrisma;
  address: RateLimiterPrisma;
}

const cache = new WeakMap<Db, Limiters>();

function limiters(db: Db): Limiters {
  let found = cache.get(db);
  if (!found) {
    const make = (prefix: string, limit: { points: number; duration: number }) =>
      new RateLimiterPrisma({
        storeClient: db,
        tableName: "rateLimiterFlexible",
        keyPrefix: prefix,
        points: limit.points,
        duration: limit.duration,
        clearExpiredByTimeout: false,
      });
    found = { account: make("signin-account", SIGN_IN_LIMITS.account), address: make("signin-address", SIGN_IN_LIMITS.address) };
    cache.set(db, found);
  }
  return found;
}

function minutes(ms: number): string {
  const n = Math.max(1, Math.ceil(ms / 60_000));
  return `${n} minute${n === 1 ? "" : "s"}`;
}

/** Throws RATE_LIMITED when this account or this address has used up its failed attempts. */
export async function assertSignInAllowed(db: Db, email: string, address: string): Promise<void> {
  const { account, address: byAddress } = limiters(db);
  const [forAccount, forAddress] = await Promise.all([account.get(email), byAddress.get(address)]);
  const blocked = [
    [forAccount, SIGN_IN_LIMITS.account.points, "this account"],
    [forAddress, SIGN_IN_LIMITS.address.points, "your network address"],
  ] as const;
  for (const [state, points, what] of blocked) {
    if (state && state.consumedPoints >= points) {
      throw new AppError(
        "RATE_LIMITED",
        `Too many failed sign-in attempts for ${what}. Try again in ${minutes(state.msBeforeNext)}.`,
      );
    }
  }
}

/** Counts one failed attempt against the account and the address. */
export async function recordFailedSignIn(db: Db, email: string, address: string): Promise<void> {
  const { account, address: byAddress } = limiters(db);
  const swallowLimit = (error: unknown): RateLimiterRes | undefined => {
    // Consuming past the limit rejects with the limiter's result, not an Error: that is fine.
    if (error instanceof Error) throw error;
    return undefined;
  };
  await Promise.all([account.consume(email).catch(swallowLimit), byAddress.consume(address).catch(swallowLimit)]);
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearFailedSignIns(db: Db, email: string): Promise<void> {
  await limiters(db).account.delete(email);
}

/** The client's address as the nearest proxy (or Next itself) reported it. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
