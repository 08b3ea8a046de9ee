/**
 * The report webview beside the editor. It shows HTML that render.ts built and escaped, under a
 * strict Content-Security-Policy (one nonced script from the extension, no inline code, no remote
 * content), and turns the page's messages into typed events for the controller.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Locale } from '../../../server/src/l10n';
import { makeNonce, reportPage } from './render';

export const REPORT_VIEW_TYPE = 'kubeGuide.simulationReport';

/** What the page may ask; anything else is ignored. */
export type PageMessage =
  | { type: 'pod'; pod: string }
  | { type: 'reveal'; pod: string }
  | { type: 'link'; href: string }
  | { type: 'command'; command: 'rerun' | 'selectCluster' | 'nodeFailure' | 'nodesNeeded' | 'showText'; node?: string }
  | { type: 'ready' };

const COMMANDS = new Set(['rerun', 'selectCluster', 'nodeFailure', 'nodesNeeded', 'showText']);

/** Checks a message from the page: a webview is not trusted to send well-formed data. */
export function parsePageMessage(raw: unknown): PageMessage | null {
  const m = raw as Record<string, unknown> | null;
  if (!m || typeof m !== 'object') return null;
  const str = (v: unknown) => typeof v === 'string' && v.length <= 10_000;
  switch (m.type) {
    case 'pod':
    case 'reveal':
      return str(m.pod) ? { type: m.type, pod: m.pod as string } : null;
    case 'link':
      return str(m.href) ? { type: 'link', href: m.href as string } : null;
    case 'command':
      if (!str(m.command) || !COMMANDS.has(m.command as string)) return null;
      return { type: 'command', command: m.command as 'rerun', node: str(m.node) && m.node ? (m.node as string) : undefined };
    case 'ready':
      return { type: 'ready' };
    default:
      return null;
  }
}

export class ReportPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  private runs = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    title: string,
    onMessage: (m: PageMessage) => void,
    onDispose: () => void,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      localResourceRoots: [media],
    });
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'icon.png');
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((raw) => {
        const m = parsePageMessage(raw);
        if (m) onMessage(m);
      }),
      this.panel.onDidDispose(() => {
        this.disposed = true;
        for (const d of this.disposables) d.dispose();
        onDispose();
      }),
    );
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /**
   * Replaces the page. A new run (`reveal`) starts at the top; an automatic re-run keeps the
   * selected pod and the scroll position (the page's script restores them).
   */
  show(body: string, title: string, locale: Locale, reveal: boolean): void {
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    this.panel.title = title;
    webview.html = reportPage({
      body,
      locale,
      title,
      nonce: makeNonce((n) => randomBytes(n)),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
      run: ++this.runs,
      restore: !reveal,
    });
    if (reveal && !this.panel.visible) this.panel.reveal(undefined, true);
  }

  postDetail(pod: string, html: string): void {
    if (!this.disposed) void this.panel.webview.postMessage({ type: 'detail', pod, html });
  }

  /** Selects a pod as a click would (the page asks for its detail). */
  select(pod: string): void {
    if (!this.disposed) void this.panel.webview.postMessage({ type: 'select', pod });
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    this.panel.dispose();
  }
}
