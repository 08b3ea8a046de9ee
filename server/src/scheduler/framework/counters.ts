/**
 * Incremental pod counts per topology domain. kube-scheduler recounts matching pods on every node
 * in each PreFilter/PreScore (PodTopologySpread, InterPodAffinity); the answer only changes when a
 * pod is added or removed, so we keep the counts and update them then. A counter is defined by
 * which pods it counts, which topology key groups nodes into domains, and which nodes take part.
 *
 * Dense counters (PodTopologySpread) know every domain, empty ones included, and its minimum.
 * Sparse counters (InterPodAffinity) only know domains that hold a matching pod: they are cheap to
 * build from a label index when one label narrows the pods.
 */
import type { Labels } from '../labels';
import type { NodeInfo, PodInfo } from './types';

export interface CounterSpec {
  /** Equal specs (same key) share one counter. */
  key: string;
  /** Does this pod count? (namespace, selector, not terminating, …) */
  match(p: PodInfo): boolean;
  topologyKey: string;
  /** Which nodes form domains; null: every node that has the topology key. */
  eligible: ((n: NodeInfo) => boolean) | null;
  /** Domain value for an eligible node without the key (PodTopologySpread's system defaults use ""); null: such nodes are skipped. */
  missingValue?: string | null;
  /** Sparse: only domains with matching pods, no per-node counts, no minimum. */
  sparse?: boolean;
  /** For a sparse counter: a superset of the matching pods (from the label index), instead of every pod. */
  candidates?: () => Iterable<PodInfo>;
}

const hasOwn = Object.prototype.hasOwnProperty;

export function labelValue(labels: Labels, key: string): string | undefined {
  return hasOwn.call(labels, key) ? labels[key] : undefined;
}

const NO_COUNTS = new Int32Array(0);

export class PodCounter {
  /** Matching pods on each node (every node, eligible or not); empty for sparse counters. */
  readonly perNode: Int32Array;
  /** Domain (topology value) of each node, or undefined when the node is not part of any domain (dense only). */
  private readonly domainOf: (string | undefined)[];
  /** Matching pods per domain; dense counters list domains with no pods too. */
  readonly domains = new Map<string, number>();
  /** Sum over all domains. */
  total = 0;
  private hist: number[] = [];
  private minCount = Number.POSITIVE_INFINITY;
  /** Bumped on every change, for caches. */
  version = 0;
  readonly sparse: boolean;

  constructor(
    readonly spec: CounterSpec,
    nodes: readonly NodeInfo[],
    nodeOf: (p: PodInfo) => NodeInfo | undefined,
  ) {
    this.sparse = spec.sparse === true;
    if (this.sparse) {
      this.perNode = NO_COUNTS;
      this.domainOf = [];
      const pods = spec.candidates ? spec.candidates() : allPods(nodes);
      for (const p of pods) {
        if (!spec.match(p)) continue;
        const n = nodeOf(p);
        if (n) this.addSparse(n, 1);
      }
      return;
    }
    this.perNode = new Int32Array(nodes.length);
    this.domainOf = new Array(nodes.length);
    const missing = spec.missingValue ?? null;
    for (const n of nodes) {
      let count = 0;
      for (const p of n.pods) if (spec.match(p)) count++;
      this.perNode[n.index] = count;
      if (spec.eligible && !spec.eligible(n)) continue;
      const v = labelValue(n.node.labels, spec.topologyKey) ?? missing ?? undefined;
      if (v === undefined) continue;
      this.domainOf[n.index] = v;
      this.domains.set(v, (this.domains.get(v) ?? 0) + count);
      this.total += count;
    }
    for (const c of this.domains.values()) this.hist[c] = (this.hist[c] ?? 0) + 1;
    this.recomputeMin();
  }

  private addSparse(n: NodeInfo, delta: 1 | -1): void {
    if (this.spec.eligible && !this.spec.eligible(n)) return;
    const v = labelValue(n.node.labels, this.spec.topologyKey) ?? this.spec.missingValue ?? undefined;
    if (v === undefined) return;
    const now = (this.domains.get(v) ?? 0) + delta;
    if (now === 0) this.domains.delete(v);
    else this.domains.set(v, now);
    this.total += delta;
  }

  private recomputeMin(): void {
    this.minCount = Number.POSITIVE_INFINITY;
    for (let c = 0; c < this.hist.length; c++) {
      if ((this.hist[c] ?? 0) > 0) {
        this.minCount = c;
        return;
      }
    }
  }

  /** The smallest domain count (Infinity when there are no domains); dense counters only. */
  min(): number {
    return this.minCount;
  }

  count(value: string): number {
    return this.domains.get(value) ?? 0;
  }

  /** Called by the registry when a pod lands on or leaves a node. */
  apply(p: PodInfo, n: NodeInfo, delta: 1 | -1): void {
    if (!this.spec.match(p)) return;
    this.version++;
    if (this.sparse) {
      this.addSparse(n, delta);
      return;
    }
    this.perNode[n.index] += delta;
    const v = this.domainOf[n.index];
    if (v === undefined) return;
    const old = this.domains.get(v) ?? 0;
    const now = old + delta;
    this.domains.set(v, now);
    this.total += delta;
    this.hist[old]--;
    this.hist[now] = (this.hist[now] ?? 0) + 1;
    if (now < this.minCount) this.minCount = now;
    else if (old === this.minCount && this.hist[old] === 0) this.minCount = now;
  }
}

function* allPods(nodes: readonly NodeInfo[]): Iterable<PodInfo> {
  for (const n of nodes) yield* n.pods;
}

/** All live counters of one cluster state, bounded: the least recently used are dropped. */
export class CounterRegistry {
  private readonly counters = new Map<string, PodCounter>();

  constructor(
    private readonly nodes: () => readonly NodeInfo[],
    private readonly nodeOf: (p: PodInfo) => NodeInfo | undefined,
    private readonly limit = 256,
  ) {}

  get(spec: CounterSpec): PodCounter {
    const hit = this.counters.get(spec.key);
    if (hit) {
      // Refresh its place in the LRU order.
      this.counters.delete(spec.key);
      this.counters.set(spec.key, hit);
      return hit;
    }
    const c = new PodCounter(spec, this.nodes(), this.nodeOf);
    this.counters.set(spec.key, c);
    if (this.counters.size > this.limit) {
      const oldest = this.counters.keys().next().value as string;
      this.counters.delete(oldest);
    }
    return c;
  }

  apply(p: PodInfo, n: NodeInfo, delta: 1 | -1): void {
    for (const c of this.counters.values()) c.apply(p, n, delta);
  }

  clear(): void {
    this.counters.clear();
  }
}
