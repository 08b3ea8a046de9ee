import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PodAffinityTerm } from 'kubernetes-types/core/v1';
import { Code } from '../../../../server/src/scheduler/framework/status';
import {
  ERR_REASON_AFFINITY_RULES_NOT_MATCH as AFF,
  ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH as ANTI,
  ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH as EXISTING,
  interPodAffinity,
  NAME,
} from '../../../../server/src/scheduler/plugins/inter-pod-affinity';
import { makeNode, makePod, TestCluster, type PodBuilder } from '../../../helpers/scheduler';

const HOST = 'kubernetes.io/hostname';
const ZONE = 'topology.kubernetes.io/zone';
const term = (app: string, topologyKey: string, extra: Partial<PodAffinityTerm> = {}): PodAffinityTerm => ({ labelSelector: { matchLabels: { app } }, topologyKey, ...extra });

function cluster(extra: PodBuilder[] = []) {
  return new TestCluster(
    [makeNode().name('n1').zone('a').obj(), makeNode().name('n2').zone('a').obj(), makeNode().name('n3').zone('b').obj()],
    [
      makePod().name('db').labels({ app: 'db' }).nodeName('n1').obj(),
      makePod().name('cache').labels({ app: 'cache' }).podAntiAffinity(term('web', HOST)).nodeName('n3').obj(),
      ...extra.map((p) => p.obj()),
    ],
    { namespaces: { default: {}, prod: { env: 'prod' } } },
  );
}

function verdicts(pod: PodBuilder, extra: PodBuilder[] = []) {
  const cl = cluster(extra);
  const pl = interPodAffinity(cl.handle);
  const info = cl.info(pod.obj());
  const state = cl.state0();
  const pre = pl.preFilter(state, info, cl.nodes);
  if (pre.status) return pre.status.code;
  const out: Record<string, string> = {};
  for (const n of ['n1', 'n2', 'n3']) {
    const s = pl.filter(state, info, cl.node(n));
    out[n] = s === null ? 'ok' : `${s.code === Code.Unschedulable ? 'U' : 'UU'}: ${s.reasons[0]}`;
  }
  return out;
}

describe(`${NAME} filter`, () => {
  const cases: Array<{ name: string; pod: PodBuilder; extra?: PodBuilder[]; want: unknown }> = [
    { name: 'required affinity by hostname', pod: makePod().podAffinity(term('db', HOST)), want: { n1: 'ok', n2: `UU: ${AFF}`, n3: `UU: ${AFF}` } },
    { name: 'required affinity by zone', pod: makePod().podAffinity(term('db', ZONE)), want: { n1: 'ok', n2: 'ok', n3: `UU: ${AFF}` } },
    { name: 'first pod of a group that selects itself may go anywhere', pod: makePod().labels({ app: 'solo' }).podAffinity(term('solo', HOST)), want: { n1: 'ok', n2: 'ok', n3: 'ok' } },
    { name: 'no matching pod and the pod does not select itself', pod: makePod().podAffinity(term('solo', HOST)), want: { n1: `UU: ${AFF}`, n2: `UU: ${AFF}`, n3: `UU: ${AFF}` } },
    { name: 'a node without the topology key fails affinity', pod: makePod().podAffinity(term('db', 'rack')), want: { n1: `UU: ${AFF}`, n2: `UU: ${AFF}`, n3: `UU: ${AFF}` } },
    { name: 'required anti-affinity by hostname', pod: makePod().podAntiAffinity(term('db', HOST)), want: { n1: `U: ${ANTI}`, n2: 'ok', n3: 'ok' } },
    { name: 'required anti-affinity by zone', pod: makePod().podAntiAffinity(term('db', ZONE)), want: { n1: `U: ${ANTI}`, n2: `U: ${ANTI}`, n3: 'ok' } },
    { name: 'existing pods’ anti-affinity', pod: makePod().labels({ app: 'web' }), want: { n1: 'ok', n2: 'ok', n3: `U: ${EXISTING}` } },
    { name: 'terms look in the pod’s own namespace by default', pod: makePod().namespace('prod').podAffinity(term('db', HOST)), want: { n1: `UU: ${AFF}`, n2: `UU: ${AFF}`, n3: `UU: ${AFF}` } },
    { name: 'listed namespaces', pod: makePod().namespace('prod').podAffinity(term('db', HOST, { namespaces: ['default'] })), want: { n1: 'ok', n2: `UU: ${AFF}`, n3: `UU: ${AFF}` } },
    { name: 'an empty namespaceSelector selects every namespace', pod: makePod().namespace('prod').podAffinity(term('db', HOST, { namespaceSelector: {} })), want: { n1: 'ok', n2: `UU: ${AFF}`, n3: `UU: ${AFF}` } },
    {
      name: 'a namespaceSelector selects by namespace labels',
      pod: makePod().podAffinity(term('db', HOST, { namespaceSelector: { matchLabels: { env: 'prod' } } })),
      extra: [makePod().name('prod-db').namespace('prod').labels({ app: 'db' }).nodeName('n2')],
      want: { n1: `UU: ${AFF}`, n2: 'ok', n3: `UU: ${AFF}` },
    },
    { name: 'nothing to check: skipped', pod: makePod().labels({ app: 'api' }), want: Code.Skip },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(verdicts(c.pod, c.extra), c.want));
});

function scores(pod: PodBuilder, extra: PodBuilder[] = []) {
  const cl = cluster(extra);
  const pl = interPodAffinity(cl.handle);
  const info = cl.info(pod.obj());
  const state = cl.state0();
  const ns = ['n1', 'n2', 'n3'].map((n) => cl.node(n));
  const pre = pl.preScore(state, info, ns);
  if (pre) return pre.code;
  const raw = ns.map((n) => pl.score(state, info, n));
  const normalized = raw.slice();
  pl.normalize!(state, info, normalized, ns);
  return { raw, normalized };
}

describe(`${NAME} score`, () => {
  it('preferred affinity adds the weight in the matching domains', () => {
    assert.deepEqual(scores(makePod().preferredPodAffinity(10, term('db', ZONE))), { raw: [10, 10, 0], normalized: [100, 100, 0] });
  });
  it('preferred anti-affinity subtracts it; normalized from min to max', () => {
    assert.deepEqual(scores(makePod().preferredPodAntiAffinity(5, term('db', HOST))), { raw: [-5, 0, 0], normalized: [0, 100, 100] });
  });
  it('existing pods’ preferred terms and required affinity (hardPodAffinityWeight 1) count for the incoming pod', () => {
    const extra = [
      makePod().name('fan').labels({ app: 'fan' }).preferredPodAffinity(7, term('web', ZONE)).nodeName('n3'),
      makePod().name('sticky').labels({ app: 'sticky' }).podAffinity(term('web', HOST)).nodeName('n2'),
    ];
    assert.deepEqual(scores(makePod().labels({ app: 'web' }), extra), { raw: [0, 1, 7], normalized: [0, 14, 100] });
  });
  it('skips when no term applies', () => {
    assert.equal(scores(makePod().labels({ app: 'api' })), Code.Skip);
  });
});
