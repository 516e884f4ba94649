import { describe, expect, it } from "vitest";
import { PAGED_CSV_FAILED_LINE, streamPagedCsv } from "@/lib/csv-stream";

// Decoded keeping the byte-order mark (Response.text() drops it).
const read = async (stream: ReadableStream<Uint8Array>) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

describe("streamPagedCsv", () => {
  const rows = Array.from({ length: 7 }, (_, i) => ({ n: i + 1 }));
  const pages = (size: number) => async (page: number) => ({
    items: rows.slice((page - 1) * size, page * size),
    pageCount: Math.max(1, Math.ceil(rows.length / size)),
  });

  it("writes the header, then every page's rows in order, each page read once", async () => {
    const asked: number[] = [];
    const read3 = pages(3);
    const csv = await read(
      await streamPagedCsv({ header: ["n"], readPage: (page) => (asked.push(page), read3(page)), fields: (row) => [String(row.n)] }),
    );
    expect(csv).toBe("\uFEFFn\r\n1\r\n2\r\n3\r\n4\r\n5\r\n6\r\n7\r\n");
    expect(asked).toEqual([1, 2, 3]);
  });

  it("an empty list is the header alone", async () => {
    const csv = await read(await streamPagedCsv({ header: ["n"], readPage: async () => ({ items: [], pageCount: 1 }), fields: () => [] }));
    expect(csv).toBe("\uFEFFn\r\n");
  });

  it("fails the request when the first page fails, and ends the file with an error line when a later one does", async () => {
    await expect(streamPagedCsv({ header: ["n"], readPage: () => Promise.reject(new Error("down")), fields: () => [] })).rejects.toThrow("down");
    const errors: unknown[] = [];
    const read3 = pages(3);
    const csv = await read(
      await streamPagedCsv({
        header: ["n"],
        readPage: (page) => (page === 2 ? Promise.reject(new Error("gone")) : read3(page)),
        fields: (row) => [String(row.n)],
        onError: (error) => errors.push(error),
      }),
    );
    expect(csv).toBe(`\uFEFFn\r\n1\r\n2\r\n3\r\n${PAGED_CSV_FAILED_LINE}\r\n`);
    expect(errors).toHaveLength(1);
  });
});
