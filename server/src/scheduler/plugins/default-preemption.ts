/**
 * DefaultPreemption (PostFilter): when no node fits, find nodes where evicting lower-priority pods
 * would let the pod fit, respecting PodDisruptionBudgets as far as possible, pick one, evict the
 * victims and nominate the node. Its message is prefixed "preemption: ".
 */
import { Evaluator, type PreemptionInterface } from '../framework/preemption';
import type { Handle, PdbView, PostFilterPlugin } from '../framework/interface';
import { Code, newStatus, statusMessage, type MaybeStatus } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';

export const NAME = 'DefaultPreemption';
export const MIN_CANDIDATE_NODES_PERCENTAGE = 10;
export const MIN_CANDIDATE_NODES_ABSOLUTE = 100;
export const NO_VICTIMS = 'No preemption victims found for incoming pod';
export const NOT_ELIGIBLE_NEVER = 'not eligible due to preemptionPolicy=Never.';

/** `MoreImportantPod`: higher priority first, then the one that started earlier. */
export function moreImportantPod(a: PodInfo, b: PodInfo): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.startTime < b.startTime;
}

export function calculateNumCandidates(numNodes: number): number {
  let n = Math.trunc((numNodes * MIN_CANDIDATE_NODES_PERCENTAGE) / 100);
  if (n < MIN_CANDIDATE_NODES_ABSOLUTE) n = MIN_CANDIDATE_NODES_ABSOLUTE;
  if (n > numNodes) n = numNodes;
  return n;
}

/** `filterPodsWithPDBViolation`: victims (most important first) whose eviction would break a budget. */
export function filterPodsWithPDBViolation(pods: readonly PodInfo[], pdbs: readonly PdbView[]): [PodInfo[], PodInfo[]] {
  const allowed = pdbs.map((p) => p.disruptionsAllowed);
  const violating: PodInfo[] = [];
  const nonViolating: PodInfo[] = [];
  for (const p of pods) {
    let violated = false;
    if (Object.keys(p.labels).length !== 0) {
      pdbs.forEach((pdb, i) => {
        if (pdb.namespace !== p.namespace || !pdb.selector) return;
        if (pdb.selector.empty || !pdb.selector.matches(p.labels)) return;
        if (pdb.disruptedPods.has(p.name)) return;
        allowed[i]--;
        if (allowed[i] < 0) violated = true;
      });
    }
    (violated ? violating : nonViolating).push(p);
  }
  return [violating, nonViolating];
}

export function defaultPreemption(handle: Handle): PostFilterPlugin & { evaluator: Evaluator } {
  const isPreemptionAllowed = (victim: PodInfo, preemptor: PodInfo) => victim.priority < preemptor.priority;

  const iface: PreemptionInterface = {
    offsetAndNumCandidates(numNodes) {
      return [0, calculateNumCandidates(numNodes)];
    },
    podEligibleToPreemptOthers(pod, nominatedStatus) {
      if (pod.preemptionPolicy === 'Never') return [false, NOT_ELIGIBLE_NEVER];
      if (pod.nominatedNodeName && nominatedStatus?.code !== Code.UnschedulableAndUnresolvable) {
        const node = handle.cluster.byName.get(pod.nominatedNodeName);
        // Victims leave at once in the simulation, so no pod is still terminating on the nominated node.
        if (node && node.pods.some((p) => isPreemptionAllowed(p, pod) && p.deleting)) return [false, 'not eligible due to a terminating pod on the nominated node.'];
      }
      return [true, ''];
    },
    selectVictimsOnNode(state, pod, node: NodeInfo, pdbs) {
      const potential: PodInfo[] = [];
      const remove = (p: PodInfo) => {
        node.removePod(p);
        handle.runPreFilterExtensionRemovePod(state, pod, p, node);
      };
      for (const p of node.pods.slice()) {
        if (isPreemptionAllowed(p, pod)) {
          potential.push(p);
          remove(p);
        }
      }
      if (potential.length === 0) return { victims: [], numPDBViolations: 0, status: newStatus(Code.UnschedulableAndUnresolvable, NO_VICTIMS) };
      const fits = handle.runFilterPluginsWithNominatedPods(state, pod, node);
      if (fits !== null && fits.code !== Code.Success) return { victims: [], numPDBViolations: 0, status: fits };
      potential.sort((a, b) => (moreImportantPod(a, b) ? -1 : moreImportantPod(b, a) ? 1 : 0));
      const [violating, nonViolating] = filterPodsWithPDBViolation(potential, pdbs);
      const victims: PodInfo[] = [];
      let numViolating = 0;
      const reprieve = (p: PodInfo): boolean => {
        node.addPod(p);
        handle.runPreFilterExtensionAddPod(state, pod, p, node);
        const s: MaybeStatus = handle.runFilterPluginsWithNominatedPods(state, pod, node);
        const ok = s === null || s.code === Code.Success;
        if (!ok) {
          remove(p);
          victims.push(p);
        }
        return ok;
      };
      for (const p of violating) if (!reprieve(p)) numViolating++;
      for (const p of nonViolating) reprieve(p);
      if (violating.length !== 0 && nonViolating.length !== 0) victims.sort((a, b) => (moreImportantPod(a, b) ? -1 : moreImportantPod(b, a) ? 1 : 0));
      return { victims, numPDBViolations: numViolating, status: null };
    },
  };

  const evaluator = new Evaluator(handle, iface);
  return {
    name: NAME,
    evaluator,
    postFilter(state, pod, statuses) {
      const { result, status } = evaluator.preempt(state, pod, statuses);
      const msg = statusMessage(status);
      if (msg.length > 0) return { result, status: newStatus(status!.code, `preemption: ${msg}`) };
      return { result, status };
    },
  };
}
