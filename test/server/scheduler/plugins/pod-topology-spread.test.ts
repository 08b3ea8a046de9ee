import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import {
  ERR_REASON_CONSTRAINTS_NOT_MATCH,
  ERR_REASON_NODE_LABEL_NOT_MATCH,
  NAME,
  podTopologySpread,
} from '../../../../server/src/scheduler/plugins/pod-topology-spread';
import { makeNode, makePod, TestCluster, type PodBuilder } from '../../../helpers/scheduler';

const web = { matchLabels: { app: 'web' } };
const nodes = () => [makeNode().name('n1').zone('a'), makeNode().name('n2').zone('a'), makeNode().name('n3').zone('b'), makeNode().name('n4').zone('c')];
const running = () => [
  makePod().name('w1').labels({ app: 'web' }).nodeName('n1'),
  makePod().name('w2').labels({ app: 'web' }).nodeName('n1'),
  makePod().name('w3').labels({ app: 'web' }).nodeName('n3'),
  makePod().name('other-ns').namespace('prod').labels({ app: 'web' }).nodeName('n4'),
  makePod().name('gone').labels({ app: 'web' }).nodeName('n4').terminating(),
];

function verdicts(pod: PodBuilder, extraNodes: ReturnType<typeof makeNode>[] = []) {
  const cl = new TestCluster([...nodes(), ...extraNodes].map((n) => n.obj()), running().map((p) => p.obj()));
  const pl = podTopologySpread(cl.handle);
  const info = cl.info(pod.obj());
  const state = cl.state0();
  const pre = pl.preFilter(state, info, cl.nodes);
  if (pre.status) return pre.status.code;
  const out: Record<string, string> = {};
  for (const n of [...cl.nodes].sort((a, b) => a.name.localeCompare(b.name))) {
    const s = pl.filter(state, info, n);
    out[n.name] = s === null ? 'ok' : `${s.code === Code.Unschedulable ? 'U' : 'UU'}: ${s.reasons.join(', ')}`;
  }
  return out;
}

const X = `U: ${ERR_REASON_CONSTRAINTS_NOT_MATCH}`;

describe(`${NAME} filter`, () => {
  const cases: Array<{ name: string; pod: PodBuilder; extra?: ReturnType<typeof makeNode>[]; want: unknown }> = [
    { name: 'zone: only the empty zone keeps the skew within 1', pod: makePod().labels({ app: 'web' }).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web }), want: { n1: X, n2: X, n3: X, n4: 'ok' } },
    {
      name: 'zone maxSkew 2',
      pod: makePod().labels({ app: 'web' }).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web, maxSkew: 2 }),
      want: { n1: X, n2: X, n3: 'ok', n4: 'ok' },
    },
    {
      name: 'hostname domains',
      pod: makePod().labels({ app: 'web' }).spread({ topologyKey: 'kubernetes.io/hostname', selector: web }),
      want: { n1: X, n2: 'ok', n3: X, n4: 'ok' },
    },
    {
      name: 'a pod its selector does not match adds nothing to its domain',
      pod: makePod().labels({ app: 'db' }).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web }),
      want: { n1: X, n2: X, n3: 'ok', n4: 'ok' },
    },
    {
      name: 'nodes outside the required node affinity form no domain (nodeAffinityPolicy Honor)',
      pod: makePod().labels({ app: 'web' }).nodeAffinityIn('topology.kubernetes.io/zone', ['a', 'b']).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web }),
      want: { n1: X, n2: X, n3: 'ok', n4: 'ok' },
    },
    {
      name: 'minDomains above the domain count makes the global minimum 0',
      pod: makePod().labels({ app: 'web' }).nodeAffinityIn('topology.kubernetes.io/zone', ['a', 'b']).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web, minDomains: 3 }),
      want: { n1: X, n2: X, n3: X, n4: 'ok' },
    },
    {
      name: 'a node without the topology key is unresolvable',
      pod: makePod().labels({ app: 'web' }).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web }),
      extra: [makeNode().name('n5')],
      want: { n1: X, n2: X, n3: X, n4: 'ok', n5: `UU: ${ERR_REASON_NODE_LABEL_NOT_MATCH}` },
    },
    {
      name: 'matchLabelKeys narrows the selector with the pod’s own values',
      pod: makePod().labels({ app: 'web', version: 'v2' }).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web, matchLabelKeys: ['version'] }),
      want: { n1: 'ok', n2: 'ok', n3: 'ok', n4: 'ok' },
    },
    { name: 'ScheduleAnyway constraints do not filter', pod: makePod().labels({ app: 'web' }).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web, whenUnsatisfiable: 'ScheduleAnyway' }), want: Code.Skip },
    { name: 'no constraints and no controller: skipped', pod: makePod().labels({ app: 'web' }), want: Code.Skip },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(verdicts(c.pod, c.extra), c.want));
});

function scores(pod: PodBuilder, sources: ConstructorParameters<typeof TestCluster>[2] = {}) {
  const cl = new TestCluster(nodes().map((n) => n.obj()), running().map((p) => p.obj()), sources);
  const pl = podTopologySpread(cl.handle);
  const info = cl.info(pod.obj());
  const state = cl.state0();
  const ns = ['n1', 'n2', 'n3', 'n4'].map((n) => cl.node(n));
  const pre = pl.preScore(state, info, ns);
  if (pre) return pre.code;
  const raw = ns.map((n) => pl.score(state, info, n));
  const normalized = raw.slice();
  pl.normalize!(state, info, normalized, ns);
  return { raw, normalized };
}

describe(`${NAME} score`, () => {
  it('zone: count × ln(domains + 2) + maxSkew − 1, then 100 × (max + min − s) / max', () => {
    // weight ln(3 + 2) = 1.609: n1, n2 (zone a, 2 pods) 3.22 → 3; n3 1.61 → 2; n4 0
    assert.deepEqual(scores(makePod().labels({ app: 'web' }).spread({ topologyKey: 'topology.kubernetes.io/zone', selector: web, whenUnsatisfiable: 'ScheduleAnyway' })), {
      raw: [3, 3, 2, 0],
      normalized: [0, 0, 33, 100],
    });
  });
  it('hostname: counts the node’s own pods', () => {
    // weight ln(4 + 2) = 1.792, maxSkew 2: n1 2·1.792 + 1 = 4.58 → 5; n2 1; n3 2.79 → 3; n4 1
    assert.deepEqual(scores(makePod().labels({ app: 'web' }).spread({ topologyKey: 'kubernetes.io/hostname', selector: web, maxSkew: 2, whenUnsatisfiable: 'ScheduleAnyway' })), {
      raw: [5, 1, 3, 1],
      normalized: [20, 100, 60, 100],
    });
  });
  it('system defaults apply when a Service selects the pod (hostname maxSkew 3, zone maxSkew 5)', () => {
    // selector app=web from the Service. hostname ln 6 = 1.792, zone ln 5 = 1.609:
    // n1 2·1.792 + 2 + 2·1.609 + 4 = 12.80 → 13; n2 0 + 2 + 3.22 + 4 = 9.22 → 9; n3 1.792 + 2 + 1.609 + 4 = 9.40 → 9; n4 6
    assert.deepEqual(scores(makePod().labels({ app: 'web' }), { sources: [{ kind: 'Service', namespace: 'default', name: 'web', selectorSet: { app: 'web' } }] }), {
      raw: [13, 9, 9, 6],
      normalized: [46, 76, 76, 100],
    });
  });
  it('no system defaults without a Service or controller that selects the pod', () => {
    assert.equal(scores(makePod().labels({ app: 'web' })), Code.Skip);
  });
});
