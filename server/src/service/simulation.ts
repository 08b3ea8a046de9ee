/**
 * The simulation as the editor shows it: where the workloads of a file are (code lenses), the
 * engine's source offsets as LSP ranges, and pods that stay Pending (or are rejected) as
 * diagnostics on their workload. Pure: the texts the engine read are handed in.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { LineIndex } from '../common/text';
import { t, type Locale } from '../l10n';
import type { SourceRef } from '../scheduler/input/documents';
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
  kind: string;
  namespace: string;
  name: string;
  /** The document's first line (`apiVersion:` or `kind:`), where a code lens goes. */
  range: Range;
}

export interface SimulationTargets {
  workloads: SimulationTarget[];
  /** Names of the Node documents in the file (the cluster the simulation then uses). */
  nodes: string[];
}

/** The workloads (kinds that become pods) and the Node documents of a file. */
export function simulationTargets(text: string): SimulationTargets {
  const file = parseYaml(text);
  const out: SimulationTargets = { workloads: [], nodes: [] };
  for (const doc of file.docs) {
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
    const at = Math.min(keyStart(head.apiVersionPair), keyStart(head.kindPair));
    const line = file.lines.positionAt(at).line;
    out.workloads.push({ kind: head.kind, namespace, name, range: file.lines.lineRange(line) });
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
