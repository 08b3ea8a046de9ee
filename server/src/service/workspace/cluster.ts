/** A cluster file (Nodes, or `kubectl get nodes -o yaml` output) as the nodes rules measure pods against. */
import { buildWorld } from '../../scheduler/input/world';
import type { GivenCluster } from './view';

/** Reads the nodes as the simulator reads the same file, so the rule and the simulation agree. */
export function givenCluster(source: { uri: string; text: string }, name: string): GivenCluster {
  return { nodes: buildWorld({ manifests: [], cluster: source }).nodes.map((n) => n.node), name };
}
