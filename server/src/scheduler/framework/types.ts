/**
 * The scheduler's precomputed view of pods and nodes (kube-scheduler's `PodInfo` and `NodeInfo`):
 * everything a plugin reads on the hot path is parsed once, when the object enters the cluster.
 */
import type { Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import { EVERYTHING, labelSelector, NOTHING, type Labels, type Selector } from '../labels';
import type { PreferredTerms, RequiredNodeAffinity } from '../nodeaffinity';
import type { PodResources, Resource } from '../resources';

/** A processed pod affinity term (`fwk.AffinityTerm`). */
export interface AffinityTerm {
  namespaces: ReadonlySet<string>;
  nsSelector: Selector;
  selector: Selector;
  topologyKey: string;
  /** Canonical signature: equal terms share counters. */
  key: string;
}

export interface WeightedAffinityTerm extends AffinityTerm {
  weight: number;
}

/** `AffinityTerm.Matches`: the pod's namespace is listed or selected, and its labels match. */
export function termMatches(t: AffinityTerm, pod: PodInfo, nsLabels: Labels | undefined): boolean {
  if (t.namespaces.has(pod.namespace) || t.nsSelector.matches(nsLabels)) return t.selector.matches(pod.labels);
  return false;
}

export interface HostPort {
  ip: string;
  protocol: string;
  port: number;
}

/** A pod as the scheduler sees it. `pod` is the (defaulted) API object. */
export interface PodInfo {
  /** Unique within a run; also the queue's creation order. */
  uid: number;
  pod: Pod;
  namespace: string;
  name: string;
  labels: Labels;
  priority: number;
  preemptionPolicy: 'PreemptLowerPriority' | 'Never';
  schedulerName: string;
  nodeName: string;
  resources: PodResources;
  /** Requests nothing at all (NodeResourcesFit then only needs a pod slot). */
  zeroRequest: boolean;
  tolerations: readonly Toleration[];
  /** nodeSelector AND required node affinity. */
  requiredNodeAffinity: RequiredNodeAffinity;
  /** Preferred node affinity terms; null when none. */
  preferredNodeAffinity: PreferredTerms | null;
  hostPorts: readonly HostPort[];
  requiredAffinityTerms: readonly AffinityTerm[];
  requiredAntiAffinityTerms: readonly AffinityTerm[];
  preferredAffinityTerms: readonly WeightedAffinityTerm[];
  preferredAntiAffinityTerms: readonly WeightedAffinityTerm[];
  /** Has pod affinity or anti-affinity of any kind (NodeInfo.PodsWithAffinity). */
  hasAffinity: boolean;
  /** Container images, normalized (`:latest` added), init containers first. */
  images: readonly string[];
  /** Logical start time (smaller = started earlier); victims' order and preemption's last criterion. */
  startTime: number;
  deleting: boolean;
  /** Nominated node (set by preemption). */
  nominatedNodeName: string;
}

export interface NodeImage {
  names: readonly string[];
  sizeBytes: number;
}

/** The node object fields the scheduler reads, normalized. */
export interface NodeSpecView {
  name: string;
  labels: Labels;
  taints: readonly Taint[];
  unschedulable: boolean;
  images: readonly NodeImage[];
}

export interface ImageState {
  size: number;
  numNodes: number;
}

export type Allocatable = Resource & { pods: number };

/** `framework.NodeInfo`: the node and the pods on it, with running totals. */
export class NodeInfo {
  pods: PodInfo[] = [];
  podsWithAffinity: PodInfo[] = [];
  podsWithRequiredAntiAffinity: PodInfo[] = [];
  requested: Resource = { milliCPU: 0, memory: 0, ephemeralStorage: 0, scalars: null };
  nonZeroMilliCPU = 0;
  nonZeroMemory = 0;
  /** hostIP → set of "PROTOCOL/port". */
  usedPorts = new Map<string, Set<string>>();
  imageStates: ReadonlyMap<string, ImageState> = new Map();

  /** Position in the cluster definition (the tie rule picks the smallest). */
  order = 0;

  constructor(
    readonly node: NodeSpecView,
    readonly allocatable: Allocatable,
    /** Position in the cluster's node list (the scheduler's node order). */
    readonly index: number,
  ) {}

  get name(): string {
    return this.node.name;
  }

  addPod(p: PodInfo): void {
    this.pods.push(p);
    if (p.hasAffinity) this.podsWithAffinity.push(p);
    if (p.requiredAntiAffinityTerms.length) this.podsWithRequiredAntiAffinity.push(p);
    this.update(p, 1);
  }

  removePod(p: PodInfo): boolean {
    const i = this.pods.indexOf(p);
    if (i < 0) return false;
    // Go swaps with the last element; the order of pods is not observable in decisions.
    this.pods[i] = this.pods[this.pods.length - 1];
    this.pods.pop();
    removeFrom(this.podsWithAffinity, p);
    removeFrom(this.podsWithRequiredAntiAffinity, p);
    this.update(p, -1);
    return true;
  }

  private update(p: PodInfo, sign: 1 | -1): void {
    const r = p.resources.requests;
    const q = this.requested;
    q.milliCPU += sign * r.milliCPU;
    q.memory += sign * r.memory;
    q.ephemeralStorage += sign * r.ephemeralStorage;
    if (r.scalars) {
      q.scalars ??= {};
      for (const k in r.scalars) q.scalars[k] = (q.scalars[k] ?? 0) + sign * r.scalars[k];
    }
    this.nonZeroMilliCPU += sign * p.resources.nonZeroMilliCPU;
    this.nonZeroMemory += sign * p.resources.nonZeroMemory;
    for (const hp of p.hostPorts) {
      if (hp.port <= 0) continue;
      const pp = `${hp.protocol}/${hp.port}`;
      let set = this.usedPorts.get(hp.ip);
      if (sign > 0) {
        if (!set) this.usedPorts.set(hp.ip, (set = new Set()));
        set.add(pp);
      } else if (set) {
        set.delete(pp);
        if (set.size === 0) this.usedPorts.delete(hp.ip);
      }
    }
  }

  /** `HostPortInfo.CheckConflict`: 0.0.0.0 conflicts with any IP on the same protocol/port. */
  portConflict(hp: HostPort): boolean {
    if (hp.port <= 0) return false;
    const pp = `${hp.protocol}/${hp.port}`;
    if (hp.ip === '0.0.0.0') {
      for (const set of this.usedPorts.values()) if (set.has(pp)) return true;
      return false;
    }
    return (this.usedPorts.get('0.0.0.0')?.has(pp) ?? false) || (this.usedPorts.get(hp.ip)?.has(pp) ?? false);
  }

  /** `NodeInfo.Snapshot()`: a copy whose pod lists and totals can change independently. */
  clone(): NodeInfo {
    const c = new NodeInfo(this.node, this.allocatable, this.index);
    c.order = this.order;
    c.pods = this.pods.slice();
    c.podsWithAffinity = this.podsWithAffinity.slice();
    c.podsWithRequiredAntiAffinity = this.podsWithRequiredAntiAffinity.slice();
    const r = this.requested;
    c.requested = { milliCPU: r.milliCPU, memory: r.memory, ephemeralStorage: r.ephemeralStorage, scalars: r.scalars ? { ...r.scalars } : null };
    c.nonZeroMilliCPU = this.nonZeroMilliCPU;
    c.nonZeroMemory = this.nonZeroMemory;
    c.usedPorts = new Map([...this.usedPorts].map(([ip, s]) => [ip, new Set(s)]));
    c.imageStates = this.imageStates;
    return c;
  }
}

function removeFrom(list: PodInfo[], p: PodInfo): void {
  const i = list.indexOf(p);
  if (i >= 0) {
    list[i] = list[list.length - 1];
    list.pop();
  }
}

/** Builds a term; an invalid selector gives a term that selects nothing (the API server rejects such pods). */
export function makeAffinityTerm(
  podNamespace: string,
  term: { labelSelector?: Parameters<typeof labelSelector>[0]; namespaces?: string[]; namespaceSelector?: Parameters<typeof labelSelector>[0]; topologyKey: string },
  weight?: number,
): AffinityTerm | WeightedAffinityTerm {
  let selector: Selector;
  let nsSelector: Selector;
  try {
    selector = labelSelector(term.labelSelector);
    nsSelector = labelSelector(term.namespaceSelector);
  } catch {
    selector = NOTHING;
    nsSelector = NOTHING;
  }
  const names = term.namespaces ?? [];
  const namespaces = new Set(names.length === 0 && term.namespaceSelector == null ? [podNamespace] : names);
  const key = `${[...namespaces].sort().join(',')}|${nsSelector.key}|${selector.key}|${term.topologyKey}`;
  const topologyKey = term.topologyKey ?? '';
  // Literals, not spreads: terms are read on the hot path and should share one shape.
  return weight === undefined ? { namespaces, nsSelector, selector, topologyKey, key } : { namespaces, nsSelector, selector, topologyKey, key, weight };
}

export { EVERYTHING };
