import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { activeFilters, ClaimsFilters } from "@/components/claims/claims-filters";
import { ClaimsTable } from "@/components/claims/claims-table";
import type { SortLink } from "@/components/data-table/data-table";
import { Pagination } from "@/components/ui/pagination";
import { listClaimFilterOptions } from "@/lib/claims/filter-options";
import { listClaims, RANK_LIMIT } from "@/lib/claims/list";
import {
  claimListSearch,
  hasActiveFilters,
  parseClaimListParams,
  type ClaimListFilters,
  type ClaimSort,
} from "@/lib/claims/list-schema";
import { CLAIMS_COLUMNS_COOKIE } from "@/lib/claims/view-constants";

export const metadata: Metadata = { title: "Claims" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const numberFormat = new Intl.NumberFormat("en-GB");
const href = (filters: ClaimListFilters) => `/claims${claimListSearch(filters)}`;

function sortLink(filters: ClaimListFilters, sort: ClaimSort): SortLink {
  const current = filters.sort === sort ? filters.dir : false;
  const firstDir = sort === "date" ? "desc" : "asc";
  const dir = current === false ? firstDir : current === "asc" ? "desc" : "asc";
  return { href: href({ ...filters, sort, dir, page: 1 }), current };
}

/**
 * The plain filter form (no JavaScript) submits every field, empty or not: such an address is
 * sent on to the same view without its empty parameters, so links people copy stay readable.
 */
function withoutEmptyParams(search: Record<string, string | string[] | undefined>): string | null {
  const kept = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item.trim() === "") dropped = true;
      else kept.append(key, item);
    }
  }
  if (!dropped) return null;
  const query = kept.toString();
  return query ? `/claims?${query}` : "/claims";
}

export default async function ClaimsPage({ searchParams }: Props) {
  const search = await searchParams;
  const clean = withoutEmptyParams(search);
  if (clean !== null) redirect(clean);
  const { filters, notices } = parseClaimListParams(search);
  const [page, options, cookieStore] = await Promise.all([listClaims(filters), listClaimFilterOptions(filters), cookies()]);
  const initialHidden = (cookieStore.get(CLAIMS_COLUMNS_COOKIE)?.value ?? "").split(",").filter(Boolean);

  const names = new Map(
    [...options.publishers, ...options.actors, ...options.disputes, ...options.sources].map((option) => [option.value, option.label]),
  );
  const chips = activeFilters(filters, names);
  const filtered = hasActiveFilters(filters);
  const firstRow = (filters.page - 1) * filters.size + 1;
  const lastRow = firstRow + page.rows.length - 1;
  const totalText = `${numberFormat.format(page.total)}${page.totalIsCapped ? "+" : ""}`;
  const exportHref = `/claims/export${claimListSearch({ ...filters, page: 1 })}`;

  return (
    <>
      <h1>Claims</h1>
      {notices.length > 0 && (
        <ul className="notices" role="status">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      <ClaimsFilters filters={filters} options={options} />
      {chips.length > 0 && (
        <ul className="chips" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.label}>
              {chip.label}{" "}
              <Link href={chip.removeHref} aria-label={`Remove filter ${chip.label}`}>
                ×
              </Link>
            </li>
          ))}
          <li>
            <Link href="/claims">Clear all filters</Link>
          </li>
        </ul>
      )}
      {page.unrankedSearch && (
        <p className="notices" role="status">
          Over {numberFormat.format(RANK_LIMIT)} claims match, too many to rank by relevance: they are listed newest
          first. Add words or filters to rank them.
        </p>
      )}
      <div className="table-summary">
        <p aria-live="polite">
          {page.rows.length > 0
            ? `Showing ${numberFormat.format(firstRow)}–${numberFormat.format(lastRow)} of ${totalText} claims`
            : "No claims to show"}
          {filters.q && (
            <>
              {" · "}
              {filters.sort === "relevance" ? (
                <Link href={href({ ...filters, sort: "date", dir: "desc", page: 1 })}>sort by date instead</Link>
              ) : (
                <Link href={href({ ...filters, sort: "relevance", dir: "desc", page: 1 })}>sort by relevance</Link>
              )}
            </>
          )}
        </p>
        {page.rows.length > 0 && (
          <a href={exportHref} download>
            Download this view as CSV
          </a>
        )}
      </div>
      <ClaimsTable
        rows={page.rows}
        caption={filtered ? "Claims matching the filters" : "All claims"}
        sortLinks={{ date: sortLink(filters, "date"), claimant: sortLink(filters, "claimant"), dispute: sortLink(filters, "dispute") }}
        initialHidden={initialHidden}
        empty={
          filters.page > 1 && page.total > 0 ? (
            <div className="empty">
              <p>This view has no page {numberFormat.format(filters.page)}.</p>
              <Link href={href({ ...filters, page: 1 })}>Go to the first page</Link>
            </div>
          ) : (
            <div className="empty">
              <p>{filtered ? "No claim matches these filters." : "No claims are recorded yet."}</p>
              {filtered && <Link href="/claims">Clear the filters</Link>}
            </div>
          )
        }
      />
      <Pagination
        page={filters.page}
        pageCount={page.pageCount}
        hrefFor={(n) => href({ ...filters, page: n })}
        hasMore={filters.page < page.pageCount || (page.totalIsCapped && page.rows.length === filters.size)}
        countIsLowerBound={page.totalIsCapped}
      />
    </>
  );
}
