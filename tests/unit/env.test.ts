import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "@/lib/env";

describe("readEnv", () => {
  it("defaults to the embedded database in ./data", () => {
    expect(readEnv({})).toEqual({ DATABASE_URL: undefined, CLAIMLINE_DATA_DIR: "./data", PORT: 3000, NODE_ENV: "development" });
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

  it("takes a port from 1 to 65535 and refuses anything else in one line", () => {
    expect(readEnv({ PORT: "8080" }).PORT).toBe(8080);
    for (const bad of ["70000", "0", "-1", "http", "80.5", ""]) {
      expect(() => readEnv({ PORT: bad })).toThrow(/^Invalid PORT: must be a whole number from 1 to 65535$/);
    }
  });
});
