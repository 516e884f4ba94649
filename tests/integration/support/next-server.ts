import type { CurrentUser } from "@/lib/auth/roles";

/**
 * Stand-ins for the parts of Next.js a server action touches, so integration tests call the
 * real exported actions: request headers and a cookie jar, revalidation (nothing to clear in a
 * test), redirect (thrown as a RedirectSignal, as Next throws its own), and the signed-in user.
 * Each test file wires them with vi.mock (see tests/integration/authorization.test.ts).
 */
export const request = {
  headers: new Headers({ host: "127.0.0.1:3000", "x-forwarded-for": "127.0.0.1", "user-agent": "vitest" }),
  cookies: new Map<string, string>(),
  /** the options each cookie was last set with (httpOnly, sameSite, secure…) */
  cookieOptions: new Map<string, Record<string, unknown>>(),
  user: null as CurrentUser | null,
};

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export class NotFoundSignal extends Error {}

export const nextHeaders = {
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string, options?: Record<string, unknown>) => {
      if (typeof name === "string") {
        request.cookies.set(name, value ?? "");
        request.cookieOptions.set(name, options ?? {});
      } else request.cookies.set(name.name, name.value);
    },
    delete: (name: string) => request.cookies.delete(name),
  }),
};

export const nextCache = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
};

export const nextNavigation = {
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  permanentRedirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new NotFoundSignal("not found");
  },
};

export const session = {
  getCurrentUser: async () => request.user,
};

/** Calls a server action as a signed-in `user` (or nobody); a redirect counts as success. */
export async function callAction(
  action: (previous: never, input: Record<string, unknown>) => Promise<unknown>,
  input: Record<string, unknown>,
  user: CurrentUser | null,
): Promise<{ ok: true; redirect?: string; data?: unknown } | { ok: false; code: string; message: string; fieldErrors?: unknown }> {
  request.user = user;
  try {
    const result = (await action(null as never, input)) as
      | { ok: true; data: unknown }
      | { ok: false; error: { code: string; message: string; fieldErrors?: unknown } };
    return result.ok ? { ok: true, data: result.data } : { ok: false, ...result.error };
  } catch (error) {
    if (error instanceof RedirectSignal) return { ok: true, redirect: error.url };
    throw error;
  } finally {
    request.user = null;
  }
}
