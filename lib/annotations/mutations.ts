import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ActionContext } from "@/lib/actions/run";
import { anchorByOccurrence, mapAnchor, type Anchor } from "@/lib/annotations/anchor";
import { renderNoteHtml } from "@/lib/annotations/render";
import {
  claimIdFrom,
  targetOf,
  type AnnotationCreateInput,
  type AnnotationReattachInput,
  type AnnotationTarget,
  type AnnotationUpdateInput,
} from "@/lib/annotations/schema";
import { recordRef, type Snapshot } from "@/lib/audit/record";
import { isAdmin, type CurrentUser } from "@/lib/auth/roles";
import type { DbTx } from "@/lib/db";
import type { AnnotationField, ModerationDecision } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors";
import { lockRow } from "@/lib/records/lock";

/**
 * Writes on annotations. Every one runs inside the action's transaction and records its audit
 * entry there (entity "Annotation", shown in the claim's History). Authors edit and delete
 * their own notes, admins any; re-attaching an orphan is open to every editor (it changes where
 * the note sits, not what it says).
 */
type Context = Pick<ActionContext<CurrentUser>, "audit" | "user">;

export const annotationRowSelect = {
  id: true,
  claimId: true,
  authorId: true,
  parentId: true,
  motivation: true,
  body: true,
  linkUrl: true,
  linkClaimId: true,
  field: true,
  selectorExact: true,
  selectorPrefix: true,
  selectorSuffix: true,
  positionStart: true,
  positionEnd: true,
  anchoredVersion: true,
  orphanedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  version: true,
} as const satisfies Prisma.AnnotationSelect;

type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationRowSelect }>;

const TARGET_FIELD: Record<Exclude<AnnotationTarget, "claim">, AnnotationField> = { quote: "QUOTE", text: "TEXT" };

/** The annotation in form shape, for History. */
export function annotationValues(row: AnnotationRow): Snapshot {
  return {
    target: targetOf(row.field),
    exact: row.selectorExact ?? "",
    position: row.positionStart === null ? "" : `${row.positionStart}–${row.positionEnd}`,
    motivation: row.motivation,
    body: row.body,
    linkUrl: row.linkUrl ?? "",
    linkClaimId: row.linkClaimId ?? "",
    status: row.orphanedAt ? "orphaned" : row.field ? "anchored" : "",
    hidden: row.hiddenAt ? `hidden: ${row.hiddenReason ?? ""}` : "",
    parentId: row.parentId ?? "",
  };
}

const refs = (row: { claimId: string }) => [recordRef("Claim", row.claimId)];

function fieldText(claim: { quote: string | null; text: string }, field: AnnotationField): string {
  return field === "QUOTE" ? (claim.quote ?? "") : claim.text;
}

/** Selector columns for a target typed in the form, checked against the claim's current text. */
function selectorData(
  claim: { quote: string | null; text: string; version: number },
  input: { target: AnnotationTarget; exact: string; occurrence: number },
) {
  if (input.target === "claim") {
    return {
      field: null,
      selectorExact: null,
      selectorPrefix: null,
      selectorSuffix: null,
      positionStart: null,
      positionEnd: null,
      anchoredVersion: null,
      orphanedAt: null,
    };
  }
  const field = TARGET_FIELD[input.target];
  const text = fieldText(claim, field);
  if (field === "QUOTE" && text === "") {
    throw new AppError("INVALID", "This claim has no quote to annotate.", { fieldErrors: { target: ["This claim has no quote: annotate the paraphrase or the whole claim."] } });
  }
  const result = anchorByOccurrence(text, input.exact, input.occurrence);
  if (!result.ok) {
    const key = result.message.startsWith("Those words appear") ? "occurrence" : "exact";
    throw new AppError("INVALID", result.message, { fieldErrors: { [key]: [result.message] } });
  }
  return { field, ...anchorColumns(result.anchor), anchoredVersion: claim.version, orphanedAt: null };
}

function anchorColumns(anchor: Anchor) {
  return {
    selectorExact: anchor.exact,
    selectorPrefix: anchor.prefix,
    selectorSuffix: anchor.suffix,
    positionStart: anchor.start,
    positionEnd: anchor.end,
  };
}

async function linkClaimOf(tx: DbTx, reference: string | null, selfId: string): Promise<string | null> {
  if (!reference) return null;
  const id = claimIdFrom(reference);
  const message = "Give the linked claim's address (…/claims/…) or its id.";
  if (!id) throw new AppError("INVALID", message, { fieldErrors: { linkClaimId: [message] } });
  if (id === selfId) {
    const same = "Link to another claim, not this one.";
    throw new AppError("INVALID", same, { fieldErrors: { linkClaimId: [same] } });
  }
  if (!(await tx.claim.findUnique({ where: { id }, select: { id: true } }))) {
    const missing = "There is no claim with that address.";
    throw new AppError("INVALID", missing, { fieldErrors: { linkClaimId: [missing] } });
  }
  return id;
}

export async function createAnnotation(tx: DbTx, input: AnnotationCreateInput, { audit, user }: Context) {
  // Locked so a concurrent claim edit cannot move the text between reading it and anchoring.
  if (!(await lockRow(tx, "Claim", input.claimId))) throw new AppError("NOT_FOUND", "This claim no longer exists.");
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: { id: true, quote: true, text: true, version: true } });
  let selectors = selectorData(claim, input);
  if (input.parentId) {
    const parent = await tx.annotation.findUnique({ where: { id: input.parentId }, select: { claimId: true, parentId: true } });
    if (!parent || parent.claimId !== claim.id) throw new AppError("NOT_FOUND", "The note you replied to no longer exists.");
    if (parent.parentId) throw new AppError("INVALID", "Replies are one level deep: reply to the first note of the thread.");
    // A reply is about its parent: it has no anchor of its own.
    selectors = selectorData(claim, { target: "claim", exact: "", occurrence: 1 });
  }
  const row = await tx.annotation.create({
    data: {
      claimId: claim.id,
      authorId: user.id,
      parentId: input.parentId,
      motivation: input.motivation,
      body: input.body,
      bodyHtml: renderNoteHtml(input.body),
      linkUrl: input.motivation === "LINKING" ? input.linkUrl : null,
      linkClaimId: input.motivation === "LINKING" ? await linkClaimOf(tx, input.linkClaimId, claim.id) : null,
      ...selectors,
    },
    select: annotationRowSelect,
  });
  await audit.record({ entity: "Annotation", entityId: row.id, action: "CREATE", before: null, after: annotationValues(row), refs: refs(row) });
  return { id: row.id, claimId: row.claimId };
}

/** Reads the annotation under a row lock; FORBIDDEN unless `user` wrote it or is an admin. */
async function lockOwn(tx: DbTx, id: string, user: CurrentUser, verb: string): Promise<AnnotationRow> {
  if (!(await lockRow(tx, "Annotation", id))) throw new AppError("NOT_FOUND", "This note no longer exists.");
  const row = await tx.annotation.findUniqueOrThrow({ where: { id }, select: annotationRowSelect });
  if (row.authorId !== user.id && !isAdmin(user)) throw new AppError("FORBIDDEN", `Only its author or an admin can ${verb} this note.`);
  return row;
}

export async function updateAnnotation(tx: DbTx, input: AnnotationUpdateInput, { audit, user }: Context) {
  const current = await lockOwn(tx, input.id, user, "edit");
  if (current.version !== input.version) {
    throw new AppError("CONFLICT", "This note was changed since you opened it: reload to see the change, then edit again.");
  }
  const row = await tx.annotation.update({
    where: { id: current.id },
    data: {
      motivation: input.motivation,
      body: input.body,
      bodyHtml: renderNoteHtml(input.body),
      linkUrl: input.motivation === "LINKING" ? input.linkUrl : null,
      linkClaimId: input.motivation === "LINKING" ? await linkClaimOf(tx, input.linkClaimId, current.claimId) : null,
      version: { increment: 1 },
    },
    select: annotationRowSelect,
  });
  await audit.record({ entity: "Annotation", entityId: row.id, action: "UPDATE", before: annotationValues(current), after: annotationValues(row), refs: refs(row) });
  // An admin's edit of a flagged note settles its open flags ("edited"), on the record.
  if (isAdmin(user)) await decideOpenFlags(tx, row, "EDITED", user, { audit });
  return { id: row.id, claimId: row.claimId, version: row.version };
}

export async function deleteAnnotation(tx: DbTx, input: { id: string }, { audit, user }: Context) {
  const current = await lockOwn(tx, input.id, user, "delete");
  const replies = await tx.annotation.findMany({ where: { parentId: current.id }, select: annotationRowSelect });
  for (const reply of replies) {
    await audit.record({ entity: "Annotation", entityId: reply.id, action: "DELETE", before: annotationValues(reply), after: null, refs: refs(reply) });
  }
  await tx.annotation.delete({ where: { id: current.id } });
  await audit.record({ entity: "Annotation", entityId: current.id, action: "DELETE", before: annotationValues(current), after: null, refs: refs(current) });
  return { id: current.id, claimId: current.claimId };
}

/** An editor chooses new words for a note (an orphan, or one that sits on the wrong words). */
export async function reattachAnnotation(tx: DbTx, input: AnnotationReattachInput, { audit }: Context) {
  if (!(await lockRow(tx, "Annotation", input.id))) throw new AppError("NOT_FOUND", "This note no longer exists.");
  const current = await tx.annotation.findUniqueOrThrow({ where: { id: input.id }, select: annotationRowSelect });
  if (current.parentId) throw new AppError("INVALID", "A reply sits with its thread: re-attach the first note instead.");
  if (current.version !== input.version) {
    throw new AppError("CONFLICT", "This note was changed since you opened it: reload to see the change, then try again.");
  }
  await lockRow(tx, "Claim", current.claimId);
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: current.claimId }, select: { quote: true, text: true, version: true } });
  const row = await tx.annotation.update({
    where: { id: current.id },
    data: { ...selectorData(claim, input), version: { increment: 1 } },
    select: annotationRowSelect,
  });
  await audit.record({ entity: "Annotation", entityId: row.id, action: "UPDATE", before: annotationValues(current), after: annotationValues(row), refs: refs(row) });
  return { id: row.id, claimId: row.claimId, version: row.version };
}

/**
 * After a claim's quote or paraphrase changed (called by updateClaim inside its transaction):
 * each anchored note on a changed text is mapped through the edit — moved with its words, or
 * orphaned when its own words changed (never moved to look-alike words). Each change is
 * audited in the claim edit's change set.
 */
export async function remapAnnotations(
  tx: DbTx,
  claim: { id: string; version: number },
  before: { quote: string | null; text: string },
  after: { quote: string | null; text: string },
  { audit }: Pick<Context, "audit">,
): Promise<{ moved: number; orphaned: number }> {
  const changed = (["QUOTE", "TEXT"] as const).filter((field) => fieldText(before, field) !== fieldText(after, field));
  const counts = { moved: 0, orphaned: 0 };
  if (changed.length === 0) return counts;
  const rows = await tx.annotation.findMany({
    where: { claimId: claim.id, field: { in: changed }, orphanedAt: null },
    select: annotationRowSelect,
    orderBy: { id: "asc" },
  });
  for (const row of rows) {
    if (row.field === null || row.selectorExact === null || row.positionStart === null || row.positionEnd === null) continue;
    const mapped = mapAnchor(fieldText(before, row.field), fieldText(after, row.field), {
      exact: row.selectorExact,
      start: row.positionStart,
      end: row.positionEnd,
    });
    const data =
      mapped.status === "kept"
        ? { ...anchorColumns(mapped.anchor), anchoredVersion: claim.version }
        : { orphanedAt: new Date() };
    const next = await tx.annotation.update({ where: { id: row.id }, data: { ...data, version: { increment: 1 } }, select: annotationRowSelect });
    if (mapped.status === "kept") counts.moved++;
    else counts.orphaned++;
    const [was, is] = [annotationValues(row), annotationValues(next)];
    if (was.position !== is.position || was.status !== is.status) {
      await audit.record({ entity: "Annotation", entityId: row.id, action: "UPDATE", before: was, after: is, refs: refs(row) });
    }
  }
  return counts;
}

export async function flagAnnotation(tx: DbTx, input: { id: string; reason: string }, { audit, user }: Context) {
  const annotation = await tx.annotation.findUnique({ where: { id: input.id }, select: { id: true, claimId: true } });
  if (!annotation) throw new AppError("NOT_FOUND", "This note no longer exists.");
  const already = await tx.annotationFlag.findFirst({ where: { annotationId: annotation.id, userId: user.id, decidedAt: null }, select: { id: true } });
  if (already) throw new AppError("CONFLICT", "You have already flagged this note; a moderator will look at it.");
  const flag = await tx.annotationFlag.create({ data: { annotationId: annotation.id, userId: user.id, reason: input.reason }, select: { id: true } });
  await audit.record({
    entity: "AnnotationFlag",
    entityId: flag.id,
    action: "CREATE",
    before: null,
    after: { annotationId: annotation.id, reason: input.reason, decision: "" },
    refs: [recordRef("Annotation", annotation.id), ...refs(annotation)],
  });
  return { id: flag.id, claimId: annotation.claimId };
}

/** Settles every open flag on the note with `decision`, each audited. */
async function decideOpenFlags(tx: DbTx, row: { id: string; claimId: string }, decision: ModerationDecision, user: CurrentUser, { audit }: Pick<Context, "audit">) {
  const open = await tx.annotationFlag.findMany({ where: { annotationId: row.id, decidedAt: null }, select: { id: true, reason: true } });
  for (const flag of open) {
    await tx.annotationFlag.update({ where: { id: flag.id }, data: { decision, decidedAt: new Date(), decidedById: user.id } });
    await audit.record({
      entity: "AnnotationFlag",
      entityId: flag.id,
      action: "UPDATE",
      before: { annotationId: row.id, reason: flag.reason, decision: "" },
      after: { annotationId: row.id, reason: flag.reason, decision },
      refs: [recordRef("Annotation", row.id), ...refs(row)],
    });
  }
  return open.length;
}

/**
 * A moderator's decision on a note: keep it (its open flags are settled as "kept", on the
 * record), hide it with a public reason (a placeholder with the reason stays), or show it again.
 */
export async function moderateAnnotation(
  tx: DbTx,
  input: { id: string; decision: "keep" | "hide" | "unhide"; reason: string },
  { audit, user }: Context,
) {
  if (!(await lockRow(tx, "Annotation", input.id))) throw new AppError("NOT_FOUND", "This note no longer exists.");
  const current = await tx.annotation.findUniqueOrThrow({ where: { id: input.id }, select: annotationRowSelect });
  let row = current;
  if (input.decision !== "keep") {
    const hide = input.decision === "hide";
    row = await tx.annotation.update({
      where: { id: current.id },
      data: { hiddenAt: hide ? new Date() : null, hiddenReason: hide ? input.reason : null, version: { increment: 1 } },
      select: annotationRowSelect,
    });
    await audit.record({ entity: "Annotation", entityId: row.id, action: "UPDATE", before: annotationValues(current), after: annotationValues(row), refs: refs(row) });
  }
  const decided = await decideOpenFlags(tx, row, input.decision === "hide" ? "HIDDEN" : "KEPT", user, { audit });
  if (input.decision === "keep" && decided === 0) {
    throw new AppError("INVALID", "This note has no open flags to decide on.");
  }
  return { id: row.id, claimId: row.claimId, decided };
}
