/**
 * The thin LSP layer: owns the connection, the open documents and the settings, and calls the
 * pure language service. Nothing here analyses text.
 */
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveLocale, t, type Locale } from '../l10n';
import { createNotesProvider, type LinkStyle } from '../notes';
import { getLanguageService, resolveSettings } from '../service';
import { formatSize, TOO_LARGE_CODE } from '../service/limits';
import { VERSION } from '../version';
import { NotesLibrary, type UserNotesStatus } from './notes';
import { registerSimulation } from './simulate';
import { ClusterSetting } from './cluster';
import { WorkspaceFiles } from './workspace';
import { documentLanguage } from '../service/documents';
import type { NotesProvider } from '../service/notes';

export const SETTINGS_SECTION = 'kubeGuide';
/** Sent after the user's notes (`kubeGuide.notes.paths`) were read: `{ files: UserNotesStatus[] }`. */
export const NOTES_LOADED_NOTIFICATION = 'kubeGuide/notesLoaded';
/** `{}` → `{ pid, version }`: which server process answers (the client's restart test kills it). */
export const SERVER_INFO_REQUEST = 'kubeGuide/serverInfo';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'en';
  let canPullConfig = false;
  const service = getLanguageService({ locale });
  /** A scheduled validation per document: how to cancel it. */
  const pending = new Map<string, () => void>();
  /** Open documents the user was told are too large (once per document while it is open). */
  const noticed = new Set<string>();
  /** How long each document's validation takes (ms, smoothed), to pace the next one. */
  const cost = new Map<string, number>();
  let folders: string[] = [];
  const notesLibrary = new NotesLibrary((files) => reportNotes(files));
  let notesProvider: NotesProvider | undefined;
  let canWatchFiles = false;
  /** The index version each open document's diagnostics were computed at. */
  const published = new Map<string, number>();
  let othersTimer: NodeJS.Timeout | undefined;
  const workspaceFiles = new WorkspaceFiles(service.workspace, {
    isOpen: (uri) => !!documents.get(uri),
    changed: () => revalidateOthers(),
    log: (m) => connection.console.info(m),
  });
  const clusterSetting = new ClusterSetting(service.workspace, (m) => connection.console.warn(m));
  let excludeKey = '';
  let limitsKey = '';

  /** Runs a handler so that no input can take the server down: a failure is logged, not thrown. */
  function guard<T>(what: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      connection.console.error(`${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as { locale?: string; notesLinks?: LinkStyle };
    locale = resolveLocale(opts.locale ?? params.locale);
    // Our VS Code client runs `command:` links (opening the Markdown preview); other editors get file links.
    const links: LinkStyle = opts.notesLinks === 'command' || opts.notesLinks === 'none' ? opts.notesLinks : 'file';
    notesProvider = createNotesProvider({ sources: () => notesLibrary.sources(), links });
    service.configure({ locale, notes: notesProvider });
    folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []))
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        // Dockerfile flags (`--`), their values (`=`, `,` in `--mount`) and variables (`$`, `${`).
        completionProvider: { resolveProvider: false, triggerCharacters: ['-', '=', ',', '$', '{'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'kube-guide-ls', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    void pullSettings().then(() => rescanIfExcludeChanged(true));
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/{Dockerfile,Containerfile,*.Dockerfile,*.dockerfile,Dockerfile.*,Containerfile.*}' }],
      });
    }
  });

  /** Reads `files.exclude` of each folder and scans again when it changed (or when asked to). */
  async function rescanIfExcludeChanged(force = false): Promise<void> {
    let exclude: unknown[] = folders.map(() => ({}));
    if (canPullConfig && folders.length) {
      try {
        exclude = await connection.workspace.getConfiguration(folders.map((f) => ({ scopeUri: pathToFileURL(f).href, section: 'files.exclude' })));
      } catch (e) {
        connection.console.warn(`could not read files.exclude: ${String(e)}`);
      }
    }
    const key = JSON.stringify(exclude);
    if (!force && key === excludeKey) return;
    excludeKey = key;
    await guardAsync('workspace scan', () => workspaceFiles.scan(folders, exclude));
  }

  async function guardAsync(what: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      connection.console.error(`${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (change.type === FileChangeType.Deleted) guard('file watch', undefined, () => workspaceFiles.fileDeleted(change.uri));
      else void guardAsync('file watch', () => workspaceFiles.fileChanged(change.uri));
      void guardAsync('cluster file', async () => {
        if (await clusterSetting.fileChanged(change.uri)) revalidateOthers();
      });
    }
  });

  /** The index changed: documents validated against an older one are checked again (coalesced). */
  function revalidateOthers(except?: string): void {
    if (othersTimer) clearTimeout(othersTimer);
    othersTimer = setTimeout(() => {
      othersTimer = undefined;
      for (const doc of documents.all()) {
        if (doc.uri === except) continue;
        const lang = documentLanguage(doc.uri, doc.languageId);
        if ((lang === 'yaml' || lang === 'json' || lang === 'dockerfile') && published.get(doc.uri) !== service.workspace.version) schedule(doc.uri);
      }
    }, 100);
  }

  async function pullSettings(): Promise<void> {
    if (!canPullConfig) return;
    try {
      applySettings(await connection.workspace.getConfiguration(SETTINGS_SECTION));
    } catch (e) {
      connection.console.warn(`could not read settings: ${String(e)}`);
    }
    for (const doc of documents.all()) schedule(doc.uri);
  }

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    if (raw !== undefined) {
      applySettings(raw);
      for (const doc of documents.all()) schedule(doc.uri);
    } else {
      void pullSettings();
    }
    void rescanIfExcludeChanged();
  });

  function applySettings(raw: unknown): void {
    const settings = resolveSettings(raw);
    const limits = JSON.stringify(settings.workspace);
    const changedLimits = limitsKey !== '' && limits !== limitsKey;
    limitsKey = limits;
    service.configure({ settings });
    guard('notes', undefined, () => notesLibrary.setPaths(settings.notes.paths, folders));
    // The simulation's cluster file is also what the rules measure requests against.
    const clusterFile = (raw as { simulation?: { clusterFile?: unknown } } | null)?.simulation?.clusterFile;
    void guardAsync('cluster file', async () => {
      const before = service.workspace.version;
      await clusterSetting.set(clusterFile, folders);
      if (service.workspace.version !== before) revalidateOthers();
    });
    // New bounds for the workspace index: read the workspace again under them.
    if (changedLimits) void rescanIfExcludeChanged(true);
  }

  /** Says which user notes were read, and what in them could not be. */
  function reportNotes(files: UserNotesStatus[]): void {
    for (const f of files) {
      if (f.error) void connection.window.showWarningMessage(t(locale, 'notes.unreadable', { file: f.file, reason: f.error }));
      for (const p of f.problems) connection.console.warn(t(locale, 'notes.problem', { file: f.file, line: p.line + 1, message: p.message }));
      if (!f.error) connection.console.info(t(locale, 'notes.loaded', { file: f.file, count: f.linked }));
    }
    void connection.sendNotification(NOTES_LOADED_NOTIFICATION, { files });
  }

  /**
   * Coalesces a burst of edits into one validation. A cheap one runs at once, after the requests
   * that came with the edit (completion, hover); a costly one (a large file) waits for a pause in
   * typing twice as long as it takes itself (at most 50 ms), so it never holds those requests up.
   */
  function schedule(uri: string): void {
    pending.get(uri)?.();
    const run = () => {
      pending.delete(uri);
      const doc = documents.get(uri);
      if (!doc) return;
      const before = service.workspace.version;
      const started = performance.now();
      const diagnostics = guard('validation', [], () => service.doValidation(doc));
      // Smoothed, so one slow run (a GC pause) does not change the pace.
      const took = performance.now() - started;
      cost.set(uri, cost.has(uri) ? 0.7 * cost.get(uri)! + 0.3 * took : took);
      published.set(uri, service.workspace.version);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      noticeSize(doc, diagnostics);
      // This document's manifests changed the index: the others' cross-document checks may too.
      if (service.workspace.version !== before) revalidateOthers(uri);
    };
    const last = cost.get(uri) ?? 0;
    if (last >= 2) {
      const timer = setTimeout(run, Math.min(50, Math.ceil(2 * last)));
      pending.set(uri, () => clearTimeout(timer));
      return;
    }
    let handle = setImmediate(() => {
      handle = setImmediate(run);
    });
    pending.set(uri, () => clearImmediate(handle));
  }

  /** Tells the user once when a document is too large to analyse in full (its first diagnostic says so too). */
  function noticeSize(doc: TextDocument, diagnostics: { code?: unknown }[]): void {
    const level = guard('limits', 'full' as const, () => service.analysisLevel(doc));
    if (level === 'full') noticed.delete(doc.uri);
    if (level === 'full' || noticed.has(doc.uri) || diagnostics[0]?.code !== TOO_LARGE_CODE) return;
    noticed.add(doc.uri);
    const file = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : doc.uri;
    const size = formatSize(doc.getText().length);
    void connection.window.showWarningMessage(t(locale, level === 'syntax' ? 'server.tooLarge' : 'server.tooLargeToCheck', { file, size }));
  }

  /**
   * Answers a request after letting the messages already queued in first (a newer edit, a
   * cancellation): a request the client gave up on is not computed, and none can take the server down.
   */
  function answer<T>(what: string, fallback: T, token: CancellationToken, fn: () => T): Promise<T | ResponseError<void>> {
    return new Promise((resolve) =>
      setImmediate(() => resolve(token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') : guard(what, fallback, fn))),
    );
  }

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    pending.get(e.document.uri)?.();
    pending.delete(e.document.uri);
    noticed.delete(e.document.uri);
    cost.delete(e.document.uri);
    service.forget(e.document.uri);
    published.delete(e.document.uri);
    void guardAsync('workspace', () => workspaceFiles.documentClosed(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params, token) =>
    answer('hover', null, token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doHover(doc, params.position) : null;
    }),
  );

  connection.onCompletion((params, token) =>
    answer('completion', null, token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doComplete(doc, params.position) : null;
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    answer('symbols', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doDocumentSymbols(doc) : [];
    }),
  );

  connection.onFoldingRanges((params, token) =>
    answer('folding', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doFoldingRanges(doc) : [];
    }),
  );

  connection.onSelectionRanges((params, token) =>
    answer('selection ranges', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doSelectionRanges(doc, params.positions) : [];
    }),
  );

  connection.onCodeAction((params, token) =>
    answer('code actions', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doCodeActions(doc, params.range, params.context) : [];
    }),
  );

  connection.onDefinition((params, token) =>
    answer('definition', null, token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doDefinition(doc, params.position) : null;
    }),
  );

  connection.onReferences((params, token) =>
    answer('references', null, token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doReferences(doc, params.position, params.context.includeDeclaration) : null;
    }),
  );

  connection.onCodeLens((params, token) =>
    answer('code lens', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.doCodeLens(doc) : [];
    }),
  );

  connection.onRequest(SERVER_INFO_REQUEST, () => ({ pid: process.pid, version: VERSION }));

  registerSimulation(connection, documents, { locale: () => locale, notes: () => notesProvider });

  connection.onShutdown(() => notesLibrary.dispose());

  documents.listen(connection);
  connection.listen();
}
