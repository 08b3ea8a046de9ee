/**
 * The custom requests of the scheduling simulation: names and plain-data shapes, shared by the
 * server (`simulate.ts`) and the VS Code client (`client/src/simulate/`). Any LSP client may send
 * them; positions are LSP positions (UTF-16), ranges always lie inside the document.
 */
import type { WhatIf } from '../service/simulation';

export type {
  EvictionView,
  LocatedSource,
  NotesExcerpt,
  SimulateResponse,
  SimulationTarget,
  SimulationTargets,
  WhatIf,
  WhatIfOutcome,
} from '../service/simulation';

/** `kubeGuide/simulate`: SimulateParams → SimulateResponse. */
export const SIMULATE_REQUEST = 'kubeGuide/simulate';
/** `kubeGuide/simulationTargets`: `{ textDocument }` → SimulationTargets (for code lenses and the cluster picker). */
export const SIMULATION_TARGETS_REQUEST = 'kubeGuide/simulationTargets';
/** `kubeGuide/clusterTemplate`: `{}` → `{ text }`, the default cluster as an editable cluster file. */
export const CLUSTER_TEMPLATE_REQUEST = 'kubeGuide/clusterTemplate';

export interface SimulateParams {
  /** The manifests, simulated together (open documents are read as edited, others from disk). */
  textDocuments: Array<{ uri: string }>;
  /**
   * A cluster file (a `file:` URI or an absolute path): Nodes, running Pods, PriorityClasses,
   * PDBs, or `kubectl get nodes,pods -A -o yaml` output. Absent or null: the built-in default
   * cluster. Node documents in the manifests always win (kube-guide's rule: see README).
   */
  cluster?: string | null;
  /** Check every node instead of kube-scheduler's percentageOfNodesToScore sampling. */
  exhaustive?: boolean;
  /** Per-node verdicts and scores: 'auto' (default: when pods × nodes ≤ 20,000) or these pods (`ns/name`). */
  explain?: 'auto' | 'all' | 'none' | string[];
  whatIf?: WhatIf;
}
