import "server-only";
import { ACTOR_KIND_LABELS } from "@/components/ui/labels";
import { listActorSummaries, type ActorSummary } from "@/lib/actors/data";
import { streamPagedCsv } from "@/lib/csv-stream";

/** Rows read per query while exporting /actors. */
export const ACTORS_CSV_PAGE_SIZE = 1000;

export const ACTOR_CSV_HEADER = [
  "id",
  "name",
  "kind",
  "kind_label",
  "role",
  "country",
  "affiliation",
  "affiliation_id",
  "claims",
  "sources_published",
  "members",
  "url",
];

export function actorCsvFields(actor: ActorSummary, baseUrl: string): string[] {
  return [
    actor.id,
    actor.name,
    actor.kind,
    ACTOR_KIND_LABELS[actor.kind],
    actor.role ?? "",
    actor.country ?? "",
    actor.affiliation?.name ?? "",
    actor.affiliation?.id ?? "",
    String(actor.claimCount),
    String(actor.sourceCount),
    String(actor.memberCount),
    `${baseUrl}/actors/${actor.id}`,
  ];
}

/** /actors as CSV: every actor, in the page's order (kind, then name), read a page at a time. */
export function streamActorsCsv(baseUrl: string, { pageSize = ACTORS_CSV_PAGE_SIZE }: { pageSize?: number } = {}) {
  return streamPagedCsv<ActorSummary>({
    header: ACTOR_CSV_HEADER,
    readPage: (page) => listActorSummaries(page, pageSize),
    fields: (actor) => actorCsvFields(actor, baseUrl),
  });
}
