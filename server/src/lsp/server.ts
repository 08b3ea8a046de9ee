/**
 * The thin LSP layer: owns the connection, the open documents and the settings, and calls the
 * pure language service. Nothing here analyses text.
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveLocale, type Locale } from '../l10n';
import { getLanguageService, resolveSettings } from '../service';
import { VERSION } from '../version';

export const SETTINGS_SECTION = 'kubeGuide';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'en';
  let canPullConfig = false;
  const service = getLanguageService({ locale });
  const pending = new Map<string, NodeJS.Immediate>();

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
    const opts = (params.initializationOptions ?? {}) as { locale?: string };
    locale = resolveLocale(opts.locale ?? params.locale);
    service.configure({ locale });
    canPullConfig = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
      },
      serverInfo: { name: 'kube-guide-ls', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    void pullSettings();
  });

  async function pullSettings(): Promise<void> {
    if (!canPullConfig) return;
    try {
      const raw = await connection.workspace.getConfiguration(SETTINGS_SECTION);
      service.configure({ settings: resolveSettings(raw) });
    } catch (e) {
      connection.console.warn(`could not read settings: ${String(e)}`);
    }
    for (const doc of documents.all()) schedule(doc.uri);
  }

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    if (raw !== undefined) {
      service.configure({ settings: resolveSettings(raw) });
      for (const doc of documents.all()) schedule(doc.uri);
    } else {
      void pullSettings();
    }
  });

  /** Coalesces a burst of edits that arrive together into one validation. */
  function schedule(uri: string): void {
    const prev = pending.get(uri);
    if (prev) clearImmediate(prev);
    pending.set(
      uri,
      setImmediate(() => {
        pending.delete(uri);
        const doc = documents.get(uri);
        if (!doc) return;
        const diagnostics = guard('validation', [], () => service.doValidation(doc));
        void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      }),
    );
  }

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const prev = pending.get(e.document.uri);
    if (prev) clearImmediate(prev);
    pending.delete(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? guard('hover', null, () => service.doHover(doc, params.position)) : null;
  });

  documents.listen(connection);
  connection.listen();
}
