/**
 * The cluster the pods are scheduled on: Node objects normalized as the scheduler reads them, the
 * taints the node lifecycle controller adds for conditions, and the built-in default cluster.
 */
import type { Node, NodeCondition, Taint } from 'kubernetes-types/core/v1';
import { stringify } from 'yaml';
import type { NodeImage, NodeSpecView } from '../framework/types';
import { resourceList, ResourceError } from '../resources';
import { sanitizeNode } from './sanitize';

export interface NodeModel {
  view: NodeSpecView;
  allocatable: ReturnType<typeof resourceList>;
  /** The allocatable as written (for display): `{cpu: "4", memory: "16Gi", pods: "110", …}`. */
  allocatableText: Record<string, string>;
  /** The node had no `status.allocatable`: we used `status.capacity` (or nothing). */
  allocatableFrom: 'allocatable' | 'capacity' | 'none';
  /** Taints added for conditions or `spec.unschedulable` (not in the object). */
  addedTaints: Taint[];
}

/** Taints the node controllers add (TaintNodesByCondition, taint-based eviction, cordon). */
export function conditionTaints(node: Node): Taint[] {
  const out: Taint[] = [];
  const conds = new Map<string, NodeCondition>((node.status?.conditions ?? []).map((c) => [c.type, c]));
  const ready = conds.get('Ready');
  if (ready && ready.status === 'False') out.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }, { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' });
  if (ready && ready.status === 'Unknown') out.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' });
  const pressure: Array<[string, string]> = [
    ['MemoryPressure', 'node.kubernetes.io/memory-pressure'],
    ['DiskPressure', 'node.kubernetes.io/disk-pressure'],
    ['PIDPressure', 'node.kubernetes.io/pid-pressure'],
    ['NetworkUnavailable', 'node.kubernetes.io/network-unavailable'],
  ];
  for (const [type, key] of pressure) if (conds.get(type)?.status === 'True') out.push({ key, effect: 'NoSchedule' });
  if (node.spec?.unschedulable) out.push({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' });
  const existing = node.spec?.taints ?? [];
  return out.filter((t) => !existing.some((e) => e.key === t.key && e.effect === t.effect));
}

function stringMap(m: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (m && typeof m === 'object') for (const [k, v] of Object.entries(m as Record<string, unknown>)) out[k] = v === null || v === undefined ? '' : String(v);
  return out;
}

/** Throws ResourceError for an unreadable quantity. */
export function nodeModel(raw: Node): NodeModel {
  const node = sanitizeNode(JSON.parse(JSON.stringify(raw)) as Node);
  const name = node.metadata?.name ?? '';
  const labels = stringMap(node.metadata?.labels);
  const added = conditionTaints(node);
  const taints = [...(node.spec?.taints ?? []), ...added];
  const images: NodeImage[] = (node.status?.images ?? []).map((i) => ({ names: i.names ?? [], sizeBytes: Number(i.sizeBytes) || 0 }));
  const rawAlloc = node.status?.allocatable;
  const rawCap = node.status?.capacity;
  const from = rawAlloc && Object.keys(rawAlloc).length ? 'allocatable' : rawCap && Object.keys(rawCap).length ? 'capacity' : 'none';
  const list = (from === 'allocatable' ? rawAlloc : from === 'capacity' ? rawCap : {}) ?? {};
  return {
    view: { name, labels, taints, unschedulable: node.spec?.unschedulable === true, images },
    allocatable: resourceList(list as Record<string, unknown>),
    allocatableText: stringMap(list),
    allocatableFrom: from,
    addedTaints: added,
  };
}

export { ResourceError };

// --- The built-in default cluster -------------------------------------------------------------

const REGION = 'ap-northeast-2';

function defaultNode(name: string, zone: string, instanceType: string, cpu: string, memory: string, storage: string, controlPlane: boolean): Node {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/instance-type': instanceType,
    'beta.kubernetes.io/os': 'linux',
    'failure-domain.beta.kubernetes.io/region': REGION,
    'failure-domain.beta.kubernetes.io/zone': zone,
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    'node.kubernetes.io/instance-type': instanceType,
    'topology.kubernetes.io/region': REGION,
    'topology.kubernetes.io/zone': zone,
  };
  if (controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const resources = { cpu, 'ephemeral-storage': storage, memory, pods: '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels },
    spec: controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {},
    status: {
      capacity: resources,
      allocatable: resources,
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
      nodeInfo: {
        architecture: 'amd64',
        operatingSystem: 'linux',
        kubeletVersion: 'v1.34.1',
        kubeProxyVersion: '',
        containerRuntimeVersion: 'containerd://2.1.4',
        osImage: 'Ubuntu 24.04.3 LTS',
        kernelVersion: '6.8.0-1036-aws',
        bootID: '',
        machineID: '',
        systemUUID: '',
      },
    },
  };
}

/**
 * The default cluster: a control-plane node (2 CPU, 8Gi, NoSchedule taint) and three 4-CPU/16Gi
 * workers, one per zone of ap-northeast-2 (Seoul), labelled as kubelet and the cloud provider
 * label real nodes. No pods run on it.
 */
export function defaultClusterNodes(): Node[] {
  return [
    defaultNode('control-plane', `${REGION}a`, 'm5.large', '2', '8Gi', '50Gi', true),
    defaultNode('worker-1', `${REGION}a`, 'm5.xlarge', '4', '16Gi', '100Gi', false),
    defaultNode('worker-2', `${REGION}b`, 'm5.xlarge', '4', '16Gi', '100Gi', false),
    defaultNode('worker-3', `${REGION}c`, 'm5.xlarge', '4', '16Gi', '100Gi', false),
  ];
}

/** The default cluster as an editable cluster file (multi-document YAML). */
export function defaultClusterYaml(header: string): string {
  const docs = defaultClusterNodes().map((n) => {
    // Keep what a cluster file needs; nodeInfo is noise for editing.
    const { nodeInfo: _ni, ...status } = n.status!;
    return stringify({ ...n, status }, { lineWidth: 0 });
  });
  return `${header
    .split('\n')
    .map((l) => `# ${l}`.trimEnd())
    .join('\n')}\n${docs.join('---\n')}`;
}
