/**
 * The simulation as the editor shows it: where the workloads of a file are (code lenses), the
 * engine's source offsets as LSP ranges, and pods that stay Pending (or are rejected) as
 * diagnostics on their workload. Pure: the texts the engine read are handed in.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { LineIndex } from '../common/text';
import { t, type Locale } from '../l10n';
import type { ManifestSource, SourceRef } from '../scheduler/input/documents';
import type { Node } from 'kubernetes-types/core/v1';
import { buildWorld } from '../scheduler/input/world';
import { formatNodeFailure, formatNodesNeeded, formatReport } from '../scheduler/report';
import { simulate, type SimulateOptions } from '../scheduler/simulation';
import { findNodesNeeded, MAX_EXTRA_NODES, simulateNodeFailure, WhatIfError } from '../scheduler/whatif';
import type { NotesProvider, NotesTopic } from './notes';
import { WORKLOAD_KINDS } from '../scheduler/input/workloads';
import type { PodResult, SimulationResult } from '../scheduler/result';
import { findPair, parseYaml, scalarString } from './yaml/parse';
import { isMap } from 'yaml';

/** The diagnostics' `source`, apart from the validation's `Kube Guide`. */
export const SIMULATION_SOURCE = 'Kube Guide simulation';

/** A source with its LSP range (from `start`/`end` in the text the engine read). */
export interface LocatedSource extends SourceRef {
  range?: Range;
}

export interface SimulationTarget {
  /** The YAML document's index in the file (the engine's `source.docIndex`). */
  docIndex: number;
  /** Its index in the `items` of a List document (the engine's `source.itemIndex`). */
  itemIndex?: number;
  kind: string;
  namespace: string;
  name: string;
  /** The object's first line (`apiVersion:` or `kind:`), where a code lens goes. */
  range: Range;
}

export interface SimulationTargets {
  workloads: SimulationTarget[];
  /** Names of the Node documents in the file (the cluster the simulation then uses). */
  nodes: string[];
}

export type WhatIf =
  /** `remove`: the node fails (it and its pods are gone); `drain`: `kubectl drain --ignore-daemonsets --force`. */
  | { kind: 'nodeFailure'; node: string; mode: 'remove' | 'drain' }
  /** The cluster autoscaler's question: how many extra nodes shaped like `template` (default: the first untainted node). */
  | { kind: 'nodesNeeded'; template?: string; max?: number };

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

/** The workloads (kinds that become pods) and the Node documents of a file. */
export function simulationTargets(text: string): SimulationTargets {
  const file = parseYaml(text);
  const out: SimulationTargets = { workloads: [], nodes: [] };
  // Objects: the items of a List (`kubectl get -o yaml`) are workloads too.
  for (const doc of file.objects) {
    const head = doc.manifest;
    if (!head || doc.template) continue;
    const root = doc.tree.contents;
    const meta = isMap(root) ? findPair(root, 'metadata') : undefined;
    const name = meta && isMap(meta.value) ? scalarString(findPair(meta.value, 'name')?.value) ?? '' : '';
    const namespace = meta && isMap(meta.value) ? scalarString(findPair(meta.value, 'namespace')?.value) || 'default' : 'default';
    if (head.kind === 'Node' && head.apiVersion === 'v1') {
      if (name) out.nodes.push(name);
      continue;
    }
    if (!WORKLOAD_KINDS[head.kind]?.includes(head.apiVersion)) continue;
    const keyStart = (p: { key: unknown }) => (p.key as { range?: [number, number, number] } | null)?.range?.[0] ?? doc.start;
    const at = head.inferred ? doc.start : Math.min(keyStart(head.apiVersionPair), keyStart(head.kindPair));
    const line = file.lines.positionAt(at).line;
    out.workloads.push({ docIndex: doc.index, ...(doc.list ? { itemIndex: doc.list.index } : {}), kind: head.kind, namespace, name, range: file.lines.lineRange(line) });
  }
  return out;
}

/** Adds the LSP range to every source of the result whose file text is known (in place). */
export function locateSources(result: SimulationResult, texts: ReadonlyMap<string, string>): void {
  const indexes = new Map<string, LineIndex>();
  const locate = (s: SourceRef | null | undefined) => {
    if (!s) return;
    const text = texts.get(s.uri);
    if (text === undefined) return;
    let lines = indexes.get(s.uri);
    if (!lines) indexes.set(s.uri, (lines = new LineIndex(text)));
    (s as LocatedSource).range = lines.range(s.start, s.end);
  };
  for (const p of result.pods) locate(p.source);
  for (const w of result.workloads) locate(w.source);
  for (const p of result.problems) locate(p.source);
}

type Shown = 'Pending' | 'Rejected' | 'NotHandled';

function shown(p: PodResult): Shown | null {
  if (p.existing) return null;
  if (p.status === 'Pending' || p.status === 'Rejected' || p.status === 'NotHandled') return p.status;
  return null;
}

const SEVERITY: Record<Shown, DiagnosticSeverity> = {
  Rejected: DiagnosticSeverity.Error,
  Pending: DiagnosticSeverity.Warning,
  NotHandled: DiagnosticSeverity.Information,
};

/**
 * One diagnostic per workload and message: its pods that stay Pending (warning: with
 * kube-scheduler's exact message), are rejected by the API server (error) or are left to another
 * scheduler (information); a workload the API server rejects (error). Only for `uris` (the
 * manifests simulated; the cluster file's pods are not the user's to fix here).
 */
export function simulationDiagnostics(result: SimulationResult, texts: ReadonlyMap<string, string>, uris: readonly string[], locale: Locale): Array<{ uri: string; diagnostics: Diagnostic[] }> {
  const wanted = new Set(uris);
  const lines = new Map<string, LineIndex>();
  const range = (s: SourceRef) => {
    let l = lines.get(s.uri);
    if (!l) lines.set(s.uri, (l = new LineIndex(texts.get(s.uri) ?? '')));
    return l.range(s.start, s.end);
  };
  const byUri = new Map<string, Diagnostic[]>(uris.map((u) => [u, []]));
  const totals = new Map<string, number>();
  const groups = new Map<string, { source: SourceRef; status: Shown; reason?: string; message: string; pods: PodResult[] }>();
  const sourceKey = (s: SourceRef) => `${s.uri}\u0000${s.docIndex}\u0000${s.itemIndex ?? ''}\u0000${s.start}`;
  for (const p of result.pods) {
    if (!p.source || !wanted.has(p.source.uri) || p.existing) continue;
    // Victims replaced by their controller are history; count what the workload has now.
    if (p.status === 'Preempted') continue;
    const k = sourceKey(p.source);
    totals.set(k, (totals.get(k) ?? 0) + 1);
    const status = shown(p);
    if (!status) continue;
    const message = p.message || p.notes.join(' ') || p.status;
    const g = `${k}\u0000${status}\u0000${message}`;
    const group = groups.get(g);
    if (group) group.pods.push(p);
    else groups.set(g, { source: p.source, status, reason: p.reason, message, pods: [p] });
  }
  for (const g of groups.values()) {
    const total = totals.get(sourceKey(g.source)) ?? g.pods.length;
    const message =
      total === 1 && g.pods.length === 1
        ? t(locale, 'simulation.diag.pod', { status: g.status, message: g.message })
        : t(locale, 'simulation.diag.pods', { count: g.pods.length, total, status: g.status, message: g.message });
    byUri.get(g.source.uri)!.push({
      range: range(g.source),
      severity: SEVERITY[g.status],
      source: SIMULATION_SOURCE,
      code: g.reason ?? g.status,
      message,
      data: { pods: g.pods.map((p) => `${p.namespace}/${p.name}`) },
    });
  }
  for (const w of result.workloads) {
    if (!w.rejected || !w.source || !wanted.has(w.source.uri)) continue;
    byUri.get(w.source.uri)!.push({ range: range(w.source), severity: DiagnosticSeverity.Error, source: SIMULATION_SOURCE, code: 'Rejected', message: w.rejected });
  }
  for (const list of byUri.values()) list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return [...byUri.entries()].map(([uri, diagnostics]) => ({ uri, diagnostics }));
}

export interface SimulationRequest {
  manifests: ManifestSource[];
  cluster: ManifestSource | null;
  exhaustive?: boolean;
  explain?: SimulateOptions['explain'];
  whatIf?: WhatIf;
}

/** The notes that go with a report, and with each what-if question. */
const REPORT_TOPICS: readonly NotesTopic[] = ['simulation.report', 'cluster.environment'];
const WHAT_IF_TOPICS: Record<WhatIf['kind'], NotesTopic> = { nodeFailure: 'selfHealing', nodesNeeded: 'scaling.cluster' };
/** How many extra nodes "how many nodes" tries at most (as `kube-guide simulate --nodes-needed`). */
export const DEFAULT_MAX_EXTRA_NODES = 100;

/**
 * Everything an editor shows of one simulation: the engine's result with ranges, the text report,
 * the diagnostics on the manifests, and the notes. A what-if shows the cluster after it. Pure: the
 * texts are handed in. Throws the engine's WhatIfError for a node or template that is not there.
 */
export function simulationResponse(req: SimulationRequest, locale: Locale, notes?: NotesProvider): SimulateResponse {
  const input = { manifests: req.manifests, cluster: req.cluster };
  const options: SimulateOptions = { exhaustive: req.exhaustive === true, explain: req.explain ?? 'auto', locale };
  let result: SimulationResult;
  let text: string;
  let whatIf: WhatIfOutcome | undefined;
  const w = req.whatIf;
  if (w?.kind === 'nodeFailure') {
    const r = simulateNodeFailure(input, w.node, w.mode === 'drain' ? 'drain' : 'remove', options);
    result = r.after;
    text = formatNodeFailure(r, locale);
    whatIf = { kind: 'nodeFailure', mode: r.mode, node: r.node, evictions: r.evictions, cannotComeBack: r.cannotComeBack };
  } else if (w?.kind === 'nodesNeeded') {
    const world = buildWorld(input);
    let template: Node | undefined;
    if (w.template) {
      template = world.nodes.find((n) => n.node.metadata?.name === w.template)?.node;
      if (!template) throw new WhatIfError('scheduler.whatif.noNode', { node: w.template });
    }
    const max = Number.isInteger(w.max) && w.max! > 0 ? Math.min(w.max!, MAX_EXTRA_NODES) : DEFAULT_MAX_EXTRA_NODES;
    const r = findNodesNeeded(world, { ...options, template, max });
    const before = new Set(world.nodes.map((n) => n.node.metadata?.name));
    result = r.after ?? simulate(input, options);
    text = formatNodesNeeded(r, locale, max);
    whatIf = {
      kind: 'nodesNeeded',
      nodesNeeded: r.nodesNeeded,
      max,
      template: r.template,
      pending: r.pending,
      unfit: r.unfit,
      added: r.after ? r.after.nodes.map((n) => n.name).filter((n) => !before.has(n)) : [],
    };
  } else {
    result = simulate(input, options);
    text = formatReport(result, locale);
  }
  const texts = new Map([...req.manifests, ...(req.cluster ? [req.cluster] : [])].map((m) => [m.uri, m.text]));
  locateSources(result, texts);
  const excerpts: NotesExcerpt[] = [];
  for (const topic of w ? [WHAT_IF_TOPICS[w.kind], ...REPORT_TOPICS] : REPORT_TOPICS) {
    const markdown = notes?.hover({ language: 'topic', topic }, locale);
    if (markdown) excerpts.push({ topic, markdown });
  }
  return {
    result,
    ...(whatIf ? { whatIf } : {}),
    text,
    diagnostics: simulationDiagnostics(result, texts, req.manifests.map((m) => m.uri), locale),
    notes: excerpts,
    locale,
  };
}
