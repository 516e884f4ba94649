import Link from "next/link";
import { CsvDownloadLink } from "@/components/ui/csv-download-link";
import { RecordLinks } from "@/components/auth/record-links";
import { PendingHint } from "@/components/ui/pending-hint";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { STANCE_LABELS, STATUS_LABELS } from "@/components/ui/labels";
import { STANCES } from "@/lib/claims/schema";
import { Pagination } from "@/components/ui/pagination";
import { listDisputeSummaries } from "@/lib/disputes/data";
import { parsePageParam } from "@/lib/paging";

const updatedFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HomePage({ searchParams }: Props) {
  const { items: disputes, page, pageCount } = await listDisputeSummaries(parsePageParam((await searchParams).page));
  return (
    <>
      <h1>Disputes</h1>
      <RecordLinks more={[{ href: "/disputes/new", label: "New dispute" }]} />
      <p className="lede muted">
        Contested questions, each with the competing accounts side by side: who said what, when, through which
        outlet and citing whom.
      </p>
      {disputes.length > 0 && (
        <CsvDownloadLink href="/disputes.csv" testId="disputes-csv" />
      )}
      {disputes.length === 0 ? (
        <p className="empty">No disputes yet. Run <code>npm run db:seed</code> to load the demo data set.</p>
      ) : (
        <ul className="dispute-list">
          {disputes.map((dispute) => (
            <li key={dispute.id} className="dispute-card">
              <h2>
                <Link href={`/disputes/${dispute.slug}`}>
                  {dispute.title}
                  <PendingHint />
                </Link>{" "}
                <span className={`badge status-${dispute.status.toLowerCase()}`}>{STATUS_LABELS[dispute.status]}</span>
              </h2>
              <p>{dispute.proposition}</p>
              <ul className="stance-counts" aria-label={`${dispute.claimCount} claims by stance`}>
                {STANCES.filter((stance) => dispute.stanceCounts[stance] > 0).map((stance) => (
                  <li key={stance} className={`badge stance-${stance.toLowerCase()}`}>
                    {STANCE_LABELS[stance]}: {dispute.stanceCounts[stance]}
                  </li>
                ))}
                {dispute.claimCount === 0 && <li className="muted">No claims yet</li>}
              </ul>
              <dl className="meta">
                <div>
                  <dt>Claims</dt>
                  <dd>{dispute.claimCount}</dd>
                </div>
                {dispute.latestStatement && (
                  <div>
                    <dt>Latest statement</dt>
                    <dd>
                      <FuzzyDateText date={dispute.latestStatement} />
                    </dd>
                  </div>
                )}
                <div>
                  <dt>Last updated</dt>
                  <dd>
                    <time dateTime={dispute.lastUpdated.toISOString()}>{updatedFormat.format(dispute.lastUpdated)}</time>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => (n === 1 ? "/" : `/?page=${n}`)} />
    </>
  );
}
