/**
 * The report webview's one script (loaded with the page's nonce). It renders nothing from data:
 * the extension sends HTML it built and escaped (client/src/simulate/render.ts). The script turns
 * clicks and keys into messages, shows a pod's detail, and keeps the selection across reloads.
 */
import './report.css';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}
interface State {
  run?: string;
  selected?: string;
  scrollY?: number;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Incoming = { type: 'detail'; pod: string; html: string } | { type: 'select'; pod: string };

const vscode = acquireVsCodeApi();
// A new run starts fresh; the same page shown again, or an automatic re-run (data-restore), comes
// back to where the user was.
const main = document.getElementById('report');
const saved = vscode.getState() ?? {};
const state: State = saved.run === main?.dataset.run || main?.dataset.restore === 'true' ? saved : {};
state.run = main?.dataset.run;
vscode.setState(state);
const detail = () => document.getElementById('detail');

function podButtons(key: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-pod]')].filter((b) => b.dataset.pod === key);
}

let focusDetail = false;

function select(key: string, byUser = true): void {
  focusDetail = byUser;
  state.selected = key;
  vscode.setState(state);
  for (const b of document.querySelectorAll<HTMLElement>('[data-pod]')) {
    if (b.dataset.pod === key) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
  detail()?.setAttribute('aria-busy', 'true');
  vscode.postMessage({ type: 'pod', pod: key });
}

document.addEventListener('click', (e) => {
  const target = (e.target as Element | null)?.closest<HTMLElement>('[data-pod], [data-reveal], [data-command], [data-link]');
  if (!target) return;
  e.preventDefault();
  if (target.dataset.pod !== undefined) select(target.dataset.pod);
  else if (target.dataset.reveal !== undefined) vscode.postMessage({ type: 'reveal', pod: target.dataset.reveal });
  else if (target.dataset.link !== undefined) vscode.postMessage({ type: 'link', href: target.dataset.link });
  else if (target.dataset.command !== undefined) vscode.postMessage({ type: 'command', command: target.dataset.command, node: target.dataset.node });
});

document.addEventListener('keydown', (e) => {
  // Escape in the detail goes back to the pod it explains.
  if (e.key === 'Escape' && state.selected && detail()?.contains(document.activeElement)) {
    podButtons(state.selected)[0]?.focus();
    e.preventDefault();
    return;
  }
  // Arrow keys move between the pods of a list (a node card, the pending list).
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const current = document.activeElement as HTMLElement | null;
  if (!current?.dataset.pod) return;
  const all = [...document.querySelectorAll<HTMLElement>('[data-pod]')];
  const next = all[all.indexOf(current) + (e.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    next.focus();
    e.preventDefault();
  }
});

window.addEventListener('message', (e: MessageEvent<Incoming>) => {
  const msg = e.data;
  if (msg?.type === 'select') {
    const button = podButtons(msg.pod)[0];
    if (button) {
      button.scrollIntoView({ block: 'center' });
      select(msg.pod);
    }
    return;
  }
  if (msg?.type !== 'detail' || msg.pod !== state.selected) return;
  const d = detail();
  if (!d) return;
  // The extension built and escaped this HTML (render.ts); the page's policy runs no inline code.
  d.innerHTML = msg.html;
  d.removeAttribute('aria-busy');
  // Focus follows a click or a key, never a re-run (that would pull focus from the editor).
  if (focusDetail) d.querySelector<HTMLElement>('#detail-title')?.focus({ preventScroll: false });
});

window.addEventListener('scroll', () => {
  state.scrollY = window.scrollY;
  vscode.setState(state);
});

// After a re-run (the page is rebuilt), come back to where the user was; a new run starts at the
// top (VS Code puts a replaced page back at the old scroll position once it has loaded).
const scrollY = state.scrollY ?? 0;
const place = () => window.scrollTo(0, scrollY);
place();
window.addEventListener('load', () => {
  place();
  requestAnimationFrame(place);
});
if (state.selected && podButtons(state.selected).length) select(state.selected, false);
vscode.postMessage({ type: 'ready' });
