/** Builds the scheduler's PodInfo from a (defaulted) Pod object, once. */
import type { Pod, PodAffinityTerm, WeightedPodAffinityTerm } from 'kubernetes-types/core/v1';
import { sanitizePod } from '../input/sanitize';
import { PreferredTerms, RequiredNodeAffinity } from '../nodeaffinity';
import { normalizedImageName } from '../plugins/image-locality';
import { isZeroRequest, podResources } from '../resources';
import { makeAffinityTerm, type AffinityTerm, type HostPort, type PodInfo, type WeightedAffinityTerm } from './types';

export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

function terms(ns: string, list: readonly PodAffinityTerm[] | undefined): AffinityTerm[] {
  return (list ?? []).map((t) => makeAffinityTerm(ns, t));
}

function weighted(ns: string, list: readonly WeightedPodAffinityTerm[] | undefined): WeightedAffinityTerm[] {
  return (list ?? []).map((w) => makeAffinityTerm(ns, w.podAffinityTerm, w.weight) as WeightedAffinityTerm);
}

/** `GetHostPorts`: ports with a hostPort on containers and sidecars (restartable init containers). */
function hostPorts(pod: Pod): HostPort[] {
  const out: HostPort[] = [];
  const spec = pod.spec;
  const add = (ports: readonly { hostPort?: number; hostIP?: string; protocol?: string }[] | undefined) => {
    for (const p of ports ?? []) if ((p.hostPort ?? 0) > 0) out.push({ ip: p.hostIP || '0.0.0.0', protocol: p.protocol || 'TCP', port: p.hostPort! });
  };
  for (const c of spec?.initContainers ?? []) if (c.restartPolicy === 'Always') add(c.ports);
  for (const c of spec?.containers ?? []) add(c.ports);
  return out;
}

export interface PodInfoExtras {
  uid: number;
  startTime: number;
}

/** Throws ResourceError for bad quantities (the caller reports the workload). */
export function newPodInfo(pod: Pod, extras: PodInfoExtras): PodInfo {
  sanitizePod(pod);
  const spec = pod.spec ?? { containers: [] };
  const ns = pod.metadata?.namespace || 'default';
  const affinity = spec.affinity;
  const requiredAffinityTerms = terms(ns, affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution);
  const requiredAntiAffinityTerms = terms(ns, affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution);
  const preferredAffinityTerms = weighted(ns, affinity?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution);
  const preferredAntiAffinityTerms = weighted(ns, affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution);
  const preferredNode = affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution;
  const resources = podResources(spec);
  return {
    uid: extras.uid,
    pod,
    namespace: ns,
    name: pod.metadata?.name ?? '',
    labels: (pod.metadata?.labels ?? {}) as Record<string, string>,
    priority: spec.priority ?? 0,
    preemptionPolicy: spec.preemptionPolicy === 'Never' ? 'Never' : 'PreemptLowerPriority',
    schedulerName: spec.schedulerName || DEFAULT_SCHEDULER_NAME,
    nodeName: spec.nodeName ?? '',
    resources,
    zeroRequest: isZeroRequest(resources.requests),
    tolerations: spec.tolerations ?? [],
    requiredNodeAffinity: new RequiredNodeAffinity(spec.nodeSelector, affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution),
    preferredNodeAffinity: preferredNode ? new PreferredTerms(preferredNode) : null,
    hostPorts: hostPorts(pod),
    requiredAffinityTerms,
    requiredAntiAffinityTerms,
    preferredAffinityTerms,
    preferredAntiAffinityTerms,
    hasAffinity: affinity?.podAffinity != null || affinity?.podAntiAffinity != null,
    images: [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c) => normalizedImageName(c.image ?? '')),
    startTime: extras.startTime,
    deleting: pod.metadata?.deletionTimestamp != null,
    nominatedNodeName: pod.status?.nominatedNodeName ?? '',
  };
}
