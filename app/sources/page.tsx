import type { Metadata } from "next";
import { CsvDownloadLink } from "@/components/ui/csv-download-link";
import { RecordLinks } from "@/components/auth/record-links";
import { SourceTable } from "@/components/sources/source-table";
import { listSourceSummaries } from "@/lib/sources/data";
import { Pagination } from "@/components/ui/pagination";
import { parsePageParam } from "@/lib/paging";
import "@/components/entities/entities.css";

export const metadata: Metadata = {
  title: "Sources",
  description: "Every document where a claim is on the record: who published it, when, and what it carried.",
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SourcesPage({ searchParams }: Props) {
  const { items: sources, page, pageCount } = await listSourceSummaries(parsePageParam((await searchParams).page));
  return (
    <>
      <h1>Sources</h1>
      <RecordLinks more={[{ href: "/sources/new", label: "New source" }]} />
      <p className="lede muted">
        The documents where claims are on the record — articles, statements, briefings, readouts, reports — with who
        published each, when, and how many claims it carried.
      </p>
      {sources.length === 0 ? (
        <p className="empty">
          No sources yet. Run <code>npm run db:seed</code> to load the demo data set.
        </p>
      ) : (
        <>
          <CsvDownloadLink href="/sources/export" testId="sources-csv" />
          <SourceTable sources={sources} />
        </>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => (n === 1 ? "/sources" : `/sources?page=${n}`)} />
    </>
  );
}
