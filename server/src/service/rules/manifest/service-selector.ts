/**
 * A Service whose selector matches no pod template in the workspace: it has no endpoints, and
 * every request to it fails (P11, routing to a group of containers that match). It speaks only
 * when the pods should be here: a workload lives in the Service's folder (or a folder above or
 * below it), or one elsewhere has the selector's keys with a value one typo away. Quiet too while
 * the workspace is not fully indexed.
 */
import { isMap } from 'yaml';
import { getPair, nodeAt, nodeRange } from '../../yaml/nav';
import { distance } from '../../k8s/suggest';
import { displayName, formatLabels, placeOf, selfFact } from '../crossDoc';
import { K8S_DOCS, type Edit, type Finding, type Fix, type ManifestRule, type Related } from '../rule';
import { beside, sameNamespace } from '../../workspace/view';
import { replaceScalar } from '../yamlEdit';

export const serviceSelector: ManifestRule = {
  id: 'manifest/service-selector',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.serviceSelector.description',
  docs: K8S_DOCS + 'concepts/services-networking/service/#services-in-kubernetes',
  principle: 'service.selector',
  equivalents: { kubeLinter: ['dangling-service'], kubeScore: ['service-targets-pod'] },
  scope: 'workspace',
  check(ctx) {
    const { file, doc, head, workspace } = ctx;
    if (head.apiVersion !== 'v1' || head.kind !== 'Service' || !workspace.complete) return [];
    const self = selfFact(ctx);
    const selector = self?.service?.selector;
    if (!self || !selector || !self.service!.selectorSpan) return [];
    if (workspace.selectedBy(selector, self.namespace).length) return [];
    const workloads = workspace.objects().filter((o) => o.template && o.kind !== 'PodTemplate' && sameNamespace(o.namespace, self.namespace));
    // The nearest templates: those with every key of the selector, fewest values off.
    const keys = Object.keys(selector);
    const near = workloads
      .filter((w) => keys.every((k) => k in w.template!.labels))
      .map((w) => ({ w, off: keys.filter((k) => w.template!.labels[k] !== selector[k]) }))
      .sort((a, b) => a.off.length - b.off.length)
      .slice(0, 3);
    const typo = near.some(({ w, off }) => off.length === 1 && distance(w.template!.labels[off[0]], selector[off[0]]) <= Math.max(1, Math.floor(selector[off[0]].length / 4)));
    if (!typo && !workloads.some((w) => beside(ctx.uri, w.uri))) return [];
    const fixes: Fix[] = [];
    const related: Related[] = [];
    const selNode = nodeAt(doc, ['spec', 'selector']);
    for (const { w, off } of near) {
      related.push({ at: placeOf(ctx, w, w.template!.labelsSpan), message: 'rules.serviceSelector.related', params: { name: displayName(w), kind: w.kind, labels: formatLabels(w.template!.labels) } });
      if (!isMap(selNode)) continue;
      const edits: Edit[] = [];
      for (const k of off) {
        const value = getPair(doc, selNode, k)?.value;
        const e = value ? replaceScalar(file, value as never, w.template!.labels[k]) : null;
        if (e) edits.push(e);
      }
      if (edits.length === off.length) fixes.push({ title: 'rules.fix.selectorMatch', params: { name: w.name ?? '?', labels: formatLabels(Object.fromEntries(keys.map((k) => [k, w.template!.labels[k]]))) }, edits, preferred: fixes.length === 0 });
    }
    const [start, end] = nodeRange(getPair(doc, nodeAt(doc, ['spec']) as never, 'selector')?.key as never) ?? self.service!.selectorSpan;
    const finding: Finding = { start, end, message: 'rules.serviceSelector.message', params: { labels: formatLabels(selector) }, fixes, related };
    return [finding];
  },
};
