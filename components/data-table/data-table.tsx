"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnVisibilityState,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";

/**
 * The one generic table over @tanstack/react-table. The server owns the data: it filters,
 * sorts and pages, and hands over one page of rows plus, per sortable column, the link that
 * sorts by it — so sorting works without JavaScript and lives in the URL. The table owns column
 * visibility, which it remembers in a cookie so the server renders the same columns next time.
 */
export const dataTableFeatures = tableFeatures({ columnVisibilityFeature, rowSortingFeature });
export type DataTableFeatures = typeof dataTableFeatures;
export const createDataTableColumns = <TData extends RowData>() => createColumnHelper<DataTableFeatures, TData>();

export interface SortLink {
  href: string;
  /** the column's current sort, if the view is sorted by it */
  current: "asc" | "desc" | false;
}

export interface DataTableProps<TData extends RowData> {
  columns: ColumnDef<DataTableFeatures, TData, unknown>[];
  data: TData[];
  getRowId: (row: TData) => string;
  caption: ReactNode;
  sortLinks: Partial<Record<string, SortLink>>;
  /** cookie that remembers hidden columns (a comma-separated list of column ids) */
  visibilityCookie: string;
  initialHidden: string[];
  empty: ReactNode;
}

function writeHiddenCookie(name: string, visibility: ColumnVisibilityState) {
  const hidden = Object.entries(visibility)
    .filter(([, visible]) => !visible)
    .map(([id]) => id);
  document.cookie = `${name}=${encodeURIComponent(hidden.join(","))}; path=/; max-age=31536000; samesite=lax`;
}

export function DataTable<TData extends RowData>({
  columns,
  data,
  getRowId,
  caption,
  sortLinks,
  visibilityCookie,
  initialHidden,
  empty,
}: DataTableProps<TData>) {
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() =>
    Object.fromEntries(initialHidden.map((id) => [id, false])),
  );
  const sorting: SortingState = Object.entries(sortLinks).flatMap(([id, link]) =>
    link?.current ? [{ id, desc: link.current === "desc" }] : [],
  );
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    manualSorting: true,
    state: { columnVisibility, sorting },
    onColumnVisibilityChange: (updater) =>
      setColumnVisibility((previous) => {
        const next = typeof updater === "function" ? updater(previous) : updater;
        writeHiddenCookie(visibilityCookie, next);
        return next;
      }),
  });
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());

  return (
    <div className="data-table">
      <details className="column-menu">
        <summary>Columns</summary>
        <fieldset>
          <legend>Show columns</legend>
          {hideable.map((column) => (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                onChange={(event) => column.toggleVisibility(event.target.checked)}
              />{" "}
              {typeof column.columnDef.header === "string" ? column.columnDef.header : column.id}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const link = sortLinks[header.column.id];
                  const label = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                  const ariaSort = link?.current === "asc" ? "ascending" : link?.current === "desc" ? "descending" : undefined;
                  return (
                    <th key={header.id} scope="col" aria-sort={ariaSort}>
                      {link ? (
                        <Link href={link.href} className="sort-link" scroll={false}>
                          {label}
                          <span aria-hidden="true" className="sort-mark">
                            {link.current === "asc" ? " ▲" : link.current === "desc" ? " ▼" : " ↕"}
                          </span>
                        </Link>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length}>{empty}</td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      data-column={cell.column.id}
                      data-label={typeof cell.column.columnDef.header === "string" ? cell.column.columnDef.header : undefined}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
