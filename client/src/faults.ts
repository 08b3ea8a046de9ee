/**
 * When the language server dies (a crash, the system killing it), the client starts it again and
 * tells the user in words, with the output one click away; after too many deaths in a short
 * time it stops trying and says how to try again. (vscode-languageclient's default handler
 * restarts silently: its notice shows only when the output is set to reveal itself on info.)
 *
 * The policy is pure, for unit tests; extension.ts turns it into the client's ErrorHandler.
 */
import { t, type Locale } from '../../server/src/l10n';

/** At most this many restarts within the window; one more and the server stays stopped. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MINUTES = 3;

export type FaultAction = 'showOutput' | 'restartServer';

export interface FaultDecision {
  restart: boolean;
  severity: 'warning' | 'error';
  message: string;
  /** Buttons on the notification, in order. */
  actions: { label: string; action: FaultAction }[];
}

export class RestartPolicy {
  private restarts: number[] = [];

  /** The server process is gone at `now` (ms): restart it or not, and what to tell the user. */
  closed(now: number, locale: Locale): FaultDecision {
    this.restarts = this.restarts.filter((at) => now - at < RESTART_WINDOW_MINUTES * 60_000);
    this.restarts.push(now);
    const output = { label: t(locale, 'client.showOutput'), action: 'showOutput' as const };
    if (this.restarts.length > MAX_RESTARTS) {
      return {
        restart: false,
        severity: 'error',
        message: t(locale, 'client.serverGaveUp', { count: this.restarts.length, minutes: RESTART_WINDOW_MINUTES }),
        actions: [{ label: t(locale, 'client.restartServer'), action: 'restartServer' }, output],
      };
    }
    return { restart: true, severity: 'warning', message: t(locale, 'client.serverRestarted'), actions: [output] };
  }

  /** A restart the user asked for starts the count again. */
  reset(): void {
    this.restarts = [];
  }
}
