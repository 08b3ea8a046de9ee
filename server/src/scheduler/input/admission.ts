/**
 * What the API server does to a pod before the scheduler sees it, as far as scheduling cares:
 * the Priority admission plugin (priority and preemptionPolicy from the PriorityClass, or the
 * rejection), DefaultTolerationSeconds (not-ready/unreachable NoExecute for 300s), defaults.
 */
import type { Pod, Toleration } from 'kubernetes-types/core/v1';

export interface PriorityClassModel {
  name: string;
  value: number;
  globalDefault: boolean;
  preemptionPolicy: 'PreemptLowerPriority' | 'Never';
}

/** Created at cluster bootstrap; always present. */
export const SYSTEM_PRIORITY_CLASSES: readonly PriorityClassModel[] = [
  { name: 'system-node-critical', value: 2000001000, globalDefault: false, preemptionPolicy: 'PreemptLowerPriority' },
  { name: 'system-cluster-critical', value: 2000000000, globalDefault: false, preemptionPolicy: 'PreemptLowerPriority' },
];

export const HIGHEST_USER_DEFINABLE_PRIORITY = 1000000000;

/** `apierrors.NewForbidden` as admission formats it for pods. */
export function forbidden(podName: string, message: string): string {
  return `pods "${podName}" is forbidden: ${message}`;
}

/**
 * The Priority admission plugin. Returns the error text (as the API server answers) or null.
 * `podName` is the name, or the generateName for controller-created pods.
 */
export function admitPriority(pod: Pod, classes: ReadonlyMap<string, PriorityClassModel>, podName: string): string | null {
  const spec = pod.spec!;
  let value: number;
  let policy: 'PreemptLowerPriority' | 'Never' = 'PreemptLowerPriority';
  const name = spec.priorityClassName ?? '';
  if (name === '') {
    const def = [...classes.values()].filter((c) => c.globalDefault).sort((a, b) => a.value - b.value)[0];
    if (def) {
      value = def.value;
      policy = def.preemptionPolicy;
      spec.priorityClassName = def.name;
    } else value = 0;
  } else {
    const pc = classes.get(name);
    if (!pc) return forbidden(podName, `no PriorityClass with name ${name} was found`);
    value = pc.value;
    policy = pc.preemptionPolicy;
  }
  if (spec.priority !== undefined && spec.priority !== null && spec.priority !== value) {
    return forbidden(podName, `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${value} from the given PriorityClass name`);
  }
  spec.priority = value;
  if (spec.preemptionPolicy && spec.preemptionPolicy !== policy) {
    return forbidden(podName, `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`);
  }
  spec.preemptionPolicy = policy;
  return null;
}

const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

function tolerates(ts: readonly Toleration[], key: string): boolean {
  return ts.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));
}

/** DefaultTolerationSeconds: every pod tolerates not-ready and unreachable for 300 seconds. */
export function addDefaultTolerationSeconds(pod: Pod): void {
  const spec = pod.spec!;
  const ts = spec.tolerations ?? [];
  const add: Toleration[] = [];
  if (!tolerates(ts, NOT_READY)) add.push({ key: NOT_READY, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  if (!tolerates(ts, UNREACHABLE)) add.push({ key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  if (add.length) spec.tolerations = [...ts, ...add];
}

/** The DaemonSet controller's `AddOrUpdateDaemonPodTolerations`. */
export function addDaemonPodTolerations(pod: Pod): void {
  const spec = pod.spec!;
  const ts = [...(spec.tolerations ?? [])];
  const want: Toleration[] = [
    { key: NOT_READY, operator: 'Exists', effect: 'NoExecute' },
    { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
  ];
  if (spec.hostNetwork) want.push({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
  for (const w of want) {
    // AddOrUpdateTolerationInPodSpec: replace one with the same key/operator/value/effect, else append.
    const i = ts.findIndex((t) => t.key === w.key && (t.operator ?? 'Equal') === w.operator && (t.value ?? '') === '' && t.effect === w.effect);
    if (i >= 0) ts[i] = w;
    else ts.push(w);
  }
  spec.tolerations = ts;
}

/** API defaulting (`SetDefaults_Pod`): on the host network, each container port is also a host port. */
export function defaultHostNetworkPorts(pod: Pod): void {
  const spec = pod.spec!;
  if (!spec.hostNetwork) return;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
  }
}
