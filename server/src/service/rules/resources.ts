/** Shared by the resource rules: what a container requests and limits, after the API server's defaults. */
import { nodeAt } from '../yaml/nav';
import type { YamlDoc, YamlFile } from '../yaml/parse';
import { beside, type WorkspaceView } from '../workspace/view';
import type { MessageKey } from '../../l10n';
import { containerAnchor, keyAt, perContainer, podSpecPath, valueAt, type ContainerView } from './objects';
import type { Finding, Fix, RuleContext } from './rule';
import { mergeIntoMap, type YamlObject } from './yamlEdit';

export const DEFAULT_CPU_REQUEST = '100m';
export const DEFAULT_MEMORY = '128Mi';

export interface ResourceState {
  requests: Record<string, string>;
  limits: Record<string, string>;
}

function quantities(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) if (typeof x === 'string' || typeof x === 'number') out[k] = String(x);
  }
  return out;
}

/**
 * Requests and limits as the API server stores them: a limit without a request makes the request
 * equal to the limit; a LimitRange of the namespace (in the workspace) fills in its defaults.
 */
export function containerResources(doc: YamlDoc, c: ContainerView, defaults?: { requests: Set<string>; limits: Set<string> }): { requests: Set<string>; limits: Set<string>; written: ResourceState } {
  const written = { requests: quantities(valueAt(doc, [...c.path, 'resources', 'requests'])), limits: quantities(valueAt(doc, [...c.path, 'resources', 'limits'])) };
  const requests = new Set([...Object.keys(written.requests), ...Object.keys(written.limits), ...(defaults?.requests ?? [])]);
  const limits = new Set([...Object.keys(written.limits), ...(defaults?.limits ?? [])]);
  return { requests, limits, written };
}

/**
 * What LimitRanges of the workspace default for containers in `namespace`: those of the same
 * explicit namespace; for a manifest without one, those beside it (same folder, above or below)
 * without a namespace or in `default`, where it lands unless told otherwise.
 */
export function limitRangeDefaults(workspace: WorkspaceView, namespace: string | null, uri: string): { requests: Set<string>; limits: Set<string> } {
  const requests = new Set<string>();
  const limits = new Set<string>();
  for (const lr of workspace.objects('LimitRange')) {
    if (!lr.limitDefaults) continue;
    const covers = namespace !== null ? lr.namespace === namespace : (lr.namespace === null || lr.namespace === 'default') && beside(uri, lr.uri);
    if (!covers) continue;
    lr.limitDefaults.requests.forEach((r) => requests.add(r));
    lr.limitDefaults.limits.forEach((r) => limits.add(r));
  }
  return { requests, limits };
}

/** `limitRangeDefaults` for the checked document's namespace. */
export function namespaceDefaults(ctx: RuleContext): { requests: Set<string>; limits: Set<string> } {
  const ns = valueAt(ctx.doc, ['metadata', 'namespace']);
  return limitRangeDefaults(ctx.workspace, typeof ns === 'string' ? ns : null, ctx.uri);
}

/**
 * The check of missing-cpu-limit and missing-memory-limit: each container with no limit on
 * `resource` (a LimitRange default counts); the fix sets one equal to the request, else `fallback`.
 */
export function missingLimit(ctx: RuleContext, resource: 'cpu' | 'memory', message: MessageKey, fallback: string, fixTitle: MessageKey): Finding[] {
  const { file, doc, head } = ctx;
  if (!podSpecPath(head)) return [];
  const defaults = namespaceDefaults(ctx);
  return perContainer(doc, head, (c) => {
    const { limits, written } = containerResources(doc, c, defaults);
    if (limits.has(resource)) return [];
    const [start, end] = resourcesAnchor(doc, c);
    return [{ start, end, message, params: { container: c.name ?? '?' }, fixes: resourcesFix(file, doc, c, { limits: { [resource]: written.requests[resource] ?? fallback } }, fixTitle) }];
  });
}

/** Pod-level resources (spec.resources) cover every container for scheduling. */
export function podLevelRequests(doc: YamlDoc, spec: (string | number)[]): Set<string> {
  return new Set(Object.keys(quantities(valueAt(doc, [...spec, 'resources', 'requests']))));
}

/** The container's `resources` key, else its name. */
export function resourcesAnchor(doc: YamlDoc, c: ContainerView): [number, number] {
  return keyAt(doc, [...c.path, 'resources']) ?? containerAnchor(doc, c);
}

/** Adds what is missing of `values` under the container's `resources`. */
export function resourcesFix(file: YamlFile, doc: YamlDoc, c: ContainerView, values: YamlObject, title: Fix['title']): Fix[] {
  if (nodeAt(doc, [...c.path, 'resources']) === null) return [];
  const edits = mergeIntoMap(file, doc, c.node, 'resources', values);
  return edits?.length ? [{ title, edits, preferred: true }] : [];
}
