/**
 * The manifest diagnostics, as data: each id is the diagnostic `code`, stable across releases.
 * `Finding` is what checks produce (file offsets, message key, optional quick fixes); `toDiagnostic`
 * renders it in the user's language.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { LineIndex } from '../../common/text';
import { t, type Locale, type MessageKey, type Params } from '../../l10n';
import type { Fix, RuleMeta } from '../rules/rule';

export type Severity = 'error' | 'warning' | 'information';

export interface RuleInfo {
  severity: Severity;
  /** One line for docs and `kube-guide rules`. */
  summary: string;
}

/** Every id the manifest validation reports. The API server would reject what an `error` marks. */
export const K8S_RULES = {
  'k8s/unknown-field': { severity: 'error', summary: 'A field the schema does not have (strict field validation rejects it)' },
  'k8s/wrong-type': { severity: 'error', summary: 'A value of the wrong type (a number where a string goes, a list where an object goes…)' },
  'k8s/missing-field': { severity: 'error', summary: 'A required field is missing' },
  'k8s/invalid-enum': { severity: 'error', summary: 'A value outside the values the field accepts' },
  'k8s/invalid-quantity': { severity: 'error', summary: 'Not a Kubernetes quantity (cpu, memory, storage…)' },
  'k8s/invalid-value': { severity: 'error', summary: 'A value the API server rejects (out of range, wrong format)' },
  'k8s/invalid-name': { severity: 'error', summary: 'A name that breaks the naming rule of its kind (DNS-1123 subdomain or label, DNS-1035 label)' },
  'k8s/invalid-label': { severity: 'error', summary: 'An invalid label key or value' },
  'k8s/invalid-annotation': { severity: 'error', summary: 'An invalid annotation key' },
  'k8s/unknown-resource-name': { severity: 'error', summary: 'A resource name in requests/limits that is neither standard nor fully qualified' },
  'k8s/missing-name': { severity: 'error', summary: 'Neither metadata.name nor metadata.generateName' },
  'k8s/missing-api-version': { severity: 'error', summary: 'A document with kind but no apiVersion (or the reverse)' },
  'k8s/unknown-kind': { severity: 'error', summary: 'A kind that the API group does not serve' },
  'k8s/unknown-api-version': { severity: 'error', summary: 'An apiVersion that does not serve this kind' },
  'k8s/removed-api': { severity: 'warning', summary: 'An API version removed from Kubernetes' },
  'k8s/deprecated-api': { severity: 'warning', summary: 'An API version or kind deprecated in Kubernetes' },
  'k8s/custom-resource': { severity: 'information', summary: 'A custom resource: only its metadata is checked' },
  'k8s/selector-mismatch': { severity: 'error', summary: 'A workload selector that does not match its pod template labels' },
  'k8s/empty-selector': { severity: 'error', summary: 'An empty workload selector' },
  'k8s/requests-exceed-limits': { severity: 'error', summary: 'A resource request above its limit' },
  'k8s/duplicate-name': { severity: 'error', summary: 'Two containers, volumes or ports with the same name' },
  'k8s/port-name-required': { severity: 'error', summary: 'A Service with several ports must name each' },
  'k8s/restart-policy': { severity: 'error', summary: 'A restartPolicy the workload does not allow (Jobs: OnFailure or Never; others: Always)' },
  'k8s/reserved-name': { severity: 'error', summary: 'A PriorityClass name with the reserved `system-` prefix' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof K8S_RULES;

const API = 'https://kubernetes.io/docs/reference/using-api/';
/** Where each rule is explained. */
const DOCS: Record<RuleId, string> = {
  'k8s/unknown-field': `${API}api-concepts/#field-validation`,
  'k8s/wrong-type': 'https://kubernetes.io/docs/reference/kubernetes-api/',
  'k8s/missing-field': 'https://kubernetes.io/docs/reference/kubernetes-api/',
  'k8s/invalid-enum': 'https://kubernetes.io/docs/reference/kubernetes-api/',
  'k8s/invalid-quantity': 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/',
  'k8s/invalid-value': 'https://kubernetes.io/docs/reference/kubernetes-api/',
  'k8s/invalid-name': 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  'k8s/invalid-label': 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
  'k8s/invalid-annotation': 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set',
  'k8s/unknown-resource-name': 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#resource-types',
  'k8s/missing-name': 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  'k8s/missing-api-version': 'https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields',
  'k8s/unknown-kind': 'https://kubernetes.io/docs/reference/kubernetes-api/',
  'k8s/unknown-api-version': `${API}#api-versioning`,
  'k8s/removed-api': `${API}deprecation-guide/`,
  'k8s/deprecated-api': `${API}deprecation-guide/`,
  'k8s/custom-resource': 'https://kubernetes.io/docs/concepts/extend-kubernetes/api-extension/custom-resources/',
  'k8s/selector-mismatch': 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector',
  'k8s/empty-selector': 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector',
  'k8s/requests-exceed-limits': 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits',
  'k8s/duplicate-name': 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container',
  'k8s/port-name-required': 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  'k8s/restart-policy': 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template',
  'k8s/reserved-name': 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#priorityclass',
};

/** The notes' principle a rule teaches, when one does (see service/notes.ts). */
const PRINCIPLE: Partial<Record<RuleId, string>> = {
  'k8s/selector-mismatch': 'service.selector',
  'k8s/requests-exceed-limits': 'scheduling.resources',
  'k8s/removed-api': 'manifest.declarative',
  'k8s/deprecated-api': 'manifest.declarative',
};

/**
 * The manifest validation as rule metadata, for the shared rule catalogue (docs/rules.md, the
 * `kubeGuide.rules` settings, presets). What the API server rejects is on in every preset.
 */
export const K8S_RULE_META: readonly RuleMeta[] = (Object.keys(K8S_RULES) as RuleId[]).map((id) => ({
  id,
  severity: K8S_RULES[id].severity,
  preset: 'minimal',
  description: `k8s.rule.${id.slice(4)}` as MessageKey,
  docs: DOCS[id],
  principle: PRINCIPLE[id] ?? null,
}));

export interface Finding {
  rule: RuleId;
  /** File offsets of the exact span: the key for unknown keys, the value for bad values. */
  start: number;
  end: number;
  message: MessageKey;
  params?: Params;
  /** Extra sentences appended to the message (reasons, "did you mean"). */
  details?: { key: MessageKey; params?: Params }[];
  /** The best-practice rules' shape: both travel in `Diagnostic.data` alike. */
  fixes?: Fix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

export const DIAGNOSTIC_SOURCE = 'Kube Guide';

/** Quick fixes travel with the diagnostic, so the code action needs no second analysis. */
export interface DiagnosticData {
  fixes?: { title: string; edits: { range: ReturnType<LineIndex['range']>; newText: string }[]; preferred?: boolean }[];
}

export function toDiagnostic(f: Finding, lines: LineIndex, locale: Locale): Diagnostic {
  let message = t(locale, f.message, f.params);
  for (const d of f.details ?? []) message += ' ' + t(locale, d.key, d.params);
  const diagnostic: Diagnostic = {
    range: lines.range(f.start, f.end),
    severity: SEVERITY[K8S_RULES[f.rule].severity],
    code: f.rule,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
  if (f.fixes?.length) {
    const data: DiagnosticData = {
      fixes: f.fixes.map((x) => ({
        title: t(locale, x.title, x.params),
        edits: x.edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText })),
        ...(x.preferred ? { preferred: true } : {}),
      })),
    };
    diagnostic.data = data;
  }
  return diagnostic;
}

/** Moves a finding by `delta` (cached per document, relative to the document start). */
export function shiftFinding(f: Finding, delta: number): Finding {
  return {
    ...f,
    start: f.start + delta,
    end: f.end + delta,
    fixes: f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
  };
}
