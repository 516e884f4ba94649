import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { useDb } from "@/lib/db";
import { DATABASE_KINDS, type TestDatabase } from "./support/databases";
import { callAction } from "./support/next-server";
import { CALLERS, createCallers, TEST_PASSWORD, type Caller } from "./support/users";
import { ACTION_FIXTURES, type FixtureContext, type Outcome } from "./support/action-fixtures";

vi.mock("next/headers", async () => (await import("./support/next-server")).nextHeaders);
vi.mock("next/cache", async () => (await import("./support/next-server")).nextCache);
vi.mock("next/navigation", async () => (await import("./support/next-server")).nextNavigation);
vi.mock("@/lib/auth/session", async () => (await import("./support/next-server")).session);

const { ACTION_MODULES, WRITE_ENDPOINTS, registeredActions } = await import("@/lib/actions/registry");
const { resetAuth } = await import("@/lib/auth/server");

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(name) ? [relative] : [];
  });
}

const SOURCE = ["app", "components", "lib"].flatMap(sourceFiles);

/** The access each kind of caller gets, from the action's declared access. */
function expectedOutcome(access: string, caller: Caller): Outcome {
  if (access === "public") return "ok";
  if (caller === "signedOut") return "UNAUTHORIZED";
  if (access === "signed-in") return "ok";
  if (access === "editor") return caller === "viewer" ? "FORBIDDEN" : "ok";
  return caller === "admin" ? "ok" : "FORBIDDEN";
}

describe("the action registry", () => {
  it("lists every \"use server\" module", () => {
    const modules = SOURCE.filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(Object.keys(ACTION_MODULES).sort()).toEqual(modules.sort());
  });

  it("holds only actions built by the action wrapper, each with a unique name", () => {
    const names = registeredActions().map(({ module, exportName, action }) => {
      expect(action.definition, `${module} ${exportName}`).toBeDefined();
      return action.definition.name;
    });
    expect(new Set(names).size).toBe(names.length);
  });

  it("lists every route handler that accepts writes", () => {
    const writing = SOURCE.filter((file) => /route\.tsx?$/.test(file)).flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      const methods = [...text.matchAll(/export\s+(?:async\s+function|const)\s+(POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      return methods.length > 0 ? [{ file, methods }] : [];
    });
    const route = (file: string) => "/" + path.dirname(file).replace(/^app\/?/, "");
    expect(writing.map((w) => ({ path: route(w.file), methods: w.methods }))).toEqual(
      WRITE_ENDPOINTS.map((endpoint) => ({ path: endpoint.path, methods: [...endpoint.methods] })),
    );
  });

  it("has a fixture for every action, and none for actions that do not exist", () => {
    const names = registeredActions().map(({ action }) => action.definition.name);
    expect(Object.keys(ACTION_FIXTURES).sort()).toEqual([...names].sort());
  });
});

for (const kind of DATABASE_KINDS) {
  const title = kind.skipReason ? `${kind.name} (skipped: ${kind.skipReason})` : kind.name;
  describe.skipIf(kind.skipReason !== null)(`every action × every kind of caller on ${title}`, () => {
    let t: TestDatabase;
    let users: Record<Caller, CurrentUser | null>;
    let counter = 0;

    beforeAll(async () => {
      t = await kind.open();
      useDb(t.db);
      resetAuth();
      users = await createCallers(t.db);
    });

    afterAll(async () => {
      resetAuth();
      await t?.dispose();
    });

    it("every action answers nonsense with a refusal, never an internal error", async () => {
      const garbage: Record<string, unknown>[] = [
        {},
        { id: 123, version: "x", base: "{not json", title: ["a", "b"], kind: null },
        { id: "c000000000000000000000000", version: 1, entity: "Nope", token: "x".repeat(500), email: "not an email" },
        { "newSource.title": 5, "appearance.sourceId": {}, madeAt: "the day after tomorrow", sourceIds: [1, 2], direction: "sideways" },
        Object.fromEntries(["title", "name", "text", "proposition", "reason", "changeSummary"].map((key) => [key, "x".repeat(20_000)])),
        // Well-formed, but about records that do not exist.
        {
          id: "c000000000000000000000000",
          version: 1,
          title: "T",
          proposition: "P",
          status: "RETRACTED",
          reason: "r",
          name: "N",
          kind: "REPORT",
          claimId: "c000000000000000000000001",
          otherId: "c000000000000000000000002",
          sourceId: "c000000000000000000000003",
          disputeId: "c000000000000000000000004",
          claimantId: "Nobody by this name",
          stance: "AFFIRMS",
          text: "t",
          madeAt: "2022",
          reportedAt: "2022",
          occurredAt: "2022",
          attribution: "PARAPHRASE",
          viaId: "c000000000000000000000005",
          direction: "from",
          fromId: "c000000000000000000000006",
          toId: "c000000000000000000000007",
          entity: "Claim",
          changeSummary: "x",
          intoId: "c000000000000000000000008",
          userId: "c000000000000000000000009",
          role: "EDITOR",
          supersededById: "c00000000000000000000000a",
        },
      ];
      for (const { action } of registeredActions()) {
        for (const input of garbage) {
          const result = await callAction(action, input, users.admin);
          expect(result.ok === false ? result.code : "ok", `${action.definition.name} with ${JSON.stringify(input).slice(0, 80)}`).not.toBe("INTERNAL");
        }
      }
    });

    for (const { action } of registeredActions()) {
      const { name, access } = action.definition;
      it(`${name} (${access})`, async () => {
        const fixture = ACTION_FIXTURES[name];
        if (!fixture) throw new Error(`no fixture for ${name}`);
        for (const caller of CALLERS) {
          const context: FixtureContext = { db: t.db, users, caller, unique: () => `${Date.now().toString(36)}${++counter}`, password: TEST_PASSWORD };
          const input = await fixture.prepare(context);
          const changeSetsBefore = await t.db.changeSet.count();
          const result = await callAction(action, input, users[caller]);
          const outcome: Outcome = result.ok ? "ok" : (result.code as Outcome);
          const expected = fixture.expect?.[caller] ?? expectedOutcome(access, caller);
          expect(outcome, `${name} as ${caller}: ${JSON.stringify(result)}`).toBe(expected);
          if (outcome === "UNAUTHORIZED" || outcome === "FORBIDDEN") {
            expect(await t.db.changeSet.count(), `${name} as ${caller} wrote history`).toBe(changeSetsBefore);
          }
          await fixture.verify?.(context, input, outcome);
        }
      });
    }
  });
}
