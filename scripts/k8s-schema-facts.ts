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
/** kubernetes-types drops the `x-kubernetes-*` extensions of JSONSchemaProps. */
const schemaExtensions = {
  'x-kubernetes-embedded-resource': {
    t: 'boolean',
    doc: 'x-kubernetes-embedded-resource defines that the value is an embedded Kubernetes runtime.Object, with TypeMeta and ObjectMeta. The type must be object. It is allowed to further restrict the embedded object. kind, apiVersion and metadata are validated automatically. x-kubernetes-preserve-unknown-fields is allowed to be true, but does not have to be if the object is fully specified (up to kind, apiVersion, metadata).',
  },
  'x-kubernetes-int-or-string': {
    t: 'boolean',
    doc: 'x-kubernetes-int-or-string specifies that this value is either an integer or a string. If this is true, an empty type is allowed and type as child of anyOf is permitted if following one of the following patterns: 1) anyOf: - type: integer - type: string 2) allOf: - anyOf: - type: integer - type: string - ... zero or more',
  },
  'x-kubernetes-list-map-keys': {
    t: '[]string',
    doc: 'x-kubernetes-list-map-keys annotates an array with the x-kubernetes-list-type `map` by specifying the keys used as the index of the map. This tag MUST only be used on lists that have the "x-kubernetes-list-type" extension set to "map". Also, the values specified for this attribute must be a scalar typed field of the child structure (no nesting is supported). The properties specified must either be required or have a default value, to ensure those properties are present for all list items.',
  },
  'x-kubernetes-list-type': {
    t: 'string',
    doc: 'x-kubernetes-list-type annotates an array to further describe its topology. This extension must only be used on lists and may have 3 possible values: 1) `atomic`: the list is treated as a single entity, like a scalar. Atomic lists will be entirely replaced when updated. This extension may be used on any type of list (struct, scalar, ...). 2) `set`: Sets are lists that must not have multiple items with the same value. Each value must be a scalar, an object with x-kubernetes-map-type `atomic` or an array with x-kubernetes-list-type `atomic`. 3) `map`: These lists are like maps in that their elements have a non-index key used to identify them. Order is preserved upon merge. The map tag must only be used on a list with elements of type object. Defaults to atomic for arrays.',
  },
  'x-kubernetes-map-type': {
    t: 'string',
    doc: 'x-kubernetes-map-type annotates an object to further describe its topology. This extension must only be used when type is object and may have 2 possible values: 1) `granular`: These maps are actual maps (key-value pairs) and each fields are independent from each other (they can each be manipulated by separate actors). This is the default behaviour for all maps. 2) `atomic`: the list is treated as a single entity, like a scalar. Atomic maps will be entirely replaced when updated.',
  },
  'x-kubernetes-preserve-unknown-fields': {
    t: 'boolean',
    doc: 'x-kubernetes-preserve-unknown-fields stops the API server decoding step from pruning fields which are not specified in the validation schema. This affects fields recursively, but switches back to normal pruning behaviour if nested properties or additionalProperties are specified in the schema. This can either be true or undefined. False is forbidden.',
  },
  'x-kubernetes-validations': {
    t: '[]apiextensions/v1.ValidationRule',
    doc: 'x-kubernetes-validations describes a list of validation rules written in the CEL expression language.',
  },
};

export const EXTRA_FIELDS: Record<string, Record<string, { t: string; doc: string }>> = {
  'apiextensions/v1.JSONSchemaProps': schemaExtensions,
  'admissionregistration/v1.RuleWithOperations': ruleFields,
  'admissionregistration/v1.NamedRuleWithOperations': ruleFields,
  'admissionregistration/v1alpha1.NamedRuleWithOperations': ruleFields,
  'admissionregistration/v1beta1.NamedRuleWithOperations': ruleFields,
};

/**
 * Fields the OpenAPI marks required (no `omitempty` in Go) that the API server accepts absent: it
 * decodes the zero value and its validation does not object. Reporting them would be a false alarm.
 */
export const NOT_REQUIRED: string[] = [
  'apps/v1.StatefulSetSpec.serviceName', // optional since the OpenAPI of 1.32; never validated
  'networking/v1.NetworkPolicySpec.podSelector', // absent = {} = every pod of the namespace
  'scheduling/v1.PriorityClass.value', // 0 is a valid priority
  'core/v1.HTTPHeader.value', // an empty header value is allowed
  'core/v1.Sysctl.value',
  'core/v1.LimitRangeSpec.limits',
  'apps/v1.ControllerRevision.revision',
  'apiextensions/v1.CustomResourceDefinitionVersion.served', // false is a valid choice
  'storage/v1.CSIDriver.spec', // every field of it is optional or defaulted
];

/** Fields the declarations mark optional that the API server requires (validateContainerCommon). */
export const REQUIRED: string[] = ['core/v1.Container.image', 'core/v1.EphemeralContainer.image'];
