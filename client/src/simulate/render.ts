/**
 * The simulation report as HTML, built from the server's response. Pure (no `vscode`): the view
 * model, the page body, a pod's per-node verdicts and scores, and the page shell with its
 * Content-Security-Policy. Every string that comes from a manifest, a cluster file or the notes
 * goes through `esc()` (or the Markdown renderer, which has raw HTML turned off).
 */
import { t, type Locale, type MessageKey, type Params } from '../../../server/src/l10n';
import { evictionOutcome } from '../../../server/src/scheduler/report';
import type { AttemptExplanation, NodeResult, PodResult, PodStatus, SimulationResult } from '../../../server/src/scheduler/result';
import type { LocatedSource, SimulateResponse, WhatIfOutcome } from '../../../server/src/lsp/simulateProtocol';
import { notesHtml } from './markdown';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text → HTML text or attribute value (always quoted with `"`). */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

export const podKey = (p: { namespace: string; name: string }): string => `${p.namespace}/${p.name}`;

/** `name` in the default namespace, `ns/name` elsewhere. */
function shortName(p: { namespace: string; name: string }): string {
  return p.namespace === 'default' ? p.name : `${p.namespace}/${p.name}`;
}

/** A node card lists this many pods, the Pending and other lists this many; the rest is counted. */
export const MAX_PODS_PER_CARD = 50;
export const MAX_LISTED_PODS = 200;

const ZONE = 'topology.kubernetes.io/zone';
const INSTANCE = 'node.kubernetes.io/instance-type';
const ROLE = 'node-role.kubernetes.io/';

export interface Bar {
  /** cpu, memory or pods. */
  resource: 'cpu' | 'memory' | 'pods';
  requested: string;
  allocatable: string;
  /** requested / allocatable in percent (may pass 100); 0 when nothing is allocatable. */
  percent: number;
}

export interface PodChip {
  key: string;
  label: string;
  owner: string | null;
  status: PodStatus;
  /** Already running in the cluster file. */
  existing: boolean;
  /** Pending, but nominated to a node (preemption made room). */
  nominatedNode?: string;
  message: string;
  notes: string[];
  /** Its workload's place in a file is known: clicking reveals it. */
  hasSource: boolean;
}

export interface NodeCard {
  name: string;
  zone?: string;
  instanceType?: string;
  roles: string[];
  taints: string[];
  unschedulable: boolean;
  bars: Bar[];
  pods: PodChip[];
  /** Pods nominated here that still wait (shown dimmed on the card). */
  nominated: PodChip[];
  notes: string[];
  /** An extra node the "how many nodes" answer added. */
  added: boolean;
}

export interface ReportModel {
  locale: Locale;
  title: string;
  summary: string;
  cluster: string;
  problems: Array<{ severity: 'error' | 'warning' | 'info'; message: string }>;
  nodes: NodeCard[];
  pending: PodChip[];
  /** Rejected, not handled by the default scheduler, preempted. */
  others: PodChip[];
  whatIf?: WhatIfOutcome;
  notes: SimulateResponse['notes'];
}

function chip(p: PodResult): PodChip {
  return {
    key: podKey(p),
    label: shortName(p),
    owner: p.owner ? `${p.owner.kind}/${p.owner.name}` : null,
    status: p.status,
    existing: !!p.existing,
    nominatedNode: p.status === 'Pending' ? p.nominatedNode : undefined,
    message: p.message,
    notes: p.notes,
    hasSource: !!(p.source as LocatedSource | null)?.range,
  };
}

function percent(used: number, total: number): number {
  return total > 0 ? (used * 100) / total : 0;
}

function card(n: NodeResult, pods: Map<string, PodResult>, nominated: PodResult[], added: boolean): NodeCard {
  const roles = Object.keys(n.labels)
    .filter((k) => k.startsWith(ROLE))
    .map((k) => k.slice(ROLE.length))
    .filter(Boolean);
  return {
    name: n.name,
    zone: n.labels[ZONE],
    instanceType: n.labels[INSTANCE],
    roles,
    taints: n.taints.map((x) => `${x.key}${x.value ? `=${x.value}` : ''}:${x.effect}`),
    unschedulable: n.unschedulable,
    bars: [
      { resource: 'cpu', requested: n.requested.cpu ?? '0', allocatable: n.allocatable.cpu ?? '0', percent: percent(...n.usage.cpu) },
      { resource: 'memory', requested: n.requested.memory ?? '0', allocatable: n.allocatable.memory ?? '0', percent: percent(...n.usage.memory) },
      { resource: 'pods', requested: n.requested.pods ?? String(n.usage.pods[0]), allocatable: n.allocatable.pods ?? '0', percent: percent(...n.usage.pods) },
    ],
    pods: n.pods.map((k) => pods.get(k)).filter((p): p is PodResult => !!p).map(chip),
    nominated: nominated.map(chip),
    notes: n.notes,
    added,
  };
}

export function reportModel(r: SimulateResponse, title: string): ReportModel {
  const { result } = r;
  const locale = r.locale;
  const byKey = new Map(result.pods.map((p) => [podKey(p), p]));
  const added = new Set(r.whatIf?.kind === 'nodesNeeded' ? r.whatIf.added : []);
  const nominatedTo = (node: string) => result.pods.filter((p) => p.status === 'Pending' && p.nominatedNode === node);
  const clusterName =
    result.cluster.source === 'default'
      ? t(locale, 'report.cluster.default')
      : result.cluster.source === 'file'
        ? t(locale, 'report.cluster.file', { uri: fileName(result.cluster.uri ?? '') })
        : t(locale, 'report.cluster.manifest');
  return {
    locale,
    title,
    summary: summaryLine(result, locale),
    cluster: t(locale, 'report.cluster', { cluster: clusterName, nodes: result.cluster.nodes }),
    problems: result.problems.map((p) => ({ severity: p.severity, message: p.message })),
    nodes: result.nodes.map((n) => card(n, byKey, nominatedTo(n.name), added.has(n.name))),
    pending: result.pods.filter((p) => p.status === 'Pending').map(chip),
    others: result.pods.filter((p) => p.status === 'Rejected' || p.status === 'NotHandled' || p.status === 'Preempted').map(chip),
    whatIf: r.whatIf,
    notes: r.notes,
  };
}

function fileName(uri: string): string {
  try {
    return decodeURIComponent(uri.replace(/^.*\//, ''));
  } catch {
    return uri;
  }
}

/** "4 pods: 3 scheduled, 1 pending" (the CLI's summary line). */
export function summaryLine(r: SimulationResult, locale: Locale): string {
  const s = r.summary;
  const parts: string[] = [];
  const add = (n: number, key: MessageKey) => n && parts.push(t(locale, key, { n }));
  add(s.scheduled, 'report.summary.scheduled');
  add(s.bound, 'report.summary.bound');
  add(s.pending, 'report.summary.pending');
  add(s.notHandled, 'report.summary.notHandled');
  add(s.rejected, 'report.summary.rejected');
  add(s.preempted, 'report.summary.preempted');
  return t(locale, 'report.summary', { pods: r.pods.length, parts: parts.join(', ') || '-' });
}

// ---------------------------------------------------------------------------------------------
// HTML

function status(s: PodStatus): string {
  return `<span class="status status-${esc(s.toLowerCase())}">${esc(s)}</span>`;
}

function podButton(p: PodChip, locale: Locale, extra = ''): string {
  const owner = p.owner ? `<span class="owner">${esc(p.owner)}</span>` : p.existing ? `<span class="owner">${esc(t(locale, 'report.existing'))}</span>` : '';
  const label = t(locale, 'simulation.ui.podLabel', { pod: p.label, status: p.status });
  return `<button type="button" class="pod pod-${esc(p.status.toLowerCase())}${p.existing ? ' existing' : ''}${extra}" data-pod="${esc(p.key)}" aria-label="${esc(label)}"><span class="pod-name">${esc(p.label)}</span>${owner}</button>`;
}

function bar(b: Bar, locale: Locale): string {
  const name = t(locale, `simulation.ui.resource.${b.resource}` as MessageKey);
  const pct = Math.round(b.percent);
  const width = Math.max(0, Math.min(100, b.percent)).toFixed(1);
  const level = b.percent > 100 ? 'over' : b.percent >= 90 ? 'high' : b.percent >= 70 ? 'mid' : 'low';
  const text = t(locale, 'simulation.ui.bar', { requested: b.requested, allocatable: b.allocatable, percent: pct });
  // SVG attributes, not inline styles: the Content-Security-Policy allows no style attributes.
  return (
    `<div class="bar-row"><span class="bar-name">${esc(name)}</span>` +
    `<svg class="bar bar-${level}" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="${esc(`${name}: ${text}`)}">` +
    `<rect class="track" x="0" y="0" width="100" height="6"></rect><rect class="fill" x="0" y="0" width="${width}" height="6"></rect></svg>` +
    `<span class="bar-text">${esc(text)}</span></div>`
  );
}

function nodeCard(n: NodeCard, index: number, locale: Locale): string {
  // Ids from an index: a node name may hold spaces or quotes (aria-labelledby is a list of ids).
  const id = `node-${index}`;
  const facts = [n.zone, n.instanceType, ...n.roles].filter(Boolean).map((f) => `<span class="fact">${esc(f)}</span>`).join('');
  const flags = [
    n.added ? `<span class="badge badge-added">${esc(t(locale, 'simulation.ui.addedNode'))}</span>` : '',
    n.unschedulable ? `<span class="badge badge-warn">SchedulingDisabled</span>` : '',
    ...n.taints.map((x) => `<span class="badge badge-taint" title="${esc(t(locale, 'simulation.ui.taint'))}">${esc(x)}</span>`),
  ].join('');
  const pods = n.pods.length
    ? `<ul class="pods">${n.pods
        .slice(0, MAX_PODS_PER_CARD)
        .map((p) => `<li>${podButton(p, locale)}</li>`)
        .join('')}</ul>${more(n.pods.length - MAX_PODS_PER_CARD, locale)}`
    : `<p class="empty">${esc(t(locale, 'simulation.ui.noPods'))}</p>`;
  const nominated = n.nominated.length
    ? `<p class="nominated-title">${esc(t(locale, 'simulation.ui.nominatedHere'))}</p><ul class="pods">${n.nominated.map((p) => `<li>${podButton(p, locale, ' nominated')}</li>`).join('')}</ul>`
    : '';
  const notes = n.notes.map((x) => `<p class="note">${esc(x)}</p>`).join('');
  const fail = `<button type="button" class="link-button" data-command="nodeFailure" data-node="${esc(n.name)}">${esc(t(locale, 'simulation.ui.failNode'))}</button>`;
  return (
    `<article class="node${n.added ? ' added' : ''}${n.unschedulable ? ' cordoned' : ''}" aria-labelledby="${id}" data-node="${esc(n.name)}">` +
    `<header><h3 id="${id}">${esc(n.name)}</h3><div class="facts">${facts}</div><div class="flags">${flags}</div></header>` +
    `<div class="bars">${n.bars.map((b) => bar(b, locale)).join('')}</div>` +
    pods +
    nominated +
    notes +
    `<footer>${fail}</footer></article>`
  );
}

/** "… and 12 more (in the text report)" for what a list leaves out. */
function more(count: number, locale: Locale): string {
  return count > 0 ? `<p class="more">${esc(t(locale, 'simulation.ui.more', { count }))}</p>` : '';
}

function pendingItem(p: PodChip, locale: Locale): string {
  const lines = [p.message ? `<p class="message">${esc(p.message)}</p>` : '', ...p.notes.map((n) => `<p class="note">${esc(n)}</p>`)].join('');
  const nominated = p.nominatedNode ? `<p class="note">${esc(t(locale, 'simulation.ui.nominatedTo', { node: p.nominatedNode }))}</p>` : '';
  return `<li class="pending-item">${podButton(p, locale)} ${status(p.status)}${lines}${nominated}</li>`;
}

function whatIfBanner(w: WhatIfOutcome, locale: Locale): string {
  if (w.kind === 'nodeFailure') {
    const title = t(locale, w.mode === 'remove' ? 'report.whatif.remove' : 'report.whatif.drain', { node: w.node });
    const rows = w.evictions.map((e) => {
      const outcome = evictionOutcome(e, locale);
      const message = e.message ? `<p class="message">${esc(e.message)}</p>` : '';
      return `<tr class="eviction eviction-${esc(e.outcome)}"><th scope="row">${esc(e.pod)}</th><td>${esc(e.owner ? `${e.owner.kind}/${e.owner.name}` : '')}</td><td>${esc(outcome)}${message}</td></tr>`;
    });
    const table = rows.length
      ? `<table class="evictions"><thead><tr><th scope="col">${esc(t(locale, 'simulation.ui.col.pod'))}</th><th scope="col">${esc(t(locale, 'simulation.ui.col.owner'))}</th><th scope="col">${esc(t(locale, 'simulation.ui.col.outcome'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : `<p>${esc(t(locale, 'report.whatif.noPods'))}</p>`;
    const verdict = w.cannotComeBack.length ? t(locale, 'report.whatif.cannotComeBack', { pods: w.cannotComeBack.join(', ') }) : t(locale, 'report.whatif.allBack');
    return `<section class="whatif${w.cannotComeBack.length ? ' whatif-bad' : ' whatif-good'}" aria-labelledby="whatif-title"><h2 id="whatif-title">${esc(title)}</h2>${table}<p class="verdict">${esc(verdict)}</p></section>`;
  }
  const a = w.template.allocatable;
  const lines: string[] = [];
  if (w.pending.length === 0) lines.push(t(locale, 'report.nodesNeeded.none'));
  else if (w.nodesNeeded !== null && w.nodesNeeded > 0)
    lines.push(t(locale, 'report.nodesNeeded.found', { count: w.nodesNeeded, template: w.template.name, cpu: a.cpu ?? '0', memory: a.memory ?? '0', pods: a.pods ?? '0', zones: w.template.zones.join(', ') || '-' }));
  else if (w.pending.length > w.unfit.length) lines.push(t(locale, 'report.nodesNeeded.notFound', { max: w.max, template: w.template.name }));
  const unfit = w.unfit.map((u) => `<li>${esc(t(locale, 'report.nodesNeeded.unfit', { pod: u.pod, message: u.message }))}</li>`).join('');
  const good = w.pending.length === 0 || (w.nodesNeeded !== null && w.unfit.length === 0);
  return (
    `<section class="whatif${good ? ' whatif-good' : ' whatif-bad'}" aria-labelledby="whatif-title"><h2 id="whatif-title">${esc(t(locale, 'simulation.ui.nodesNeeded.title'))}</h2>` +
    lines.map((l) => `<p class="verdict">${esc(l)}</p>`).join('') +
    (unfit ? `<ul class="unfit">${unfit}</ul>` : '') +
    `</section>`
  );
}

/** The report's body (inside `<main>`): summary, what-if, nodes, pending pods, the rest, notes. */
export function reportBody(m: ReportModel): string {
  const L = m.locale;
  const out: string[] = [];
  out.push(
    `<header class="report-header"><h1>${esc(m.title)}</h1>` +
      `<p class="summary" role="status">${esc(m.summary)}</p>` +
      `<p class="cluster">${esc(m.cluster)} · ${esc(t(L, 'simulation.ui.profile'))}</p>` +
      `<div class="actions">` +
      `<button type="button" data-command="rerun">${esc(t(L, 'simulation.ui.rerun'))}</button>` +
      `<button type="button" data-command="selectCluster">${esc(t(L, 'simulation.ui.selectCluster'))}</button>` +
      `<button type="button" data-command="nodeFailure">${esc(t(L, 'simulation.ui.nodeFailure'))}</button>` +
      `<button type="button" data-command="nodesNeeded">${esc(t(L, 'simulation.ui.nodesNeeded'))}</button>` +
      `<button type="button" data-command="showText">${esc(t(L, 'simulation.ui.showText'))}</button>` +
      `</div></header>`,
  );
  if (m.problems.length) {
    out.push(
      `<ul class="problems" aria-label="${esc(t(L, 'simulation.ui.problems'))}">${m.problems.map((p) => `<li class="problem problem-${esc(p.severity)}">${esc(p.message)}</li>`).join('')}</ul>`,
    );
  }
  if (m.whatIf) out.push(whatIfBanner(m.whatIf, L));
  out.push(
    `<section class="nodes-section" aria-labelledby="nodes-title"><h2 id="nodes-title">${esc(t(L, 'simulation.ui.nodes', { count: m.nodes.length }))}</h2>` +
      `<div class="nodes">${m.nodes.map((n, i) => nodeCard(n, i, L)).join('')}</div></section>`,
  );
  if (m.pending.length) {
    out.push(
      `<section class="pending" aria-labelledby="pending-title"><h2 id="pending-title">${esc(t(L, 'simulation.ui.pending', { count: m.pending.length }))}</h2>` +
        `<ul class="pending-list">${m.pending.slice(0, MAX_LISTED_PODS).map((p) => pendingItem(p, L)).join('')}</ul>${more(m.pending.length - MAX_LISTED_PODS, L)}</section>`,
    );
  }
  if (m.others.length) {
    out.push(
      `<section class="others" aria-labelledby="others-title"><h2 id="others-title">${esc(t(L, 'simulation.ui.others', { count: m.others.length }))}</h2>` +
        `<ul class="pending-list">${m.others.slice(0, MAX_LISTED_PODS).map((p) => pendingItem(p, L)).join('')}</ul>${more(m.others.length - MAX_LISTED_PODS, L)}</section>`,
    );
  }
  out.push(`<section id="detail" class="detail" aria-live="polite" aria-label="${esc(t(L, 'simulation.ui.detail'))}"><p class="hint">${esc(t(L, 'simulation.ui.hint'))}</p></section>`);
  if (m.notes.length) {
    out.push(
      `<section class="notes" aria-labelledby="notes-title"><h2 id="notes-title">${esc(t(L, 'simulation.ui.notes'))}</h2>` +
        m.notes.map((n, i) => `<details${i === 0 ? ' open' : ''}><summary>${esc(t(L, `simulation.ui.topic.${n.topic}` as MessageKey))}</summary><div class="markdown">${notesHtml(n.markdown)}</div></details>`).join('') +
        `</section>`,
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// A pod's decisions, node by node (like kube-scheduler-simulator's result view).

function filterCell(f: AttemptExplanation['nodes'][number]['filters'][number] | undefined, locale: Locale): string {
  if (!f || f.result === 'not-run') return `<td class="f-not-run" aria-label="${esc(t(locale, 'simulation.ui.filter.notRun'))}"></td>`;
  if (f.result === 'passed') return `<td class="f-passed"><span aria-hidden="true">✓</span><span class="sr">${esc(t(locale, 'simulation.ui.filter.passed'))}</span></td>`;
  if (f.result === 'skipped') return `<td class="f-skipped"><span aria-hidden="true">–</span><span class="sr">${esc(t(locale, 'simulation.ui.filter.skipped'))}</span></td>`;
  const code = f.code ? ` <span class="code">${esc(f.code)}</span>` : '';
  return `<td class="f-failed"><span aria-hidden="true">✗ </span>${esc((f.reasons ?? []).join(', '))}${code}</td>`;
}

function attemptHtml(a: AttemptExplanation, locale: Locale): string {
  const out: string[] = [];
  out.push(`<h3>${esc(t(locale, 'report.explain.attempt', { n: a.attempt, outcome: a.outcome, evaluated: a.evaluatedNodes, feasible: a.feasibleNodes }))}</h3>`);
  const pre = a.preFilter.filter((p) => p.result === 'rejected');
  if (pre.length) out.push(`<p class="message">PreFilter: ${pre.map((p) => `${esc(p.plugin)}: ${esc((p.reasons ?? []).join(', '))}`).join('; ')}</p>`);
  if (a.nominatedNodeTried) out.push(`<p class="note">${esc(t(locale, 'report.explain.nominated', { node: a.nominatedNodeTried }))}</p>`);
  // Filters: a column per plugin that ran anywhere.
  // A column per plugin that checked something somewhere; those that skipped every node (nothing
  // to check for this pod: no affinity, no ports…) are named below the table instead.
  const checked = new Set<string>();
  const skipped = new Set<string>();
  const order: string[] = [];
  for (const n of a.nodes)
    for (const f of n.filters) {
      if (!order.includes(f.plugin)) order.push(f.plugin);
      if (f.result === 'passed' || f.result === 'failed') checked.add(f.plugin);
      else if (f.result === 'skipped') skipped.add(f.plugin);
    }
  const filterPlugins = order.filter((p) => checked.has(p));
  const skippedEverywhere = order.filter((p) => skipped.has(p) && !checked.has(p));
  const verdict = (n: AttemptExplanation['nodes'][number]) =>
    n.outcome === 'feasible' ? t(locale, 'simulation.ui.node.feasible') : n.outcome === 'rejected' ? t(locale, 'simulation.ui.node.rejected') : t(locale, 'report.explain.notEvaluated');
  out.push(
    `<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(t(locale, 'simulation.ui.filters'))}"><table class="filters"><caption>${esc(t(locale, 'simulation.ui.filters'))}</caption><thead><tr><th scope="col">${esc(t(locale, 'simulation.ui.col.node'))}</th>` +
      filterPlugins.map((p) => `<th scope="col">${esc(p)}</th>`).join('') +
      `<th scope="col">${esc(t(locale, 'simulation.ui.col.result'))}</th></tr></thead><tbody>` +
      a.nodes
        .map(
          (n) =>
            `<tr class="outcome-${esc(n.outcome)}${n.selected ? ' selected' : ''}"><th scope="row">${esc(n.node)}</th>` +
            filterPlugins.map((p) => filterCell(n.filters.find((f) => f.plugin === p), locale)).join('') +
            `<td>${esc(verdict(n))}</td></tr>`,
        )
        .join('') +
      `</tbody></table></div>`,
  );
  if (skippedEverywhere.length) out.push(`<p class="note">${esc(t(locale, 'simulation.ui.filtersSkipped', { plugins: skippedEverywhere.join(', ') }))}</p>`);
  // Scores of the feasible nodes: raw → normalized × weight = weighted, and the total.
  const scored = a.nodes.filter((n) => n.scores?.length);
  if (scored.length) {
    const scorePlugins: string[] = [];
    for (const n of scored) for (const s of n.scores!) if (!scorePlugins.includes(s.plugin)) scorePlugins.push(s.plugin);
    out.push(
      `<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(t(locale, 'simulation.ui.scores'))}"><table class="scores"><caption>${esc(t(locale, 'simulation.ui.scores'))}</caption><thead><tr><th scope="col">${esc(t(locale, 'simulation.ui.col.node'))}</th>` +
        scorePlugins.map((p) => `<th scope="col">${esc(p)}</th>`).join('') +
        `<th scope="col">${esc(t(locale, 'simulation.ui.col.total'))}</th></tr></thead><tbody>` +
        scored
          .map(
            (n) =>
              `<tr${n.selected ? ' class="selected"' : ''}><th scope="row">${esc(n.node)}${n.selected ? ` <span class="chosen">${esc(t(locale, 'simulation.ui.chosen'))}</span>` : ''}</th>` +
              scorePlugins
                .map((p) => {
                  const s = n.scores!.find((x) => x.plugin === p);
                  return s
                    ? `<td title="${esc(t(locale, 'simulation.ui.scoreTitle', { raw: s.raw, normalized: s.normalized, weight: s.weight, weighted: s.weighted }))}"><span class="raw">${s.raw}</span> → ${s.normalized} × ${s.weight} = <strong>${s.weighted}</strong></td>`
                    : '<td></td>';
                })
                .join('') +
              `<td class="total"><strong>${n.total ?? ''}</strong></td></tr>`,
          )
          .join('') +
        `</tbody></table></div>`,
    );
  } else if (a.feasibleNodes === 1) {
    out.push(`<p class="note">${esc(t(locale, 'simulation.ui.oneFeasible'))}</p>`);
  }
  if (a.skippedScorePlugins.length) out.push(`<p class="note">${esc(t(locale, 'report.explain.skippedScores', { plugins: a.skippedScorePlugins.join(', ') }))}</p>`);
  if (a.preemption) {
    const pr = a.preemption;
    const rows = [
      ...pr.candidates.map((c) => `<tr${c.node === pr.chosen ? ' class="selected"' : ''}><th scope="row">${esc(c.node)}</th><td>${esc(c.victims.join(', '))}</td><td>${c.numPDBViolations}</td></tr>`),
      ...pr.nodeStatuses.map((s) => `<tr><th scope="row">${esc(s.node)}</th><td colspan="2">${esc(s.reasons.join(', '))}</td></tr>`),
    ];
    out.push(
      `<h4>${esc(t(locale, 'simulation.ui.preemption', { chosen: pr.chosen ?? '-' }))}</h4>` +
        (rows.length
          ? `<table class="preemption"><thead><tr><th scope="col">${esc(t(locale, 'simulation.ui.col.node'))}</th><th scope="col">${esc(t(locale, 'simulation.ui.col.victims'))}</th><th scope="col">${esc(t(locale, 'simulation.ui.col.pdb'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
          : ''),
    );
  }
  return out.join('');
}

/** The detail of one pod: where it went or why not, and every node's filter verdicts and scores. */
export function podDetail(result: SimulationResult, key: string, locale: Locale): string {
  const p = result.pods.find((x) => podKey(x) === key);
  if (!p) return `<p class="hint">${esc(t(locale, 'report.explain.noPod', { pod: key }))}</p>`;
  const out: string[] = [];
  const where = p.node ? t(locale, 'simulation.ui.onNode', { node: p.node }) : '';
  out.push(`<h2 id="detail-title" tabindex="-1">${esc(shortName(p))} ${status(p.status)}${where ? ` <span class="where">${esc(where)}</span>` : ''}</h2>`);
  const facts: Array<[MessageKey, string]> = [];
  if (p.owner) facts.push(['simulation.ui.col.owner', `${p.owner.kind}/${p.owner.name}`]);
  if (p.controller && (!p.owner || p.controller.kind !== p.owner.kind)) facts.push(['simulation.ui.controller', `${p.controller.kind}/${p.controller.name}`]);
  facts.push(['simulation.ui.priority', `${p.priority}${p.priorityClassName ? ` (${p.priorityClassName})` : ''}`]);
  const req = Object.entries(p.requests)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  facts.push(['simulation.ui.requests', req || '-']);
  if (p.tiedNodes.length > 1) facts.push(['simulation.ui.tied', p.tiedNodes.join(', ')]);
  if (p.preemptedBy) facts.push(['simulation.ui.preemptedBy', p.preemptedBy]);
  if (p.victims?.length) facts.push(['simulation.ui.victims', p.victims.join(', ')]);
  if (p.replacementFor) facts.push(['simulation.ui.replacementFor', p.replacementFor]);
  out.push(`<dl class="facts-list">${facts.map(([k, v]) => `<dt>${esc(t(locale, k))}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`);
  if (p.message) out.push(`<p class="message${p.status === 'Scheduled' || p.status === 'Bound' ? ' ok' : ''}">${esc(p.message)}</p>`);
  for (const n of p.notes) out.push(`<p class="note">${esc(n)}</p>`);
  const actions: string[] = [];
  if ((p.source as LocatedSource | null)?.range) actions.push(`<button type="button" data-reveal="${esc(podKey(p))}">${esc(t(locale, 'simulation.ui.reveal'))}</button>`);
  if (actions.length) out.push(`<div class="actions">${actions.join('')}</div>`);
  if (p.events.length) {
    out.push(
      `<h3>${esc(t(locale, 'simulation.ui.events'))}</h3><table class="events"><thead><tr><th scope="col">${esc(t(locale, 'simulation.ui.col.type'))}</th><th scope="col">${esc(t(locale, 'simulation.ui.col.reason'))}</th><th scope="col">${esc(t(locale, 'simulation.ui.col.message'))}</th></tr></thead><tbody>` +
        p.events.map((e) => `<tr class="event-${esc(e.type.toLowerCase())}"><td>${esc(e.type)}</td><td>${esc(e.reason)}</td><td>${esc(e.message)}</td></tr>`).join('') +
        `</tbody></table>`,
    );
  }
  if (p.explanation?.length) {
    // The last attempt decided; earlier ones are folded away.
    const all = p.explanation;
    out.push(`<section class="attempt">${attemptHtml(all[all.length - 1], locale)}</section>`);
    for (const a of all.slice(0, -1).reverse()) {
      const html = attemptHtml(a, locale).replace(/^<h3>(.*?)<\/h3>/, '');
      const summary = t(locale, 'report.explain.attempt', { n: a.attempt, outcome: a.outcome, evaluated: a.evaluatedNodes, feasible: a.feasibleNodes });
      out.push(`<details class="attempt earlier"><summary>${esc(summary)}</summary>${html}</details>`);
    }
  }
  else if (p.attempts === 0) out.push(`<p class="hint">${esc(t(locale, 'simulation.ui.noAttempt'))}</p>`);
  else out.push(`<p class="hint">${esc(t(locale, 'report.explain.none'))}</p>`);
  return out.join('\n');
}

/** A fresh nonce for the page's one script. */
export function makeNonce(random: (n: number) => Uint8Array): string {
  return Buffer.from(random(18)).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export interface PageOptions {
  body: string;
  locale: Locale;
  title: string;
  nonce: string;
  /** The webview's `cspSource` (where the script and stylesheet come from). */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** Which page this is: the same page shown again (after its tab was hidden) keeps its state. */
  run?: number;
  /** An automatic re-run (a save, a new cluster): the page keeps the selected pod and the scroll position. */
  restore?: boolean;
}

/**
 * The whole page. The policy: nothing by default; the stylesheet from the extension; the one
 * script that carries the nonce; no inline styles or handlers, no remote content, no forms.
 */
export function reportPage(o: PageOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
    `img-src ${o.cspSource} data:`,
    `font-src ${o.cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return (
    `<!DOCTYPE html>\n<html lang="${esc(o.locale)}"><head><meta charset="utf-8">` +
    // Our own text (the sources are VS Code's): single quotes stay as CSP writes them.
    `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '')}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<link rel="stylesheet" href="${esc(o.styleUri)}">` +
    `<title>${esc(o.title)}</title></head>` +
    `<body><main id="report" data-run="${o.run ?? 0}"${o.restore ? ' data-restore="true"' : ''}>${o.body}</main>` +
    `<script nonce="${esc(o.nonce)}" src="${esc(o.scriptUri)}"></script></body></html>`
  );
}

/** One line per workload for its code lens: where its pods went, or how many wait. */
export function workloadLens(result: SimulationResult, uri: string, docIndex: number, locale: Locale, itemIndex?: number): string | null {
  const w = result.workloads.find((x) => x.source?.uri === uri && x.source.docIndex === docIndex && x.source.itemIndex === itemIndex);
  if (!w) return null;
  if (w.rejected) return t(locale, 'simulation.lens.rejected');
  const keys = new Set(w.pods);
  const pods = result.pods.filter((p) => keys.has(podKey(p)) && p.status !== 'Preempted');
  if (pods.length === 0) return t(locale, 'simulation.lens.noPods');
  const placed = pods.filter((p) => p.status === 'Scheduled' || p.status === 'Bound');
  const nodes = [...new Set(placed.map((p) => p.node!))];
  // The others by status, in kubectl's words: "1 Pending, 1 Rejected".
  const rest = new Map<string, number>();
  for (const p of pods) if (p.status !== 'Scheduled' && p.status !== 'Bound') rest.set(p.status, (rest.get(p.status) ?? 0) + 1);
  const params: Params = {
    placed: placed.length,
    total: pods.length,
    nodes: nodes.join(', '),
    rest: [...rest].map(([s, n]) => `${n} ${s}`).join(', '),
  };
  if (!rest.size) return t(locale, 'simulation.lens.allPlaced', params);
  return t(locale, placed.length ? 'simulation.lens.someWaiting' : 'simulation.lens.noneScheduled', params);
}
