import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  assertValidChains,
  buildProvenanceForest,
  chainOf,
  countIndependentOrigins,
  DanglingViaError,
  findCycle,
  ProvenanceCycleError,
  rootOf,
  wouldCreateCycle,
  type ChainNode,
  type ProvenanceTree,
} from "@/lib/provenance/chain";

interface Appearance extends ChainNode {
  readonly outlet: string;
  readonly reportedAt: string;
}

function appearance(id: string, viaId: string | null, reportedAt: string): Appearance {
  return { id, viaId, outlet: id.toUpperCase(), reportedAt };
}

// The SPEC example: three independent reports, and TIME relaying the FT.
const ft = appearance("ft", null, "2022-03-14");
const nyt = appearance("nyt", null, "2022-03-13");
const wapo = appearance("wapo", null, "2022-03-15");
const time = appearance("time", "ft", "2022-03-15");
const spec: readonly Appearance[] = [ft, nyt, wapo, time];

function node(id: string, viaId: string | null): ChainNode {
  return { id, viaId };
}

/** Linear chain n0 ← n1 ← … ← n(length-1): n0 is the root. */
function longChain(length: number): ChainNode[] {
  return Array.from({ length }, (_, i) => node(`n${i}`, i === 0 ? null : `n${i - 1}`));
}

/** [id, childIds] pairs of a forest in pre-order, for comparing shapes. */
function shape<T extends ChainNode>(forest: readonly ProvenanceTree<T>[]): [string, string[]][] {
  const out: [string, string[]][] = [];
  const stack = [...forest].reverse();
  for (let tree = stack.pop(); tree !== undefined; tree = stack.pop()) {
    out.push([tree.node.id, tree.children.map((c) => c.node.id)]);
    stack.push(...[...tree.children].reverse());
  }
  return out;
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("chains and roots", () => {
  it("gives a relay's chain root first and the relay last", () => {
    expect(chainOf("time", spec)).toEqual([ft, time]);
    expect(chainOf("time", spec).map((a) => a.outlet)).toEqual(["FT", "TIME"]);
  });

  it("gives a root a chain of itself", () => {
    expect(chainOf("nyt", spec)).toEqual([nyt]);
    expect(rootOf("nyt", spec)).toBe(nyt);
  });

  it("returns the caller's own rows, typed as the caller's type", () => {
    const root: Appearance = rootOf("time", spec);
    expect(root).toBe(ft);
    expect(root.reportedAt).toBe("2022-03-14");
  });

  it("follows multi-hop chains", () => {
    const nodes = [node("d", "c"), node("b", "a"), node("a", null), node("c", "b")];
    expect(chainOf("d", nodes).map((n) => n.id)).toEqual(["a", "b", "c", "d"]);
    expect(chainOf("b", nodes).map((n) => n.id)).toEqual(["a", "b"]);
    expect(rootOf("d", nodes).id).toBe("a");
  });

  it("accepts a Map keyed by id", () => {
    const byId = new Map(spec.map((a) => [a.id, a] as const));
    expect(chainOf("time", byId)).toEqual([ft, time]);
    expect(rootOf("time", byId)).toBe(ft);
  });

  it("rejects an unknown id", () => {
    expect(() => chainOf("reuters", spec)).toThrow(RangeError);
    expect(() => rootOf("reuters", spec)).toThrow(/reuters/);
  });

  it("rejects duplicate ids", () => {
    expect(() => chainOf("a", [node("a", null), node("a", null)])).toThrow(/Duplicate appearance id "a"/);
  });
});

describe("countIndependentOrigins", () => {
  it("counts FT, NYT and WaPo as three origins; TIME relaying FT adds none", () => {
    expect(countIndependentOrigins(spec)).toBe(3);
  });

  it("counts ten outlets repeating one report as one origin", () => {
    // Half relay the FT directly, half relay the first relay.
    const relays = Array.from({ length: 10 }, (_, i) => node(`relay${i}`, i === 0 || i % 2 === 1 ? "ft" : "relay0"));
    const nodes = [node("ft", null), ...relays];
    expect(countIndependentOrigins(nodes)).toBe(1);
    expect(countIndependentOrigins([...nodes, node("nyt", null)])).toBe(2);
  });

  it("counts zero for no appearances and one for a lone appearance", () => {
    expect(countIndependentOrigins([])).toBe(0);
    expect(countIndependentOrigins([node("a", null)])).toBe(1);
  });

  it("refuses to count when a chain is broken", () => {
    expect(() => countIndependentOrigins([node("a", "b"), node("b", "a")])).toThrow(ProvenanceCycleError);
    expect(() => countIndependentOrigins([node("a", "gone")])).toThrow(DanglingViaError);
  });
});

describe("buildProvenanceForest", () => {
  it("puts each root at the top with its relays as children, in input order", () => {
    const forest = buildProvenanceForest(spec);
    expect(shape(forest)).toEqual([
      ["ft", ["time"]],
      ["time", []],
      ["nyt", []],
      ["wapo", []],
    ]);
    expect(forest[0]?.node).toBe(ft);
    expect(forest[0]?.children[0]?.node).toBe(time);
  });

  it("sorts roots and siblings with `order`", () => {
    const nodes = [
      appearance("ft", null, "2022-03-14"),
      appearance("time", "ft", "2022-03-16"),
      appearance("bbc", "ft", "2022-03-15"),
      appearance("cnn", "bbc", "2022-03-17"),
      appearance("axios", "bbc", "2022-03-15"),
      appearance("nyt", null, "2022-03-13"),
    ];
    const byDateThenId = (a: Appearance, b: Appearance): number =>
      a.reportedAt.localeCompare(b.reportedAt) || a.id.localeCompare(b.id);
    expect(shape(buildProvenanceForest(nodes, byDateThenId))).toEqual([
      ["nyt", []],
      ["ft", ["bbc", "time"]],
      ["bbc", ["axios", "cnn"]],
      ["axios", []],
      ["cnn", []],
      ["time", []],
    ]);
    // Without `order`, input order is kept.
    expect(shape(buildProvenanceForest(nodes))).toEqual([
      ["ft", ["time", "bbc"]],
      ["time", []],
      ["bbc", ["cnn", "axios"]],
      ["cnn", []],
      ["axios", []],
      ["nyt", []],
    ]);
  });

  it("places children listed before their parent", () => {
    expect(shape(buildProvenanceForest([node("c", "b"), node("b", "a"), node("a", null)]))).toEqual([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", []],
    ]);
  });

  it("returns an empty forest for no appearances and rejects broken chains", () => {
    expect(buildProvenanceForest([])).toEqual([]);
    expect(() => buildProvenanceForest([node("a", "a")])).toThrow(ProvenanceCycleError);
    expect(() => buildProvenanceForest([node("a", "x")])).toThrow(DanglingViaError);
  });
});

describe("cycles", () => {
  it("finds no cycle in valid chains", () => {
    expect(findCycle(spec)).toBeNull();
    expect(findCycle([])).toBeNull();
    expect(() => assertValidChains(spec)).not.toThrow();
  });

  it("rejects a self-loop", () => {
    const nodes = [node("a", "a")];
    expect(findCycle(nodes)).toEqual(["a"]);
    const error = catchError(() => assertValidChains(nodes));
    expect(error).toBeInstanceOf(ProvenanceCycleError);
    expect(error).toMatchObject({ name: "ProvenanceCycleError", cycle: ["a"] });
    expect(() => chainOf("a", nodes)).toThrow(ProvenanceCycleError);
  });

  it("rejects a 2-cycle and names both ids", () => {
    const nodes = [node("a", "b"), node("b", "a")];
    expect(findCycle(nodes)).toEqual(["a", "b"]);
    expect(() => assertValidChains(nodes)).toThrow(/"a" → "b" → "a"/);
    expect(() => rootOf("b", nodes)).toThrow(ProvenanceCycleError);
  });

  it("rejects a long cycle, reporting its ids in via order", () => {
    const length = 1_000;
    const nodes = Array.from({ length }, (_, i) => node(`c${i}`, `c${(i + 1) % length}`));
    const cycle = findCycle(nodes);
    expect(cycle).toHaveLength(length);
    expect(cycle?.slice(0, 3)).toEqual(["c0", "c1", "c2"]);
    expect(cycle?.at(-1)).toBe(`c${length - 1}`);
  });

  it("finds a cycle hanging off a valid tree, without the tree's nodes", () => {
    // root ← a ← b, and b's relays x → y → z → x loop among themselves; t relays into the loop.
    const nodes = [
      node("root", null),
      node("a", "root"),
      node("b", "a"),
      node("t", "x"),
      node("x", "y"),
      node("y", "z"),
      node("z", "x"),
    ];
    expect(findCycle(nodes)).toEqual(["x", "y", "z"]);
    const error = catchError(() => assertValidChains(nodes));
    expect(error).toBeInstanceOf(ProvenanceCycleError);
    expect(error instanceof ProvenanceCycleError ? error.cycle : null).toEqual(["x", "y", "z"]);
    // The valid part still has chains; the part leading into the loop does not.
    expect(chainOf("b", nodes).map((n) => n.id)).toEqual(["root", "a", "b"]);
    expect(catchError(() => chainOf("t", nodes))).toMatchObject({ cycle: ["x", "y", "z"] });
  });

  it("freezes the cycle it reports", () => {
    const error = new ProvenanceCycleError(["a", "b"]);
    expect(Object.isFrozen(error.cycle)).toBe(true);
    expect(error.message).toContain('"a" → "b" → "a"');
  });
});

describe("dangling via", () => {
  const nodes = [node("ft", null), node("time", "reuters")];

  it("is reported with the relay and the missing id", () => {
    const error = catchError(() => assertValidChains(nodes));
    expect(error).toBeInstanceOf(DanglingViaError);
    expect(error).toMatchObject({ name: "DanglingViaError", nodeId: "time", viaId: "reuters" });
    expect(error instanceof Error ? error.message : "").toMatch(/"time" relays "reuters"/);
  });

  it("breaks chainOf and rootOf only for the chains that use it", () => {
    expect(() => chainOf("time", nodes)).toThrow(DanglingViaError);
    expect(() => rootOf("time", nodes)).toThrow(DanglingViaError);
    expect(chainOf("ft", nodes).map((n) => n.id)).toEqual(["ft"]);
  });

  it("is not a cycle", () => {
    expect(findCycle(nodes)).toBeNull();
  });
});

describe("wouldCreateCycle", () => {
  const nodes = [node("a", null), node("b", "a"), node("c", "b"), node("d", null)];

  it("detects pointing a node at itself or at one of its relays", () => {
    expect(wouldCreateCycle(nodes, "a", "a")).toBe(true);
    expect(wouldCreateCycle(nodes, "a", "b")).toBe(true);
    expect(wouldCreateCycle(nodes, "a", "c")).toBe(true);
    expect(wouldCreateCycle(nodes, "b", "c")).toBe(true);
  });

  it("allows re-pointing elsewhere or to nothing", () => {
    expect(wouldCreateCycle(nodes, "a", "d")).toBe(false);
    expect(wouldCreateCycle(nodes, "c", "a")).toBe(false);
    expect(wouldCreateCycle(nodes, "d", "c")).toBe(false);
    expect(wouldCreateCycle(nodes, "c", null)).toBe(false);
  });

  it("ignores the node's current via (it is being replaced)", () => {
    // b currently relays a; re-pointing b to d is fine even though a ← b ← c exists.
    expect(wouldCreateCycle(nodes, "b", "d")).toBe(false);
    const after = nodes.map((n) => (n.id === "b" ? node("b", "d") : n));
    expect(() => assertValidChains(after)).not.toThrow();
  });

  it("checks a new appearance that is not stored yet", () => {
    expect(wouldCreateCycle(nodes, "new", "c")).toBe(false);
    expect(wouldCreateCycle(nodes, "new", "new")).toBe(true);
  });

  it("treats an unknown via as no cycle, and an existing loop as one", () => {
    expect(wouldCreateCycle(nodes, "a", "zzz")).toBe(false);
    const looped = [...nodes, node("x", "y"), node("y", "x")];
    expect(wouldCreateCycle(looped, "d", "x")).toBe(true);
  });
});

describe("long chains", () => {
  const length = 20_000;
  const nodes = longChain(length);

  it("walks a 20k-long chain without recursion", () => {
    const chain = chainOf(`n${length - 1}`, nodes);
    expect(chain).toHaveLength(length);
    expect(chain[0]?.id).toBe("n0");
    expect(chain.at(-1)?.id).toBe(`n${length - 1}`);
    expect(rootOf(`n${length - 1}`, nodes).id).toBe("n0");
    expect(countIndependentOrigins(nodes)).toBe(1);
    expect(findCycle(nodes)).toBeNull();
  });

  it("builds a 20k-deep forest and detects closing the chain into a loop", () => {
    const forest = buildProvenanceForest(nodes);
    let depth = 0;
    for (let tree = forest[0]; tree !== undefined; tree = tree.children[0]) depth += 1;
    expect(depth).toBe(length);
    expect(wouldCreateCycle(nodes, "n0", `n${length - 1}`)).toBe(true);
    const closed = nodes.map((n) => (n.id === "n0" ? node("n0", `n${length - 1}`) : n));
    expect(findCycle(closed)).toHaveLength(length);
  });
});

/**
 * Random valid forests: node i relays either nothing or an earlier node (index < i), so there
 * are no loops and no dangling vias. Ids are shuffled so input order says nothing about depth.
 */
const forestArb = fc
  .array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 60 })
  .chain((parents) =>
    fc
      .shuffledSubarray(
        parents.map((_, i) => i),
        { minLength: parents.length, maxLength: parents.length },
      )
      .map((order) =>
        order.map((i): ChainNode => {
          const parent = parents[i];
          return node(`a${i}`, i === 0 || parent === null || parent === undefined ? null : `a${parent % i}`);
        }),
      ),
  );

describe("properties of random forests", () => {
  it("counts as many origins as nodes with no via", () => {
    fc.assert(
      fc.property(forestArb, (nodes) => {
        expect(findCycle(nodes)).toBeNull();
        expect(countIndependentOrigins(nodes)).toBe(nodes.filter((n) => n.viaId === null).length);
        expect(buildProvenanceForest(nodes)).toHaveLength(countIndependentOrigins(nodes));
      }),
    );
  });

  it("gives every node a chain from a root to itself, each hop relaying the previous", () => {
    fc.assert(
      fc.property(forestArb, (nodes) => {
        const byId = new Map(nodes.map((n) => [n.id, n] as const));
        for (const n of nodes) {
          const chain = chainOf(n.id, byId);
          expect(chain[0]?.viaId).toBeNull();
          expect(chain.at(-1)).toBe(n);
          for (let i = 1; i < chain.length; i += 1) expect(chain[i]?.viaId).toBe(chain[i - 1]?.id);
          expect(new Set(chain.map((c) => c.id)).size).toBe(chain.length);
          expect(rootOf(n.id, byId)).toBe(chain[0]);
        }
      }),
    );
  });

  it("puts every node exactly once in the forest, under the node it relays", () => {
    fc.assert(
      fc.property(forestArb, (nodes) => {
        const pairs = shape(buildProvenanceForest(nodes));
        expect(pairs.map(([id]) => id).sort()).toEqual(nodes.map((n) => n.id).sort());
        const parentOf = new Map<string, string>();
        for (const [id, children] of pairs) for (const child of children) parentOf.set(child, id);
        for (const n of nodes) expect(parentOf.get(n.id) ?? null).toBe(n.viaId);
      }),
    );
  });

  it("detects a back edge from a node's chain, and rejects it once added", () => {
    fc.assert(
      fc.property(forestArb, fc.nat(), fc.nat(), (nodes, pickNode, pickHop) => {
        const target = nodes[pickNode % nodes.length];
        if (target === undefined) return;
        const chain = chainOf(target.id, nodes);
        // Re-point some ancestor-or-self of `target` to relay `target`: a loop.
        const ancestor = chain[pickHop % chain.length];
        if (ancestor === undefined) return;
        expect(wouldCreateCycle(nodes, ancestor.id, target.id)).toBe(true);
        const edited = nodes.map((n) => (n.id === ancestor.id ? node(n.id, target.id) : n));
        const cycle = findCycle(edited);
        expect(cycle).not.toBeNull();
        expect(new Set(cycle)).toEqual(new Set(chain.slice(pickHop % chain.length).map((c) => c.id)));
        expect(() => assertValidChains(edited)).toThrow(ProvenanceCycleError);
      }),
    );
  });

  it("agrees with assertValidChains when re-pointing to a node outside the chain", () => {
    fc.assert(
      fc.property(forestArb, fc.nat(), fc.nat(), (nodes, pickNode, pickVia) => {
        const moved = nodes[pickNode % nodes.length];
        const via = nodes[pickVia % nodes.length];
        if (moved === undefined || via === undefined) return;
        const predicted = wouldCreateCycle(nodes, moved.id, via.id);
        const edited = nodes.map((n) => (n.id === moved.id ? node(n.id, via.id) : n));
        expect(findCycle(edited) !== null).toBe(predicted);
      }),
    );
  });
});
