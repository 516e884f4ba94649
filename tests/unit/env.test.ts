import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "@/lib/env";

describe("readEnv", () => {
  it("defaults to the embedded database in ./data", () => {
    expect(readEnv({})).toEqual({ DATABASE_URL: undefined, CLAIMLINE_DATA_DIR: "./data", NODE_ENV: "development" });
    expect(readEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres:// and postgresql:// URLs", () => {
    expect(readEnv({ DATABASE_URL: "postgres://u:p@db:5432/claimline" }).DATABASE_URL).toBe("postgres://u:p@db:5432/claimline");
    expect(readEnv({ DATABASE_URL: "postgresql://localhost/x" }).DATABASE_URL).toBe("postgresql://localhost/x");
  });

  it("rejects anything else with one line naming the variable", () => {
    for (const bad of ["mysql://localhost/x", "not a url", "file:///tmp/db"]) {
      expect(() => readEnv({ DATABASE_URL: bad })).toThrow(EnvError);
      expect(() => readEnv({ DATABASE_URL: bad })).toThrow(/^Invalid DATABASE_URL: /);
    }
    expect(() => readEnv({ NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });
});
