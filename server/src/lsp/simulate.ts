/**
 * The simulation's custom requests (names and shapes in `simulateProtocol.ts`). Thin: reads the
 * manifests (open documents as edited, others from disk) and the cluster file, calls the engine,
 * and turns its result into what an editor shows (ranges, diagnostics, text, notes).
 */
import { FileReadError, MAX_INPUT_BYTES, readTextFile } from '../common/files';
import { formatSize } from '../service/limits';
import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ErrorCodes, LSPErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { t, type Locale } from '../l10n';
import { defaultClusterYaml } from '../scheduler/input/cluster';
import { WhatIfError } from '../scheduler/whatif';
import type { ManifestSource } from '../scheduler/input/documents';
import type { NotesProvider } from '../service/notes';
import { simulationResponse, simulationTargets } from '../service/simulation';
import {
  CLUSTER_TEMPLATE_REQUEST,
  SIMULATE_REQUEST,
  SIMULATION_TARGETS_REQUEST,
  type SimulateParams,
  type SimulateResponse,
  type SimulationTargets,
} from './simulateProtocol';

export interface SimulationContext {
  locale(): Locale;
  notes(): NotesProvider | undefined;
}

/** A `file:` URI or an absolute path → the URI the engine keys its sources by. */
function toUri(pathOrUri: string): string {
  return /^[a-z][\w+.-]*:/i.test(pathOrUri) && !isAbsolute(pathOrUri) ? pathOrUri : pathToFileURL(pathOrUri).href;
}

function displayPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

async function readSource(uri: string, documents: TextDocuments<TextDocument>): Promise<ManifestSource> {
  const open = documents.get(uri);
  if (open) return { uri, text: open.getText() };
  if (!uri.startsWith('file:')) throw new Error('not a file');
  // A regular file of sane size only: the cluster file comes from a setting, and could name /dev/zero.
  return { uri, text: await readTextFile(fileURLToPath(uri), MAX_INPUT_BYTES) };
}

function failed(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function registerSimulation(connection: Connection, documents: TextDocuments<TextDocument>, ctx: SimulationContext): void {
  connection.onRequest(SIMULATE_REQUEST, async (params: SimulateParams, token): Promise<SimulateResponse | ResponseError<void>> => {
    const locale = ctx.locale();
    const uris = (params?.textDocuments ?? []).map((d) => d?.uri).filter((u): u is string => typeof u === 'string' && u !== '');
    if (uris.length === 0) return failed(t(locale, 'simulation.error.noManifest'));
    const manifests: ManifestSource[] = [];
    for (const uri of uris) {
      try {
        manifests.push(await readSource(uri, documents));
      } catch (e) {
        return failed(t(locale, 'simulation.error.manifestUnreadable', { path: displayPath(uri), reason: reasonOf(e, locale) }));
      }
    }
    let cluster: ManifestSource | null = null;
    if (typeof params.cluster === 'string' && params.cluster.trim() !== '') {
      const uri = toUri(params.cluster.trim());
      try {
        cluster = await readSource(uri, documents);
      } catch (e) {
        return failed(t(locale, 'simulation.error.clusterUnreadable', { path: displayPath(uri), reason: reasonOf(e, locale) }));
      }
    }
    // The files were read; if the client gave up meanwhile (a newer run), do not simulate.
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const explain = Array.isArray(params.explain) ? params.explain.filter((x) => typeof x === 'string') : params.explain === 'all' || params.explain === 'none' ? params.explain : 'auto';
    try {
      return simulationResponse({ manifests, cluster, exhaustive: params.exhaustive === true, explain, whatIf: whatIfOf(params.whatIf) }, locale, ctx.notes());
    } catch (e) {
      if (e instanceof WhatIfError) return failed(t(locale, e.key, e.params));
      // The engine rejects what it cannot simulate with a clear error; anything else is a bug.
      connection.console.error(`simulation failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, reasonOf(e, locale));
    }
  });

  connection.onRequest(SIMULATION_TARGETS_REQUEST, (params: { textDocument?: { uri?: string } }): SimulationTargets => {
    const doc = params?.textDocument?.uri ? documents.get(params.textDocument.uri) : undefined;
    if (!doc) return { workloads: [], nodes: [] };
    try {
      return simulationTargets(doc.getText());
    } catch (e) {
      connection.console.error(`simulation targets failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return { workloads: [], nodes: [] };
    }
  });

  connection.onRequest(CLUSTER_TEMPLATE_REQUEST, (): { text: string } => ({ text: defaultClusterYaml(t(ctx.locale(), 'simulation.clusterFile.header')) }));
}

/** Only the what-if shapes we know, with the types they need; anything else is ignored. */
function whatIfOf(w: unknown): SimulateParams['whatIf'] {
  const o = (w ?? {}) as Record<string, unknown>;
  if (o.kind === 'nodeFailure' && typeof o.node === 'string') return { kind: 'nodeFailure', node: o.node, mode: o.mode === 'drain' ? 'drain' : 'remove' };
  if (o.kind === 'nodesNeeded') return { kind: 'nodesNeeded', template: typeof o.template === 'string' && o.template ? o.template : undefined, max: typeof o.max === 'number' ? o.max : undefined };
  return undefined;
}

function reasonOf(e: unknown, locale: Locale): string {
  if (e instanceof FileReadError && e.reason === 'not-a-file') return t(locale, 'files.notAFile');
  if (e instanceof FileReadError && e.reason === 'too-large') return t(locale, 'files.tooLarge', { max: formatSize(MAX_INPUT_BYTES) });
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return t(locale, 'simulation.reason.notFound');
  if (code === 'EISDIR') return t(locale, 'simulation.reason.folder');
  if (code === 'EACCES' || code === 'EPERM') return t(locale, 'simulation.reason.denied');
  return e instanceof Error ? e.message : String(e);
}
