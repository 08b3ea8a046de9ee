/**
 * Workloads become pods the way their controllers create them: Deployment → ReplicaSet-owned
 * pods (`<deploy>-<pod-template-hash>-<5 chars>`), StatefulSet ordinals (OrderedReady: one at a
 * time), DaemonSet one pod per eligible node with the node affinity and tolerations its controller
 * adds, Job parallelism, one CronJob run, ReplicaSet, ReplicationController, Pod.
 */
import type { Node, Pod, PodSpec, PodTemplateSpec, Toleration } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { SelectorSource } from '../framework/cluster';
import { labelSelector, setSelector, SelectorError } from '../labels';
import { RequiredNodeAffinity } from '../nodeaffinity';
import { findUntoleratedTaint } from '../taints';
import { addDaemonPodTolerations } from './admission';
import type { SourceRef } from './documents';
import { randomSuffix, seededRandom, templateHash, uidFor } from './names';

export interface WorkloadRef {
  kind: string;
  name: string;
  namespace: string;
  source: SourceRef | null;
}

export interface PodSeed {
  pod: Pod;
  /** The object the user wrote (Deployment rather than its ReplicaSet). */
  workload: WorkloadRef;
  /** The pod's direct controller, if any. */
  controller: { kind: string; name: string } | null;
  /** The name used in admission errors: the pod name, or the generateName of controller pods. */
  admissionName: string;
  /** StatefulSet OrderedReady: this pod is created only once that pod (same namespace) runs. */
  waitsFor?: string;
}

export interface Expansion {
  seeds: PodSeed[];
  selectorSources: SelectorSource[];
  /** An API-server rejection of the workload itself (no pods are created). */
  rejected?: string;
  /** Facts worth telling (message keys with params), e.g. a suspended Job. */
  notes: Array<{ key: string; params?: Record<string, string | number> }>;
  /** Pods not created because the run's budget (`ExpandContext.room`) was spent. */
  left?: number;
}

/** The kinds we turn into pods, with the apiVersions Kubernetes v1.34 serves for them. */
export const WORKLOAD_KINDS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['v1'],
  Deployment: ['apps/v1'],
  ReplicaSet: ['apps/v1'],
  ReplicationController: ['v1'],
  StatefulSet: ['apps/v1'],
  DaemonSet: ['apps/v1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1'],
};

/** A CronJob run's scheduled time, in minutes since the epoch (2025-01-01T00:00Z), for `<cronjob>-<minutes>`. */
export const CRONJOB_RUN_MINUTES = 28928160;

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function metaOf(obj: Record<string, unknown>): { name: string; namespace: string; labels: Record<string, string> } {
  const m = (obj.metadata ?? {}) as { name?: string; namespace?: string; labels?: Record<string, string> };
  return { name: String(m.name ?? ''), namespace: String(m.namespace || 'default'), labels: m.labels ?? {} };
}

function podFromTemplate(
  tpl: PodTemplateSpec | undefined,
  namespace: string,
  name: string,
  generateName: string | undefined,
  extraLabels: Record<string, string>,
  owner: { apiVersion: string; kind: string; name: string } | null,
): Pod {
  const t = clone(tpl) ?? {};
  const labels = { ...((t.metadata?.labels as Record<string, string> | undefined) ?? {}), ...extraLabels };
  const metadata: Pod['metadata'] = {
    ...(t.metadata ?? {}),
    name,
    namespace,
    labels,
    uid: uidFor(`${namespace}/${name}`),
  };
  if (generateName !== undefined) metadata.generateName = generateName;
  if (owner) metadata.ownerReferences = [{ ...owner, uid: uidFor(`${namespace}/${owner.kind}/${owner.name}`), controller: true, blockOwnerDeletion: true }];
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: (t.spec ?? { containers: [] }) as PodSpec };
}

/** apps/v1 validation of the selector against the template's labels (the object is rejected, no pods). */
function selectorMismatch(kind: string, name: string, selector: LabelSelector | undefined, labels: Record<string, string>): string | null {
  const prefix = `${kind} "${name}" is invalid:`;
  if (!selector) return `${prefix} spec.selector: Required value`;
  try {
    const sel = labelSelector(selector);
    if (sel.empty && kind === 'Deployment.apps') return `${prefix} spec.selector: Invalid value: {}: empty selector is invalid for deployment`;
    if (!sel.matches(labels)) return `${prefix} spec.template.metadata.labels: Invalid value: ${goMap(labels)}: \`selector\` does not match template \`labels\``;
  } catch (e) {
    if (e instanceof SelectorError) return `${prefix} spec.selector: ${e.message}`;
    throw e;
  }
  return null;
}

/** Go's `%#v` of a map[string]string (keys sorted). */
function goMap(m: Record<string, string>): string {
  return `map[string]string{${Object.keys(m)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(m[k])}`)
    .join(', ')}}`;
}

function replicasOf(spec: { replicas?: number | null } | undefined): number {
  const r = spec?.replicas;
  return r === undefined || r === null ? 1 : Math.max(0, Math.trunc(Number(r)));
}

export interface ExpandContext {
  /** Nodes in the cluster (DaemonSets need them), in the cluster's order. */
  nodes: readonly Node[];
  /** Caps replicas, so a typo like 1000000 cannot hang the editor. */
  maxPodsPerWorkload: number;
  /** Pods the whole run may still create (the simulation's budget); more are counted in `left`, not created. */
  room?: number;
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const GROUP: Readonly<Record<string, string>> = { Deployment: '.apps', ReplicaSet: '.apps', StatefulSet: '.apps', DaemonSet: '.apps', Job: '.batch', CronJob: '.batch' };

/** The API server's answer to an invalid `metadata.name` (every workload kind takes a DNS-1123 subdomain). */
export function invalidName(kind: string, name: string): string | null {
  if (name === '' || (name.length <= 253 && DNS1123_SUBDOMAIN.test(name))) return null;
  if (name.length > 253) return `${kind}${GROUP[kind] ?? ''} "${name}" is invalid: metadata.name: Invalid value: "${name}": must be no more than 253 characters`;
  return (
    `${kind}${GROUP[kind] ?? ''} "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, ` +
    `'-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`
  );
}

/** Where each workload kind keeps its pod template's spec, as the API server names the path. */
const POD_SPEC_PATH: Readonly<Record<string, string>> = {
  Pod: 'spec',
  Deployment: 'spec.template.spec',
  ReplicaSet: 'spec.template.spec',
  ReplicationController: 'spec.template.spec',
  StatefulSet: 'spec.template.spec',
  DaemonSet: 'spec.template.spec',
  Job: 'spec.template.spec',
  CronJob: 'spec.jobTemplate.spec.template.spec',
};

/**
 * The API server's answer to a workload without the fields every pod needs (a name, containers
 * with a name and an image, a CronJob's schedule), in its words; null when they are there.
 */
export function missingRequired(kind: string, name: string, obj: Record<string, unknown>): string | null {
  const path = POD_SPEC_PATH[kind];
  if (!path) return null;
  const errors: string[] = [];
  const meta = (obj.metadata ?? {}) as { generateName?: unknown };
  if (!name && !meta.generateName) errors.push('metadata.name: Required value: name or generateName is required');
  if (kind === 'CronJob' && !(obj.spec as { schedule?: unknown } | undefined)?.schedule) errors.push('spec.schedule: Required value');
  let podSpec: unknown = obj;
  for (const seg of path.split('.')) podSpec = podSpec && typeof podSpec === 'object' ? (podSpec as Record<string, unknown>)[seg] : undefined;
  const containers = (podSpec as { containers?: unknown } | undefined)?.containers;
  if (!Array.isArray(containers) || containers.length === 0) errors.push(`${path}.containers: Required value`);
  else {
    containers.forEach((c, i) => {
      const container = (c ?? {}) as { name?: unknown; image?: unknown };
      if (!container.name) errors.push(`${path}.containers[${i}].name: Required value`);
      if (!container.image) errors.push(`${path}.containers[${i}].image: Required value`);
    });
  }
  if (!errors.length) return null;
  // Go's aggregate error: one error as is, several in brackets.
  return `${kind}${GROUP[kind] ?? ''} "${name}" is invalid: ${errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`}`;
}

/** Pods the workload's controller would create. Throws nothing; problems come back as `rejected`. */
export function expandWorkload(obj: Record<string, unknown>, source: SourceRef | null, ctx: ExpandContext): Expansion {
  const kind = String(obj.kind);
  const { name, namespace } = metaOf(obj);
  const workload: WorkloadRef = { kind, name, namespace, source };
  const out: Expansion = { seeds: [], selectorSources: [], notes: [] };
  const badName = invalidName(kind, name) ?? missingRequired(kind, name, obj);
  if (badName) {
    out.rejected = badName;
    return out;
  }
  const rand = seededRandom(`${namespace}/${kind}/${name}`);
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  const cap = (n: number): number => {
    if (n > ctx.maxPodsPerWorkload) {
      out.notes.push({ key: 'scheduler.note.replicasCapped', params: { replicas: n, max: ctx.maxPodsPerWorkload } });
      n = ctx.maxPodsPerWorkload;
    }
    if (ctx.room !== undefined && n > ctx.room) {
      out.left = n - Math.max(0, ctx.room);
      n = Math.max(0, ctx.room);
    }
    return n;
  };

  switch (kind) {
    case 'Pod': {
      const meta = (obj.metadata ?? {}) as { name?: string; generateName?: string };
      let podName = name;
      if (!podName && meta.generateName) podName = meta.generateName + randomSuffix(rand);
      const pod = clone(obj) as unknown as Pod;
      pod.metadata = { ...(pod.metadata ?? {}), name: podName, namespace, uid: uidFor(`${namespace}/${podName}`) };
      pod.spec ??= { containers: [] };
      out.seeds.push({ pod, workload, controller: null, admissionName: name || meta.generateName || '' });
      return out;
    }
    case 'Deployment':
    case 'ReplicaSet':
    case 'ReplicationController': {
      const tpl = spec.template as PodTemplateSpec | undefined;
      const tplLabels = (tpl?.metadata?.labels ?? {}) as Record<string, string>;
      let rsName = name;
      let extra: Record<string, string> = {};
      if (kind === 'ReplicationController') {
        const sel = (spec.selector as Record<string, string> | undefined) ?? tplLabels;
        if (!setSelector(sel).matches(tplLabels)) {
          out.rejected = `ReplicationController "${name}" is invalid: spec.template.metadata.labels: Invalid value: ${goMap(tplLabels)}: \`selector\` does not match template \`labels\``;
          return out;
        }
        out.selectorSources.push({ kind, namespace, name, selectorSet: sel });
      } else {
        const rejected = selectorMismatch(kind === 'Deployment' ? 'Deployment.apps' : 'ReplicaSet.apps', name, spec.selector as LabelSelector | undefined, tplLabels);
        if (rejected) {
          out.rejected = rejected;
          return out;
        }
        let selector = spec.selector as LabelSelector;
        if (kind === 'Deployment') {
          const hash = templateHash(tpl);
          rsName = `${name}-${hash}`;
          extra = { 'pod-template-hash': hash };
          selector = { ...selector, matchLabels: { ...(selector.matchLabels ?? {}), 'pod-template-hash': hash } };
        }
        out.selectorSources.push({ kind: 'ReplicaSet', namespace, name: rsName, selector });
      }
      const owner = { apiVersion: kind === 'ReplicationController' ? 'v1' : 'apps/v1', kind: kind === 'ReplicationController' ? kind : 'ReplicaSet', name: rsName };
      const n = cap(replicasOf(spec as { replicas?: number }));
      for (let i = 0; i < n; i++) {
        const podName = `${rsName}-${randomSuffix(rand)}`;
        out.seeds.push({ pod: podFromTemplate(tpl, namespace, podName, `${rsName}-`, extra, owner), workload, controller: { kind: owner.kind, name: rsName }, admissionName: `${rsName}-` });
      }
      return out;
    }
    case 'StatefulSet': {
      const tpl = spec.template as PodTemplateSpec | undefined;
      const tplLabels = (tpl?.metadata?.labels ?? {}) as Record<string, string>;
      const rejected = selectorMismatch('StatefulSet.apps', name, spec.selector as LabelSelector | undefined, tplLabels);
      if (rejected) {
        out.rejected = rejected;
        return out;
      }
      out.selectorSources.push({ kind: 'StatefulSet', namespace, name, selector: spec.selector as LabelSelector });
      const revision = `${name}-${templateHash(tpl)}`;
      const start = Number((spec.ordinals as { start?: number } | undefined)?.start ?? 0);
      const ordered = (spec.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
      const claims = (spec.volumeClaimTemplates as Array<{ metadata?: { name?: string } }> | undefined) ?? [];
      const n = cap(replicasOf(spec as { replicas?: number }));
      let prev: string | undefined;
      for (let i = start; i < start + n; i++) {
        const podName = `${name}-${i}`;
        const pod = podFromTemplate(tpl, namespace, podName, undefined, {
          'controller-revision-hash': revision,
          'statefulset.kubernetes.io/pod-name': podName,
          'apps.kubernetes.io/pod-index': String(i),
        }, { apiVersion: 'apps/v1', kind: 'StatefulSet', name });
        pod.spec!.hostname = podName;
        if (spec.serviceName) pod.spec!.subdomain = String(spec.serviceName);
        for (const c of claims) {
          const cn = c.metadata?.name ?? '';
          const vols = (pod.spec!.volumes ??= []);
          const claimName = `${cn}-${name}-${i}`;
          const existing = vols.find((v) => v.name === cn);
          if (existing) existing.persistentVolumeClaim = { claimName };
          else vols.push({ name: cn, persistentVolumeClaim: { claimName } });
        }
        out.seeds.push({ pod, workload, controller: { kind: 'StatefulSet', name }, admissionName: podName, waitsFor: ordered ? prev : undefined });
        prev = podName;
      }
      return out;
    }
    case 'DaemonSet': {
      const tpl = spec.template as PodTemplateSpec | undefined;
      const tplLabels = (tpl?.metadata?.labels ?? {}) as Record<string, string>;
      const rejected = selectorMismatch('DaemonSet.apps', name, spec.selector as LabelSelector | undefined, tplLabels);
      if (rejected) {
        out.rejected = rejected;
        return out;
      }
      const revision = templateHash(tpl);
      for (const node of ctx.nodes) {
        const nodeName = node.metadata?.name ?? '';
        const pod = podFromTemplate(tpl, namespace, '', `${name}-`, { 'controller-revision-hash': revision, 'pod-template-generation': '1' }, { apiVersion: 'apps/v1', kind: 'DaemonSet', name });
        addDaemonPodTolerations(pod);
        if (!nodeShouldRunDaemonPod(pod, node)) continue;
        const podName = `${name}-${randomSuffix(rand)}`;
        pod.metadata!.name = podName;
        (pod.metadata as { uid?: string }).uid = uidFor(`${namespace}/${podName}`);
        replaceNodeNameAffinity(pod.spec!, nodeName);
        out.seeds.push({ pod, workload, controller: { kind: 'DaemonSet', name }, admissionName: `${name}-` });
      }
      if (out.seeds.length === 0) out.notes.push({ key: 'scheduler.note.daemonSetNoNodes' });
      return out;
    }
    case 'Job':
      return expandJob(obj, name, namespace, workload, out, rand, cap);
    case 'CronJob': {
      if (spec.suspend === true) {
        out.notes.push({ key: 'scheduler.note.suspended' });
        return out;
      }
      const jobName = `${name}-${CRONJOB_RUN_MINUTES}`;
      const jt = (spec.jobTemplate ?? {}) as { metadata?: Record<string, unknown>; spec?: Record<string, unknown> };
      const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { ...(jt.metadata ?? {}), name: jobName, namespace }, spec: jt.spec ?? {} };
      return expandJob(job, jobName, namespace, workload, out, rand, cap);
    }
  }
  return out;
}

function expandJob(
  obj: Record<string, unknown>,
  name: string,
  namespace: string,
  workload: WorkloadRef,
  out: Expansion,
  rand: () => number,
  cap: (n: number) => number,
): Expansion {
  const spec = (obj.spec ?? {}) as { parallelism?: number; completions?: number; suspend?: boolean; completionMode?: string; template?: PodTemplateSpec };
  if (spec.suspend === true) {
    out.notes.push({ key: 'scheduler.note.suspended' });
    return out;
  }
  const parallelism = spec.parallelism ?? 1;
  const completions = spec.completions;
  const n = cap(Math.max(0, completions === undefined || completions === null ? parallelism : Math.min(parallelism, completions)));
  const uid = uidFor(`${namespace}/Job/${name}`);
  const indexed = spec.completionMode === 'Indexed';
  for (let i = 0; i < n; i++) {
    const base = indexed ? `${name}-${i}-` : `${name}-`;
    const labels: Record<string, string> = {
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': name,
      'controller-uid': uid,
      'job-name': name,
    };
    if (indexed) labels['batch.kubernetes.io/job-completion-index'] = String(i);
    const podName = base + randomSuffix(rand);
    out.seeds.push({ pod: podFromTemplate(spec.template, namespace, podName, base, labels, { apiVersion: 'batch/v1', kind: 'Job', name }), workload, controller: { kind: 'Job', name }, admissionName: base });
  }
  return out;
}

/** The DaemonSet controller's `NodeShouldRunDaemonPod` predicates: node name, node affinity/selector, taints. */
export function nodeShouldRunDaemonPod(pod: Pod, node: Node): boolean {
  const spec = pod.spec!;
  const nodeName = node.metadata?.name ?? '';
  if (spec.nodeName && spec.nodeName !== nodeName) return false;
  const labels = (node.metadata?.labels ?? {}) as Record<string, string>;
  const required = new RequiredNodeAffinity(spec.nodeSelector, spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution);
  if (!required.matches({ name: nodeName, labels })) return false;
  const taints = node.spec?.taints ?? [];
  return findUntoleratedTaint(taints, spec.tolerations ?? ([] as Toleration[])) === null;
}

/** `ReplaceDaemonSetPodNodeNameNodeAffinity`: the required terms become `metadata.name In [node]`. */
export function replaceNodeNameAffinity(spec: PodSpec, nodeName: string): void {
  const term = { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] };
  spec.affinity ??= {};
  spec.affinity.nodeAffinity ??= {};
  const na = spec.affinity.nodeAffinity;
  if (!na.requiredDuringSchedulingIgnoredDuringExecution) na.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerms: [term] };
  else na.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = [term];
}
