"use client";

import type { ReactNode } from "react";
import { claimColumns } from "@/components/claims/columns";
import { DataTable, type SortLink } from "@/components/data-table/data-table";
import type { ClaimListRow } from "@/lib/claims/list";
import { CLAIMS_COLUMNS_COOKIE } from "@/lib/claims/view-constants";

export function ClaimsTable(props: {
  rows: ClaimListRow[];
  caption: ReactNode;
  sortLinks: Partial<Record<string, SortLink>>;
  initialHidden: string[];
  empty: ReactNode;
}) {
  return (
    <DataTable
      columns={claimColumns}
      data={props.rows}
      getRowId={(row) => row.id}
      caption={props.caption}
      sortLinks={props.sortLinks}
      visibilityCookie={CLAIMS_COLUMNS_COOKIE}
      initialHidden={props.initialHidden}
      empty={props.empty}
    />
  );
}
