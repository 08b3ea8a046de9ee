/**
 * `kube-guide simulate [--cluster FILE] [--json] [--exhaustive] [--explain POD]
 *   [--fail-node NODE | --drain NODE | --scale KIND/NAME=N | --nodes-needed [--max-nodes N]] MANIFEST…`:
 * where kube-scheduler v1.34 would place each pod, or its exact message; optionally one what-if.
 * Exit 1 when a pod stays Pending (unschedulable) or is rejected (for a node failure: when a pod
 * cannot come back; for --nodes-needed: when no number of nodes helps), so CI can gate on it.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t } from '../../l10n';
import { formatNodeFailure, formatNodesNeeded, formatReport, formatScale } from '../../scheduler/report';
import { findNodesNeeded, MAX_EXTRA_NODES, simulateNodeFailure, simulateScale, WhatIfError } from '../../scheduler/whatif';
import { simulate } from '../../scheduler/simulation';
import type { SimulationResult } from '../../scheduler/result';
import { collectFiles, readUserFile } from '../files';
import { parseYaml } from '../../service/yaml/parse';
import { parserMessage } from '../../service/yaml/syntax';
import { UserError, type CliIO, type Command } from '../io';

export type WhatIf =
  | { kind: 'remove'; node: string }
  | { kind: 'drain'; node: string }
  | { kind: 'scale'; target: { kind: string; name: string; namespace?: string }; replicas: number }
  | { kind: 'nodes-needed'; max: number };

export interface SimulateArgs {
  cluster: string | null;
  json: boolean;
  exhaustive: boolean;
  explain: string[];
  whatIf: WhatIf | null;
  paths: string[];
}

const SCALE = /^(?:([a-z0-9][-a-z0-9.]*)\/)?([A-Za-z]+)\/([a-z0-9][-a-z0-9.]*)=(\d+)$/;

export function parseSimulateArgs(args: string[], io: CliIO): SimulateArgs {
  const out: SimulateArgs = { cluster: null, json: false, exhaustive: false, explain: [], whatIf: null, paths: [] };
  let maxNodes: number | null = null;
  const setWhatIf = (w: WhatIf) => {
    if (out.whatIf) throw new UserError(t(io.locale, 'simulate.oneWhatIf'));
    out.whatIf = w;
  };
  const value = (i: number, flag: string): string => {
    const v = args[i];
    if (v === undefined || v === '') throw new UserError(t(io.locale, 'simulate.missingValue', { option: flag }));
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    switch (flag) {
      case '--cluster':
        out.cluster = inline ?? value(++i, flag);
        break;
      case '--json':
        out.json = true;
        break;
      case '--exhaustive':
        out.exhaustive = true;
        break;
      case '--explain':
        out.explain.push(inline ?? value(++i, flag));
        break;
      case '--fail-node':
        setWhatIf({ kind: 'remove', node: inline ?? value(++i, flag) });
        break;
      case '--drain':
        setWhatIf({ kind: 'drain', node: inline ?? value(++i, flag) });
        break;
      case '--scale': {
        const v = inline ?? value(++i, flag);
        const m = SCALE.exec(v);
        if (!m) throw new UserError(t(io.locale, 'simulate.badScale'));
        setWhatIf({ kind: 'scale', target: { kind: m[2], name: m[3], ...(m[1] ? { namespace: m[1] } : {}) }, replicas: Number(m[4]) });
        break;
      }
      case '--nodes-needed':
        setWhatIf({ kind: 'nodes-needed', max: 100 });
        break;
      case '--max-nodes': {
        const v = inline ?? value(++i, flag);
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new UserError(t(io.locale, 'simulate.badNumber', { option: flag, value: v }));
        maxNodes = Number(v);
        break;
      }
      case '--':
        out.paths.push(...args.slice(i + 1));
        i = args.length;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UserError(t(io.locale, 'cli.unknownOption', { option: a }));
        out.paths.push(a);
    }
  }
  if (out.paths.length === 0) throw new UserError(t(io.locale, 'simulate.noPaths'));
  const w = out.whatIf as WhatIf | null;
  // Each extra node count is a whole simulation: at most MAX_EXTRA_NODES are tried.
  if (maxNodes !== null && w !== null && w.kind === 'nodes-needed') w.max = Math.min(maxNodes, MAX_EXTRA_NODES);
  return out;
}

function readCluster(path: string, io: CliIO): { uri: string; text: string } {
  const abs = resolve(io.cwd, path);
  try {
    if (statSync(abs).isDirectory()) throw new UserError(t(io.locale, 'simulate.clusterIsFolder', { path }));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(t(io.locale, 'cli.pathNotFound', { path }));
  }
  return { uri: pathToFileURL(abs).href, text: readUserFile(abs, path, io.locale).toString('utf8') };
}

function inputOf(a: SimulateArgs, io: CliIO) {
  const files = collectFiles(a.paths, io.cwd, io.locale).filter((f) => f.language === 'yaml' || f.language === 'json');
  if (files.length === 0) throw new UserError(t(io.locale, 'simulate.noManifests'));
  const cluster = a.cluster ? readCluster(a.cluster, io) : null;
  for (const f of files) refuseBrokenYaml(f.path, f.text, f.language === 'json', f.uri, io);
  if (cluster && a.cluster) refuseBrokenYaml(a.cluster, cluster.text, false, cluster.uri, io);
  return { manifests: files.map((f) => ({ uri: f.uri, text: f.text })), cluster };
}

/** A file the API server could not read is a user error, as `kubectl apply` makes it: one line, its first syntax error. */
function refuseBrokenYaml(path: string, text: string, json: boolean, uri: string, io: CliIO): void {
  const file = parseYaml(text, { json, helmTemplates: /\/templates\/[^/]*$/.test(uri) });
  const errors = file.docs.flatMap((d) => d.problems.filter((p) => p.severity === 'error'));
  if (!errors.length) return;
  const at = file.lines.positionAt(errors[0].start);
  const more = errors.length > 1 ? t(io.locale, 'simulate.badYamlMore', { count: errors.length - 1 }) : '';
  throw new UserError(t(io.locale, 'simulate.badYaml', { path, line: at.line + 1, column: at.character + 1, message: parserMessage(errors[0], io.locale).split('\n')[0], more }));
}

export function runSimulation(a: SimulateArgs, io: CliIO): SimulationResult {
  return simulate(inputOf(a, io), { exhaustive: a.exhaustive, locale: io.locale, explain: a.explain.length ? a.explain : a.json ? 'auto' : 'none' });
}

function failed(r: SimulationResult): boolean {
  return r.pods.some((p) => p.status === 'Rejected' || (p.status === 'Pending' && p.reason === 'Unschedulable'));
}

export const simulateCommand: Command = {
  name: 'simulate',
  async run(args, io) {
    const a = parseSimulateArgs(args, io);
    const w = a.whatIf;
    if (!w) {
      const result = runSimulation(a, io);
      io.out(a.json ? JSON.stringify(result, null, 2) + '\n' : formatReport(result, io.locale, a.explain));
      return failed(result) ? 1 : 0;
    }
    const input = inputOf(a, io);
    const options = { exhaustive: a.exhaustive, locale: io.locale, explain: a.explain.length ? a.explain : ('none' as const) };
    try {
      if (w.kind === 'remove' || w.kind === 'drain') {
        const r = simulateNodeFailure(input, w.node, w.kind, options);
        io.out(a.json ? JSON.stringify(r, null, 2) + '\n' : formatNodeFailure(r, io.locale));
        return r.cannotComeBack.length ? 1 : 0;
      }
      if (w.kind === 'scale') {
        const r = simulateScale(input, w.target, w.replicas, options);
        io.out(a.json ? JSON.stringify(r, null, 2) + '\n' : formatScale(r, io.locale));
        return failed(r.after) ? 1 : 0;
      }
      const r = findNodesNeeded(input, { ...options, max: w.max });
      io.out(a.json ? JSON.stringify(r, null, 2) + '\n' : formatNodesNeeded(r, io.locale, w.max));
      return r.nodesNeeded === null ? 1 : 0;
    } catch (e) {
      if (e instanceof WhatIfError) throw new UserError(t(io.locale, 'simulate.whatIfError', { message: t(io.locale, e.key, e.params) }));
      throw e;
    }
  },
};
