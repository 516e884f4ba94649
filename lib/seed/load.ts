import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import type { FuzzyDate } from "@/lib/dates";
import { checkSeedReferences, SeedFileError } from "@/lib/seed/refs";
import { seedDataSetSchema, type SeedDataSet } from "@/lib/seed/schema";

export const DEMO_SEED_FILE = path.join(process.cwd(), "prisma", "demo", "claimline-demo.json");

/** Validates a parsed seed document: shape and types (zod), then cross-references. */
export function parseSeedData(input: unknown): SeedDataSet {
  const result = seedDataSetSchema.safeParse(input);
  if (!result.success) {
    throw new SeedFileError(
      result.error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message })),
    );
  }
  const problems = checkSeedReferences(result.data);
  if (problems.length > 0) throw new SeedFileError(problems);
  return result.data;
}

export async function readSeedFile(file: string = DEMO_SEED_FILE): Promise<SeedDataSet> {
  const text = await readFile(file, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedFileError([{ path: path.basename(file), message: `not valid JSON (${(error as Error).message})` }]);
  }
  return parseSeedData(json);
}

/** The database id created for a key; refs.ts has already proved every key resolves. */
function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`seed: unresolved key "${key}"`);
  return id;
}

function dateColumns<P extends string>(prefix: P, date: FuzzyDate | undefined) {
  return {
    [`${prefix}Start`]: date?.start ?? null,
    [`${prefix}End`]: date?.end ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
  } as Record<`${P}Start` | `${P}End`, Date> & Record<`${P}Precision`, FuzzyDate["precision"]>;
}

export interface SeedCounts {
  disputes: number;
  actors: number;
  sources: number;
  claims: number;
  appearances: number;
  links: number;
  events: number;
}

/** Writes a whole data set in one transaction: all of it or none of it. */
export async function loadSeedData(db: Db, data: SeedDataSet): Promise<SeedCounts> {
  return db.$transaction(
    async (tx) => {
      const actorIds = new Map<string, string>();
      for (const actor of data.actors) {
        const created = await tx.actor.create({
          data: { name: actor.name, kind: actor.kind, role: actor.role, country: actor.country },
        });
        actorIds.set(actor.key, created.id);
      }
      for (const actor of data.actors) {
        if (actor.affiliation) {
          await tx.actor.update({
            where: { id: idOf(actorIds, actor.key) },
            data: { affiliationId: idOf(actorIds, actor.affiliation) },
          });
        }
      }

      const sourceIds = new Map<string, string>();
      for (const source of data.sources) {
        const created = await tx.source.create({
          data: {
            title: source.title,
            kind: source.kind,
            publisherId: source.publisher ? idOf(actorIds, source.publisher) : null,
            url: source.url,
            archiveUrl: source.archiveUrl,
            language: source.language,
            ...(source.published ? dateColumns("published", source.published) : {}),
            ...(source.retrieved ? dateColumns("retrieved", source.retrieved) : {}),
          },
        });
        sourceIds.set(source.key, created.id);
      }

      const claimIds = new Map<string, string>();
      const counts: SeedCounts = {
        disputes: 0,
        actors: data.actors.length,
        sources: data.sources.length,
        claims: 0,
        appearances: 0,
        links: 0,
        events: 0,
      };
      for (const dispute of data.disputes) {
        const { id: disputeId } = await tx.dispute.create({
          data: {
            slug: dispute.slug,
            title: dispute.title,
            proposition: dispute.proposition,
            summary: dispute.summary,
            status: dispute.status,
            affirmLabel: dispute.affirmLabel,
            denyLabel: dispute.denyLabel,
            tags: dispute.tags,
          },
        });
        counts.disputes++;
        for (const event of dispute.events) {
          await tx.event.create({
            data: {
              disputeId,
              title: event.title,
              description: event.description,
              ...dateColumns("occurred", event.occurredAt),
              sources: { create: event.sources.map((key) => ({ sourceId: idOf(sourceIds, key) })) },
            },
          });
          counts.events++;
        }
        for (const claim of dispute.claims) {
          const { id: claimId } = await tx.claim.create({
            data: {
              disputeId,
              claimantId: idOf(actorIds, claim.claimant),
              stance: claim.stance,
              text: claim.text,
              quote: claim.quote,
              status: claim.status,
              ...dateColumns("madeAt", claim.madeAt),
            },
          });
          claimIds.set(claim.key, claimId);
          counts.claims++;
          // Parents before the appearances that relay them (refs.ts has ruled out loops).
          const appearanceIds = new Map<string, string>();
          let pending = claim.appearances;
          while (pending.length > 0) {
            const ready = pending.filter((a) => a.via === undefined || appearanceIds.has(a.via));
            for (const appearance of ready) {
              const created = await tx.appearance.create({
                data: {
                  claimId,
                  sourceId: idOf(sourceIds, appearance.source),
                  attribution: appearance.attribution,
                  attributionPhrase: appearance.attributionPhrase,
                  viaId: appearance.via ? idOf(appearanceIds, appearance.via) : null,
                  excerpt: appearance.excerpt,
                  independentlySourced: appearance.independentlySourced,
                  ...dateColumns("reported", appearance.reportedAt),
                },
              });
              appearanceIds.set(appearance.key, created.id);
              counts.appearances++;
            }
            pending = pending.filter((a) => !appearanceIds.has(a.key));
          }
        }
      }

      for (const link of data.links) {
        await tx.claimLink.create({
          data: { fromId: idOf(claimIds, link.from), toId: idOf(claimIds, link.to), kind: link.kind, note: link.note, independence: link.independence },
        });
        counts.links++;
      }
      return counts;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export class DatabaseNotEmptyError extends Error {
  constructor(readonly disputes: number) {
    super(`The database already holds ${disputes} dispute(s); the seed loads only into an empty database.`);
    this.name = "DatabaseNotEmptyError";
  }
}

/** Loads the data set only when the database has no disputes; never writes over data. */
export async function seedIfEmpty(db: Db, data: SeedDataSet): Promise<SeedCounts | null> {
  const disputes = await db.dispute.count();
  if (disputes > 0) return null;
  return loadSeedData(db, data);
}

export async function seedOrRefuse(db: Db, data: SeedDataSet): Promise<SeedCounts> {
  const counts = await seedIfEmpty(db, data);
  if (counts === null) throw new DatabaseNotEmptyError(await db.dispute.count());
  return counts;
}
