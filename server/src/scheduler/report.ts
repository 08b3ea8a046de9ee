/**
 * The simulation as readable text (the CLI's default output, and the editor's output channel):
 * the cluster, every pod with its node or its exact message, the nodes' requested/allocatable,
 * a summary. Optionally the per-node explanation of chosen pods.
 */
import { t, type Locale } from '../l10n';
import type { AttemptExplanation, NodeResult, PodResult, SimulationResult } from './result';
import type { NodeFailureResult, NodesNeededResult, ScaleResult } from './whatif';

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - [...s].length));
}

function table(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => (indent + r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join('   ')).trimEnd());
}

function pct(used: number, total: number): string {
  return total > 0 ? ` (${Math.round((used * 100) / total)}%)` : '';
}

export function formatReport(r: SimulationResult, locale: Locale, explain: readonly string[] = []): string {
  const out: string[] = [];
  const clusterName = r.cluster.source === 'default' ? t(locale, 'report.cluster.default') : r.cluster.source === 'file' ? t(locale, 'report.cluster.file', { uri: r.cluster.uri ?? '' }) : t(locale, 'report.cluster.manifest');
  out.push(t(locale, 'report.cluster', { cluster: clusterName, nodes: r.cluster.nodes }));
  for (const p of r.problems) out.push(`${p.severity === 'error' ? '✗' : p.severity === 'warning' ? '!' : 'i'} ${p.message}`);
  out.push('');
  out.push(t(locale, 'report.pods'));
  const rows: string[][] = [];
  const extra = new Map<number, string[]>();
  r.pods.forEach((p, i) => {
    const owner = p.owner ? `${p.owner.kind}/${p.owner.name}` : p.existing ? t(locale, 'report.existing') : '';
    rows.push([`${p.namespace}/${p.name}`, p.status, p.node ?? '-', owner]);
    const lines: string[] = [];
    if (p.status !== 'Scheduled' && p.status !== 'Bound' && p.message) lines.push(p.message);
    for (const n of p.notes) lines.push(`${t(locale, 'report.note')}: ${n}`);
    if (lines.length) extra.set(i, lines);
  });
  const header = [t(locale, 'report.col.pod'), t(locale, 'report.col.status'), t(locale, 'report.col.node'), t(locale, 'report.col.owner')];
  const rendered = table([header, ...rows]);
  out.push(rendered[0]);
  rendered.slice(1).forEach((line, i) => {
    out.push(line);
    for (const l of extra.get(i) ?? []) out.push(`      ${l}`);
  });
  out.push('');
  out.push(t(locale, 'report.nodes'));
  out.push(...nodeTable(r.nodes, locale));
  for (const name of explain) {
    const byPod = r.pods.filter((x) => `${x.namespace}/${x.name}` === name || x.name === name);
    const pods = byPod.length ? byPod : r.pods.filter((x) => x.owner && (x.owner.name === name || `${x.owner.kind}/${x.owner.name}` === name));
    out.push('');
    if (!pods.length) out.push(t(locale, 'report.explain.noPod', { pod: name }));
    for (const p of pods) out.push(...explainPod(p, locale));
  }
  out.push('');
  out.push(summary(r, locale));
  return out.join('\n') + '\n';
}

function nodeTable(nodes: readonly NodeResult[], locale: Locale): string[] {
  const rows = nodes.map((n) => {
    const flags = [n.unschedulable ? 'SchedulingDisabled' : '', n.taints.length ? n.taints.map((x) => `${x.key}${x.value ? `=${x.value}` : ''}:${x.effect}`).join(',') : ''].filter(Boolean).join(' ');
    return [
      n.name,
      `${n.requested.cpu}/${n.allocatable.cpu ?? '0'}${pct(n.usage.cpu[0], n.usage.cpu[1])}`,
      `${n.requested.memory}/${n.allocatable.memory ?? '0'}${pct(n.usage.memory[0], n.usage.memory[1])}`,
      `${n.requested.pods}/${n.allocatable.pods ?? '0'}`,
      flags,
    ];
  });
  return table([[t(locale, 'report.col.node'), 'CPU', t(locale, 'report.col.memory'), t(locale, 'report.col.pods'), ''], ...rows]);
}

function summary(r: SimulationResult, locale: Locale): string {
  const s = r.summary;
  const parts: string[] = [];
  const add = (n: number, key: Parameters<typeof t>[1]) => n && parts.push(t(locale, key, { n }));
  add(s.scheduled, 'report.summary.scheduled');
  add(s.bound, 'report.summary.bound');
  add(s.pending, 'report.summary.pending');
  add(s.notHandled, 'report.summary.notHandled');
  add(s.rejected, 'report.summary.rejected');
  add(s.preempted, 'report.summary.preempted');
  return t(locale, 'report.summary', { pods: r.pods.length, parts: parts.join(', ') || '-' });
}

/** The per-node verdicts and scores of a pod's attempts. */
export function explainPod(p: PodResult, locale: Locale): string[] {
  const out: string[] = [t(locale, 'report.explain.title', { pod: `${p.namespace}/${p.name}`, status: p.status })];
  if (!p.explanation?.length) {
    out.push(`  ${t(locale, 'report.explain.none')}`);
    return out;
  }
  for (const a of p.explanation) out.push(...explainAttempt(a, locale));
  return out;
}

function explainAttempt(a: AttemptExplanation, locale: Locale): string[] {
  const out: string[] = [`  ${t(locale, 'report.explain.attempt', { n: a.attempt, outcome: a.outcome, evaluated: a.evaluatedNodes, feasible: a.feasibleNodes })}`];
  const pre = a.preFilter.filter((p) => p.result !== 'passed');
  if (pre.length) out.push(`    PreFilter: ${pre.map((p) => `${p.plugin} ${p.result}${p.reasons?.length ? ` (${p.reasons.join(', ')})` : ''}`).join('; ')}`);
  if (a.nominatedNodeTried) out.push(`    ${t(locale, 'report.explain.nominated', { node: a.nominatedNodeTried })}`);
  for (const n of a.nodes) {
    const failed = n.filters.find((f) => f.result === 'failed');
    let line = `    ${n.node}: `;
    if (n.outcome === 'not-evaluated') line += n.reasons?.length ? `PreFilter: ${n.reasons.join(', ')}` : t(locale, 'report.explain.notEvaluated');
    else if (failed) line += `${failed.plugin}: ${(failed.reasons ?? []).join(', ')} [${failed.code}]`;
    else line += t(locale, 'report.explain.feasible');
    if (n.total !== undefined) line += `  ${t(locale, 'report.explain.total', { total: n.total })}${n.selected ? ' ←' : ''}`;
    out.push(line);
    if (n.scores) out.push(`      ${n.scores.map((s) => `${s.plugin} ${s.raw}→${s.normalized}×${s.weight}=${s.weighted}`).join(', ')}`);
  }
  if (a.skippedScorePlugins.length) out.push(`    ${t(locale, 'report.explain.skippedScores', { plugins: a.skippedScorePlugins.join(', ') })}`);
  if (a.preemption) {
    const pr = a.preemption;
    out.push(`    ${t(locale, 'report.explain.preemption', { candidates: pr.candidates.map((c) => `${c.node} [${c.victims.join(', ')}]`).join('; ') || '-', chosen: pr.chosen ?? '-' })}`);
    for (const s of pr.nodeStatuses) out.push(`      ${s.node}: ${s.reasons.join(', ')}`);
  }
  return out;
}

/** What became of one evicted pod, in words (the text report and the webview share it). */
export function evictionOutcome(e: NodeFailureResult['evictions'][number], locale: Locale): string {
  switch (e.outcome) {
    case 'rescheduled':
      return t(locale, 'report.whatif.rescheduled', { replacement: e.replacement ?? '', node: e.node ?? '' });
    case 'pending':
      return t(locale, 'report.whatif.pending', { replacement: e.replacement ?? '' });
    case 'lost':
      return t(locale, 'report.whatif.lost');
    case 'blocked':
      return t(locale, 'report.whatif.blocked');
    default:
      return t(locale, 'report.whatif.nodeLocal');
  }
}

/** A node failure or drain: what became of each pod, who cannot come back, then the cluster after. */
export function formatNodeFailure(r: NodeFailureResult, locale: Locale): string {
  const out: string[] = [t(locale, r.mode === 'remove' ? 'report.whatif.remove' : 'report.whatif.drain', { node: r.node })];
  if (r.evictions.length === 0) out.push(`  ${t(locale, 'report.whatif.noPods')}`);
  const rows = r.evictions.map((e) => [e.pod, e.owner ? `${e.owner.kind}/${e.owner.name}` : '', evictionOutcome(e, locale)]);
  const lines = table(rows);
  r.evictions.forEach((e, i) => {
    out.push(lines[i]);
    if (e.message) out.push(`      ${e.message}`);
  });
  out.push(r.cannotComeBack.length ? t(locale, 'report.whatif.cannotComeBack', { pods: r.cannotComeBack.join(', ') }) : t(locale, 'report.whatif.allBack'));
  out.push('');
  return out.join('\n') + '\n' + formatReport(r.after, locale);
}

export function formatScale(r: ScaleResult, locale: Locale): string {
  const out: string[] = [t(locale, 'report.whatif.scale', { workload: `${r.workload.kind}/${r.workload.name}`, from: r.from, to: r.to })];
  if (r.added.length) out.push(`  ${t(locale, 'report.whatif.added', { pods: r.added.join(', ') })}`);
  if (r.removed.length) out.push(`  ${t(locale, 'report.whatif.removed', { pods: r.removed.join(', ') })}`);
  out.push('');
  return out.join('\n') + '\n' + formatReport(r.after, locale);
}

export function formatNodesNeeded(r: NodesNeededResult, locale: Locale, max: number): string {
  const out: string[] = [];
  const a = r.template.allocatable;
  if (r.pending.length === 0) out.push(t(locale, 'report.nodesNeeded.none'));
  else if (r.nodesNeeded !== null && r.nodesNeeded > 0)
    out.push(
      t(locale, 'report.nodesNeeded.found', {
        count: r.nodesNeeded,
        template: r.template.name,
        cpu: a.cpu ?? '0',
        memory: a.memory ?? '0',
        pods: a.pods ?? '0',
        zones: r.template.zones.join(', ') || '-',
      }),
    );
  else if (r.pending.length > r.unfit.length) out.push(t(locale, 'report.nodesNeeded.notFound', { max, template: r.template.name }));
  for (const u of r.unfit) out.push(`  ${t(locale, 'report.nodesNeeded.unfit', { pod: u.pod, message: u.message })}`);
  if (r.after) {
    out.push('');
    return out.join('\n') + '\n' + formatReport(r.after, locale);
  }
  return out.join('\n') + '\n';
}
