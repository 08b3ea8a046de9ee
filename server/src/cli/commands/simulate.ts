/**
 * `kube-guide simulate [--cluster FILE] [--json] [--exhaustive] [--explain POD] MANIFEST…`:
 * where kube-scheduler v1.34 would place each pod, or its exact message. Exit 1 when a pod stays
 * Pending (unschedulable) or is rejected, so CI can gate on it.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t } from '../../l10n';
import { formatReport } from '../../scheduler/report';
import { simulate } from '../../scheduler/simulation';
import type { SimulationResult } from '../../scheduler/result';
import { collectFiles } from '../files';
import { UserError, type CliIO, type Command } from '../io';

export interface SimulateArgs {
  cluster: string | null;
  json: boolean;
  exhaustive: boolean;
  explain: string[];
  paths: string[];
}

export function parseSimulateArgs(args: string[], io: CliIO): SimulateArgs {
  const out: SimulateArgs = { cluster: null, json: false, exhaustive: false, explain: [], paths: [] };
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
  try {
    return { uri: pathToFileURL(abs).href, text: readFileSync(abs, 'utf8') };
  } catch {
    throw new UserError(t(io.locale, 'cli.unreadable', { path }));
  }
}

export function runSimulation(a: SimulateArgs, io: CliIO): SimulationResult {
  const files = collectFiles(a.paths, io.cwd, io.locale).filter((f) => f.language === 'yaml');
  if (files.length === 0) throw new UserError(t(io.locale, 'simulate.noManifests'));
  const cluster = a.cluster ? readCluster(a.cluster, io) : null;
  return simulate(
    { manifests: files.map((f) => ({ uri: f.uri, text: f.text })), cluster },
    { exhaustive: a.exhaustive, locale: io.locale, explain: a.explain.length ? a.explain : a.json ? 'auto' : 'none' },
  );
}

export const simulateCommand: Command = {
  name: 'simulate',
  async run(args, io) {
    const a = parseSimulateArgs(args, io);
    const result = runSimulation(a, io);
    if (a.json) io.out(JSON.stringify(result, null, 2) + '\n');
    else io.out(formatReport(result, io.locale, a.explain));
    const failed = result.pods.some((p) => p.status === 'Rejected' || (p.status === 'Pending' && p.reason === 'Unschedulable'));
    return failed ? 1 : 0;
  },
};
