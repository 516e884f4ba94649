import Link from "next/link";
import { ExternalLink } from "@/components/entities/external-link";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { ACTOR_KIND_LABELS, SOURCE_KIND_LABELS } from "@/components/ui/labels";
import { PendingHint } from "@/components/ui/pending-hint";
import type { SourceDetail } from "@/lib/sources/data";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "English (en)" for a BCP 47 tag; the tag alone when it names no language we know. */
function languageLabel(tag: string): string {
  try {
    const name = languageNames.of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

const notRecorded = <span className="muted">Not recorded</span>;

/** A source's metadata: kind, publisher, addresses, its two dates (published, retrieved), language. */
export function SourceFacts({ source }: { source: SourceDetail }) {
  return (
    <dl className="facts">
      <dt>Kind</dt>
      <dd>{SOURCE_KIND_LABELS[source.kind]}</dd>
      <dt>Publisher</dt>
      <dd>
        {source.publisher ? (
          <>
            <Link href={`/actors/${source.publisher.id}`}>
              {source.publisher.name}
              <PendingHint />
            </Link>{" "}
            <span className="muted">({ACTOR_KIND_LABELS[source.publisher.kind]})</span>
          </>
        ) : (
          notRecorded
        )}
      </dd>
      <dt>Published</dt>
      <dd>{source.published ? <FuzzyDateText date={source.published} /> : notRecorded}</dd>
      <dt>Retrieved</dt>
      <dd>{source.retrieved ? <FuzzyDateText date={source.retrieved} /> : notRecorded}</dd>
      <dt>Language</dt>
      <dd>{source.language ? languageLabel(source.language) : notRecorded}</dd>
      <dt>Address</dt>
      <dd className="address">{source.url ? <ExternalLink href={source.url} /> : notRecorded}</dd>
      <dt>Archived copy</dt>
      <dd className="address">{source.archiveUrl ? <ExternalLink href={source.archiveUrl} /> : notRecorded}</dd>
    </dl>
  );
}
