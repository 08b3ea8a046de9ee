/**
 * The text kube-scheduler writes when a pod does not fit (`FitError.Error()`), and the event cut.
 *
 *   0/N nodes are available: <PreFilter message>.            (when a PreFilter plugin rejected the pod)
 *   0/N nodes are available: <count> <reason>, ….           (otherwise: a histogram, byte-order sorted)
 *   … then " <PostFilter message>" (DefaultPreemption's starts with "preemption: ")
 */
import type { NodeToStatus } from './interface';

export const NO_NODE_AVAILABLE_MSG = (n: number): string => `0/${n} nodes are available`;

/** The reason histogram, as Go's `sort.Strings` orders it (byte order: "10 …" before "2 …"). */
export function reasonHistogram(statuses: NodeToStatus, numAllNodes: number): string[] {
  const counts = new Map<string, number>();
  for (const s of statuses.map.values()) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  if (statuses.size < numAllNodes) {
    for (const r of statuses.absent.reasons) counts.set(r, (counts.get(r) ?? 0) + numAllNodes - statuses.size);
  }
  return sortStrings([...counts].map(([r, n]) => `${n} ${r}`));
}

/** Go's `sort.Strings`: byte-wise order of the UTF-8 encoding. */
export function sortStrings(list: string[]): string[] {
  const enc = new TextEncoder();
  const keyed = list.map((s) => ({ s, b: enc.encode(s) }));
  keyed.sort((x, y) => {
    const n = Math.min(x.b.length, y.b.length);
    for (let i = 0; i < n; i++) if (x.b[i] !== y.b[i]) return x.b[i] - y.b[i];
    return x.b.length - y.b.length;
  });
  return keyed.map((k) => k.s);
}

export interface Diagnosis {
  statuses: NodeToStatus;
  preFilterMsg: string;
  postFilterMsg: string;
  unschedulablePlugins: Set<string>;
}

export function fitErrorMessage(numAllNodes: number, d: Diagnosis): string {
  let msg = `${NO_NODE_AVAILABLE_MSG(numAllNodes)}:`;
  if (d.preFilterMsg !== '') {
    msg += ` ${d.preFilterMsg}.`;
  } else {
    const hist = reasonHistogram(d.statuses, numAllNodes);
    if (hist.length > 0) msg += ` ${hist.join(', ')}.`;
  }
  if (d.postFilterMsg !== '') msg += ` ${d.postFilterMsg}`;
  return msg;
}

/** Events are cut at `NoteLengthLimit` (1024 bytes) with " ..." — the pod condition keeps the whole text. */
export const NOTE_LENGTH_LIMIT = 1024;

export function truncateMessage(message: string): string {
  const bytes = new TextEncoder().encode(message);
  if (bytes.length <= NOTE_LENGTH_LIMIT) return message;
  const suffix = ' ...';
  // Go slices bytes; a cut inside a multi-byte character leaves an invalid byte that decodes as U+FFFD.
  return new TextDecoder().decode(bytes.slice(0, NOTE_LENGTH_LIMIT - suffix.length)) + suffix;
}
