/**
 * A workload that an HPA scales and that also sets `replicas`: every `kubectl apply` resets the
 * replica count the autoscaler chose, until it corrects it again (P7, P5 declarative code).
 */
import { isMap } from 'yaml';
import { nodeAt } from '../../yaml/nav';
import { displayName, placeOf } from '../crossDoc';
import { groupOf, keyAt, objectName, SCALABLE, valueAt } from '../objects';
import { K8S_DOCS, type Fix, type ManifestRule } from '../rule';
import { hpasTargeting } from '../scaling';

export const hpaReplicas: ManifestRule = {
  id: 'manifest/hpa-replicas',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.hpaReplicas.description',
  docs: K8S_DOCS + 'tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling',
  principle: 'scaling.autoscaling',
  equivalents: { kubeScore: ['deployment-targeted-by-hpa-does-not-have-replicas-configured'] },
  scope: 'workspace',
  check(ctx) {
    const { file, doc, head, workspace } = ctx;
    if (!SCALABLE.has(head.kind) || !['apps', 'extensions', ''].includes(groupOf(head.apiVersion))) return [];
    if (valueAt(doc, ['spec', 'replicas']) === undefined) return [];
    const ns = valueAt(doc, ['metadata', 'namespace']);
    const hpas = hpasTargeting(workspace, head.kind, objectName(doc), typeof ns === 'string' ? ns : null);
    if (!hpas.length) return [];
    const key = keyAt(doc, ['spec', 'replicas'])!;
    // The fix deletes the whole `replicas:` line (with a trailing comment, if any).
    const fixes: Fix[] = [];
    const spec = nodeAt(doc, ['spec']);
    const line = file.lines.lineOf(key[0]);
    const lineText = file.lines.lineText(line);
    if (isMap(spec) && !spec.flow && /^\s*replicas\s*:\s*[^{[\s][^\n]*$/.test(lineText)) {
      const start = file.lines.lineStarts[line];
      const end = line + 1 < file.lines.lineCount ? file.lines.lineStarts[line + 1] : file.text.length;
      fixes.push({ title: 'rules.fix.removeReplicas', edits: [{ start, end, newText: '' }], preferred: true });
    }
    const { hpa } = hpas[0];
    return [
      {
        start: key[0],
        end: key[1],
        message: 'rules.hpaReplicas.message',
        params: { hpa: displayName(hpa) },
        fixes,
        related: [{ at: placeOf(ctx, hpa, hpa.span), message: 'rules.hpaReplicas.related', params: { hpa: displayName(hpa), min: hpa.minReplicas ?? 1 } }],
      },
    ];
  },
};
