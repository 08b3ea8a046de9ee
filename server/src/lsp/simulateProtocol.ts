/**
 * The custom requests of the scheduling simulation: names and plain-data shapes, shared by the
 * server (`simulate.ts`) and the VS Code client (`client/src/simulate/`). Any LSP client may send
 * them; positions are LSP positions (UTF-16), ranges always lie inside the document.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { SimulationResult } from '../scheduler/result';
import type { NotesTopic } from '../service/notes';
import type { LocatedSource, SimulationTarget, SimulationTargets } from '../service/simulation';

export type { LocatedSource, SimulationTarget, SimulationTargets };

/** `kubeGuide/simulate`: SimulateParams → SimulateResponse. */
export const SIMULATE_REQUEST = 'kubeGuide/simulate';
/** `kubeGuide/simulationTargets`: `{ textDocument }` → SimulationTargets (for code lenses and the cluster picker). */
export const SIMULATION_TARGETS_REQUEST = 'kubeGuide/simulationTargets';
/** `kubeGuide/clusterTemplate`: `{}` → `{ text }`, the default cluster as an editable cluster file. */
export const CLUSTER_TEMPLATE_REQUEST = 'kubeGuide/clusterTemplate';

export type WhatIf =
  /** `remove`: the node fails (it and its pods are gone); `drain`: `kubectl drain --ignore-daemonsets --force`. */
  | { kind: 'nodeFailure'; node: string; mode: 'remove' | 'drain' }
  /** The cluster autoscaler's question: how many extra nodes shaped like `template` (default: the first untainted node). */
  | { kind: 'nodesNeeded'; template?: string; max?: number };

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


/** What happened to one pod of a failed or drained node. */
export interface EvictionView {
  pod: string;
  owner: { kind: string; name: string } | null;
  outcome: 'rescheduled' | 'pending' | 'lost' | 'blocked' | 'node-local';
  replacement?: string;
  node?: string;
  message?: string;
}

export type WhatIfOutcome =
  | { kind: 'nodeFailure'; mode: 'remove' | 'drain'; node: string; evictions: EvictionView[]; cannotComeBack: string[] }
  | {
      kind: 'nodesNeeded';
      /** null: no number of such nodes (up to the limit) places every pod that fits the shape. */
      nodesNeeded: number | null;
      max: number;
      template: { name: string; labels: Record<string, string>; allocatable: Record<string, string>; zones: string[] };
      pending: string[];
      unfit: Array<{ pod: string; message: string }>;
      /** The extra nodes' names (in the result's `nodes`). */
      added: string[];
    };

export interface NotesExcerpt {
  topic: NotesTopic;
  /** Hover-style Markdown from the study notes (section path, excerpt, link to the whole note). */
  markdown: string;
}

export interface SimulateResponse {
  /** The simulated cluster (for a what-if: the cluster after it); every `source` has its `range`. */
  result: SimulationResult;
  whatIf?: WhatIfOutcome;
  /** The report as text (what `kube-guide simulate` prints), for an output channel. */
  text: string;
  /** Pods that stay Pending (or are rejected) as diagnostics on their workload, per manifest. */
  diagnostics: Array<{ uri: string; diagnostics: Diagnostic[] }>;
  /** The parts of the study notes that go with this report. */
  notes: NotesExcerpt[];
  locale: 'en' | 'ko';
}
