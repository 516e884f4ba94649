import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { useDb } from "@/lib/db";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";
import { callAction, request } from "./support/next-server";
import { createCallers, TEST_PASSWORD, type Caller } from "./support/users";

vi.mock("next/headers", async () => (await import("./support/next-server")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/next-server")).nextCache);
vi.mock("next/navigation", async () => (await import("./support/next-server")).nextNavigation);
vi.mock("@/lib/auth/session", async () => (await import("./support/next-server")).session);

const { acceptInvitationAction, signInAction } = await import("@/lib/auth/actions");
const { deactivateUserAction } = await import("@/lib/users/actions");
const { setupLinkIfNoAdmin } = await import("@/lib/auth/setup");
const { getAuth, resetAuth } = await import("@/lib/auth/server");

const tokenOf = (link: string) => link.split("/invite/")[1] ?? "";

function withHeaders(extra: Record<string, string>): () => void {
  const saved = new Headers(request.headers);
  for (const [name, value] of Object.entries(extra)) request.headers.set(name, value);
  return () => {
    request.headers = saved;
  };
}

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(`accounts on ${title}`, () => {
    let t: TestDatabase;
    let users: Record<Caller, CurrentUser | null>;

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      resetAuth();
    });

    afterAll(async () => {
      resetAuth();
      await t?.dispose();
    });

    it("prints a one-time setup link while no admin exists; it creates the first admin once", async () => {
      const link = await setupLinkIfNoAdmin(t.db, "http://claimline.test");
      expect(link).toMatch(/^http:\/\/claimline\.test\/invite\/[A-Za-z0-9_-]{43}$/);
      const second = await setupLinkIfNoAdmin(t.db, "http://claimline.test");
      expect(second).not.toBe(link);
      const form = { email: "first-admin@claimline.test", name: "First Admin", password: "a long password", confirmPassword: "a long password" };
      expect(await callAction(acceptInvitationAction, { ...form, token: tokenOf(link ?? "") }, null)).toMatchObject({ ok: true, redirect: expect.stringContaining("/sign-in?created=1") });
      expect(await t.db.user.findUniqueOrThrow({ where: { email: form.email }, select: { role: true } })).toEqual({ role: "ADMIN" });
      // Every setup link dies once an admin exists; a used link is used.
      expect(await setupLinkIfNoAdmin(t.db, "http://claimline.test")).toBeNull();
      expect(await callAction(acceptInvitationAction, { ...form, email: "second@claimline.test", token: tokenOf(second ?? "") }, null)).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await callAction(acceptInvitationAction, { ...form, email: "third@claimline.test", token: tokenOf(link ?? "") }, null)).toMatchObject({ ok: false, code: "NOT_FOUND" });
      users = await createCallers(t.db);
    });

    it("signs in with an httpOnly SameSite cookie, Secure and __Secure- prefixed behind https", async () => {
      expect(await callAction(signInAction, { email: users.editor?.email, password: TEST_PASSWORD, next: "/claims" }, null)).toEqual({ ok: true, redirect: "/claims" });
      expect(await t.db.session.count({ where: { userId: users.editor?.id } })).toBeGreaterThan(0);
      // The cookies the auth setup issues (the action hands them to Next.js's cookie store).
      const cookieOf = async (secure: boolean) => {
        const auth = await getAuth({ secure }, t.db);
        const { headers } = await auth.api.signInEmail({ body: { email: users.editor?.email ?? "", password: TEST_PASSWORD }, headers: new Headers(), returnHeaders: true });
        return headers.get("set-cookie") ?? "";
      };
      const plain = await cookieOf(false);
      expect(plain).toMatch(/^better-auth\.session_token=[^;]+;/);
      expect(plain).toMatch(/HttpOnly/i);
      expect(plain).toMatch(/SameSite=Lax/i);
      expect(plain).not.toMatch(/;\s*Secure/i);
      const secure = await cookieOf(true);
      expect(secure).toMatch(/^__Secure-better-auth\.session_token=/);
      expect(secure).toMatch(/;\s*Secure/i);
      expect(secure).toMatch(/HttpOnly/i);
      // A return address outside the app is ignored.
      expect(await callAction(signInAction, { email: users.editor?.email, password: TEST_PASSWORD, next: "https://evil.example/" }, null)).toEqual({ ok: true, redirect: "/" });
      expect(await callAction(signInAction, { email: users.editor?.email, password: TEST_PASSWORD, next: "//evil.example/" }, null)).toEqual({ ok: true, redirect: "/" });
    });

    it("throttles failed sign-ins per account and per address", async () => {
      const restore = withHeaders({ "x-forwarded-for": "203.0.113.7" });
      try {
        for (let attempt = 0; attempt < 5; attempt++) {
          expect(await callAction(signInAction, { email: users.viewer?.email, password: "wrong password" }, null)).toMatchObject({ ok: false, code: "INVALID" });
        }
        // Even the right password waits now.
        expect(await callAction(signInAction, { email: users.viewer?.email, password: TEST_PASSWORD }, null)).toMatchObject({
          ok: false,
          code: "RATE_LIMITED",
          message: expect.stringContaining("this account"),
        });
        for (let attempt = 0; attempt < 25; attempt++) {
          await callAction(signInAction, { email: `nobody${attempt}@claimline.test`, password: "wrong password" }, null);
        }
        expect(await callAction(signInAction, { email: users.admin?.email, password: TEST_PASSWORD }, null)).toMatchObject({
          ok: false,
          code: "RATE_LIMITED",
          message: expect.stringContaining("network address"),
        });
      } finally {
        restore();
      }
      // Another address is not affected.
      expect(await callAction(signInAction, { email: users.admin?.email, password: TEST_PASSWORD }, null)).toMatchObject({ ok: true });
    });

    it("deactivating an account ends its sessions and refuses its sign-in; history never holds e-mail addresses", async () => {
      await callAction(signInAction, { email: users.otherEditor?.email, password: TEST_PASSWORD }, null);
      expect(await t.db.session.count({ where: { userId: users.otherEditor?.id } })).toBeGreaterThan(0);
      expect(await callAction(deactivateUserAction, { userId: users.otherEditor?.id }, users.admin)).toMatchObject({ ok: true });
      expect(await t.db.session.count({ where: { userId: users.otherEditor?.id } })).toBe(0);
      expect(await callAction(signInAction, { email: users.otherEditor?.email, password: TEST_PASSWORD }, null)).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
        message: expect.stringContaining("deactivated"),
      });
      expect(await callAction(deactivateUserAction, { userId: users.admin?.id }, users.admin)).toMatchObject({ ok: false, code: "INVALID" });
      const entries = await t.db.auditEntry.findMany({ select: { before: true, after: true } });
      expect(JSON.stringify(entries)).not.toMatch(/@claimline\.test/);
    });
  });
}
