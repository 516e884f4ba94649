import type { Metadata } from "next";
import { CsvDownloadLink } from "@/components/ui/csv-download-link";
import { RecordLinks } from "@/components/auth/record-links";
import { ActorDirectory } from "@/components/actors/actor-directory";
import { listActorSummaries } from "@/lib/actors/data";
import { Pagination } from "@/components/ui/pagination";
import { parsePageParam } from "@/lib/paging";
import "@/components/entities/entities.css";

export const metadata: Metadata = {
  title: "Actors",
  description: "Everyone who speaks in the disputes — people, government bodies, outlets, organizations, anonymous groups.",
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ActorsPage({ searchParams }: Props) {
  const { items: actors, page, pageCount } = await listActorSummaries(parsePageParam((await searchParams).page));
  return (
    <>
      <h1>Actors</h1>
      <RecordLinks more={[{ href: "/actors/new", label: "New actor" }]} />
      <p className="lede muted">
        Who speaks: people, government bodies, media outlets, organizations and anonymous groups, grouped by kind, with
        how many claims each made and how many sources each published.
      </p>
      {actors.length === 0 ? (
        <p className="empty">
          No actors yet. Run <code>npm run db:seed</code> to load the demo data set.
        </p>
      ) : (
        <>
          <CsvDownloadLink href="/actors/export" testId="actors-csv" />
          <ActorDirectory actors={actors} />
        </>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => (n === 1 ? "/actors" : `/actors?page=${n}`)} />
    </>
  );
}
