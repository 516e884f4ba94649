import { findCycle } from "@/lib/provenance/chain";
import type { SeedDataSet } from "@/lib/seed/schema";

/**
 * Checks what zod cannot see in a seed file: that keys are unique, that every reference names
 * a record that exists, and that relay chains (`via`) stay inside one claim and never loop.
 * Returns every problem found, each with the path at fault, so one run reports them all.
 */
export interface SeedProblem {
  readonly path: string;
  readonly message: string;
}

export class SeedFileError extends Error {
  constructor(readonly problems: readonly SeedProblem[]) {
    super(
      `The seed file has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join("\n"),
    );
    this.name = "SeedFileError";
  }
}

export function checkSeedReferences(data: SeedDataSet): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const seen = new Map<string, Set<string>>();
  const declare = (kind: string, key: string, path: string) => {
    const keys = seen.get(kind) ?? new Set<string>();
    seen.set(kind, keys);
    if (keys.has(key)) problems.push({ path, message: `duplicate ${kind} key "${key}"` });
    keys.add(key);
  };
  const need = (kind: string, key: string | undefined, path: string) => {
    if (key !== undefined && !seen.get(kind)?.has(key)) {
      problems.push({ path, message: `no ${kind} has the key "${key}"` });
    }
  };

  data.actors.forEach((actor, i) => declare("actor", actor.key, `actors[${i}].key`));
  data.sources.forEach((source, i) => declare("source", source.key, `sources[${i}].key`));
  const slugs = new Set<string>();
  data.disputes.forEach((dispute, d) => {
    if (slugs.has(dispute.slug)) problems.push({ path: `disputes[${d}].slug`, message: `duplicate slug "${dispute.slug}"` });
    slugs.add(dispute.slug);
    dispute.events.forEach((event, e) => declare("event", event.key, `disputes[${d}].events[${e}].key`));
    dispute.claims.forEach((claim, c) => {
      declare("claim", claim.key, `disputes[${d}].claims[${c}].key`);
      claim.appearances.forEach((appearance, a) =>
        declare("appearance", appearance.key, `disputes[${d}].claims[${c}].appearances[${a}].key`),
      );
    });
  });

  data.actors.forEach((actor, i) => {
    need("actor", actor.affiliation, `actors[${i}].affiliation`);
    if (actor.affiliation === actor.key) {
      problems.push({ path: `actors[${i}].affiliation`, message: "an actor cannot be affiliated with itself" });
    }
  });
  data.sources.forEach((source, i) => need("actor", source.publisher, `sources[${i}].publisher`));
  data.disputes.forEach((dispute, d) => {
    dispute.events.forEach((event, e) =>
      event.sources.forEach((source, s) => need("source", source, `disputes[${d}].events[${e}].sources[${s}]`)),
    );
    dispute.claims.forEach((claim, c) => {
      const at = `disputes[${d}].claims[${c}]`;
      need("actor", claim.claimant, `${at}.claimant`);
      const own = new Set(claim.appearances.map((appearance) => appearance.key));
      claim.appearances.forEach((appearance, a) => {
        need("source", appearance.source, `${at}.appearances[${a}].source`);
        if (appearance.via !== undefined && !own.has(appearance.via)) {
          problems.push({
            path: `${at}.appearances[${a}].via`,
            message: `"${appearance.via}" is not an appearance of the same claim`,
          });
        }
      });
      const cycle = findCycle(
        claim.appearances.filter((appearance) => appearance.via === undefined || own.has(appearance.via))
          .map((appearance) => ({ id: appearance.key, viaId: appearance.via ?? null })),
      );
      if (cycle) problems.push({ path: `${at}.appearances`, message: `relay chain loops: ${[...cycle, cycle[0]].join(" → ")}` });
    });
  });
  data.links.forEach((link, i) => {
    need("claim", link.from, `links[${i}].from`);
    need("claim", link.to, `links[${i}].to`);
    if (link.from === link.to) problems.push({ path: `links[${i}]`, message: "a claim cannot link to itself" });
  });
  return problems;
}
