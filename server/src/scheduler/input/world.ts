/**
 * Reads the manifest files and the cluster file into the simulation's world: the nodes, the pods
 * already running, the workloads to create, and the objects that steer scheduling (PriorityClasses,
 * PodDisruptionBudgets, Services, Namespaces, controllers). Which cluster: the Node documents of the
 * manifest if there are any, else the cluster file, else the built-in default cluster.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { SelectorSource } from '../framework/cluster';
import type { Labels } from '../labels';
import { labelSelector } from '../labels';
import type { Problem } from '../result';
import { SYSTEM_PRIORITY_CLASSES, HIGHEST_USER_DEFINABLE_PRIORITY, type PriorityClassModel } from './admission';
import { defaultClusterNodes } from './cluster';
import { readObjects, type ManifestSource, type ObjectDoc, type SourceRef } from './documents';
import { WORKLOAD_KINDS } from './workloads';

export interface PdbModel {
  namespace: string;
  name: string;
  selector: ReturnType<typeof labelSelector> | null;
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  disruptedPods: Set<string>;
  source: SourceRef | null;
}

export interface World {
  clusterSource: 'manifest' | 'file' | 'default';
  clusterUri?: string;
  nodes: Array<{ node: Node; source: SourceRef | null }>;
  /** Pods of the cluster file (running ones have spec.nodeName). */
  clusterPods: Array<{ pod: Pod; source: SourceRef }>;
  /** Workload documents of the manifests, in order. */
  workloads: ObjectDoc[];
  priorityClasses: Map<string, PriorityClassModel>;
  pdbs: PdbModel[];
  selectorSources: SelectorSource[];
  namespaces: Map<string, Labels>;
  problems: Array<Problem & { key?: string; params?: Record<string, string | number> }>;
}

export interface WorldInput {
  manifests: readonly ManifestSource[];
  cluster?: ManifestSource | null;
}

const KNOWN_VERSIONS: Readonly<Record<string, readonly string[]>> = {
  ...WORKLOAD_KINDS,
  Node: ['v1'],
  PriorityClass: ['scheduling.k8s.io/v1'],
  PodDisruptionBudget: ['policy/v1'],
  Service: ['v1'],
  Namespace: ['v1'],
};

function meta(o: ObjectDoc['obj']): { name: string; namespace: string; labels: Record<string, string> } {
  const m = (o.metadata ?? {}) as { name?: unknown; namespace?: unknown; labels?: Record<string, string> };
  return { name: String(m.name ?? ''), namespace: String(m.namespace || 'default'), labels: m.labels ?? {} };
}

/** The most nodes simulated (the cluster file's first ones). */
export const MAX_NODES = 10_000;

export function buildWorld(input: WorldInput): World {
  const world: World = {
    clusterSource: 'default',
    nodes: [],
    clusterPods: [],
    workloads: [],
    priorityClasses: new Map(SYSTEM_PRIORITY_CLASSES.map((c) => [c.name, c])),
    pdbs: [],
    selectorSources: [],
    namespaces: new Map(),
    problems: [],
  };
  const manifestDocs: ObjectDoc[] = [];
  for (const m of input.manifests) {
    const r = readObjects(m);
    manifestDocs.push(...r.objects);
    for (const p of r.problems) world.problems.push({ source: p.source, message: p.message, severity: 'error', key: 'scheduler.problem.yaml', params: { message: p.message } });
  }
  let clusterDocs: ObjectDoc[] = [];
  const manifestNodes = manifestDocs.filter((d) => d.obj.kind === 'Node');
  if (input.cluster) {
    const r = readObjects(input.cluster);
    for (const p of r.problems) world.problems.push({ source: p.source, message: p.message, severity: 'error', key: 'scheduler.problem.yaml', params: { message: p.message } });
    if (manifestNodes.length > 0) world.problems.push({ source: null, message: '', severity: 'info', key: 'scheduler.problem.clusterFileIgnored', params: { uri: input.cluster.uri } });
    else clusterDocs = r.objects;
  }

  const accept = (d: ObjectDoc): boolean => {
    const kind = String(d.obj.kind);
    const versions = KNOWN_VERSIONS[kind];
    if (!versions) return false;
    if (!versions.includes(String(d.obj.apiVersion))) {
      world.problems.push({ source: d.source, message: '', severity: 'error', key: 'scheduler.problem.apiVersion', params: { apiVersion: String(d.obj.apiVersion), kind, versions: versions.join(', ') } });
      return false;
    }
    return true;
  };

  // The cluster.
  if (manifestNodes.length > 0) {
    world.clusterSource = 'manifest';
    for (const d of manifestNodes) if (accept(d)) world.nodes.push({ node: d.obj as unknown as Node, source: d.source });
  } else if (clusterDocs.length > 0 || input.cluster) {
    world.clusterSource = 'file';
    world.clusterUri = input.cluster?.uri;
    for (const d of clusterDocs) if (d.obj.kind === 'Node' && accept(d)) world.nodes.push({ node: d.obj as unknown as Node, source: d.source });
  }
  if (world.clusterSource === 'file' && world.nodes.length === 0) world.problems.push({ source: null, message: '', severity: 'warning', key: 'scheduler.problem.clusterFileNoNodes', params: { uri: input.cluster?.uri ?? '' } });
  if (world.clusterSource === 'default') world.nodes = defaultClusterNodes().map((node) => ({ node, source: null }));
  const seenNodes = new Set<string>();
  world.nodes = world.nodes.filter((n) => {
    const name = n.node.metadata?.name ?? '';
    if (!name || seenNodes.has(name)) {
      world.problems.push({ source: n.source, message: '', severity: 'warning', key: name ? 'scheduler.problem.duplicateNode' : 'scheduler.problem.nodeWithoutName', params: { node: name } });
      return false;
    }
    seenNodes.add(name);
    return true;
  });
  // A cluster larger than kube-scheduler is built for (5,000 nodes) by far: simulate a bounded part.
  if (world.nodes.length > MAX_NODES) {
    world.problems.push({ source: null, message: '', severity: 'warning', key: 'scheduler.problem.nodeLimit', params: { max: MAX_NODES, left: world.nodes.length - MAX_NODES } });
    world.nodes = world.nodes.slice(0, MAX_NODES);
  }

  // Steering objects: the cluster file first, the manifest overrides by name.
  for (const d of [...clusterDocs, ...manifestDocs]) {
    const kind = String(d.obj.kind);
    if (kind === 'Node' || !KNOWN_VERSIONS[kind]) continue;
    const fromCluster = clusterDocs.includes(d);
    const { name, namespace, labels } = meta(d.obj);
    const spec = (d.obj.spec ?? {}) as Record<string, unknown>;
    if (kind === 'PriorityClass') {
      if (!accept(d)) continue;
      const value = Number((d.obj as { value?: unknown }).value ?? 0);
      const isSystem = SYSTEM_PRIORITY_CLASSES.some((c) => c.name === name);
      if (name.startsWith('system-') && !isSystem) {
        world.problems.push({
          source: d.source,
          message: `PriorityClass.scheduling.k8s.io "${name}" is invalid: metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: ${name} is not a known system priority class`,
          severity: 'error',
        });
        continue;
      }
      if (!isSystem && value > HIGHEST_USER_DEFINABLE_PRIORITY) {
        world.problems.push({ source: d.source, message: `PriorityClass.scheduling.k8s.io "${name}" is invalid: value: Forbidden: maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`, severity: 'error' });
        continue;
      }
      if (isSystem) continue;
      const o = d.obj as { globalDefault?: boolean; preemptionPolicy?: string };
      world.priorityClasses.set(name, { name, value, globalDefault: o.globalDefault === true, preemptionPolicy: o.preemptionPolicy === 'Never' ? 'Never' : 'PreemptLowerPriority' });
    } else if (kind === 'PodDisruptionBudget') {
      if (!accept(d)) continue;
      let selector: PdbModel['selector'] = null;
      try {
        selector = labelSelector(spec.selector as never);
      } catch {
        selector = null;
      }
      const status = (d.obj.status ?? {}) as { disruptedPods?: Record<string, unknown> };
      const pdb: PdbModel = {
        namespace,
        name,
        selector,
        minAvailable: spec.minAvailable as number | string | undefined,
        maxUnavailable: spec.maxUnavailable as number | string | undefined,
        disruptedPods: new Set(Object.keys(status.disruptedPods ?? {})),
        source: d.source,
      };
      world.pdbs = world.pdbs.filter((p) => !(p.namespace === namespace && p.name === name));
      world.pdbs.push(pdb);
    } else if (kind === 'Service') {
      if (!accept(d)) continue;
      const sel = spec.selector as Record<string, string> | undefined;
      if (sel) world.selectorSources.push({ kind: 'Service', namespace, name, selectorSet: Object.fromEntries(Object.entries(sel).map(([k, v]) => [k, String(v)])) });
    } else if (kind === 'Namespace') {
      if (!accept(d)) continue;
      world.namespaces.set(name, { ...labels, 'kubernetes.io/metadata.name': name });
    } else if (fromCluster) {
      if (kind === 'Pod') {
        if (accept(d)) world.clusterPods.push({ pod: d.obj as unknown as Pod, source: d.source });
      } else if (kind === 'ReplicaSet' || kind === 'StatefulSet') {
        // Running controllers: only their selectors matter (their pods are in the file).
        world.selectorSources.push({ kind, namespace, name, selector: spec.selector as never });
      } else if (kind === 'ReplicationController') {
        world.selectorSources.push({ kind, namespace, name, selectorSet: (spec.selector as Record<string, string>) ?? {} });
      }
    } else if (accept(d)) {
      world.workloads.push(d);
    }
  }
  return world;
}

/** Namespaces used anywhere get their name label even without a Namespace document. */
export function ensureNamespace(world: World, ns: string): void {
  if (!world.namespaces.has(ns)) world.namespaces.set(ns, { 'kubernetes.io/metadata.name': ns });
}
