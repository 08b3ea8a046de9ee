/**
 * Pod and node resources as kube-scheduler counts them (`resourcehelper.PodRequests`,
 * `framework.Resource`): containers + sidecars, the max with each ordinary init container,
 * pod-level requests, overhead; the "non-zero" variant (100m / 200Mi for a container that
 * requests nothing) used by scoring. Quantities are summed exactly (in nano units) and only then
 * rounded up, as Go sums `resource.Quantity` values before `MilliValue()`/`Value()`.
 */
import type { Container, PodSpec, ResourceRequirements } from 'kubernetes-types/core/v1';
import { parseQuantity } from '../common/quantity';

export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** Go's `framework.Resource`: cpu in millicores, the rest in whole units. */
export interface Resource {
  milliCPU: number;
  memory: number;
  ephemeralStorage: number;
  /** Extended, hugepages-*, attachable-volumes-* and kubernetes.io/-prefixed resources; null when none. */
  scalars: Record<string, number> | null;
}

export interface PodResources {
  requests: Resource;
  /** cpu and memory with the non-zero defaults, for NodeResourcesFit's scoring and NodeInfo.NonZeroRequested. */
  nonZeroMilliCPU: number;
  nonZeroMemory: number;
}

export class ResourceError extends Error {
  constructor(
    message: string,
    readonly resource: string,
    readonly text: string,
  ) {
    super(message);
  }
}

export function emptyResource(): Resource {
  return { milliCPU: 0, memory: 0, ephemeralStorage: 0, scalars: null };
}

/** `schedutil.IsScalarResourceName`. */
export function isScalarResourceName(name: string): boolean {
  return isExtendedResourceName(name) || name.startsWith('hugepages-') || name.includes('kubernetes.io/') || name.startsWith('attachable-volumes-');
}

/** `v1helper.IsExtendedResourceName`: a domain-prefixed name outside kubernetes.io, not `requests.`. */
export function isExtendedResourceName(name: string): boolean {
  return name.includes('/') && !name.includes('kubernetes.io/') && !name.startsWith('requests.');
}

const NANO = 1_000_000_000n;
const MILLI_PER_NANO = 1_000_000n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A ResourceList in exact nano units. */
type NanoList = Map<string, bigint>;

function toNano(name: string, value: unknown): bigint {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const q = parseQuantity(text);
  if (!q) throw new ResourceError(`invalid quantity "${text}" for ${name}`, name, text);
  return (q.num * NANO) / q.den; // den divides 10^9 after parsing (values are rounded to nano)
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return a >= 0n ? (a + b - 1n) / b : a / b;
}

function toNumber(name: string, v: bigint, text: string): number {
  if (v > MAX_SAFE || v < -MAX_SAFE) throw new ResourceError(`quantity too large to simulate for ${name}`, name, text);
  return Number(v);
}

/** Go's `MilliValue()` for cpu, `Value()` otherwise. */
export function nanoToUnits(name: string, nano: bigint): number {
  return toNumber(name, name === 'cpu' ? ceilDiv(nano, MILLI_PER_NANO) : ceilDiv(nano, NANO), String(nano));
}

/** Container requests after API defaulting: a resource with a limit but no request requests its limit. */
function containerRequests(resources: ResourceRequirements | undefined): NanoList {
  const out: NanoList = new Map();
  const req = resources?.requests ?? {};
  const lim = resources?.limits ?? {};
  for (const [k, v] of Object.entries(req)) out.set(k, toNano(k, v));
  for (const [k, v] of Object.entries(lim)) if (!out.has(k)) out.set(k, toNano(k, v));
  return out;
}

function addList(into: NanoList, add: NanoList): void {
  for (const [k, v] of add) into.set(k, (into.get(k) ?? 0n) + v);
}

function maxList(into: NanoList, other: NanoList): void {
  for (const [k, v] of other) {
    const cur = into.get(k);
    if (cur === undefined || v > cur) into.set(k, v);
  }
}

function applyNonMissing(reqs: NanoList, nonMissing: NanoList | null): NanoList {
  if (!nonMissing) return reqs;
  const out = new Map(reqs);
  for (const [k, v] of nonMissing) if (!reqs.has(k)) out.set(k, v);
  return out;
}

function isRestartable(c: Container): boolean {
  return c.restartPolicy === 'Always';
}

const POD_LEVEL = new Set(['cpu', 'memory']);

function podLevelRequests(spec: PodSpec): NanoList | null {
  const res = (spec as { resources?: ResourceRequirements }).resources;
  if (!res) return null;
  const reqs = containerRequests(res);
  for (const k of [...reqs.keys()]) if (!POD_LEVEL.has(k)) reqs.delete(k);
  return reqs.size > 0 ? reqs : null;
}

/** `resourcehelper.PodRequests` with the given non-missing defaults. */
function podRequestsNano(spec: PodSpec, nonMissing: NanoList | null): NanoList {
  const reqs: NanoList = new Map();
  for (const c of spec.containers ?? []) addList(reqs, applyNonMissing(containerRequests(c.resources), nonMissing));
  const restartable: NanoList = new Map();
  const initMax: NanoList = new Map();
  for (const c of spec.initContainers ?? []) {
    let cr = applyNonMissing(containerRequests(c.resources), nonMissing);
    if (isRestartable(c)) {
      addList(reqs, cr);
      addList(restartable, cr);
      cr = restartable;
    } else {
      const tmp: NanoList = new Map();
      addList(tmp, cr);
      addList(tmp, restartable);
      cr = tmp;
    }
    maxList(initMax, cr);
  }
  maxList(reqs, initMax);
  const podLevel = podLevelRequests(spec);
  if (podLevel) for (const [k, v] of podLevel) reqs.set(k, v);
  for (const [k, v] of Object.entries(spec.overhead ?? {})) reqs.set(k, (reqs.get(k) ?? 0n) + toNano(k, v));
  return reqs;
}

const NON_MISSING: NanoList = new Map([
  ['cpu', BigInt(DEFAULT_MILLI_CPU_REQUEST) * MILLI_PER_NANO],
  ['memory', BigInt(DEFAULT_MEMORY_REQUEST) * NANO],
]);

/** A ResourceList (node allocatable, pod requests) as a `Resource`, the way `Resource.Add` reads it. */
export function resourceFromNano(list: NanoList): Resource & { pods: number } {
  let milliCPU = 0;
  let memory = 0;
  let ephemeralStorage = 0;
  let pods = 0;
  let scalars: Record<string, number> | null = null;
  for (const [name, nano] of list) {
    switch (name) {
      case 'cpu':
        milliCPU += nanoToUnits(name, nano);
        break;
      case 'memory':
        memory += nanoToUnits(name, nano);
        break;
      case 'pods':
        pods += nanoToUnits(name, nano);
        break;
      case 'ephemeral-storage':
        ephemeralStorage += nanoToUnits(name, nano);
        break;
      default:
        if (isScalarResourceName(name)) {
          scalars ??= {};
          scalars[name] = (scalars[name] ?? 0) + nanoToUnits(name, nano);
        }
    }
  }
  // One literal with every field: objects on the hot path keep one fast shape (no spread).
  return { milliCPU, memory, ephemeralStorage, scalars, pods };
}

/** A `ResourceList` object (`{cpu: "4", memory: "16Gi"}`) as a Resource plus its pod count. Throws ResourceError. */
export function resourceList(list: Record<string, unknown> | undefined | null): Resource & { pods: number } {
  const nano: NanoList = new Map();
  for (const [k, v] of Object.entries(list ?? {})) nano.set(k, toNano(k, v));
  return resourceFromNano(nano);
}

/** The pod's requests as kube-scheduler counts them. Throws ResourceError on a bad quantity. */
export function podResources(spec: PodSpec): PodResources {
  const requests = resourceFromNano(podRequestsNano(spec, null));
  const podLevel = podLevelRequests(spec);
  let nonMissing: NanoList | null = NON_MISSING;
  if (podLevel) {
    // Pod-level requests set: defaults only for what neither level requests.
    const all = podRequestsNano(spec, null);
    nonMissing = new Map([...NON_MISSING].filter(([k]) => !all.has(k)));
  }
  const nonZero = nonMissing && nonMissing.size > 0 ? resourceFromNano(podRequestsNano(spec, nonMissing)) : requests;
  const req: Resource = { milliCPU: requests.milliCPU, memory: requests.memory, ephemeralStorage: requests.ephemeralStorage, scalars: requests.scalars };
  return { requests: req, nonZeroMilliCPU: nonZero.milliCPU, nonZeroMemory: nonZero.memory };
}

/** True when the pod requests nothing at all (cpu, memory, ephemeral storage or scalars). */
export function isZeroRequest(r: Resource): boolean {
  if (r.milliCPU !== 0 || r.memory !== 0 || r.ephemeralStorage !== 0) return false;
  return r.scalars === null || Object.keys(r.scalars).length === 0;
}
