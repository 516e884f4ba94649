import { z } from "zod";
import { ATTRIBUTION_KINDS, recordIdSchema, STANCES, type AttributionKind, type Stance } from "@/lib/claims/schema";
import { ANNOTATION_MOTIVATIONS, type AnnotationMotivation } from "@/lib/domain/enums";
import { parseEdtf, toEdtf, type FuzzyDate } from "@/lib/dates";
import { disputeSlugSchema } from "@/lib/disputes/schema";

/**
 * The claims table's whole view state, as it lives in the URL. Parsing never fails: a bad or
 * unknown value is dropped or clamped, and a notice says what was ignored, so a mangled link
 * still opens a sensible view (and never a 500).
 */
export const CLAIM_SORTS = ["date", "claimant", "dispute", "relevance"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_QUERY_LENGTH = 200;
export const MAX_VALUES_PER_FILTER = 20;
/** Deep OFFSET paging gets slow; beyond this, narrow the filters instead. */
export const MAX_PAGE = 2000;

export interface ClaimListFilters {
  q: string;
  publisher: string[];
  source: string[];
  actor: string[];
  dispute: string[];
  stance: Stance[];
  attribution: AttributionKind[];
  /** only claims with at least one (visible) annotation */
  annotated: boolean;
  /** only claims with an annotation of one of these kinds */
  motivation: AnnotationMotivation[];
  from: FuzzyDate | null;
  to: FuzzyDate | null;
  sort: ClaimSort;
  dir: "asc" | "desc";
  page: number;
  size: number;
}

export const EMPTY_FILTERS: ClaimListFilters = {
  q: "",
  publisher: [],
  source: [],
  actor: [],
  dispute: [],
  stance: [],
  attribution: [],
  annotated: false,
  motivation: [],
  from: null,
  to: null,
  sort: "date",
  dir: "desc",
  page: 1,
  size: DEFAULT_PAGE_SIZE,
};

export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

function valuesOf(params: SearchParamsInput, name: string): string[] {
  // Own properties only, strings only: `?__proto__=x` must not turn a lookup into Object.prototype.
  const raw = params instanceof URLSearchParams ? params.getAll(name) : Object.hasOwn(params, name) ? params[name] : undefined;
  const list = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === "string");
  // "a,b" and repeated parameters both work; empty values are ignored.
  return list.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
}

function pickAll<T>(
  params: SearchParamsInput,
  name: string,
  schema: z.ZodType<T>,
  label: string,
  notices: string[],
): T[] {
  const picked: T[] = [];
  for (const value of valuesOf(params, name)) {
    const result = schema.safeParse(value);
    if (!result.success) notices.push(`Ignored ${label} “${value.slice(0, 40)}”: not a known value.`);
    else if (!picked.includes(result.data)) picked.push(result.data);
  }
  if (picked.length > MAX_VALUES_PER_FILTER) {
    notices.push(`Only the first ${MAX_VALUES_PER_FILTER} ${label} values are used.`);
    return picked.slice(0, MAX_VALUES_PER_FILTER);
  }
  return picked;
}

function pickOne(params: SearchParamsInput, name: string): string | undefined {
  return valuesOf(params, name)[0];
}

function pickDate(params: SearchParamsInput, name: "from" | "to", notices: string[]): FuzzyDate | null {
  const value = pickOne(params, name);
  if (value === undefined) return null;
  try {
    return parseEdtf(value);
  } catch {
    notices.push(`Ignored the “${name}” date “${value.slice(0, 40)}”: use YYYY-MM-DD, YYYY-MM or YYYY.`);
    return null;
  }
}

function pickInt(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return fallback;
  return Number(value);
}

export function parseClaimListParams(params: SearchParamsInput): { filters: ClaimListFilters; notices: string[] } {
  const notices: string[] = [];
  let q = (pickOne(params, "q") ?? "").replace(/[\u0000-\u001f]/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) {
    notices.push(`The search text was cut to its first ${MAX_QUERY_LENGTH} characters.`);
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  const from = pickDate(params, "from", notices);
  let to = pickDate(params, "to", notices);
  if (from && to && to.end < from.start) {
    notices.push("Ignored the “to” date: it is before the “from” date.");
    to = null;
  }

  const sortValue = pickOne(params, "sort");
  let sort: ClaimSort = q ? "relevance" : "date";
  if (sortValue !== undefined) {
    const parsed = z.enum(CLAIM_SORTS).safeParse(sortValue);
    if (parsed.success && (parsed.data !== "relevance" || q)) sort = parsed.data;
    else notices.push(`Ignored the sort “${sortValue.slice(0, 40)}”.`);
  }
  const dirValue = pickOne(params, "dir");
  const dir = dirValue === "asc" || dirValue === "desc" ? dirValue : sort === "date" || sort === "relevance" ? "desc" : "asc";

  const sizeValue = pickInt(pickOne(params, "size"), DEFAULT_PAGE_SIZE);
  const size = PAGE_SIZES.reduce((best, option) => (Math.abs(option - sizeValue) < Math.abs(best - sizeValue) ? option : best));
  if (pickOne(params, "size") !== undefined && size !== sizeValue) notices.push(`Showing ${size} rows a page.`);
  const page = Math.min(Math.max(pickInt(pickOne(params, "page"), 1), 1), MAX_PAGE);

  const filters: ClaimListFilters = {
    q,
    publisher: pickAll(params, "publisher", recordIdSchema, "publisher", notices),
    source: pickAll(params, "source", recordIdSchema, "source", notices),
    actor: pickAll(params, "actor", recordIdSchema, "actor", notices),
    dispute: pickAll(params, "dispute", disputeSlugSchema, "dispute", notices),
    stance: pickAll(params, "stance", z.enum(STANCES), "stance", notices),
    attribution: pickAll(params, "attribution", z.enum(ATTRIBUTION_KINDS), "attribution", notices),
    annotated: ["1", "true", "yes", "on"].includes(pickOne(params, "annotated") ?? ""),
    motivation: pickAll(params, "motivation", z.enum(ANNOTATION_MOTIVATIONS), "annotation kind", notices),
    from,
    to,
    sort,
    dir,
    page,
    size,
  };
  return { filters, notices };
}

/** The URL query string for a view: defaults are left out, so links stay short and stable. */
export function claimListSearch(filters: ClaimListFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const name of ["publisher", "source", "actor", "dispute", "stance", "attribution", "motivation"] as const) {
    for (const value of filters[name]) params.append(name, value);
  }
  if (filters.annotated) params.set("annotated", "1");
  if (filters.from) params.set("from", toEdtf(filters.from));
  if (filters.to) params.set("to", toEdtf(filters.to));
  const defaultSort = filters.q ? "relevance" : "date";
  if (filters.sort !== defaultSort) params.set("sort", filters.sort);
  const defaultDir = filters.sort === "date" || filters.sort === "relevance" ? "desc" : "asc";
  if (filters.dir !== defaultDir) params.set("dir", filters.dir);
  if (filters.size !== DEFAULT_PAGE_SIZE) params.set("size", String(filters.size));
  if (filters.page !== 1) params.set("page", String(filters.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function hasActiveFilters(filters: ClaimListFilters): boolean {
  return Boolean(
    filters.q ||
      filters.from ||
      filters.to ||
      filters.publisher.length ||
      filters.source.length ||
      filters.actor.length ||
      filters.dispute.length ||
      filters.stance.length ||
      filters.attribution.length ||
      filters.annotated ||
      filters.motivation.length,
  );
}
