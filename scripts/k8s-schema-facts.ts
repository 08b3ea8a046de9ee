/**
 * Facts the `kubernetes-types` declarations do not carry, reviewed by hand against the API
 * server's validation (k8s.io/kubernetes pkg/apis/<group>/validation). The generator merges them
 * into server/data/k8s-schema.json.
 */

/**
 * Enum values per `<module>.<Type>.<field>`. `enforced`: the API server rejects any other
 * non-empty value (an empty string is defaulted, so it is always accepted). Enums found only
 * in descriptions (not listed here) feed completion and hover but are never reported.
 */
export const ENUMS: Record<string, { values: string[]; enforced: boolean }> = {};

function e(fields: string[], values: string[], enforced = true): void {
  for (const f of fields) ENUMS[f] = { values, enforced };
}

const pullPolicy = ['Always', 'IfNotPresent', 'Never'];
const protocols = ['TCP', 'UDP', 'SCTP'];
e(['core/v1.Container.imagePullPolicy', 'core/v1.EphemeralContainer.imagePullPolicy'], pullPolicy);
e(['core/v1.Container.terminationMessagePolicy', 'core/v1.EphemeralContainer.terminationMessagePolicy'], ['File', 'FallbackToLogsOnError']);
e(['core/v1.Container.restartPolicy', 'core/v1.EphemeralContainer.restartPolicy'], ['Always']);
e(
  ['core/v1.ContainerPort.protocol', 'core/v1.ServicePort.protocol', 'core/v1.EndpointPort.protocol', 'networking/v1.NetworkPolicyPort.protocol', 'discovery/v1.EndpointPort.protocol'],
  protocols,
);
e(['core/v1.PodSpec.restartPolicy'], ['Always', 'OnFailure', 'Never']);
e(['core/v1.PodSpec.dnsPolicy'], ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']);
e(['core/v1.PodSpec.preemptionPolicy', 'scheduling/v1.PriorityClass.preemptionPolicy'], ['PreemptLowerPriority', 'Never']);
e(['core/v1.PodOS.name'], ['linux', 'windows']);
e(['core/v1.ServiceSpec.type'], ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
e(['core/v1.ServiceSpec.sessionAffinity'], ['None', 'ClientIP']);
e(['core/v1.ServiceSpec.externalTrafficPolicy', 'core/v1.ServiceSpec.internalTrafficPolicy'], ['Cluster', 'Local']);
e(['core/v1.ServiceSpec.ipFamilyPolicy'], ['SingleStack', 'PreferDualStack', 'RequireDualStack']);
e(['core/v1.ServiceSpec.ipFamilies'], ['IPv4', 'IPv6']);
e(['core/v1.Toleration.operator'], ['Equal', 'Exists']);
e(['core/v1.Toleration.effect'], ['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
e(['core/v1.Taint.effect'], ['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
e(['core/v1.NodeSelectorRequirement.operator'], ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);
e(['meta/v1.LabelSelectorRequirement.operator', 'core/v1.ScopedResourceSelectorRequirement.operator'], ['In', 'NotIn', 'Exists', 'DoesNotExist']);
e(['core/v1.TopologySpreadConstraint.whenUnsatisfiable'], ['DoNotSchedule', 'ScheduleAnyway']);
e(['core/v1.TopologySpreadConstraint.nodeAffinityPolicy', 'core/v1.TopologySpreadConstraint.nodeTaintsPolicy'], ['Honor', 'Ignore']);
e(['core/v1.PersistentVolumeClaimSpec.accessModes', 'core/v1.PersistentVolumeSpec.accessModes'], ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']);
e(['core/v1.PersistentVolumeClaimSpec.volumeMode', 'core/v1.PersistentVolumeSpec.volumeMode'], ['Filesystem', 'Block']);
e(['core/v1.PersistentVolumeSpec.persistentVolumeReclaimPolicy'], ['Retain', 'Delete', 'Recycle']);
e(['storage/v1.StorageClass.reclaimPolicy'], ['Delete', 'Retain']);
e(['storage/v1.StorageClass.volumeBindingMode'], ['Immediate', 'WaitForFirstConsumer']);
e(['core/v1.HostPathVolumeSource.type'], ['DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice']);
e(['core/v1.PodSecurityContext.fsGroupChangePolicy'], ['OnRootMismatch', 'Always']);
e(['core/v1.SeccompProfile.type', 'core/v1.AppArmorProfile.type'], ['RuntimeDefault', 'Localhost', 'Unconfined']);
e(['core/v1.SecurityContext.procMount'], ['Default', 'Unmasked']);
e(['core/v1.HTTPGetAction.scheme'], ['HTTP', 'HTTPS']);
e(['core/v1.VolumeMount.mountPropagation'], ['None', 'HostToContainer', 'Bidirectional']);
e(['core/v1.VolumeMount.recursiveReadOnly'], ['Disabled', 'IfPossible', 'Enabled']);
e(['core/v1.ContainerResizePolicy.resourceName'], ['cpu', 'memory']);
e(['core/v1.ContainerResizePolicy.restartPolicy'], ['NotRequired', 'RestartContainer']);
e(['core/v1.ResourceQuotaSpec.scopes'], ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass', 'CrossNamespacePodAffinity']);
e(['core/v1.ScopedResourceSelectorRequirement.scopeName'], ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass', 'CrossNamespacePodAffinity']);
e(['core/v1.LimitRangeItem.type'], ['Pod', 'Container', 'PersistentVolumeClaim'], false);
e(['apps/v1.DeploymentStrategy.type'], ['RollingUpdate', 'Recreate']);
e(['apps/v1.DaemonSetUpdateStrategy.type', 'apps/v1.StatefulSetUpdateStrategy.type'], ['RollingUpdate', 'OnDelete']);
e(['apps/v1.StatefulSetSpec.podManagementPolicy'], ['OrderedReady', 'Parallel']);
e(
  ['apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted', 'apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled'],
  ['Retain', 'Delete'],
);
e(['batch/v1.CronJobSpec.concurrencyPolicy'], ['Allow', 'Forbid', 'Replace']);
e(['batch/v1.JobSpec.completionMode'], ['NonIndexed', 'Indexed']);
e(['batch/v1.JobSpec.podReplacementPolicy'], ['TerminatingOrFailed', 'Failed']);
e(['batch/v1.PodFailurePolicyRule.action'], ['FailJob', 'FailIndex', 'Ignore', 'Count']);
e(['batch/v1.PodFailurePolicyOnExitCodesRequirement.operator'], ['In', 'NotIn']);
e(['networking/v1.NetworkPolicySpec.policyTypes'], ['Ingress', 'Egress']);
e(['networking/v1.HTTPIngressPath.pathType'], ['Exact', 'Prefix', 'ImplementationSpecific']);
e(['autoscaling/v2.MetricSpec.type'], ['ContainerResource', 'External', 'Object', 'Pods', 'Resource']);
e(['autoscaling/v2.MetricTarget.type'], ['Utilization', 'Value', 'AverageValue']);
e(['autoscaling/v2.HPAScalingRules.selectPolicy'], ['Max', 'Min', 'Disabled']);
e(['autoscaling/v2.HPAScalingPolicy.type'], ['Pods', 'Percent']);
e(['policy/v1.PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy'], ['IfHealthyBudget', 'AlwaysAllow']);
e(['rbac/v1.Subject.kind'], ['User', 'Group', 'ServiceAccount']);
e(['rbac/v1.RoleRef.kind'], ['Role', 'ClusterRole']);
e(['rbac/v1.RoleRef.apiGroup'], ['rbac.authorization.k8s.io']);
e(['admissionregistration/v1.ValidatingWebhook.failurePolicy', 'admissionregistration/v1.MutatingWebhook.failurePolicy'], ['Fail', 'Ignore']);
e(['admissionregistration/v1.ValidatingWebhook.sideEffects', 'admissionregistration/v1.MutatingWebhook.sideEffects'], ['None', 'NoneOnDryRun']);
e(['admissionregistration/v1.ValidatingWebhook.matchPolicy', 'admissionregistration/v1.MutatingWebhook.matchPolicy'], ['Exact', 'Equivalent']);
e(['admissionregistration/v1.MutatingWebhook.reinvocationPolicy'], ['Never', 'IfNeeded']);
e(['admissionregistration/v1.RuleWithOperations.scope'], ['*', 'Cluster', 'Namespaced']);
e(['admissionregistration/v1.RuleWithOperations.operations'], ['*', 'CREATE', 'UPDATE', 'DELETE', 'CONNECT']);
e(['apiextensions/v1.CustomResourceDefinitionSpec.scope'], ['Namespaced', 'Cluster']);
e(['apiextensions/v1.CustomResourceConversion.strategy'], ['None', 'Webhook']);

/** `number` fields that are floats (everything else in the API is an integer). */
export const FLOAT_FIELDS: string[] = [
  'apiextensions/v1.JSONSchemaProps.maximum',
  'apiextensions/v1.JSONSchemaProps.minimum',
  'apiextensions/v1.JSONSchemaProps.multipleOf',
];

/** Types whose content is arbitrary JSON: never validated inside. */
export const FREE_FORM_TYPES: string[] = ['runtime.RawExtension', 'apiextensions/v1.JSON', 'meta/v1.FieldsV1', 'meta/v1.Patch'];

/**
 * Fields the declarations lose: Go's inlined `Rule` in the admission webhook rules
 * (`resources`, `scope`) is missing from kubernetes-types' RuleWithOperations types.
 */
const ruleFields = {
  resources: {
    t: '[]string',
    doc: 'Resources is a list of resources this rule applies to. For example: \'pods\' means pods. \'pods/log\' means the log subresource of pods. \'*\' means all resources, but not subresources. \'pods/*\' means all subresources of pods. \'*/scale\' means all scale subresources. \'*/*\' means all resources and their subresources.',
  },
  scope: {
    t: 'string',
    doc: 'scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*". "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*".',
  },
};
export const EXTRA_FIELDS: Record<string, Record<string, { t: string; doc: string }>> = {
  'admissionregistration/v1.RuleWithOperations': ruleFields,
  'admissionregistration/v1.NamedRuleWithOperations': ruleFields,
  'admissionregistration/v1alpha1.NamedRuleWithOperations': ruleFields,
  'admissionregistration/v1beta1.NamedRuleWithOperations': ruleFields,
};
