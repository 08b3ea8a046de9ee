/**
 * Removed and deprecated API versions, as data (from the Kubernetes Deprecated API Migration
 * Guide). `replacement` is the apiVersion to move to; `mechanical` says the move is only a change
 * of `apiVersion` (same fields, same meaning), so a quick fix can make it; `requires` lists paths
 * that must be present for the move to be mechanical (extensions/v1beta1 defaulted the selector).
 */

export interface ApiChange {
  apiVersion: string;
  kinds: readonly string[];
  /** Kubernetes version that deprecated it. */
  deprecatedIn?: string;
  /** Kubernetes version that stopped serving it; absent while it is still served. */
  removedIn?: string;
  /** The apiVersion to use instead; absent when the API is gone without a successor. */
  replacement?: string;
  /** The kind to use instead, when it changed. */
  replacementKind?: string;
  mechanical: boolean;
  /** Paths (dot-separated) that must exist for the change to be mechanical. */
  requires?: readonly string[];
  /** What else changes, shown with the warning (message key suffix in l10n k8s.api.note.*). */
  note?: 'ingress' | 'crd' | 'webhook' | 'csr' | 'hpaV2beta1' | 'psp' | 'podPreset' | 'pdbSelector' | 'selector' | 'endpoints' | 'events' | 'endpointSlice';
}

const workloads = ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet', 'ControllerRevision'];

export const API_CHANGES: readonly ApiChange[] = [
  // Removed in 1.16
  { apiVersion: 'extensions/v1beta1', kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1', mechanical: true, requires: ['spec.selector'], note: 'selector' },
  { apiVersion: 'apps/v1beta1', kinds: ['Deployment', 'StatefulSet'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1', mechanical: true, requires: ['spec.selector'], note: 'selector' },
  { apiVersion: 'apps/v1beta1', kinds: ['ControllerRevision'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1', mechanical: true },
  { apiVersion: 'apps/v1beta2', kinds: workloads, deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1', mechanical: true },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'networking.k8s.io/v1', mechanical: true },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], deprecatedIn: '1.10', removedIn: '1.16', mechanical: false, note: 'psp' },
  // Removed in 1.20
  { apiVersion: 'settings.k8s.io/v1alpha1', kinds: ['PodPreset'], removedIn: '1.20', mechanical: false, note: 'podPreset' },
  // Removed in 1.22
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], deprecatedIn: '1.16', removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1', mechanical: false, note: 'webhook' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], deprecatedIn: '1.16', removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1', mechanical: false, note: 'crd' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1', mechanical: true },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'authentication.k8s.io/v1', mechanical: true },
  { apiVersion: 'authorization.k8s.io/v1beta1', kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'authorization.k8s.io/v1', mechanical: false },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'certificates.k8s.io/v1', mechanical: false, note: 'csr' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'coordination.k8s.io/v1', mechanical: true },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'networking.k8s.io/v1', mechanical: false, note: 'ingress' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'networking.k8s.io/v1', mechanical: false, note: 'ingress' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['IngressClass'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'networking.k8s.io/v1', mechanical: true },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], deprecatedIn: '1.17', removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1', mechanical: true },
  { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], deprecatedIn: '1.17', removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1', mechanical: true },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'scheduling.k8s.io/v1', mechanical: true },
  { apiVersion: 'scheduling.k8s.io/v1alpha1', kinds: ['PriorityClass'], deprecatedIn: '1.14', removedIn: '1.17', replacement: 'scheduling.k8s.io/v1', mechanical: true },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'storage.k8s.io/v1', mechanical: true },
  // Removed in 1.25
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'batch/v1', mechanical: true },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'discovery.k8s.io/v1', mechanical: false, note: 'endpointSlice' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], deprecatedIn: '1.22', removedIn: '1.25', replacement: 'events.k8s.io/v1', mechanical: false, note: 'events' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.22', removedIn: '1.25', replacement: 'autoscaling/v2', mechanical: false, note: 'hpaV2beta1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'policy/v1', mechanical: true, note: 'pdbSelector' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], deprecatedIn: '1.21', removedIn: '1.25', mechanical: false, note: 'psp' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], deprecatedIn: '1.20', removedIn: '1.25', replacement: 'node.k8s.io/v1', mechanical: true },
  { apiVersion: 'node.k8s.io/v1alpha1', kinds: ['RuntimeClass'], removedIn: '1.22', replacement: 'node.k8s.io/v1', mechanical: false },
  // Removed in 1.26
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.23', removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1', mechanical: false },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.23', removedIn: '1.26', replacement: 'autoscaling/v2', mechanical: true },
  // Removed in 1.27
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], deprecatedIn: '1.24', removedIn: '1.27', replacement: 'storage.k8s.io/v1', mechanical: true },
  // Removed in 1.29
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.26', removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1', mechanical: false },
  // Removed in 1.32 (still in the 1.30 schema)
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.29', removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1', mechanical: false },
  // Deprecated, still served
  { apiVersion: 'v1', kinds: ['Endpoints'], deprecatedIn: '1.33', replacement: 'discovery.k8s.io/v1', replacementKind: 'EndpointSlice', mechanical: false, note: 'endpoints' },
];

/** The change recorded for this apiVersion and kind, if any. */
export function apiChange(apiVersion: string, kind: string): ApiChange | undefined {
  return API_CHANGES.find((c) => c.apiVersion === apiVersion && c.kinds.includes(kind));
}

/** Groups and versions that once existed (so an unknown kind there is a removed API, not a custom resource). */
export function isHistoricGroup(group: string): boolean {
  return API_CHANGES.some((c) => (c.apiVersion.includes('/') ? c.apiVersion.slice(0, c.apiVersion.indexOf('/')) : '') === group);
}
