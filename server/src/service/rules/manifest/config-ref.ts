/**
 * A pod that reads a ConfigMap or Secret (env, envFrom, volume) the workspace does not have: the
 * kubelet cannot start it (CreateContainerConfigError / ContainerCreating) until one exists (P12).
 * Secrets are often created by hand (`kubectl create secret`, as they should be), so a missing
 * Secret is only a note unless a near-miss name suggests a typo; likewise a ConfigMap when the
 * workspace defines none. `optional: true` references and kustomize generators are understood.
 */
import { nearMisses, renameFixes, selfFact } from '../crossDoc';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { sameNamespace } from '../../workspace/view';

export const configRef: ManifestRule = {
  id: 'manifest/config-ref',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.configRef.description',
  docs: K8S_DOCS + 'concepts/configuration/configmap/#using-configmaps',
  principle: 'config.data',
  equivalents: { kubeLinter: ['env-value-from'] },
  scope: 'workspace',
  check(ctx) {
    const { file, workspace } = ctx;
    if (!workspace.complete) return [];
    const self = selfFact(ctx);
    if (!self) return [];
    const generated = workspace.kustomizations().flatMap((k) => k.fact.generated);
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const ref of self.refs) {
      if ((ref.kind !== 'ConfigMap' && ref.kind !== 'Secret') || ref.optional) continue;
      // Pull secrets matter only for private registries; TLS secrets are often made by cert-manager.
      if (ref.via === 'imagePullSecret' || ref.via === 'tls') continue;
      if (workspace.find(ref.kind, ref.name, self.namespace).length) continue;
      if (generated.some((g) => g.kind === ref.kind && g.name === ref.name)) continue;
      // The same name as the other kind (a `configMap:` volume for a Secret): the kind is wrong.
      const other = ref.kind === 'ConfigMap' ? 'Secret' : 'ConfigMap';
      if (workspace.find(other, ref.name, self.namespace).length) {
        out.push({ start: ref.span[0], end: ref.span[1], message: 'rules.configRef.otherKind', params: { name: ref.name, kind: ref.kind, other, via: ref.via } });
        continue;
      }
      const defined = [...workspace.objects(ref.kind).filter((o) => sameNamespace(o.namespace, self.namespace)).map((o) => o.name ?? ''), ...generated.filter((g) => g.kind === ref.kind).map((g) => g.name)];
      const near = nearMisses(ref.name, defined);
      const key = `${ref.kind}/${ref.name}@${ref.span[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sure = near.length > 0 || (ref.kind === 'ConfigMap' && defined.length > 0);
      out.push({
        start: ref.span[0],
        end: ref.span[1],
        severity: sure ? undefined : 'information',
        message: ref.kind === 'ConfigMap' ? (sure ? 'rules.configRef.configMap' : 'rules.configRef.configMapElsewhere') : sure ? 'rules.configRef.secret' : 'rules.configRef.secretElsewhere',
        params: { name: ref.name, via: ref.via },
        fixes: renameFixes(file, ref.span, near),
      });
    }
    return out;
  },
};
