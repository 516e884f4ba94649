import { compareFuzzyDates, describeGap, toEdtf, type FuzzyDate } from "@/lib/dates";

/**
 * The side-by-side contested timeline of one dispute, as data: rows ("bands") by date, one
 * column per side, context events spanning all columns, and each answer (a DENIES or REBUTS
 * link) placed in the same band as the claim it answers, with the time between them.
 */
export const TIMELINE_COLUMNS = ["AFFIRMS", "DENIES", "QUALIFIES", "OTHER"] as const;
export type TimelineColumn = (typeof TIMELINE_COLUMNS)[number];

export type Stance = "AFFIRMS" | "DENIES" | "QUALIFIES" | "DECLINES_TO_COMMENT" | "CONTEXT";
export type LinkKind = "DENIES" | "REBUTS" | "CORROBORATES" | "RETRACTS" | "CLARIFIES" | "SUPERSEDES";

/** Link kinds whose `from` claim answers its `to` claim: drawn as a pair on the timeline. */
export const ANSWER_LINK_KINDS: readonly LinkKind[] = ["DENIES", "REBUTS"];

export interface TimelineClaimInput {
  readonly id: string;
  readonly stance: Stance;
  readonly madeAt: FuzzyDate;
}

export interface TimelineEventInput {
  readonly id: string;
  readonly occurredAt: FuzzyDate;
}

export interface TimelineLinkInput {
  readonly fromId: string;
  readonly toId: string;
  readonly kind: LinkKind;
}

export interface TimelinePair {
  /** the answering claim (the link's `from`) */
  readonly responseId: string;
  /** the claim it answers (the link's `to`) */
  readonly targetId: string;
  readonly kind: LinkKind;
  /** time from the answered claim to the answer: "same day", "1 day later", … */
  readonly gap: string;
}

export interface TimelineBand<C, E> {
  readonly key: string;
  readonly date: FuzzyDate;
  readonly events: E[];
  readonly cells: Record<TimelineColumn, C[]>;
  readonly pairs: TimelinePair[];
}

/** The columns that take a side; context and no-comment claims are listed as one-line rows. */
export const SIDE_COLUMNS = ["AFFIRMS", "DENIES", "QUALIFIES"] as const satisfies readonly TimelineColumn[];
export type SideColumn = (typeof SIDE_COLUMNS)[number];

export interface Timeline<C, E> {
  /** the sides some claim of the dispute takes, in AFFIRMS, DENIES, QUALIFIES order (never OTHER) */
  readonly columns: readonly SideColumn[];
  readonly bands: readonly TimelineBand<C, E>[];
}

export function columnOf(stance: Stance): TimelineColumn {
  if (stance === "AFFIRMS" || stance === "DENIES" || stance === "QUALIFIES") return stance;
  return "OTHER";
}

type Item<C, E> = { kind: "claim"; date: FuzzyDate; claim: C } | { kind: "event"; date: FuzzyDate; event: E };

export function buildTimeline<C extends TimelineClaimInput, E extends TimelineEventInput>(
  claims: readonly C[],
  events: readonly E[],
  links: readonly TimelineLinkInput[],
): Timeline<C, E> {
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  const answers = new Map<string, TimelineLinkInput[]>();
  for (const link of links) {
    if (!ANSWER_LINK_KINDS.includes(link.kind) || !claimsById.has(link.fromId) || !claimsById.has(link.toId)) continue;
    answers.set(link.fromId, [...(answers.get(link.fromId) ?? []), link]);
  }

  const items: Item<C, E>[] = [
    ...events.map((event): Item<C, E> => ({ kind: "event", date: event.occurredAt, event })),
    ...claims.map((claim): Item<C, E> => ({ kind: "claim", date: claim.madeAt, claim })),
  ];
  // Events first within a date: they are the context the claims of that day respond to.
  items.sort((a, b) => compareFuzzyDates(a.date, b.date) || (a.kind === b.kind ? 0 : a.kind === "event" ? -1 : 1));

  const bands = new Map<string, TimelineBand<C, E>>();
  const bandFor = (date: FuzzyDate) => {
    const key = toEdtf(date);
    let band = bands.get(key);
    if (!band) {
      band = { key, date, events: [], cells: { AFFIRMS: [], DENIES: [], QUALIFIES: [], OTHER: [] }, pairs: [] };
      bands.set(key, band);
    }
    return band;
  };

  // Pass 1: everything on its own date.
  const bandOfClaim = new Map<string, TimelineBand<C, E>>();
  for (const item of items) {
    if (item.kind === "event") bandFor(item.date).events.push(item.event);
    else bandOfClaim.set(item.claim.id, bandFor(item.claim.madeAt));
  }
  // Pass 2, in date order: an answer joins the band of the earliest claim it answers, unless
  // that claim is later than the answer (the timeline never runs backwards).
  for (const item of items) {
    if (item.kind !== "claim") continue;
    const { claim } = item;
    const links = answers.get(claim.id) ?? [];
    const own = bandFor(claim.madeAt);
    let band = own;
    for (const link of links) {
      const target = bandOfClaim.get(link.toId);
      if (target && compareFuzzyDates(target.date, band.date) < 0) band = target;
    }
    bandOfClaim.set(claim.id, band);
    for (const link of links) {
      const target = claimsById.get(link.toId);
      if (!target) continue;
      band.pairs.push({
        responseId: claim.id,
        targetId: target.id,
        kind: link.kind,
        gap: describeGap(target.madeAt, claim.madeAt),
      });
    }
  }
  for (const item of items) {
    if (item.kind === "claim") bandOfClaim.get(item.claim.id)?.cells[columnOf(item.claim.stance)].push(item.claim);
  }

  const nonEmpty = [...bands.values()].filter(
    (band) => band.events.length > 0 || TIMELINE_COLUMNS.some((column) => band.cells[column].length > 0),
  );
  const ordered = nonEmpty.sort((a, b) => compareFuzzyDates(a.date, b.date));
  // Only the sides someone takes get a column: an empty column is width the disagreement needs.
  const present = new Set(ordered.flatMap((band) => SIDE_COLUMNS.filter((column) => band.cells[column].length > 0)));
  const columns = SIDE_COLUMNS.filter((column) => present.has(column));
  return { columns, bands: ordered };
}

/**
 * Whether a row carries the disagreement: claims on a side (not only context), or an answer
 * (a denial paired with what it answers). These rows are listed above the timeline.
 */
export function isContestedBand<C, E>(band: TimelineBand<C, E>): boolean {
  return band.pairs.length > 0 || SIDE_COLUMNS.some((column) => band.cells[column].length > 0);
}

/**
 * A long timeline is read in windows of at most `maxClaims` claims. Rows are kept whole where
 * they fit; a row with more claims than that (thousands of statements on one day) is split into
 * numbered parts (see splitBand), so no window is ever over the limit. The layout is built over
 * the whole dispute first, so a denial paired with an earlier claim stays in that claim's row.
 * 120 claims: a section of cards weighs 3.4–4.4 kB a claim as served (HTML plus the page's
 * inline React payload), so 250 came to 850 kB and 150 up to 660 kB; 120 stays under 600 kB (#9).
 */
export const TIMELINE_WINDOW_CLAIMS = 120;

export interface TimelineWindowInfo {
  readonly index: number;
  readonly firstDate: FuzzyDate;
  readonly lastDate: FuzzyDate;
  readonly claimCount: number;
}

/** Which part of a split row a band is ("part 2 of 7"); absent on a whole row. */
export interface BandPart {
  readonly index: number;
  readonly of: number;
}

export type WindowBand<C, E> = TimelineBand<C, E> & { readonly part?: BandPart };

export interface TimelineWindow<C, E> {
  readonly columns: readonly SideColumn[];
  /** the window's rows; a row split into parts carries which part it is */
  readonly bands: readonly WindowBand<C, E>[];
  readonly window: number;
  readonly windows: readonly TimelineWindowInfo[];
  readonly totalClaims: number;
}

function claimsIn<C, E>(band: TimelineBand<C, E>): number {
  return TIMELINE_COLUMNS.reduce((sum, column) => sum + band.cells[column].length, 0);
}

/**
 * A row with more than `maxClaims` claims, as parts of at most `maxClaims` each. A denial and
 * the claim it answers go into the same part (claims joined by answers are kept together, unless
 * such a group alone is over the limit); each part takes its share of every side, in the row's
 * order, so the sides stay side by side; the row's events open its first part.
 */
export function splitBand<C extends { readonly id: string }, E>(band: TimelineBand<C, E>, maxClaims: number): WindowBand<C, E>[] {
  const total = claimsIn(band);
  if (total <= maxClaims) return [band];
  // The row's claims, the sides interleaved (one of each in turn) so every part has each side.
  const queues = TIMELINE_COLUMNS.map((column) => band.cells[column].map((claim) => ({ column, claim })));
  const ordered: { column: TimelineColumn; claim: C }[] = [];
  for (let index = 0; ordered.length < total; index++) {
    for (const queue of queues) if (index < queue.length) ordered.push(queue[index]!);
  }
  // Groups of claims joined by answers within the row (union-find), in the order of their first claim.
  const parent = new Map(ordered.map(({ claim }) => [claim.id, claim.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(id, at);
    return at;
  };
  for (const pair of band.pairs) {
    if (parent.has(pair.responseId) && parent.has(pair.targetId)) parent.set(root(pair.responseId), root(pair.targetId));
  }
  const groups = new Map<string, { column: TimelineColumn; claim: C }[]>();
  for (const entry of ordered) {
    const key = root(entry.claim.id);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // Packed in order: a group that does not fit starts the next part; one over the limit is cut.
  const parts: { column: TimelineColumn; claim: C }[][] = [[]];
  for (const group of groups.values()) {
    let current = parts[parts.length - 1]!;
    if (current.length > 0 && current.length + group.length > maxClaims) parts.push((current = []));
    for (const entry of group) {
      if (current.length >= maxClaims) parts.push((current = []));
      current.push(entry);
    }
  }
  return parts.map((entries, index) => {
    const ids = new Set(entries.map(({ claim }) => claim.id));
    const cells = { AFFIRMS: [], DENIES: [], QUALIFIES: [], OTHER: [] } as Record<TimelineColumn, C[]>;
    for (const column of TIMELINE_COLUMNS) cells[column] = band.cells[column].filter((claim) => ids.has(claim.id));
    return {
      key: index === 0 ? band.key : `${band.key}-part-${index + 1}`,
      date: band.date,
      events: index === 0 ? band.events : [],
      cells,
      pairs: band.pairs.filter((pair) => ids.has(pair.responseId)),
      part: { index: index + 1, of: parts.length },
    };
  });
}

/** A whole timeline cut into its windows, once; `pickWindow` then serves any of them. */
export interface TimelineSections<C, E> {
  readonly columns: readonly SideColumn[];
  readonly groups: readonly (readonly WindowBand<C, E>[])[];
  readonly windows: readonly TimelineWindowInfo[];
  readonly totalClaims: number;
}

export function sectionTimeline<C extends { readonly id: string }, E>(
  timeline: Timeline<C, E>,
  maxClaims: number = TIMELINE_WINDOW_CLAIMS,
): TimelineSections<C, E> {
  const groups: WindowBand<C, E>[][] = [];
  let current: WindowBand<C, E>[] = [];
  let count = 0;
  for (const band of timeline.bands.flatMap((whole) => splitBand(whole, maxClaims))) {
    const size = claimsIn(band);
    if (current.length > 0 && count + size > maxClaims) {
      groups.push(current);
      current = [];
      count = 0;
    }
    current.push(band);
    count += size;
  }
  if (current.length > 0) groups.push(current);
  const windows = groups.map((bands, index) => ({
    index: index + 1,
    firstDate: bands[0]!.date,
    lastDate: bands[bands.length - 1]!.date,
    claimCount: bands.reduce((sum, band) => sum + claimsIn(band), 0),
  }));
  return { columns: timeline.columns, groups, windows, totalClaims: windows.reduce((sum, info) => sum + info.claimCount, 0) };
}

/** One window of a sectioned timeline; a number out of range is clamped. */
export function pickWindow<C, E>(sections: TimelineSections<C, E>, requested: number): TimelineWindow<C, E> {
  const window = Math.min(Math.max(1, requested), Math.max(1, sections.groups.length));
  return {
    columns: sections.columns,
    bands: sections.groups[window - 1] ?? [],
    window,
    windows: sections.windows,
    totalClaims: sections.totalClaims,
  };
}

export function windowTimeline<C extends { readonly id: string }, E>(
  timeline: Timeline<C, E>,
  requested: number,
  maxClaims: number = TIMELINE_WINDOW_CLAIMS,
): TimelineWindow<C, E> {
  return pickWindow(sectionTimeline(timeline, maxClaims), requested);
}

/** At most this many sections are listed by name; the rest are reached through the gaps' neighbours or by number. */
export const LISTED_WINDOWS = 15;

/** The sections listed: all of them, or the first, the last and those around the current one. */
export function listedWindows(current: number, count: number): (number | "gap")[] {
  if (count <= LISTED_WINDOWS) return Array.from({ length: count }, (_, index) => index + 1);
  const around = Math.floor((LISTED_WINDOWS - 4) / 2);
  const from = Math.max(2, Math.min(current - around, count - 1 - 2 * around));
  const to = Math.min(count - 1, from + 2 * around);
  return [1, ...(from > 2 ? ["gap" as const] : []), ...Array.from({ length: to - from + 1 }, (_, index) => from + index), ...(to < count - 1 ? ["gap" as const] : []), count];
}
