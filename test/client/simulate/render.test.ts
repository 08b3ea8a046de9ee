/**
 * The report webview's HTML without a browser: the view model, escaping of everything that comes
 * from a manifest or a cluster file, the per-node verdicts and scores of a pod, the page's
 * Content-Security-Policy, the notes' Markdown, and the code-lens lines. Goldens hold whole pages.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allowedLink, notesHtml } from '../../../client/src/simulate/markdown';
import { esc, podDetail, podKey, reportBody, reportModel, reportPage, workloadLens } from '../../../client/src/simulate/render';
import type { Locale } from '../../../server/src/l10n';
import { bundledSource, createNotesProvider } from '../../../server/src/notes';
import { simulationResponse } from '../../../server/src/service/simulation';
import { dedent } from '../../helpers/fixtures';
import { golden } from '../../helpers/golden';

const URI = 'file:///work/app.yaml';
const notes = createNotesProvider({ sources: () => [bundledSource('file:///ext/server/data/notes/kubernetes-perfect-guide.ko.md')], links: 'command' });

function respond(text: string, locale: Locale = 'en', cluster?: string) {
  return simulationResponse({ manifests: [{ uri: URI, text }], cluster: cluster ? { uri: 'file:///work/cluster.yaml', text: cluster } : null }, locale, notes);
}

const APP = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    replicas: 4
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: { app: web } }
      spec:
        containers:
          - name: web
            image: nginx:1.27
            resources: { requests: { cpu: "3", memory: 1Gi } }
  ---
  apiVersion: v1
  kind: Pod
  metadata: { name: other }
  spec:
    schedulerName: my-scheduler
    containers: [ { name: c, image: busybox:1.37 } ]
`);

/** Every tag name in the HTML. */
const tags = (html: string) => new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
const ALLOWED_TAGS = new Set([
  'header', 'h1', 'h2', 'h3', 'h4', 'p', 'div', 'button', 'span', 'ul', 'ol', 'li', 'section', 'article', 'footer', 'svg', 'rect', 'table', 'caption',
  'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'code', 'pre', 'details', 'summary', 'a', 'dl', 'dt', 'dd', 'blockquote', 'hr', 'br',
]);

describe('esc', () => {
  it('escapes the characters that end text or an attribute', () => {
    assert.equal(esc(`<a href="x" title='y'>&\`</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    assert.equal(esc(undefined), '');
    assert.equal(esc(3), '3');
  });
});

describe('reportModel', () => {
  it('makes one card per node with bars against allocatable, and lists the pods that wait', () => {
    const r = respond(APP);
    const m = reportModel(r, 'Scheduling: app.yaml');
    assert.equal(m.summary, '5 pods: 3 scheduled, 1 pending, 1 not handled');
    assert.equal(m.cluster, 'Cluster: the built-in default cluster, 4 nodes');
    assert.deepEqual(
      m.nodes.map((n) => [n.name, n.zone, n.instanceType, n.roles, n.taints, n.bars.map((b) => `${b.resource} ${b.requested}/${b.allocatable} ${Math.round(b.percent)}%`), n.pods.map((p) => p.owner)]),
      [
        ['control-plane', 'ap-northeast-2a', 'm5.large', ['control-plane'], ['node-role.kubernetes.io/control-plane:NoSchedule'], ['cpu 0/2 0%', 'memory 0/8Gi 0%', 'pods 0/110 0%'], []],
        ['worker-1', 'ap-northeast-2a', 'm5.xlarge', [], [], ['cpu 3/4 75%', 'memory 1Gi/16Gi 6%', 'pods 1/110 1%'], ['Deployment/web']],
        ['worker-2', 'ap-northeast-2b', 'm5.xlarge', [], [], ['cpu 3/4 75%', 'memory 1Gi/16Gi 6%', 'pods 1/110 1%'], ['Deployment/web']],
        ['worker-3', 'ap-northeast-2c', 'm5.xlarge', [], [], ['cpu 3/4 75%', 'memory 1Gi/16Gi 6%', 'pods 1/110 1%'], ['Deployment/web']],
      ],
    );
    const pending = r.result.pods.find((p) => p.status === 'Pending')!;
    assert.deepEqual(m.pending.map((p) => [p.key, p.status, p.message, p.hasSource]), [[podKey(pending), 'Pending', pending.message, true]]);
    assert.deepEqual(m.others.map((p) => [p.label, p.status]), [['other', 'NotHandled']]);
    assert.deepEqual(m.notes.map((n) => n.topic), ['simulation.report', 'cluster.environment']);
  });
});

describe('reportBody', () => {
  it('renders the summary, the cards, the exact message and the notes (golden, English and Korean)', () => {
    for (const locale of ['en', 'ko'] as const) {
      const body = reportBody(reportModel(respond(APP, locale), 'Scheduling: app.yaml'));
      golden(join(__dirname, 'golden', `report.${locale}.html`), body + '\n');
      assert.ok(!/\sstyle=/.test(body), 'no inline styles (the policy forbids them)');
      assert.ok(!/\son\w+=/i.test(body), 'no inline handlers');
      assert.deepEqual([...tags(body)].filter((x) => !ALLOWED_TAGS.has(x)), []);
    }
    const body = reportBody(reportModel(respond(APP), 'x'));
    assert.match(body, /0\/4 nodes are available: 1 node\(s\) had untolerated taint \{node-role\.kubernetes\.io\/control-plane: \}, 3 Insufficient cpu\./);
    assert.equal((body.match(/<article class="node/g) ?? []).length, 4);
    assert.equal((body.match(/data-pod="default\/web-/g) ?? []).length, 4);
    assert.match(body, /<svg class="bar bar-mid" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="CPU: 3 of 4 requested \(75%\)">/);
  });

  it('escapes every string from the manifest and the cluster file: nothing becomes markup', () => {
    // The API server's validation stops some (an invalid name is a problem that quotes it); others
    // reach the result: a PriorityClass name in a message, taints and node names of a cluster file.
    const hostile = dedent(`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: "<script>alert(1)</script>"
      spec:
        replicas: 1
        selector: { matchLabels: { app: x } }
        template:
          metadata: { labels: { app: x } }
          spec:
            containers: [ { name: c, image: "nginx:<1.27>" } ]
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: vip, labels: { a: "<b>" } }
      spec:
        priorityClassName: "<svg onload=alert(3)>"
        containers: [ { name: c, image: busybox } ]
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: sel }
      spec:
        nodeSelector: { zone: "<iframe src=javascript:alert(4)>" }
        tolerations: [ { key: "<t>", operator: Exists } ]
        containers: [ { name: c, image: "<img src=x onerror=alert(9)>" } ]
    `);
    const cluster = dedent(`
      apiVersion: v1
      kind: Node
      metadata:
        name: "<img src=x onerror=alert(7)>"
        labels: { topology.kubernetes.io/zone: "<script>z</script>" }
      spec:
        taints: [ { key: "<b>k</b>", value: "<i>v</i>", effect: NoSchedule } ]
      status: { allocatable: { cpu: "2", memory: 4Gi, pods: "10" } }
      ---
      apiVersion: v1
      kind: Node
      metadata:
        name: "\\"'\`\${alert(6)}"
        labels: { node.kubernetes.io/instance-type: "\\"onmouseover=\\"alert(8)" }
      status: { allocatable: { cpu: "2", memory: 4Gi, pods: "10" } }
    `);
    const r = respond(hostile, 'en', cluster);
    // The hostile strings did reach the result: the report has to handle them.
    assert.match(r.result.problems[0].message, /^Deployment\.apps "<script>alert\(1\)<\/script>" is invalid/);
    assert.match(r.result.pods[0].message, /<svg onload=alert\(3\)>/);
    assert.deepEqual(r.result.nodes.map((n) => n.name), ['<img src=x onerror=alert(7)>', '"\'`${alert(6)}']);
    const pages = [reportBody(reportModel(r, '<script>title</script>')), ...r.result.pods.map((p) => podDetail(r.result, podKey(p), 'en'))];
    for (const html of pages) {
      assert.deepEqual([...tags(html)].filter((x) => !ALLOWED_TAGS.has(x)), [], html);
      // Escaped text has no `<`: every `<…>` left is our own markup, and none has a handler.
      for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) assert.ok(!/\son\w+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')), tag);
      assert.ok(!/<(script|img|iframe|b>|i>)/i.test(html), html);
    }
    assert.match(pages[0], /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(pages[0], /&lt;img src=x onerror=alert\(7\)&gt;/);
    assert.match(pages[0], /data-node="&lt;img src=x onerror=alert\(7\)&gt;"/);
    assert.match(pages[0], /&lt;b&gt;k&lt;\/b&gt;=&lt;i&gt;v&lt;\/i&gt;:NoSchedule/);
    assert.match(pages[0], /data-node="&quot;&#39;&#96;\$\{alert\(6\)\}"/);
    assert.match(pages[0], /&quot;onmouseover=&quot;alert\(8\)/);
    assert.match(pages[0], /no PriorityClass with name &lt;svg onload=alert\(3\)&gt; was found/);
  });
});

describe('large runs', () => {
  it('lists a bounded number of pods per card and pending, and counts the rest', () => {
    // 300 tiny pods on 3 workers (100 each), then 250 that fit nowhere.
    const text = [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: many }', 'spec:', '  replicas: 300', '  selector: { matchLabels: { app: many } }',
      '  template:', '    metadata: { labels: { app: many } }', '    spec: { containers: [ { name: c, image: "busybox:1.37", resources: { requests: { cpu: 10m } } } ] }',
      '---',
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: huge }', 'spec:', '  replicas: 250', '  selector: { matchLabels: { app: huge } }',
      '  template:', '    metadata: { labels: { app: huge } }', '    spec: { containers: [ { name: c, image: "busybox:1.37", resources: { requests: { cpu: "64" } } } ] }',
      '',
    ].join('\n');
    const r = simulationResponse({ manifests: [{ uri: URI, text }], cluster: null, explain: 'none' }, 'en');
    const body = reportBody(reportModel(r, 'x'));
    assert.equal((body.match(/<article class="node/g) ?? []).length, 4);
    assert.equal((body.match(/data-pod="default\/many-/g) ?? []).length, 3 * 50);
    assert.equal((body.match(/data-pod="default\/huge-/g) ?? []).length, 200);
    // Three cards with 100 pods each, and 250 Pending: 50 more each.
    assert.equal((body.match(/<p class="more">… and 50 more \(all of them in the text report: Show as text\)<\/p>/g) ?? []).length, 4);
  });
});

describe('podDetail', () => {
  it('shows each node’s filter verdicts and the feasible nodes’ scores, the chosen node marked', () => {
    const r = respond(APP);
    const second = r.result.pods[1];
    const html = podDetail(r.result, podKey(second), 'en');
    assert.match(html, /<h2 id="detail-title" tabindex="-1">web-[a-z0-9]+-[a-z0-9]+ <span class="status status-scheduled">Scheduled<\/span> <span class="where">on worker-2<\/span><\/h2>/);
    assert.match(html, new RegExp(`<p class="message ok">Successfully assigned default/${second.name} to worker-2</p>`));
    // Filters: a column per plugin that ran; control-plane fails TaintToleration.
    assert.match(html, /<thead><tr><th scope="col">Node<\/th><th scope="col">NodeUnschedulable<\/th><th scope="col">NodeName<\/th><th scope="col">TaintToleration<\/th><th scope="col">NodeResourcesFit<\/th><th scope="col">Result<\/th><\/tr><\/thead>/);
    assert.match(html, /<p class="note">Nothing to check for this pod \(skipped on every node\): NodeAffinity, NodePorts, PodTopologySpread, InterPodAffinity<\/p>/);
    assert.match(html, /<tr class="outcome-rejected"><th scope="row">control-plane<\/th>(<td[^>]*>.*?<\/td>){2}<td class="f-failed"><span aria-hidden="true">✗ <\/span>node\(s\) had untolerated taint \{node-role\.kubernetes\.io\/control-plane: \} <span class="code">UnschedulableAndUnresolvable<\/span><\/td>/);
    assert.match(html, /<tr class="outcome-rejected"><th scope="row">worker-1<\/th>.*Insufficient cpu <span class="code">Unschedulable<\/span>/);
    // Scores: raw → normalized × weight = weighted per plugin, the total, the chosen node.
    assert.match(html, /<tr class="selected"><th scope="row">worker-2 <span class="chosen">chosen<\/span><\/th><td title="raw 0, normalized 100, weight 3: 300"><span class="raw">0<\/span> → 100 × 3 = <strong>300<\/strong><\/td>/);
    assert.match(html, /<button type="button" data-reveal="default\/web-[^"]+">Show in the manifest<\/button>/);
  });

  it('shows why a pod waits: every node rejected, and the preemption that found no victims', () => {
    const r = respond(APP, 'ko');
    const pending = r.result.pods.find((p) => p.status === 'Pending')!;
    const html = podDetail(r.result, podKey(pending), 'ko');
    assert.match(html, /<span class="status status-pending">Pending<\/span>/);
    assert.ok(html.includes(esc(pending.message)));
    assert.match(html, /<h4>선점 \(선택된 노드: -\)<\/h4>/);
    assert.match(html, /<th scope="row">worker-1<\/th><td colspan="2">No preemption victims found for incoming pod<\/td>/);
    assert.match(html, /<tr class="event-warning"><td>Warning<\/td><td>FailedScheduling<\/td>/);
    // The last attempt decided; earlier ones (retried after a cluster event) are folded.
    const [last] = pending.explanation!;
    const twice = structuredClone(r.result);
    twice.pods.find((p) => p.name === pending.name)!.explanation = [{ ...last, attempt: 1 }, { ...last, attempt: 2 }];
    const folded = podDetail(twice, podKey(pending), 'en');
    assert.deepEqual([...folded.matchAll(/<details class="attempt earlier"><summary>(.*?)<\/summary>/g)].map((m) => m[1]), ['attempt 1: unschedulable; 4 nodes checked, 0 feasible']);
    assert.match(folded, /<section class="attempt"><h3>attempt 2: unschedulable; 4 nodes checked, 0 feasible<\/h3>/);
  });

  it('says so for a pod the scheduler never saw, and for an unknown pod', () => {
    const r = respond(APP);
    assert.match(podDetail(r.result, 'default/other', 'en'), /<p class="hint">This pod never went through the scheduler\.<\/p>/);
    assert.equal(podDetail(r.result, 'default/none', 'en'), '<p class="hint">no pod named default/none</p>');
  });
});

describe('what-if banners', () => {
  it('says what happens to each pod of a failed node, and who cannot come back', () => {
    const r = simulationResponse({ manifests: [{ uri: URI, text: APP }], cluster: null, whatIf: { kind: 'nodeFailure', node: 'worker-1', mode: 'remove' } }, 'en', notes);
    const body = reportBody(reportModel(r, 'x'));
    const evicted = r.whatIf?.kind === 'nodeFailure' ? r.whatIf.evictions[0] : undefined;
    assert.ok(evicted);
    assert.match(body, /<section class="whatif whatif-bad" aria-labelledby="whatif-title"><h2 id="whatif-title">What if node worker-1 fails \(it and its pods are gone\):<\/h2>/);
    assert.ok(body.includes(`<tr class="eviction eviction-pending"><th scope="row">${evicted.pod}</th><td>Deployment/web</td><td>its replacement ${evicted.replacement} stays Pending<p class="message">`));
    assert.ok(body.includes(`<p class="verdict">Cannot come back: ${evicted.pod}</p>`));
    assert.ok(!body.includes('data-node="worker-1"'), 'the failed node is gone');
    assert.deepEqual(r.notes.map((n) => n.topic), ['selfHealing', 'simulation.report', 'cluster.environment']);
    assert.match(body, /<summary>Self-healing<\/summary>/);
  });

  it('names the nodes to add and marks them on their cards', () => {
    const r = simulationResponse({ manifests: [{ uri: URI, text: APP }], cluster: null, whatIf: { kind: 'nodesNeeded' } }, 'ko', notes);
    const body = reportBody(reportModel(r, 'x'));
    assert.match(body, /<h2 id="whatif-title">노드가 몇 개 필요한가\?<\/h2><p class="verdict">worker-1와\(과\) 같은 노드\(4 CPU, 메모리 16Gi, 파드 110개; 존 ap-northeast-2a, ap-northeast-2b, ap-northeast-2c\)가 1개 더 있으면/);
    assert.match(body, /<article class="node added" aria-labelledby="node-4" data-node="worker-1-extra-1"><header><h3 id="node-4">worker-1-extra-1<\/h3>.*<span class="badge badge-added">추가됨<\/span>/);
  });
});

describe('reportPage', () => {
  it('allows only the nonced script and the extension’s stylesheet: no inline code, no remote content', () => {
    const page = reportPage({ body: '<p>x</p>', locale: 'ko', title: 'T <x>', nonce: 'abc123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://r/report.js', styleUri: 'https://r/report.css' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];
    assert.equal(
      csp,
      "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-abc123'; img-src https://file+.vscode-resource.vscode-cdn.net data:; font-src https://file+.vscode-resource.vscode-cdn.net; base-uri 'none'; form-action 'none'",
    );
    assert.doesNotMatch(csp, /unsafe|\*/);
    assert.deepEqual([...page.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script nonce="abc123" src="https://r/report.js">']);
    assert.match(page, /^<!DOCTYPE html>\n<html lang="ko">/);
    assert.match(page, /<title>T &lt;x&gt;<\/title>/);
  });
});

describe('notesHtml', () => {
  it('renders the notes, keeps raw HTML as text, opens only the notes command and https links', () => {
    const html = notesHtml(
      [
        '**공부 노트** · 2장 › SLO · [노트에서 보기](command:kubeGuide.openNotes?%5B%7B%22line%22%3A3%7D%5D)',
        '',
        '- <script>alert(1)</script> <img src=x onerror=alert(2)>',
        '- [docs](https://kubernetes.io/docs/) [bad](javascript:alert(3)) [run](command:workbench.action.terminal.new) ![pic](https://example.com/a.png)',
      ].join('\n'),
    );
    assert.equal(
      html,
      '<p><strong>공부 노트</strong> · 2장 › SLO · <a href="#" data-link="command:kubeGuide.openNotes?%5B%7B%22line%22%3A3%7D%5D">노트에서 보기</a></p>\n' +
        '<ul>\n<li>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</li>\n' +
        '<li><a href="#" data-link="https://kubernetes.io/docs/">docs</a> [bad](javascript:alert(3)) run pic</li>\n</ul>\n',
    );
    assert.ok(allowedLink('command:kubeGuide.openNotes?x'));
    assert.ok(!allowedLink('command:kubeGuide.openNotesX'));
    assert.ok(!allowedLink('http://example.com'));
  });
});

describe('workloadLens', () => {
  it('says where a workload’s pods went, or how many wait', () => {
    const r = respond(APP);
    assert.equal(workloadLens(r.result, URI, 0, 'en'), '3/4 scheduled (worker-1, worker-2, worker-3); 1 Pending');
    assert.equal(workloadLens(r.result, URI, 1, 'en'), '0/1 scheduled: 1 NotHandled');
    assert.equal(workloadLens(r.result, URI, 2, 'en'), null);
    const ok = respond(APP.replace('replicas: 4', 'replicas: 2'), 'ko');
    assert.equal(workloadLens(ok.result, URI, 0, 'ko'), '2개 중 2개 배치: worker-1, worker-2');
  });
});
