/** Who carried an appearance, for counting outlets: its source's publisher, or the source itself. */
export function outletKeyOf(sourceId: string, publisherId: string | null): string {
  return publisherId === null ? `source:${sourceId}` : `actor:${publisherId}`;
}
