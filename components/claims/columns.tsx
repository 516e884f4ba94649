"use client";

import Link from "next/link";
import { createDataTableColumns } from "@/components/data-table/data-table";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { Highlighted } from "@/components/ui/highlighted";
import { ATTRIBUTION_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import { StanceBadge } from "@/components/ui/stance-badge";
import { notesLabel } from "@/lib/annotations/labels";
import type { ClaimListRow } from "@/lib/claims/list";
import { describeOrigins } from "@/lib/provenance/origins";

const column = createDataTableColumns<ClaimListRow>();

/** The claims table's columns; ids match the sort names the URL uses where sortable. */
export const claimColumns = column.columns([
  column.accessor("madeAt", {
    id: "date",
    header: "Said",
    enableHiding: false,
    cell: (info) => <FuzzyDateText date={info.getValue()} />,
  }),
  column.accessor("text", {
    id: "claim",
    header: "Claim",
    enableHiding: false,
    cell: ({ row }) => {
      const claim = row.original;
      const quote = claim.highlight?.quote ?? claim.quote;
      return (
        <>
          <Link href={`/claims/${claim.id}`} className={claim.status === "ACTIVE" ? undefined : "is-dimmed"}>
            <Highlighted text={claim.highlight?.text ?? claim.text} />
            <PendingHint />
          </Link>
          {quote && (
            <q className="table-quote">
              <Highlighted text={quote} />
            </q>
          )}
          {claim.status !== "ACTIVE" && <span className="badge badge-status">{claim.status.toLowerCase()}</span>}
        </>
      );
    },
  }),
  column.accessor((row) => row.claimant.name, {
    id: "claimant",
    header: "Claimant",
    cell: ({ row }) => <Link href={`/actors/${row.original.claimant.id}`}>{row.original.claimant.name}</Link>,
  }),
  column.accessor("stance", {
    id: "stance",
    header: "Stance",
    cell: (info) => <StanceBadge stance={info.getValue()} />,
  }),
  column.accessor((row) => row.dispute.title, {
    id: "dispute",
    header: "Dispute",
    cell: ({ row }) => <Link href={`/disputes/${row.original.dispute.slug}`}>{row.original.dispute.title}</Link>,
  }),
  column.accessor("firstAppearance", {
    id: "firstAppearance",
    header: "First appearance",
    cell: ({ row }) => {
      const first = row.original.firstAppearance;
      if (!first) return <span className="muted">none recorded</span>;
      return (
        <>
          <Link href={`/sources/${first.sourceId}`}>{first.outlet}</Link>, <FuzzyDateText date={first.reportedAt} />
          <div className="muted small">
            <Highlighted text={row.original.highlight?.sourceTitle ?? first.sourceTitle} />
          </div>
        </>
      );
    },
  }),
  column.accessor("attributions", {
    id: "attribution",
    header: "Sourcing",
    cell: (info) => (
      <ul className="plain">
        {info.getValue().map((kind) => (
          <li key={kind} className={kind === "ANONYMOUS_SOURCING" ? "badge badge-anonymous" : "badge"}>
            {ATTRIBUTION_LABELS[kind]}
          </li>
        ))}
      </ul>
    ),
  }),
  column.accessor((row) => describeOrigins(row.origins), {
    id: "origins",
    header: "Independent origins",
    // The same sentence as the timeline card, the claim page and the CSV (docs/origins.md).
    cell: (info) => info.getValue(),
  }),
  column.accessor("annotationCount", {
    id: "notes",
    header: "Notes",
    cell: ({ row }) =>
      row.original.annotationCount > 0 ? (
        <Link href={`/claims/${row.original.id}#annotations`} aria-label={notesLabel(row.original.annotationCount)}>
          {row.original.annotationCount}
        </Link>
      ) : (
        <span className="muted">0</span>
      ),
  }),
]);
