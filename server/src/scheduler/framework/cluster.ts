/**
 * The cluster as one scheduling cycle sees it (kube-scheduler's cache snapshot + informers): nodes
 * in the scheduler's node order, the pods on them, incremental counters for topology queries, and
 * the objects some plugins consult (Services and controllers for default spreading, namespaces).
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { Labels } from '../labels';
import { CounterRegistry } from './counters';
import { TermIndex } from './term-index';
import type { ImageState, NodeInfo, PodInfo } from './types';

/** A controller or Service that can select pods (for PodTopologySpread's system defaults). */
export interface SelectorSource {
  kind: 'Service' | 'ReplicationController' | 'ReplicaSet' | 'StatefulSet';
  namespace: string;
  name: string;
  /** Service and RC: a label set; RS and StatefulSet: a LabelSelector. */
  selectorSet?: Record<string, string>;
  selector?: LabelSelector;
}

export class ClusterState {
  readonly byName = new Map<string, NodeInfo>();
  readonly counters: CounterRegistry;
  readonly terms = new TermIndex();
  /** Where each bound pod is. */
  readonly podNode = new Map<PodInfo, NodeInfo>();
  /** Bound pods by label: key → value → pods (narrows counters built for one selector). */
  private readonly labelIndex = new Map<string, Map<string, Set<PodInfo>>>();

  constructor(
    /** In the scheduler's order (see `nodeTreeOrder`). Each NodeInfo's index is its position. */
    readonly nodes: readonly NodeInfo[],
    readonly namespaces: ReadonlyMap<string, Labels>,
    readonly selectorSources: SelectorSource[],
  ) {
    for (const n of nodes) this.byName.set(n.name, n);
    this.counters = new CounterRegistry(
      () => this.nodes,
      (p) => this.podNode.get(p),
    );
    computeImageStates(nodes);
  }

  /** The labels of a namespace; an unknown namespace has only its name label. */
  namespaceLabels(ns: string): Labels {
    return this.namespaces.get(ns) ?? { 'kubernetes.io/metadata.name': ns };
  }

  namespaceNames(): string[] {
    return [...this.namespaces.keys()];
  }

  addPod(p: PodInfo, n: NodeInfo): void {
    n.addPod(p);
    this.podNode.set(p, n);
    for (const k in p.labels) {
      let byValue = this.labelIndex.get(k);
      if (!byValue) this.labelIndex.set(k, (byValue = new Map()));
      let set = byValue.get(p.labels[k]);
      if (!set) byValue.set(p.labels[k], (set = new Set()));
      set.add(p);
    }
    this.counters.apply(p, n, 1);
    this.terms.apply(p, n, 1);
  }

  removePod(p: PodInfo): NodeInfo | undefined {
    const n = this.podNode.get(p);
    if (!n) return undefined;
    n.removePod(p);
    this.podNode.delete(p);
    for (const k in p.labels) this.labelIndex.get(k)?.get(p.labels[k])?.delete(p);
    this.counters.apply(p, n, -1);
    this.terms.apply(p, n, -1);
    return n;
  }

  /** Bound pods with `key` set to one of `values` (a superset of a selector's matches, from its hint). */
  *podsWithLabel(key: string, values: readonly string[]): Iterable<PodInfo> {
    const byValue = this.labelIndex.get(key);
    if (!byValue) return;
    for (const v of values) {
      const set = byValue.get(v);
      if (set) yield* set;
    }
  }

  /** Every bound pod. */
  allPods(): Iterable<PodInfo> {
    return this.podNode.keys();
  }

  /** Nodes with at least one pod with required anti-affinity (`HavePodsWithRequiredAntiAffinityList`). */
  nodesWithRequiredAntiAffinityPods(): NodeInfo[] {
    return this.nodes.filter((n) => n.podsWithRequiredAntiAffinity.length > 0);
  }
}

/** `createImageExistenceMap` + `getNodeImageStates`: each image's size and how many nodes have it. */
function computeImageStates(nodes: readonly NodeInfo[]): void {
  const existence = new Map<string, Set<string>>();
  for (const n of nodes) for (const img of n.node.images) for (const name of img.names) {
    let s = existence.get(name);
    if (!s) existence.set(name, (s = new Set()));
    s.add(n.name);
  }
  for (const n of nodes) {
    if (n.node.images.length === 0) continue;
    const states = new Map<string, ImageState>();
    for (const img of n.node.images) for (const name of img.names) states.set(name, { size: img.sizeBytes, numNodes: existence.get(name)?.size ?? 0 });
    n.imageStates = states;
  }
}

/** `GetZoneKey`: region + ":\x00:" + zone, from the beta or GA labels; "" without either. */
export function zoneKey(labels: Labels): string {
  const zone = labels['failure-domain.beta.kubernetes.io/zone'] ?? labels['topology.kubernetes.io/zone'] ?? '';
  const region = labels['failure-domain.beta.kubernetes.io/region'] ?? labels['topology.kubernetes.io/region'] ?? '';
  if (region === '' && zone === '') return '';
  return `${region}:\u0000:${zone}`;
}

/**
 * The scheduler cache's `nodeTree.list()`: nodes interleaved across zones, zones in the order they
 * first appear, nodes within a zone in the order they were added.
 */
export function nodeTreeOrder<T extends { labels: Labels }>(nodes: readonly T[]): T[] {
  const zones: string[] = [];
  const tree = new Map<string, T[]>();
  for (const n of nodes) {
    const z = zoneKey(n.labels);
    let list = tree.get(z);
    if (!list) {
      tree.set(z, (list = []));
      zones.push(z);
    }
    list.push(n);
  }
  const out: T[] = [];
  for (let i = 0; out.length < nodes.length; i++) for (const z of zones) {
    const list = tree.get(z)!;
    if (i < list.length) out.push(list[i]);
  }
  return out;
}
