/**
 * Where things live in Kubernetes objects: the pod spec of each workload kind, its containers,
 * the effective security context. Rules and the workspace facts both read objects through here.
 */
import { isMap, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { entries, getPair, nodeAt, nodeRange, toValue, type OffsetRange, type Path } from '../yaml/nav';
import type { ManifestHead, YamlDoc } from '../yaml/parse';

const TEMPLATE: Path = ['spec', 'template', 'spec'];

/** Pod spec paths of the built-in kinds that hold one (keyed `group/kind`). */
const POD_SPEC_PATHS: Record<string, Path> = {
  '/Pod': ['spec'],
  '/PodTemplate': ['template', 'spec'],
  '/ReplicationController': TEMPLATE,
  'apps/Deployment': TEMPLATE,
  'apps/ReplicaSet': TEMPLATE,
  'apps/StatefulSet': TEMPLATE,
  'apps/DaemonSet': TEMPLATE,
  'extensions/Deployment': TEMPLATE,
  'extensions/ReplicaSet': TEMPLATE,
  'extensions/DaemonSet': TEMPLATE,
  'batch/Job': TEMPLATE,
  'batch/CronJob': ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Kinds whose pods run until deleted (a Pod counts when its restartPolicy is Always, the default). */
const LONG_RUNNING = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);

/** Kinds with `spec.replicas` (a scale subresource). */
export const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The path of the pod spec, for kinds that have one. */
export function podSpecPath(head: { apiVersion: string; kind: string }): Path | null {
  return POD_SPEC_PATHS[`${groupOf(head.apiVersion)}/${head.kind}`] ?? null;
}

/** The pod template's metadata path (null for a bare Pod, whose own metadata is the pod's). */
export function podMetadataPath(head: { apiVersion: string; kind: string }): Path | null {
  const spec = podSpecPath(head);
  if (!spec) return null;
  return [...spec.slice(0, -1), 'metadata'];
}

export function isLongRunning(doc: YamlDoc, head: ManifestHead): boolean {
  if (!podSpecPath(head)) return false;
  if (LONG_RUNNING.has(head.kind)) return true;
  if (head.kind === 'Pod') {
    const policy = toValue(doc, nodeAt(doc, ['spec', 'restartPolicy']) ?? null);
    return policy === null || policy === 'Always';
  }
  return false;
}

export interface ContainerView {
  path: Path;
  node: YAMLMap;
  /** `containers` or `initContainers`. */
  list: 'containers' | 'initContainers';
  index: number;
  name: string | null;
  /** An init container with `restartPolicy: Always` runs beside the app for the pod's life. */
  sidecar: boolean;
}

/** The containers of a pod spec (init containers too unless `initContainers` is false); never ephemeral ones. */
export function containersOf(doc: YamlDoc, specPath: Path, options: { init?: boolean } = {}): ContainerView[] {
  const out: ContainerView[] = [];
  const lists = options.init === false ? (['containers'] as const) : (['initContainers', 'containers'] as const);
  for (const list of lists) {
    const seq = nodeAt(doc, [...specPath, list]);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, index) => {
      const path = [...specPath, list, index];
      const node = nodeAt(doc, path);
      if (!isMap(node)) return;
      const name = toValue(doc, nodeAt(doc, [...path, 'name']) ?? null);
      const policy = list === 'initContainers' ? toValue(doc, nodeAt(doc, [...path, 'restartPolicy']) ?? null) : null;
      out.push({ path, node, list, index, name: typeof name === 'string' ? name : null, sidecar: policy === 'Always' });
    });
  }
  return out;
}

/**
 * What `visit` finds in each container of the object's pod spec (init containers too), in order;
 * nothing for kinds without one. The loop of every rule that judges containers one by one.
 */
export function perContainer<T>(doc: YamlDoc, head: { apiVersion: string; kind: string }, visit: (c: ContainerView, spec: Path) => T[]): T[] {
  const spec = podSpecPath(head);
  return spec ? containersOf(doc, spec).flatMap((c) => visit(c, spec)) : [];
}

/** Where a finding about a whole container goes: its name, else its first key. */
export function containerAnchor(doc: YamlDoc, c: ContainerView): OffsetRange {
  const name = nodeAt(doc, [...c.path, 'name']);
  const r = nodeRange(name ?? undefined);
  if (r) return r;
  return anchorOfMap(c.node);
}

/** The first key of a map, else the map itself. */
export function anchorOfMap(map: YAMLMap): OffsetRange {
  const first = (map.items as Pair<Node, Node>[])[0];
  return nodeRange(first?.key as Node) ?? nodeRange(map) ?? [0, 0];
}

/** The key range at `path` when it exists (a finding about what is missing under it goes there). */
export function keyAt(doc: YamlDoc, path: Path): OffsetRange | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const p = getPair(doc, parent, path[path.length - 1] as string);
  return p ? nodeRange(p.key as Node) : undefined;
}

/** The JS value at `path`, or undefined when absent. */
export function valueAt(doc: YamlDoc, path: Path): unknown {
  const n = nodeAt(doc, path);
  return n === undefined ? undefined : toValue(doc, n);
}

/**
 * A security context field as the kubelet applies it: the container's setting, else the pod's
 * (for the fields PodSecurityContext also has). `path` says where it was set.
 */
export function effectiveSecurity(doc: YamlDoc, specPath: Path, c: ContainerView, field: string): { value: unknown; path: Path } | undefined {
  const own = [...c.path, 'securityContext', field];
  const v = nodeAt(doc, own);
  if (v !== undefined && v !== null) return { value: toValue(doc, v), path: own };
  const pod = [...specPath, 'securityContext', field];
  const pv = nodeAt(doc, pod);
  if (pv !== undefined && pv !== null) return { value: toValue(doc, pv), path: pod };
  return undefined;
}

/** Entries of a map at `path` as [key, pair] (empty when absent or not a map). */
export function mapEntries(doc: YamlDoc, path: Path): [string, Pair<Node, Node>][] {
  const n = nodeAt(doc, path);
  return isMap(n) ? entries(doc, n) : [];
}

/** `metadata.name`, when it is a string. */
export function objectName(doc: YamlDoc): string | null {
  const v = valueAt(doc, ['metadata', 'name']);
  return typeof v === 'string' ? v : null;
}

/** A string → string map (labels, selectors); non-string values are stringified as the API server would reject them anyway. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') out[k] = String(v);
  }
  return out;
}
