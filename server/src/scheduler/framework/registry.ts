/**
 * The default profile of kube-scheduler v1.34 (`getDefaultPlugins`), in order, with its weights.
 * SchedulingGates (PreEnqueue) and PrioritySort (QueueSort) act on the queue, in `simulation.ts`;
 * DefaultBinder only binds. The volume plugins (VolumeRestrictions, NodeVolumeLimits,
 * VolumeBinding, VolumeZone) and DynamicResources are not simulated: the result says so for pods
 * that use PVCs or claims.
 */
import { balancedAllocation } from '../plugins/balanced-allocation';
import { defaultPreemption } from '../plugins/default-preemption';
import { imageLocality } from '../plugins/image-locality';
import { interPodAffinity } from '../plugins/inter-pod-affinity';
import { nodeAffinity } from '../plugins/node-affinity';
import { nodeName } from '../plugins/node-name';
import { nodePorts } from '../plugins/node-ports';
import { nodeResourcesFit } from '../plugins/node-resources-fit';
import { nodeUnschedulable } from '../plugins/node-unschedulable';
import { podTopologySpread } from '../plugins/pod-topology-spread';
import { taintToleration } from '../plugins/taint-toleration';
import type { Handle, Profile } from './interface';

/** Plugins the simulator does not run (named in explanations). */
export const NOT_SIMULATED = ['VolumeRestrictions', 'NodeVolumeLimits', 'VolumeBinding', 'VolumeZone', 'DynamicResources'] as const;

export function defaultProfile(handle: Handle, percentageOfNodesToScore = 0): Profile & { preemption: ReturnType<typeof defaultPreemption> } {
  const unschedulable = nodeUnschedulable();
  const name = nodeName();
  const taints = taintToleration();
  const affinity = nodeAffinity();
  const ports = nodePorts();
  const fit = nodeResourcesFit();
  const spread = podTopologySpread(handle);
  const ipa = interPodAffinity(handle);
  const preemption = defaultPreemption(handle);
  const balanced = balancedAllocation();
  const images = imageLocality(handle);
  return {
    schedulerName: 'default-scheduler',
    preFilter: [affinity, ports, fit, spread, ipa],
    filter: [unschedulable, name, taints, affinity, ports, fit, spread, ipa],
    postFilter: [preemption],
    preScore: [taints, affinity, fit, spread, ipa, balanced],
    score: [taints, affinity, fit, spread, ipa, balanced, images],
    percentageOfNodesToScore,
    preemption,
  };
}
