/** An HPA whose scaleTargetRef names nothing in the workspace: it scales nothing (P7). */
import { nearMisses, renameFixes, selfFact } from '../crossDoc';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { sameNamespace } from '../../workspace/view';

export const hpaTarget: ManifestRule = {
  id: 'manifest/hpa-target',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.hpaTarget.description',
  docs: K8S_DOCS + 'tasks/run-application/horizontal-pod-autoscale/',
  principle: 'scaling.autoscaling',
  equivalents: { kubeLinter: ['dangling-horizontalpodautoscaler'], kubeScore: ['horizontalpodautoscaler-has-target'] },
  scope: 'workspace',
  check(ctx) {
    const { file, head, workspace } = ctx;
    if (head.kind !== 'HorizontalPodAutoscaler' || !workspace.complete) return [];
    const self = selfFact(ctx);
    const out: Finding[] = [];
    for (const ref of self?.refs ?? []) {
      if (ref.kind !== 'ScaleTarget' || !ref.targetKind) continue;
      if (workspace.find(ref.targetKind, ref.name, self!.namespace).length) continue;
      const same = workspace.objects(ref.targetKind).filter((o) => sameNamespace(o.namespace, self!.namespace));
      // No object of that kind here at all: the target is deployed from elsewhere.
      if (!same.length) continue;
      out.push({
        start: ref.span[0],
        end: ref.span[1],
        message: 'rules.hpaTarget.message',
        params: { kind: ref.targetKind, name: ref.name },
        fixes: renameFixes(file, ref.span, nearMisses(ref.name, same.map((o) => o.name ?? ''))),
      });
    }
    return out;
  },
};
