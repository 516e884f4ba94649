// Write-side benchmarks, run by bench/run.ts on each data set: a save's round trip through the
// action layer (role check, zod, one transaction, audit entries, and the database's triggers:
// search vector, ClaimPublisher, provenance checks), and a record whose History holds 1,000
// changes (made through the same actions) — its data in-process here, its page through the
// server in bench/run.ts.
import { createAuditRecorder } from "@/lib/audit/record";
import { listRecordHistory } from "@/lib/audit/data";
import type { CurrentUser } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import { createUser } from "@/lib/users/mutations";
import { runAction, type ActionDefinition, type AnyActionDefinition } from "@/lib/actions/run";
import { createAnnotation } from "@/lib/annotations/mutations";
import { annotationCreateSchema } from "@/lib/annotations/schema";
import { createAppearance } from "@/lib/appearances/mutations";
import { claimEditSelect, claimValues, updateClaim } from "@/lib/claims/mutations";
import { appearanceCreateSchema, claimUpdateSchema } from "@/lib/claims/schema";
import { createDispute, updateDispute } from "@/lib/disputes/mutations";
import { disputeCreateSchema, disputeUpdateSchema } from "@/lib/disputes/schema";
import { summarize, timeOnce, type Stats } from "./stats";

export interface WritesResult {
  /** claim.update (text changed: the search vector trigger fires), p50/p95 */
  saveClaim: Stats;
  /** appearance.create on a claim of the busiest dispute (ClaimPublisher and search triggers) */
  addAppearance: Stats;
  /** annotation.create on words of a quote (anchoring, audit, search trigger), p50/p95 */
  addAnnotation: Stats;
  /** a claim page with ANNOTATED_CLAIM_NOTES notes, for the server part of the run */
  annotatedClaimPath: string;
  /** the History page's data for a dispute with `historyChanges` changes */
  historyData: Stats;
  historyChanges: number;
  /** where the History page is, for the server part of the run */
  historyPath: string;
}

const BENCH_EMAIL = "bench-editor@claimline.bench";

async function benchEditor(db: Db): Promise<CurrentUser> {
  const existing = await db.user.findUnique({ where: { email: BENCH_EMAIL }, select: { id: true, name: true, role: true } });
  if (existing) return { id: existing.id, name: existing.name, email: BENCH_EMAIL, role: existing.role };
  const user = await db.$transaction((tx) =>
    createUser(tx, { email: BENCH_EMAIL, name: "Bench Editor", role: "EDITOR", password: "bench password 123" }, createAuditRecorder(tx, { userId: null, action: "bench.setup" })),
  );
  return { id: user.id, name: user.name, email: BENCH_EMAIL, role: "EDITOR" };
}

async function run(definition: AnyActionDefinition, input: Record<string, unknown>, user: CurrentUser, db: Db): Promise<unknown> {
  const result = await runAction(definition, input, user, { db });
  if (!result.ok) throw new Error(`${definition.name}: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
  return result.data;
}

/**
 * The same definitions lib/claims/actions.ts, lib/appearances/actions.ts and lib/disputes/actions.ts
 * wrap as server actions (those modules pull in Next.js's request APIs, which do not load in a
 * plain Node process), run through the same runAction.
 */
function definition<S extends Parameters<typeof runAction>[0]["schema"], D>(
  name: string,
  schema: S,
  run: ActionDefinition<S, D, "editor">["run"],
): AnyActionDefinition {
  return { name, access: "editor", schema, run } as unknown as AnyActionDefinition;
}

const DEFINITIONS = {
  updateClaim: definition("claim.update", claimUpdateSchema, updateClaim),
  createAppearance: definition("appearance.create", appearanceCreateSchema, (tx, input, context) => createAppearance(tx, input, context)),
  createDispute: definition("dispute.create", disputeCreateSchema, createDispute),
  updateDispute: definition("dispute.update", disputeUpdateSchema, updateDispute),
  createAnnotation: definition("annotation.create", annotationCreateSchema, createAnnotation),
};

/** The annotated claim page's size (#7: a claim page with 500 annotations renders ≤ 150 ms). */
export const ANNOTATED_CLAIM_NOTES = 500;

export async function measureWrites(
  db: Db,
  options: { bigDisputeSlug: string; iterations: number; historyChanges: number; log: (line: string) => void },
): Promise<WritesResult> {
  const user = await benchEditor(db);

  const dispute = await db.dispute.findUniqueOrThrow({ where: { slug: options.bigDisputeSlug }, select: { id: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { disputeId: dispute.id }, orderBy: { id: "asc" }, select: { id: true } });
  const sources = await db.source.findMany({ where: { publisherId: { not: null } }, take: options.iterations + 5, orderBy: { id: "asc" }, select: { id: true } });

  const saveSamples: number[] = [];
  for (let index = 0; index < options.iterations + 3; index++) {
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimEditSelect });
    const values = claimValues(row);
    const input = { ...values, id: row.id, version: row.version, text: `${values.text?.replace(/ \(bench \d+\)$/, "")} (bench ${index})` };
    const { ms } = await timeOnce(() => run(DEFINITIONS.updateClaim, input, user, db));
    if (index >= 3) saveSamples.push(ms);
  }
  const saveClaim = summarize(saveSamples);
  options.log(`  save (claim.update through the action): p50 ${saveClaim.p50} p95 ${saveClaim.p95} ms (n=${saveClaim.n})`);

  const appearanceSamples: number[] = [];
  for (let index = 0; index < options.iterations + 3; index++) {
    const sourceId = sources[index % sources.length]?.id ?? "";
    const input = { claimId: claim.id, sourceId, reportedAt: "2022-03-16", attribution: "RELAYED", attributionPhrase: "bench" };
    const { ms } = await timeOnce(() => run(DEFINITIONS.createAppearance, input, user, db));
    if (index >= 3) appearanceSamples.push(ms);
  }
  const addAppearance = summarize(appearanceSamples);
  options.log(`  save (appearance.create through the action): p50 ${addAppearance.p50} p95 ${addAppearance.p95} ms (n=${addAppearance.n})`);

  // Notes on words of a quote, through the action; then a claim with ANNOTATED_CLAIM_NOTES notes.
  const quoted = await db.claim.findMany({ where: { disputeId: dispute.id, quote: { not: null } }, orderBy: { id: "asc" }, take: 2, select: { id: true, quote: true } });
  const [first, second] = [quoted[0], quoted[1] ?? quoted[0]];
  if (!first || !second) throw new Error("no claim with a quote in the big dispute");
  const words = (quote: string | null) => (quote ?? "").split(/\s+/).find((word) => word.length > 3) ?? (quote ?? "").slice(0, 5);
  const annotationSamples: number[] = [];
  for (let index = 0; index < options.iterations + 3; index++) {
    const input = { claimId: first.id, target: "quote", exact: words(first.quote), occurrence: "1", motivation: "QUESTIONING", body: `Bench note **${index}** with [a link](https://example.org/${index}).` };
    const { ms } = await timeOnce(() => run(DEFINITIONS.createAnnotation, input, user, db));
    if (index >= 3) annotationSamples.push(ms);
  }
  const addAnnotation = summarize(annotationSamples);
  options.log(`  save (annotation.create through the action): p50 ${addAnnotation.p50} p95 ${addAnnotation.p95} ms (n=${addAnnotation.n})`);
  const existing = await db.annotation.count({ where: { claimId: second.id } });
  for (let index = existing; index < ANNOTATED_CLAIM_NOTES; index++) {
    const onWords = index % 2 === 0;
    await run(
      DEFINITIONS.createAnnotation,
      { claimId: second.id, target: onWords ? "quote" : "claim", exact: onWords ? words(second.quote) : "", body: `Note ${index}: _why_ this matters, see [source](https://example.org/n/${index}).\n\n- point one\n- point two` },
      user,
      db,
    );
  }

  // A dispute with `historyChanges` changes, each a real save through the action.
  const slug = `bench-history-${Date.now().toString(36)}`;
  await run(DEFINITIONS.createDispute, { title: `Bench history ${slug}`, slug, proposition: "Changed many times.", status: "OPEN" }, user, db);
  const created = await db.dispute.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const started = performance.now();
  for (let index = 1; index < options.historyChanges; index++) {
    const row = await db.dispute.findUniqueOrThrow({ where: { id: created.id }, select: { version: true, title: true, proposition: true } });
    await run(
      DEFINITIONS.updateDispute,
      { id: created.id, version: row.version, title: row.title, slug, proposition: row.proposition, status: "OPEN", summary: `Revision ${index}`, changeSummary: `bench revision ${index}` },
      user,
      db,
    );
  }
  options.log(`  made ${options.historyChanges} changes to one dispute in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const historySamples: number[] = [];
  for (let index = 0; index < 23; index++) {
    const { ms, result } = await timeOnce(() => listRecordHistory(`Dispute:${created.id}`, { db }));
    if (result.entryCount !== options.historyChanges) throw new Error(`history has ${result.entryCount} entries, expected ${options.historyChanges}`);
    if (index >= 3) historySamples.push(ms);
  }
  const historyData = summarize(historySamples);
  options.log(`  History data (${options.historyChanges} changes): p50 ${historyData.p50} p95 ${historyData.p95} ms`);
  return { saveClaim, addAppearance, addAnnotation, annotatedClaimPath: `/claims/${second.id}`, historyData, historyChanges: options.historyChanges, historyPath: `/disputes/${slug}/history` };
}
