import { FuzzyDateText } from "@/components/ui/fuzzy-date";
import { columnLabel } from "@/components/ui/labels";
import type { DisputeHeader } from "@/lib/disputes/data";
import { SOURCING_KINDS, SOURCING_LABELS } from "@/lib/provenance/sourcing";
import type { SideSummary } from "@/lib/timeline/sides";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** How long the denials took, in words: "same day", or "same day, 3 days later". */
function gaps(denials: SideSummary["denialsMade"]): string {
  return [...new Set(denials.map((denial) => denial.gap))].join(", ");
}

/**
 * Each side's sourcing at a glance, above the timeline: claims, outlets, independent origins
 * (docs/origins.md), the share of each sourcing kind, first and latest statement, and the
 * denials between the sides with the time each took.
 */
export function SideSummaries({ sides, labels }: { sides: readonly SideSummary[]; labels: Pick<DisputeHeader, "affirmLabel" | "denyLabel"> }) {
  if (sides.length === 0) return null;
  return (
    <section className="side-summaries" aria-labelledby="side-summaries-title">
      <h2 id="side-summaries-title">Each side’s sourcing</h2>
      <div className="side-summary-list">
        {sides.map((side) => {
          const label = columnLabel(side.side, labels);
          const open = side.denialsMade.filter((denial) => denial.open).length;
          return (
            <section key={side.side} className={`side-summary side-${side.side.toLowerCase()}`} aria-label={label} data-testid="side-summary">
              <h3>{label}</h3>
              <p className="side-counts">
                {plural(side.claims, "claim")} · {plural(side.outlets, "outlet")} · {plural(side.origins, "independent origin")}
              </p>
              {side.counted < side.claims && (
                <p className="muted">Outlets, origins and sourcing counted over the {side.counted} of its claims in this section of the timeline.</p>
              )}
              <dl>
                <dt>Sourcing</dt>
                <dd>
                  <ul className="sourcing-shares">
                    {SOURCING_KINDS.filter((kind) => side.sourcing[kind] > 0).map((kind) => (
                      <li key={kind}>
                        {SOURCING_LABELS[kind]}: {side.sourcing[kind]} ({percent(side.sourcing[kind], side.counted)})
                      </li>
                    ))}
                  </ul>
                </dd>
                <dt>Statements</dt>
                <dd>
                  first <FuzzyDateText date={side.first} />, latest <FuzzyDateText date={side.latest} />
                </dd>
                <dt>Denials</dt>
                <dd>
                  {side.denialsMade.length === 0 ? "denies no claim here" : <>denies {plural(side.denialsMade.length, "claim")} ({gaps(side.denialsMade)}); {open === 0 ? "all answered" : `${open} unanswered`}</>}
                  {side.deniedClaims > 0 && <>; {plural(side.deniedClaims, "of its claims", "of its claims")} denied</>}
                </dd>
              </dl>
            </section>
          );
        })}
      </div>
    </section>
  );
}
