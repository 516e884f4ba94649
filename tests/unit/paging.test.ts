import { describe, expect, it } from "vitest";
import { LIST_PAGE_SIZE, MAX_LIST_PAGE, pageCountOf, pageWindow, parsePageParam } from "@/lib/paging";

describe("list paging", () => {
  it("reads ?page=N and falls back to 1 for anything else", () => {
    expect(parsePageParam("3")).toBe(3);
    expect(parsePageParam(["4", "9"])).toBe(4);
    for (const bad of [undefined, "", "0", "-2", "1.5", "abc", "1e99", String(MAX_LIST_PAGE + 1)]) {
      expect(parsePageParam(bad)).toBe(1);
    }
  });

  it("turns a page into a window and a total into a page count", () => {
    expect(pageWindow(3)).toEqual({ skip: 2 * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE });
    expect(pageCountOf(0)).toBe(1);
    expect(pageCountOf(LIST_PAGE_SIZE)).toBe(1);
    expect(pageCountOf(LIST_PAGE_SIZE + 1)).toBe(2);
  });
});
