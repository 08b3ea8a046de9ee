/**
 * What the API server's own validation rejects and the file shows (pkg/apis/<group>/validation):
 * names, labels, selectors that do not select their template, requests above limits, duplicate
 * names, port ranges and names, restart policies, reserved PriorityClass names. Hooks run per
 * object type and per field during the schema walk; `checkResource` runs once per manifest.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { compareQuantities, parseQuantity } from '../../common/quantity';
import { entries, getPair, nodeAt, resolveAlias, toValue, type Path } from '../yaml/nav';
import { headNode } from '../yaml/parse';
import { report, span, type CheckContext } from './checkContext';
import { checkDns1123Label, checkLabelValue, checkName, checkPortName, checkQualifiedName, nameRuleOf, suggestName, type NameProblem } from './names';
import type { Finding } from './rules';
import type { ResourceSchema } from './schema';
import { closest } from './suggest';

type ObjectHook = (ctx: CheckContext, map: YAMLMap, path: Path) => void;
type FieldHook = (ctx: CheckContext, node: Node, path: Path) => void;

const details = (problems: NameProblem[]): Finding['details'] => problems.map((p) => ({ key: p.key, params: p.params }));

function pairOf(ctx: CheckContext, map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return getPair(ctx.doc, map, key);
}

function valueOf(ctx: CheckContext, map: YAMLMap, key: string): Node | null {
  return resolveAlias(ctx.doc, (pairOf(ctx, map, key)?.value as Node | null) ?? null);
}

function str(node: Node | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function int(node: Node | null | undefined): number | undefined {
  return isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? node.value : undefined;
}

// ---- labels, annotations, selectors ----

/** Keys and values of a label map (metadata.labels, matchLabels, nodeSelector, Service selector). */
function checkLabelMap(ctx: CheckContext, node: Node | null): void {
  if (!isMap(node)) return;
  for (const [k, p] of entries(ctx.doc, node)) {
    const keyProblems = checkQualifiedName(k);
    if (keyProblems.length && p.key && (p.key as Node).range) {
      report(ctx, { rule: 'k8s/invalid-label', ...span(p.key as Node), message: 'k8s.invalidLabelKey', params: { key: k }, details: details(keyProblems) });
    }
    const v = resolveAlias(ctx.doc, p.value as Node | null);
    const value = str(v);
    if (value !== undefined && v?.range) {
      const valueProblems = checkLabelValue(value);
      if (valueProblems.length) report(ctx, { rule: 'k8s/invalid-label', ...span(v), message: 'k8s.invalidLabelValue', params: { value }, details: details(valueProblems) });
    }
  }
}

function checkAnnotations(ctx: CheckContext, node: Node | null): void {
  if (!isMap(node)) return;
  for (const [k, p] of entries(ctx.doc, node)) {
    const problems = checkQualifiedName(k);
    if (problems.length && (p.key as Node)?.range) {
      report(ctx, { rule: 'k8s/invalid-annotation', ...span(p.key as Node), message: 'k8s.invalidAnnotationKey', params: { key: k }, details: details(problems) });
    }
  }
}

function checkSelector(ctx: CheckContext, map: YAMLMap): void {
  checkLabelMap(ctx, valueOf(ctx, map, 'matchLabels'));
  const exprs = valueOf(ctx, map, 'matchExpressions');
  if (!isSeq(exprs)) return;
  for (const item of exprs.items as Node[]) {
    const e = resolveAlias(ctx.doc, item);
    if (!isMap(e)) continue;
    const keyNode = valueOf(ctx, e, 'key');
    const key = str(keyNode);
    if (key !== undefined && keyNode?.range) {
      const problems = checkQualifiedName(key);
      if (problems.length) report(ctx, { rule: 'k8s/invalid-label', ...span(keyNode), message: 'k8s.invalidLabelKey', params: { key }, details: details(problems) });
    }
    checkOperatorValues(ctx, e, ['In', 'NotIn'], ['Exists', 'DoesNotExist']);
  }
}

/** In/NotIn need values; Exists/DoesNotExist take none (LabelSelectorRequirement and NodeSelectorRequirement). */
function checkOperatorValues(ctx: CheckContext, e: YAMLMap, needValues: string[], noValues: string[]): void {
  const opNode = valueOf(ctx, e, 'operator');
  const op = str(opNode);
  if (!op || !opNode?.range) return;
  const values = valueOf(ctx, e, 'values');
  const count = isSeq(values) ? values.items.length : 0;
  if (needValues.includes(op) && count === 0) {
    report(ctx, { rule: 'k8s/invalid-value', ...span(opNode), message: 'k8s.operatorNeedsValues', params: { operator: op } });
  } else if (noValues.includes(op) && count > 0 && values?.range) {
    report(ctx, { rule: 'k8s/invalid-value', ...span(values), message: 'k8s.operatorTakesNoValues', params: { operator: op } });
  } else if ((op === 'Gt' || op === 'Lt') && (count !== 1 || !/^-?[0-9]+$/.test(String(toValue(ctx.doc, (values as { items: Node[] }).items[0]) ?? '')))) {
    report(ctx, { rule: 'k8s/invalid-value', ...span(opNode), message: 'k8s.operatorNeedsOneInteger', params: { operator: op } });
  }
}

/**
 * Does a LabelSelector (as a JS value) select these labels? Lenient, unlike workspace/labels.ts's:
 * what other checks report (an unknown operator, a number for a string) must not also count as a
 * selector that misses its template.
 */
export function selectorMatches(selector: unknown, labels: Record<string, unknown>): boolean {
  const sel = (selector ?? {}) as { matchLabels?: Record<string, unknown>; matchExpressions?: { key?: string; operator?: string; values?: unknown[] }[] };
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (String(labels[k]) !== String(v) || !Object.hasOwn(labels, k)) return false;
  for (const e of sel.matchExpressions ?? []) {
    if (!e || typeof e.key !== 'string') continue;
    const has = Object.hasOwn(labels, e.key);
    const values = (e.values ?? []).map(String);
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(String(labels[e.key]))) return false;
        break;
      case 'NotIn':
        if (has && values.includes(String(labels[e.key]))) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

// ---- pods and containers ----

/** Reports the second and later items that repeat a name, on the name value. */
function duplicateNames(ctx: CheckContext, lists: (Node | null)[], what: 'container' | 'volume' | 'port' | 'servicePort'): void {
  const seen = new Map<string, Node>();
  for (const list of lists) {
    if (!isSeq(list)) continue;
    for (const item of list.items as Node[]) {
      const m = resolveAlias(ctx.doc, item);
      if (!isMap(m)) continue;
      const nameNode = valueOf(ctx, m, 'name');
      const name = str(nameNode);
      if (!name || !nameNode?.range) continue;
      const first = seen.get(name);
      if (first) {
        const line = ctx.file.lines.lineOf(first.range![0]) + 1;
        report(ctx, { rule: 'k8s/duplicate-name', ...span(nameNode), message: `k8s.duplicate.${what}`, params: { name, line } });
      } else seen.set(name, nameNode);
    }
  }
}

function checkPodSpec(ctx: CheckContext, map: YAMLMap): void {
  duplicateNames(ctx, [valueOf(ctx, map, 'initContainers'), valueOf(ctx, map, 'containers'), valueOf(ctx, map, 'ephemeralContainers')], 'container');
  duplicateNames(ctx, [valueOf(ctx, map, 'volumes')], 'volume');
  checkLabelMap(ctx, valueOf(ctx, map, 'nodeSelector'));
}

function checkContainer(ctx: CheckContext, map: YAMLMap): void {
  const nameNode = valueOf(ctx, map, 'name');
  const name = str(nameNode);
  if (name !== undefined && nameNode?.range) {
    const problems = checkDns1123Label(name);
    if (problems.length) report(ctx, { rule: 'k8s/invalid-name', ...span(nameNode), message: 'k8s.invalidContainerName', params: { name }, details: details(problems), fixes: nameFix(nameNode, name, 'dns1123-label') });
  }
  const ports = valueOf(ctx, map, 'ports');
  duplicateNames(ctx, [ports], 'port');
  if (isSeq(ports)) {
    for (const item of ports.items as Node[]) {
      const p = resolveAlias(ctx.doc, item);
      if (!isMap(p)) continue;
      const portName = valueOf(ctx, p, 'name');
      const n = str(portName);
      if (n !== undefined && portName?.range) {
        const problems = checkPortName(n);
        if (problems.length) report(ctx, { rule: 'k8s/invalid-name', ...span(portName), message: 'k8s.invalidPortName', params: { name: n }, details: details(problems) });
      }
      portRange(ctx, valueOf(ctx, p, 'containerPort'), 1);
      portRange(ctx, valueOf(ctx, p, 'hostPort'), 0);
    }
  }
}

function checkVolume(ctx: CheckContext, map: YAMLMap): void {
  const nameNode = valueOf(ctx, map, 'name');
  const name = str(nameNode);
  if (name === undefined || !nameNode?.range) return;
  const problems = checkDns1123Label(name);
  if (problems.length) report(ctx, { rule: 'k8s/invalid-name', ...span(nameNode), message: 'k8s.invalidVolumeName', params: { name }, details: details(problems), fixes: nameFix(nameNode, name, 'dns1123-label') });
}

function portRange(ctx: CheckContext, node: Node | null, min: 0 | 1): void {
  const n = int(node);
  if (n === undefined || !node?.range) return;
  if (n < min || n > 65535) report(ctx, { rule: 'k8s/invalid-value', ...span(node), message: 'k8s.portRange', params: { value: n, min } });
}

/** A port given by number (1–65535) or by name (IANA service name): probes, targetPort. */
const namedPort: FieldHook = (ctx, node) => {
  if (!isScalar(node) || !node.range) return;
  if (typeof node.value === 'number') portRange(ctx, node, 1);
  else if (typeof node.value === 'string') {
    // A number written as a string is read as a port name by the API server.
    const problems = checkPortName(node.value);
    const digits = /^[0-9]+$/.test(node.value) ? node.value : undefined;
    const fixes: Finding['fixes'] = digits ? [{ title: 'k8s.fix.unquote', params: { value: digits }, edits: [{ ...span(node), newText: digits }], preferred: true }] : undefined;
    if (problems.length) report(ctx, { rule: 'k8s/invalid-name', ...span(node), message: 'k8s.invalidPortName', params: { name: node.value }, details: details(problems), fixes });
  }
};

/** maxSurge, maxUnavailable, minAvailable: a non-negative integer or a percentage. */
const intOrPercent: FieldHook = (ctx, node) => {
  if (!isScalar(node) || !node.range) return;
  if (typeof node.value === 'string' && !/^[0-9]+%$/.test(node.value)) {
    const digits = /^\s*([0-9]+)\s*$/.exec(node.value)?.[1];
    report(ctx, {
      rule: 'k8s/invalid-value',
      ...span(node),
      message: 'k8s.percentFormat',
      params: { value: node.value },
      fixes: digits ? [{ title: 'k8s.fix.replace', params: { to: `${digits}%` }, edits: [{ ...span(node), newText: `"${digits}%"` }] }] : undefined,
    });
  } else if (typeof node.value === 'number' && node.value < 0) {
    report(ctx, { rule: 'k8s/invalid-value', ...span(node), message: 'k8s.nonNegative', params: { value: node.value } });
  }
};

const nonNegative: FieldHook = (ctx, node) => {
  const n = int(node);
  if (n !== undefined && n < 0 && node.range) report(ctx, { rule: 'k8s/invalid-value', ...span(node), message: 'k8s.nonNegative', params: { value: n } });
};

const positive: FieldHook = (ctx, node) => {
  const n = int(node);
  if (n !== undefined && n < 1 && node.range) report(ctx, { rule: 'k8s/invalid-value', ...span(node), message: 'k8s.positive', params: { value: n } });
};

const weight: FieldHook = (ctx, node) => {
  const n = int(node);
  if (n !== undefined && (n < 1 || n > 100) && node.range) report(ctx, { rule: 'k8s/invalid-value', ...span(node), message: 'k8s.weightRange', params: { value: n } });
};

// ---- resources ----

const CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];

function checkResourceRequirements(ctx: CheckContext, map: YAMLMap): void {
  const limits = valueOf(ctx, map, 'limits');
  const requests = valueOf(ctx, map, 'requests');
  for (const list of [limits, requests]) {
    if (!isMap(list)) continue;
    for (const [name, p] of entries(ctx.doc, list)) {
      const keyNode = p.key as Node;
      if (!isStandardContainerResource(name) && keyNode?.range) {
        const suggestion = closest(name, CONTAINER_RESOURCES);
        report(ctx, {
          rule: 'k8s/unknown-resource-name',
          ...span(keyNode),
          message: 'k8s.unknownResourceName',
          params: { name },
          details: suggestion ? [{ key: 'k8s.didYouMean', params: { suggestion } }] : undefined,
          fixes: suggestion ? [{ title: 'k8s.fix.rename', params: { from: name, to: suggestion }, edits: [{ ...span(keyNode), newText: suggestion }], preferred: true }] : undefined,
        });
      }
      const q = quantityOf(ctx, p.value as Node | null);
      const v = resolveAlias(ctx.doc, p.value as Node | null);
      if (q && q.num < 0n && v?.range) report(ctx, { rule: 'k8s/invalid-value', ...span(v), message: 'k8s.negativeQuantity', params: { value: q.text } });
    }
  }
  if (!isMap(limits) || !isMap(requests)) return;
  for (const [name, p] of entries(ctx.doc, requests)) {
    const limitPair = pairOf(ctx, limits, name);
    if (!limitPair) continue;
    const req = quantityOf(ctx, p.value as Node | null);
    const lim = quantityOf(ctx, limitPair.value as Node | null);
    const reqNode = resolveAlias(ctx.doc, p.value as Node | null);
    if (req && lim && reqNode?.range && compareQuantities(req, lim) > 0) {
      report(ctx, {
        rule: 'k8s/requests-exceed-limits',
        ...span(reqNode),
        message: 'k8s.requestsExceedLimits',
        params: { name, request: req.text, limit: lim.text, line: ctx.file.lines.lineOf(limitPair.value ? (limitPair.value as Node).range![0] : 0) + 1 },
        fixes: [{ title: 'k8s.fix.replace', params: { to: lim.text }, edits: [{ ...span(reqNode), newText: lim.text }] }],
      });
    }
  }
}

function isStandardContainerResource(name: string): boolean {
  return CONTAINER_RESOURCES.includes(name) || name.startsWith('hugepages-') || name.includes('/');
}

function quantityOf(ctx: CheckContext, node: Node | null) {
  const n = resolveAlias(ctx.doc, node);
  if (!isScalar(n)) return null;
  if (typeof n.value === 'string') return parseQuantity(n.value);
  if (typeof n.value === 'number') return parseQuantity(ctx.file.text.slice(n.range![0], n.range![1]));
  return null;
}

// ---- services ----

function checkServiceSpec(ctx: CheckContext, map: YAMLMap): void {
  checkLabelMap(ctx, valueOf(ctx, map, 'selector'));
  const ports = valueOf(ctx, map, 'ports');
  if (!isSeq(ports)) return;
  duplicateNames(ctx, [ports], 'servicePort');
  const items = (ports.items as Node[]).map((i) => resolveAlias(ctx.doc, i)).filter(isMap);
  for (const p of items) {
    portRange(ctx, valueOf(ctx, p, 'port'), 1);
    portRange(ctx, valueOf(ctx, p, 'nodePort'), 0);
    const nameNode = valueOf(ctx, p, 'name');
    const name = str(nameNode);
    if (name && nameNode?.range) {
      const problems = checkDns1123Label(name);
      if (problems.length) report(ctx, { rule: 'k8s/invalid-name', ...span(nameNode), message: 'k8s.invalidServicePortName', params: { name }, details: details(problems), fixes: nameFix(nameNode, name, 'dns1123-label') });
    } else if (items.length > 1) {
      const at = (p.items[0]?.key as Node | undefined) ?? p;
      if (at.range) report(ctx, { rule: 'k8s/port-name-required', ...span(at), message: 'k8s.servicePortNameRequired' });
    }
  }
}

function nameFix(node: Node, name: string, rule: Parameters<typeof suggestName>[1]): Finding['fixes'] {
  const s = suggestName(name, rule);
  return s ? [{ title: 'k8s.fix.replace', params: { to: s }, edits: [{ ...span(node), newText: s }] }] : undefined;
}

export const OBJECT_HOOKS: Record<string, ObjectHook> = {
  'meta/v1.ObjectMeta': (ctx, map) => {
    checkLabelMap(ctx, valueOf(ctx, map, 'labels'));
    checkAnnotations(ctx, valueOf(ctx, map, 'annotations'));
  },
  'meta/v1.LabelSelector': checkSelector,
  'core/v1.NodeSelectorRequirement': (ctx, map) => checkOperatorValues(ctx, map, ['In', 'NotIn'], ['Exists', 'DoesNotExist']),
  'core/v1.PodSpec': checkPodSpec,
  'core/v1.Container': checkContainer,
  'core/v1.EphemeralContainer': checkContainer,
  'core/v1.Volume': checkVolume,
  'core/v1.ResourceRequirements': checkResourceRequirements,
  'core/v1.ServiceSpec': checkServiceSpec,
};

/**
 * Secret `data` and ConfigMap `binaryData` hold bytes: Go decodes each value as standard base64
 * (with padding; line breaks are ignored), so plain text there is rejected.
 */
const base64Values: FieldHook = (ctx, node) => {
  if (!isMap(node)) return;
  configKeys(ctx, node, []);
  for (const [, p] of entries(ctx.doc, node)) {
    const v = resolveAlias(ctx.doc, p.value as Node | null);
    const text = str(v);
    if (text === undefined || !v?.range) continue;
    const compact = text.replace(/[\r\n]/g, '');
    if (compact.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(compact)) continue;
    const encoded = Buffer.from(text, 'utf8').toString('base64');
    report(ctx, {
      rule: 'k8s/invalid-value',
      ...span(v),
      message: 'k8s.notBase64',
      fixes: [{ title: 'k8s.fix.base64', edits: [{ ...span(v), newText: encoded }] }],
    });
  }
};

/** Keys of ConfigMap and Secret data become file names: letters, digits, `-`, `_`, `.` only. */
const configKeys: FieldHook = (ctx, node) => {
  if (!isMap(node)) return;
  for (const [k, p] of entries(ctx.doc, node)) {
    const keyNode = p.key as Node;
    if (keyNode?.range && (!/^[-._a-zA-Z0-9]+$/.test(k) || k.length > 253 || k === '.' || k === '..')) {
      report(ctx, { rule: 'k8s/invalid-name', ...span(keyNode), message: 'k8s.invalidConfigKey', params: { key: k } });
    }
  }
};

export const FIELD_HOOKS: Record<string, FieldHook> = {
  'core/v1.Secret.data': base64Values,
  'core/v1.ConfigMap.binaryData': base64Values,
  'core/v1.ConfigMap.data': configKeys,
  'core/v1.Secret.stringData': configKeys,
  'core/v1.ServicePort.targetPort': namedPort,
  'core/v1.HTTPGetAction.port': namedPort,
  'core/v1.TCPSocketAction.port': namedPort,
  'core/v1.GRPCAction.port': (ctx, node) => portRange(ctx, node, 1),
  'apps/v1.RollingUpdateDeployment.maxSurge': intOrPercent,
  'apps/v1.RollingUpdateDeployment.maxUnavailable': intOrPercent,
  'apps/v1.RollingUpdateDaemonSet.maxSurge': intOrPercent,
  'apps/v1.RollingUpdateDaemonSet.maxUnavailable': intOrPercent,
  'apps/v1.RollingUpdateStatefulSetStrategy.maxUnavailable': intOrPercent,
  'policy/v1.PodDisruptionBudgetSpec.minAvailable': intOrPercent,
  'policy/v1.PodDisruptionBudgetSpec.maxUnavailable': intOrPercent,
  'apps/v1.DeploymentSpec.replicas': nonNegative,
  'apps/v1.ReplicaSetSpec.replicas': nonNegative,
  'apps/v1.StatefulSetSpec.replicas': nonNegative,
  'core/v1.ReplicationControllerSpec.replicas': nonNegative,
  'batch/v1.JobSpec.parallelism': nonNegative,
  'batch/v1.JobSpec.completions': nonNegative,
  'batch/v1.JobSpec.backoffLimit': nonNegative,
  'core/v1.Probe.initialDelaySeconds': nonNegative,
  'core/v1.Probe.timeoutSeconds': nonNegative,
  'core/v1.Probe.periodSeconds': nonNegative,
  'core/v1.Probe.successThreshold': nonNegative,
  'core/v1.Probe.failureThreshold': nonNegative,
  'autoscaling/v1.HorizontalPodAutoscalerSpec.minReplicas': positive,
  'autoscaling/v2.HorizontalPodAutoscalerSpec.minReplicas': positive,
  'autoscaling/v1.HorizontalPodAutoscalerSpec.maxReplicas': positive,
  'autoscaling/v2.HorizontalPodAutoscalerSpec.maxReplicas': positive,
  'core/v1.WeightedPodAffinityTerm.weight': weight,
  'core/v1.PreferredSchedulingTerm.weight': weight,
};

// ---- once per manifest ----

const NAMELESS_KINDS = /(Review|List|Options|Status|Event|Eviction|Scale|Binding)$/;
const SELECTOR_WORKLOADS = new Set(['apps/Deployment', 'apps/ReplicaSet', 'apps/StatefulSet', 'apps/DaemonSet']);
const SYSTEM_PRIORITY_CLASSES: Record<string, number> = { 'system-cluster-critical': 2000000000, 'system-node-critical': 2000001000 };
const HIGHEST_USER_PRIORITY = 1000000000;

export function checkResource(ctx: CheckContext, resource: Pick<ResourceSchema, 'group' | 'kind'>, root: YAMLMap): void {
  checkMetadata(ctx, resource, root);
  const key = `${resource.group}/${resource.kind}`;
  if (SELECTOR_WORKLOADS.has(key)) checkWorkloadSelector(ctx, ['spec', 'selector'], ['spec', 'template']);
  if (key === '/ReplicationController') checkRcSelector(ctx);
  if (SELECTOR_WORKLOADS.has(key) || key === '/ReplicationController') checkRestartPolicy(ctx, ['spec', 'template', 'spec'], ['Always']);
  if (key === 'batch/Job') checkRestartPolicy(ctx, ['spec', 'template', 'spec'], ['OnFailure', 'Never']);
  if (key === 'batch/CronJob') checkRestartPolicy(ctx, ['spec', 'jobTemplate', 'spec', 'template', 'spec'], ['OnFailure', 'Never']);
  if (key === 'scheduling.k8s.io/PriorityClass') checkPriorityClass(ctx);
  if (key === 'autoscaling/HorizontalPodAutoscaler') checkHpaRange(ctx);
}

function checkMetadata(ctx: CheckContext, resource: Pick<ResourceSchema, 'group' | 'kind'>, root: YAMLMap): void {
  const metaPair = getPair(ctx.doc, root, 'metadata');
  const meta = resolveAlias(ctx.doc, (metaPair?.value as Node | null) ?? null);
  const nameNode = isMap(meta) ? valueOf(ctx, meta, 'name') : null;
  const generateNode = isMap(meta) ? valueOf(ctx, meta, 'generateName') : null;
  const name = str(nameNode);
  const generateName = str(generateNode);
  const rule = nameRuleOf(resource.group, resource.kind);
  if (name && nameNode?.range) {
    const problems = checkName(name, rule);
    if (resource.group === 'batch' && resource.kind === 'CronJob' && name.length > 52) problems.push({ key: 'k8s.name.cronJobLength' });
    if (problems.length) report(ctx, { rule: 'k8s/invalid-name', ...span(nameNode), message: 'k8s.invalidName', params: { name, kind: resource.kind }, details: details(problems), fixes: nameFix(nameNode, name, rule) });
  } else if (generateName && generateNode?.range) {
    const problems = checkName(generateName, rule, true);
    if (problems.length) report(ctx, { rule: 'k8s/invalid-name', ...span(generateNode), message: 'k8s.invalidName', params: { name: generateName, kind: resource.kind }, details: details(problems) });
  } else if (!name && !generateName && !NAMELESS_KINDS.test(resource.kind)) {
    const at = (metaPair?.key as Node | undefined) ?? headNode(ctx.doc) ?? undefined;
    if (at?.range) report(ctx, { rule: 'k8s/missing-name', ...span(at), message: 'k8s.missingName', params: { kind: resource.kind } });
  }
  const nsNode = isMap(meta) ? valueOf(ctx, meta, 'namespace') : null;
  const ns = str(nsNode);
  if (ns && nsNode?.range) {
    const problems = checkDns1123Label(ns);
    if (problems.length) report(ctx, { rule: 'k8s/invalid-name', ...span(nsNode), message: 'k8s.invalidNamespace', params: { name: ns }, details: details(problems), fixes: nameFix(nsNode, ns, 'dns1123-label') });
  }
}

function checkWorkloadSelector(ctx: CheckContext, selectorPath: Path, templatePath: Path): void {
  const selector = nodeAt(ctx.doc, selectorPath);
  if (!isMap(selector)) return;
  const sel = toValue(ctx.doc, selector) as { matchLabels?: Record<string, unknown>; matchExpressions?: unknown[] } | null;
  const selPair = getPair(ctx.doc, nodeAt(ctx.doc, selectorPath.slice(0, -1)) as YAMLMap, selectorPath[selectorPath.length - 1] as string);
  if (!sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length)) {
    const at = selPair?.key as Node | undefined;
    if (at?.range) report(ctx, { rule: 'k8s/empty-selector', ...span(at), message: 'k8s.emptySelector' });
    return;
  }
  const labelsNode = nodeAt(ctx.doc, [...templatePath, 'metadata', 'labels']);
  const labels = (isMap(labelsNode) ? (toValue(ctx.doc, labelsNode) as Record<string, unknown>) : {}) ?? {};
  if (selectorMatches(sel, labels)) return;
  // Point at the first requirement that fails, on the value when the key is there.
  const matchLabels = nodeAt(ctx.doc, [...selectorPath, 'matchLabels']);
  if (isMap(matchLabels)) {
    for (const [k, p] of entries(ctx.doc, matchLabels)) {
      const v = resolveAlias(ctx.doc, p.value as Node | null);
      const want = v ? toValue(ctx.doc, v) : null;
      if (Object.hasOwn(labels, k) && String(labels[k]) === String(want)) continue;
      const at = Object.hasOwn(labels, k) && v?.range ? v : (p.key as Node);
      const fixes: Finding['fixes'] = [];
      if (isMap(labelsNode) && !Object.hasOwn(labels, k) && labelsNode.range) {
        // Add the missing label to the template (block maps only: the entry goes on its own line).
        const last = labelsNode.items[labelsNode.items.length - 1] as Pair<Node, Node> | undefined;
        if (last && !labelsNode.flow && (last.key as Node)?.range) {
          const keyStart = (last.key as Node).range![0];
          const indent = keyStart - ctx.file.lines.lineStarts[ctx.file.lines.lineOf(keyStart)];
          const end = ((last.value as Node | null)?.range ?? (last.key as Node).range!)[1];
          fixes.push({ title: 'k8s.fix.addTemplateLabel', params: { label: `${k}: ${String(want)}` }, edits: [{ start: end, end, newText: `\n${' '.repeat(indent)}${k}: ${ctx.file.text.slice(v!.range![0], v!.range![1])}` }] });
        }
      } else if (Object.hasOwn(labels, k) && v?.range) {
        fixes.push({ title: 'k8s.fix.replace', params: { to: String(labels[k]) }, edits: [{ ...span(v), newText: JSON.stringify(String(labels[k])) }] });
      }
      if (at?.range) report(ctx, { rule: 'k8s/selector-mismatch', ...span(at), message: Object.hasOwn(labels, k) ? 'k8s.selectorValueMismatch' : 'k8s.selectorLabelMissing', params: { key: k, value: String(want), actual: String(labels[k]) }, fixes });
      return;
    }
  }
  const at = selPair?.key as Node | undefined;
  if (at?.range) report(ctx, { rule: 'k8s/selector-mismatch', ...span(at), message: 'k8s.selectorMismatch' });
}

function checkRcSelector(ctx: CheckContext): void {
  const selector = nodeAt(ctx.doc, ['spec', 'selector']);
  if (!isMap(selector) || !selector.items.length) return;
  const labels = (toValue(ctx.doc, nodeAt(ctx.doc, ['spec', 'template', 'metadata', 'labels'])) ?? {}) as Record<string, unknown>;
  if (selectorMatches({ matchLabels: toValue(ctx.doc, selector) }, labels)) return;
  const p = getPair(ctx.doc, nodeAt(ctx.doc, ['spec']) as YAMLMap, 'selector');
  if ((p?.key as Node)?.range) report(ctx, { rule: 'k8s/selector-mismatch', ...span(p!.key as Node), message: 'k8s.selectorMismatch' });
}

function checkRestartPolicy(ctx: CheckContext, podSpecPath: Path, allowed: string[]): void {
  const spec = nodeAt(ctx.doc, podSpecPath);
  if (!isMap(spec)) return;
  const pair = getPair(ctx.doc, spec, 'restartPolicy');
  const value = str(resolveAlias(ctx.doc, (pair?.value as Node | null) ?? null));
  if (value && allowed.includes(value)) return;
  if (value) {
    const node = resolveAlias(ctx.doc, pair!.value as Node);
    // An unknown value is already an enum error.
    if (!['Always', 'OnFailure', 'Never'].includes(value) || !node?.range) return;
    report(ctx, {
      rule: 'k8s/restart-policy',
      ...span(node),
      message: 'k8s.restartPolicyNotAllowed',
      params: { value, allowed: allowed.join(', ') },
      fixes: allowed.map((a, i) => ({ title: 'k8s.fix.replace', params: { to: a }, edits: [{ ...span(node), newText: a }], preferred: i === 0 })),
    });
    return;
  }
  // Absent: defaults to Always, which a Job does not allow.
  if (allowed.includes('Always')) return;
  const specPair = getPair(ctx.doc, nodeAt(ctx.doc, podSpecPath.slice(0, -1)) as YAMLMap, 'spec');
  const keyNode = specPair?.key as Node | undefined;
  if (!keyNode?.range) return;
  const first = spec.items[0] as Pair<Node, Node> | undefined;
  const fixes: Finding['fixes'] = [];
  if (first && !spec.flow && (first.key as Node)?.range) {
    const at = (first.key as Node).range![0];
    const indent = at - ctx.file.lines.lineStarts[ctx.file.lines.lineOf(at)];
    fixes.push(...allowed.map((a, i) => ({ title: 'k8s.fix.addRestartPolicy' as const, params: { value: a }, edits: [{ start: at, end: at, newText: `restartPolicy: ${a}\n${' '.repeat(indent)}` }], preferred: i === 0 })));
  }
  report(ctx, { rule: 'k8s/restart-policy', ...span(keyNode), message: 'k8s.restartPolicyRequired', params: { allowed: allowed.join(', ') }, fixes });
}

function checkPriorityClass(ctx: CheckContext): void {
  const nameNode = nodeAt(ctx.doc, ['metadata', 'name']);
  const name = str(nameNode);
  const valueNode = nodeAt(ctx.doc, ['value']);
  const value = int(valueNode);
  if (name?.startsWith('system-') && nameNode?.range) {
    if (!(name in SYSTEM_PRIORITY_CLASSES) || SYSTEM_PRIORITY_CLASSES[name] !== value) {
      report(ctx, { rule: 'k8s/reserved-name', ...span(nameNode), message: 'k8s.reservedPriorityClass', params: { name } });
    }
    return;
  }
  if (value !== undefined && value > HIGHEST_USER_PRIORITY && valueNode?.range) {
    report(ctx, { rule: 'k8s/invalid-value', ...span(valueNode), message: 'k8s.priorityTooHigh', params: { value, max: HIGHEST_USER_PRIORITY } });
  }
}

function checkHpaRange(ctx: CheckContext): void {
  const min = int(nodeAt(ctx.doc, ['spec', 'minReplicas']));
  const maxNode = nodeAt(ctx.doc, ['spec', 'maxReplicas']);
  const max = int(maxNode);
  if (min !== undefined && max !== undefined && max < min && maxNode?.range) {
    report(ctx, { rule: 'k8s/invalid-value', ...span(maxNode), message: 'k8s.hpaMaxBelowMin', params: { min, max } });
  }
}
