import { z } from "zod";

/** Server-side paging for the long lists (sources, actors): `?page=N`, clamped, never an error. */
export const LIST_PAGE_SIZE = 100;
export const MAX_LIST_PAGE = 100_000;

const pageSchema = z.coerce.number().int().min(1).max(MAX_LIST_PAGE).catch(1);

export function parsePageParam(value: string | string[] | undefined): number {
  return pageSchema.parse(Array.isArray(value) ? value[0] : value);
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function pageWindow(page: number, size: number = LIST_PAGE_SIZE): { skip: number; take: number } {
  return { skip: (page - 1) * size, take: size };
}

export function pageCountOf(total: number, size: number = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}
