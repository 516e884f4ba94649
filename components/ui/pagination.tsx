import Link from "next/link";

const numberFormat = new Intl.NumberFormat("en-GB");

/** Previous / page N of M / next, as links (works without JavaScript). */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  hasMore = page < pageCount,
  countIsLowerBound = false,
  label = "Pages",
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  hasMore?: boolean;
  countIsLowerBound?: boolean;
  /** the navigation landmark's name: give each its own when a page has several */
  label?: string;
}) {
  if (pageCount <= 1 && !hasMore && page <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link href={hrefFor(page - 1)}>← Previous</Link> : <span aria-hidden="true">← Previous</span>}
      <span>
        Page {numberFormat.format(page)} of {numberFormat.format(pageCount)}
        {countIsLowerBound ? "+" : ""}
      </span>
      {hasMore ? <Link href={hrefFor(page + 1)}>Next →</Link> : <span aria-hidden="true">Next →</span>}
    </nav>
  );
}
