/**
 * Configuration files of tools that borrow the manifest shape (top-level apiVersion and kind) but
 * never go to the API server. They are not manifests: Kube Guide says nothing about them.
 */

/** API groups that belong to tools, not to the API server (matched on the whole group). */
const TOOL_GROUPS = new Set([
  'kustomize.config.k8s.io', // Kustomization, Component
  'kind.x-k8s.io', // kind Cluster
  'kubeadm.k8s.io', // InitConfiguration, ClusterConfiguration, JoinConfiguration
  'kubelet.config.k8s.io', // KubeletConfiguration, CredentialProviderConfig
  'kubeproxy.config.k8s.io',
  'kubescheduler.config.k8s.io',
  'kubecontrolplane.config.k8s.io',
  'apiserver.config.k8s.io', // EncryptionConfiguration, AdmissionConfiguration…
  'apiserver.k8s.io',
  'audit.k8s.io', // audit Policy
  'client.authentication.k8s.io', // ExecCredential
  'ctlptl.dev',
  'k3d.io',
  'skaffold',
  'tilt.dev',
  'config.kubernetes.io', // kpt / KRM function configs
  'kpt.dev',
  'builtin', // kustomize builtin generators
  'krew.googlecontainertools.github.com', // krew plugin manifests
  'backstage.io', // Backstage catalog entities (catalog-info.yaml)
  'scaffolder.backstage.io',
  'tanka.dev',
  'garden.io',
  'score.dev',
  'meta.pkg.crossplane.io', // Crossplane package metadata (crossplane.yaml)
]);

/** Whole apiVersion/kind pairs of tools in groups that are otherwise real (core `v1`). */
const TOOL_KINDS = new Set(['v1/Config', 'v1/Policy']);

export function isToolConfig(apiVersion: string, kind: string): boolean {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  if (group && TOOL_GROUPS.has(group)) return true;
  // skaffold/v2beta29: the "group" is skaffold itself.
  if (/^skaffold\/v\d/.test(apiVersion)) return true;
  return TOOL_KINDS.has(`${apiVersion}/${kind}`);
}
