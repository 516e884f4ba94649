import Form from "next/form";
import Link from "next/link";
import { NameTypeahead } from "@/components/claims/name-typeahead";
import { ATTRIBUTION_LABELS, STANCE_LABELS } from "@/components/ui/labels";
import { MOTIVATION_LABELS } from "@/lib/annotations/labels";
import { ANNOTATION_MOTIVATIONS } from "@/lib/domain/enums";
import type { ClaimFilterOptions, FilterOption } from "@/lib/claims/filter-options";
import { claimListSearch, PAGE_SIZES, type ClaimListFilters } from "@/lib/claims/list-schema";
import { ATTRIBUTION_KINDS, STANCES } from "@/lib/claims/schema";
import { formatFuzzyDate, toEdtf } from "@/lib/dates";

function MultiSelect({ name, label, options, selected }: { name: string; label: string; options: FilterOption[]; selected: string[] }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} multiple size={Math.min(6, Math.max(3, options.length))} defaultValue={selected}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Checkboxes<T extends string>({ name, legend, values, labels, selected }: { name: string; legend: string; values: readonly T[]; labels: Record<T, string>; selected: readonly T[] }) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="check">
          <input type="checkbox" name={name} value={value} defaultChecked={selected.includes(value)} /> {labels[value]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The claims filters as a plain GET form: submitting it puts the whole view in the URL (and
 * works without JavaScript; with it, next/form navigates without a full reload). Page and
 * sort order are kept; changing filters starts again at page 1.
 */
export function ClaimsFilters({ filters, options }: { filters: ClaimListFilters; options: ClaimFilterOptions & { sources: FilterOption[] } }) {
  return (
    <Form action="/claims" className="filters" aria-label="Filter claims">
      <div className="field field-wide">
        <label htmlFor="filter-q">Search</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          maxLength={200}
          placeholder="Words in claims and quotes, names of claimants and outlets, excerpts"
          aria-describedby="filter-q-hint"
        />
        <p id="filter-q-hint" className="hint">
          Use &quot;quotes&quot; for a phrase, OR for either word, -word to exclude.
        </p>
      </div>
      <MultiSelect name="publisher" label="Source / publisher" options={options.publishers} selected={filters.publisher} />
      <NameTypeahead key={`publisher${claimListSearch(filters)}`} name="publisher" type="publisher" label="Find a publisher by name" />
      {options.sources.length > 0 && (
        <MultiSelect name="source" label="Source document" options={options.sources} selected={filters.source} />
      )}
      <MultiSelect name="actor" label="Claimant" options={options.actors} selected={filters.actor} />
      <NameTypeahead key={`actor${claimListSearch(filters)}`} name="actor" type="claimant" label="Find a claimant by name" />
      <MultiSelect name="dispute" label="Dispute" options={options.disputes} selected={filters.dispute} />
      <Checkboxes name="stance" legend="Stance" values={STANCES} labels={STANCE_LABELS} selected={filters.stance} />
      <Checkboxes
        name="attribution"
        legend="Sourcing (any appearance)"
        values={ATTRIBUTION_KINDS}
        labels={ATTRIBUTION_LABELS}
        selected={filters.attribution}
      />
      <fieldset className="field">
        <legend>Said between</legend>
        <label htmlFor="filter-from">From</label>
        <input id="filter-from" name="from" defaultValue={filters.from ? toEdtf(filters.from) : ""} placeholder="YYYY-MM-DD" aria-describedby="filter-dates-hint" size={12} />
        <label htmlFor="filter-to">To</label>
        <input id="filter-to" name="to" defaultValue={filters.to ? toEdtf(filters.to) : ""} placeholder="YYYY-MM-DD" aria-describedby="filter-dates-hint" size={12} />
        <p id="filter-dates-hint" className="hint">
          Also YYYY-MM or YYYY. A claim with an imprecise date matches when its range overlaps.
        </p>
      </fieldset>
      <div className="field">
        <label htmlFor="filter-size">Rows a page</label>
        <select id="filter-size" name="size" defaultValue={String(filters.size)}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      {filters.sort !== "date" && filters.sort !== "relevance" && <input type="hidden" name="sort" value={filters.sort} />}
      <input type="hidden" name="dir" value={filters.dir} />
      <fieldset className="field">
        <legend>Annotations</legend>
        <label className="check">
          <input type="checkbox" name="annotated" value="1" defaultChecked={filters.annotated} /> Has annotations
        </label>
        {ANNOTATION_MOTIVATIONS.map((value) => (
          <label key={value} className="check">
            <input type="checkbox" name="motivation" value={value} defaultChecked={filters.motivation.includes(value)} /> {MOTIVATION_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit">Apply filters</button> <Link href="/claims">Clear all</Link>
      </div>
    </Form>
  );
}

export interface ActiveFilter {
  label: string;
  removeHref: string;
}

/** One removable chip per active filter value: each links to the view without it. */
export function activeFilters(filters: ClaimListFilters, names: Map<string, string>): ActiveFilter[] {
  const without = (change: Partial<ClaimListFilters>) => `/claims${claimListSearch({ ...filters, ...change, page: 1 })}`;
  const chips: ActiveFilter[] = [];
  if (filters.q) chips.push({ label: `Search: “${filters.q}”`, removeHref: without({ q: "", sort: filters.sort === "relevance" ? "date" : filters.sort }) });
  const lists = [
    ["publisher", "Publisher"],
    ["source", "Source"],
    ["actor", "Claimant"],
    ["dispute", "Dispute"],
  ] as const;
  for (const [name, label] of lists) {
    for (const value of filters[name]) {
      chips.push({ label: `${label}: ${names.get(value) ?? value}`, removeHref: without({ [name]: filters[name].filter((v) => v !== value) }) });
    }
  }
  for (const stance of filters.stance) {
    chips.push({ label: `Stance: ${STANCE_LABELS[stance]}`, removeHref: without({ stance: filters.stance.filter((v) => v !== stance) }) });
  }
  for (const kind of filters.attribution) {
    chips.push({ label: `Sourcing: ${ATTRIBUTION_LABELS[kind]}`, removeHref: without({ attribution: filters.attribution.filter((v) => v !== kind) }) });
  }
  if (filters.annotated) chips.push({ label: "Has annotations", removeHref: without({ annotated: false }) });
  for (const kind of filters.motivation) {
    chips.push({ label: `Annotation: ${MOTIVATION_LABELS[kind]}`, removeHref: without({ motivation: filters.motivation.filter((v) => v !== kind) }) });
  }
  if (filters.from) chips.push({ label: `From ${formatFuzzyDate(filters.from)}`, removeHref: without({ from: null }) });
  if (filters.to) chips.push({ label: `To ${formatFuzzyDate(filters.to)}`, removeHref: without({ to: null }) });
  return chips;
}
