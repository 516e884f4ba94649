import Link from "next/link";
import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { PendingHint } from "@/components/ui/pending-hint";
import type { SourceEvent } from "@/lib/sources/data";

/** The context events (not claims) that cite a source, each with its dispute. */
export function SourceEvents({ events }: { events: SourceEvent[] }) {
  return (
    <ul className="source-events">
      {events.map((event) => (
        <li key={event.id}>
          <FuzzyDateText date={event.occurredAt} /> <strong>{event.title}</strong>{" "}
          <span className="muted">
            on the timeline of{" "}
            <Link href={`/disputes/${event.dispute.slug}`}>
              {event.dispute.title}
              <PendingHint />
            </Link>
          </span>
        </li>
      ))}
    </ul>
  );
}
