/**
 * Plugin verdicts as values (kube-scheduler's `fwk.Status`): a code, the reasons, and the plugin
 * that produced it. A filter that passes returns `null` (Go's nil status), so the hot path
 * allocates nothing; failures are rare and small.
 */

export enum Code {
  Success = 0,
  Error = 1,
  Unschedulable = 2,
  UnschedulableAndUnresolvable = 3,
  Wait = 4,
  Skip = 5,
  Pending = 6,
}

export const CODE_NAMES = ['Success', 'Error', 'Unschedulable', 'UnschedulableAndUnresolvable', 'Wait', 'Skip', 'Pending'] as const;
export type CodeName = (typeof CODE_NAMES)[number];

export interface Status {
  readonly code: Code;
  readonly reasons: readonly string[];
  /** Set by the framework for rejections (Go's `Status.plugin`). */
  plugin?: string;
}

/** `null` is success, as Go's nil *Status. */
export type MaybeStatus = Status | null;

export function newStatus(code: Code, ...reasons: string[]): Status {
  return { code, reasons };
}

/**
 * Go's `SetPlugin`: the framework names the plugin on the status it got. Statuses are set in place
 * (each plugin returns its own, or its own shared constants, so the name never changes).
 */
export function withPlugin(status: Status, plugin: string): Status {
  if (status.plugin !== plugin) status.plugin = plugin;
  return status;
}

export function codeOf(status: MaybeStatus): Code {
  return status === null ? Code.Success : status.code;
}

export function isSuccess(status: MaybeStatus): boolean {
  return status === null || status.code === Code.Success;
}

/** Unschedulable, UnschedulableAndUnresolvable or Pending. */
export function isRejected(status: MaybeStatus): boolean {
  const c = codeOf(status);
  return c === Code.Unschedulable || c === Code.UnschedulableAndUnresolvable || c === Code.Pending;
}

/** Go's `Status.Message()`: the reasons joined with ", ". */
export function statusMessage(status: MaybeStatus): string {
  return status === null ? '' : status.reasons.join(', ');
}

export const SKIP: Status = Object.freeze({ code: Code.Skip, reasons: [] as string[] });
