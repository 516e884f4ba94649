/**
 * Provenance chains (SPEC §1). An appearance may relay another appearance of the same claim
 * (`viaId`); following `via` to the end gives its chain, whose first hop is the root. The first
 * appearance of a claim is its earliest root, and "independent origins" is the number of distinct
 * roots among a claim's appearances: ten outlets repeating one FT report are one origin.
 *
 * Pure functions over plain `{ id, viaId }` records so callers can pass their own rows (Prisma
 * models, form state, fixtures). `via` links form a functional graph (each node points at most at
 * one other), so every walk here is an iterative loop over a Map: linear in the number of nodes,
 * no recursion, safe for chains of any length.
 *
 * Invalid data is rejected rather than guessed at: a loop of relays (ProvenanceCycleError) has no
 * root, and a `viaId` outside the given set (DanglingViaError) has an unknown root.
 */

export interface ChainNode {
  readonly id: string;
  readonly viaId: string | null;
}

/** Appearances that relay each other in a loop. `cycle` lists the ids in `via` order. */
export class ProvenanceCycleError extends Error {
  readonly cycle: readonly string[];

  constructor(cycle: readonly string[]) {
    const first = cycle[0];
    const loop = first === undefined ? "" : [...cycle, first].map((id) => `"${id}"`).join(" → ");
    super(`Provenance cycle: appearances relay each other in a loop (${loop}); a chain must end at a root`);
    this.name = "ProvenanceCycleError";
    this.cycle = Object.freeze([...cycle]);
  }
}

/** An appearance whose `viaId` names an appearance that is not among the given nodes. */
export class DanglingViaError extends Error {
  readonly nodeId: string;
  readonly viaId: string;

  constructor(nodeId: string, viaId: string) {
    super(`Appearance "${nodeId}" relays "${viaId}", which is not among the appearances of this claim`);
    this.name = "DanglingViaError";
    this.nodeId = nodeId;
    this.viaId = viaId;
  }
}

type NodeSource<T extends ChainNode> = readonly T[] | ReadonlyMap<string, T>;

function isMap<T extends ChainNode>(nodes: NodeSource<T>): nodes is ReadonlyMap<string, T> {
  return !Array.isArray(nodes);
}

/** id → node. Duplicate ids are a caller bug (two rows cannot share a primary key). */
function indexNodes<T extends ChainNode>(nodes: NodeSource<T>): ReadonlyMap<string, T> {
  if (isMap(nodes)) return nodes;
  const byId = new Map<string, T>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new Error(`Duplicate appearance id "${node.id}"`);
    byId.set(node.id, node);
  }
  return byId;
}

/**
 * The ids of one loop of `via` links, in `via` order (each relays the next, the last relays the
 * first), or null if there is none. Dangling `viaId`s end a walk; they are not loops.
 * Linear: every node is walked over once (white/grey/black marking of a functional graph).
 */
export function findCycle(nodes: readonly ChainNode[]): string[] | null {
  const byId = indexNodes(nodes);
  // Absent = unvisited; "open" = on the walk in progress; "done" = known to reach an end.
  const state = new Map<string, "open" | "done">();
  for (const start of nodes) {
    if (state.has(start.id)) continue;
    const path: string[] = [];
    let current: ChainNode | undefined = start;
    while (current !== undefined) {
      const seen = state.get(current.id);
      if (seen === "done") break;
      if (seen === "open") return path.slice(path.indexOf(current.id));
      state.set(current.id, "open");
      path.push(current.id);
      current = current.viaId === null ? undefined : byId.get(current.viaId);
    }
    for (const id of path) state.set(id, "done");
  }
  return null;
}

/** Throws DanglingViaError for a `viaId` outside `nodes`, then ProvenanceCycleError for a loop. */
export function assertValidChains(nodes: readonly ChainNode[]): void {
  const byId = indexNodes(nodes);
  for (const node of nodes) {
    if (node.viaId !== null && !byId.has(node.viaId)) throw new DanglingViaError(node.id, node.viaId);
  }
  const cycle = findCycle(nodes);
  if (cycle !== null) throw new ProvenanceCycleError(cycle);
}

/** Walks from `id` to its root; returns the nodes visited, node first, root last. */
function walkToRoot<T extends ChainNode>(id: string, byId: ReadonlyMap<string, T>): T[] {
  const start = byId.get(id);
  if (start === undefined) throw new RangeError(`Unknown appearance "${id}"`);
  const walked: T[] = [start];
  const onWalk = new Map<string, number>([[start.id, 0]]);
  let current = start;
  while (current.viaId !== null) {
    const next = byId.get(current.viaId);
    if (next === undefined) throw new DanglingViaError(current.id, current.viaId);
    const loopStart = onWalk.get(next.id);
    if (loopStart !== undefined) throw new ProvenanceCycleError(walked.slice(loopStart).map((n) => n.id));
    onWalk.set(next.id, walked.length);
    walked.push(next);
    current = next;
  }
  return walked;
}

/**
 * The chain of appearance `id`: root first, `id` last ("U.S. officials → FT → TIME").
 * Throws RangeError for an unknown id, DanglingViaError / ProvenanceCycleError for a bad chain.
 * Pass a Map to avoid re-indexing when asking for many chains.
 */
export function chainOf<T extends ChainNode>(id: string, nodes: NodeSource<T>): T[] {
  return walkToRoot(id, indexNodes(nodes)).reverse();
}

/** The root of appearance `id`'s chain (the node itself when it relays nothing). Throws like chainOf. */
export function rootOf<T extends ChainNode>(id: string, nodes: NodeSource<T>): T {
  const walked = walkToRoot(id, indexNodes(nodes));
  const root = walked[walked.length - 1];
  // walkToRoot always returns at least the start node.
  if (root === undefined) throw new RangeError(`Unknown appearance "${id}"`);
  return root;
}

/**
 * Distinct roots among a claim's appearances. Once chains are valid (no loops, no dangling `via`),
 * every chain ends at a node with `viaId === null` and each such node is its own root, so the
 * count of roots is the count of null-`via` nodes. Throws like assertValidChains.
 */
export function countIndependentOrigins(nodes: readonly ChainNode[]): number {
  assertValidChains(nodes);
  let roots = 0;
  for (const node of nodes) if (node.viaId === null) roots += 1;
  return roots;
}

export interface ProvenanceTree<T> {
  node: T;
  children: ProvenanceTree<T>[];
}

/**
 * The appearances as a forest: one tree per root, each node's children being the appearances
 * that relay it. Roots and siblings keep input order unless `order` is given (stable sort).
 * Throws like assertValidChains.
 */
export function buildProvenanceForest<T extends ChainNode>(
  nodes: readonly T[],
  order?: (a: T, b: T) => number,
): ProvenanceTree<T>[] {
  assertValidChains(nodes);
  const trees = new Map<string, ProvenanceTree<T>>();
  for (const node of nodes) trees.set(node.id, { node, children: [] });
  const roots: ProvenanceTree<T>[] = [];
  for (const node of nodes) {
    const tree = trees.get(node.id);
    if (tree === undefined) continue;
    const parent = node.viaId === null ? undefined : trees.get(node.viaId);
    (parent === undefined ? roots : parent.children).push(tree);
  }
  if (order !== undefined) {
    const byNode = (a: ProvenanceTree<T>, b: ProvenanceTree<T>): number => order(a.node, b.node);
    roots.sort(byNode);
    for (const tree of trees.values()) if (tree.children.length > 1) tree.children.sort(byNode);
  }
  return roots;
}

/**
 * Whether re-pointing appearance `id` to relay `newViaId` would leave `id` in a loop: true if
 * `newViaId` is `id` itself, or following `via` from `newViaId` comes back to `id` (or runs into
 * an existing loop). A null or unknown `newViaId` cannot loop (assertValidChains reports the
 * latter as dangling). `id` need not exist yet, so this also checks a new appearance.
 */
export function wouldCreateCycle(nodes: readonly ChainNode[], id: string, newViaId: string | null): boolean {
  const byId = indexNodes(nodes);
  const seen = new Set<string>();
  let current = newViaId;
  while (current !== null) {
    if (current === id || seen.has(current)) return true;
    seen.add(current);
    const node = byId.get(current);
    if (node === undefined) return false;
    current = node.viaId;
  }
  return false;
}
