import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import { NAME, taintToleration } from '../../../../server/src/scheduler/plugins/taint-toleration';
import { makeNode, makePod, TestCluster } from '../../../helpers/scheduler';

describe(`${NAME} filter`, () => {
  const cases = [
    { name: 'no taints', pod: makePod(), node: makeNode().name('n'), want: null },
    {
      name: 'untolerated NoSchedule taint with an empty value prints "{key: }"',
      pod: makePod(),
      node: makeNode().name('n').taint('node-role.kubernetes.io/control-plane', undefined, 'NoSchedule'),
      want: { code: Code.UnschedulableAndUnresolvable, reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'] },
    },
    {
      name: 'the first untolerated taint in node order is reported',
      pod: makePod().toleration('a', 'x', 'NoSchedule'),
      node: makeNode().name('n').taint('a', 'x', 'NoSchedule').taint('b', 'y', 'NoExecute').taint('c', 'z', 'NoSchedule'),
      want: { code: Code.UnschedulableAndUnresolvable, reasons: ['node(s) had untolerated taint {b: y}'] },
    },
    { name: 'PreferNoSchedule never filters', pod: makePod(), node: makeNode().name('n').taint('p', 'q', 'PreferNoSchedule'), want: null },
    { name: 'Equal with the same value tolerates', pod: makePod().toleration('env', 'prd', 'NoSchedule', 'Equal'), node: makeNode().name('n').taint('env', 'prd', 'NoSchedule'), want: null },
    {
      name: 'Equal with another value does not',
      pod: makePod().toleration('env', 'dev', 'NoSchedule', 'Equal'),
      node: makeNode().name('n').taint('env', 'prd', 'NoSchedule'),
      want: { code: Code.UnschedulableAndUnresolvable, reasons: ['node(s) had untolerated taint {env: prd}'] },
    },
    { name: 'Exists ignores the value', pod: makePod().toleration('env', undefined, 'NoSchedule', 'Exists'), node: makeNode().name('n').taint('env', 'prd', 'NoSchedule'), want: null },
    { name: 'an empty effect matches any effect', pod: makePod().toleration('env', 'prd'), node: makeNode().name('n').taint('env', 'prd', 'NoExecute'), want: null },
    {
      name: 'NoExecute toleration does not cover NoSchedule',
      pod: makePod().toleration('env', 'prd', 'NoExecute'),
      node: makeNode().name('n').taint('env', 'prd', 'NoSchedule'),
      want: { code: Code.UnschedulableAndUnresolvable, reasons: ['node(s) had untolerated taint {env: prd}'] },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const cl = new TestCluster([c.node.obj()]);
      const got = taintToleration().filter(cl.state0(), cl.info(c.pod.obj()), cl.node('n'));
      assert.deepEqual(got && { code: got.code, reasons: got.reasons }, c.want);
    });
  }
});

describe(`${NAME} score`, () => {
  it('counts untolerated PreferNoSchedule taints and reverses the normalization', () => {
    const nodes = [
      makeNode().name('clean'),
      makeNode().name('one').taint('a', '1', 'PreferNoSchedule'),
      makeNode().name('two').taint('a', '1', 'PreferNoSchedule').taint('b', '2', 'PreferNoSchedule'),
      makeNode().name('tolerated').taint('c', '3', 'PreferNoSchedule'),
    ];
    const cl = new TestCluster(nodes.map((n) => n.obj()));
    // A NoSchedule toleration does not count for scoring; an empty-effect one does.
    const pod = cl.info(makePod().toleration('c', '3').toleration('a', '1', 'NoSchedule').obj());
    const pl = taintToleration();
    const state = cl.state0();
    pl.preScore(state, pod, cl.nodes);
    const names = ['clean', 'one', 'two', 'tolerated'];
    const raw = names.map((n) => pl.score(state, pod, cl.node(n)));
    assert.deepEqual(raw, [0, 1, 2, 0]);
    const scores = raw.slice();
    pl.normalize!(state, pod, scores, names.map((n) => cl.node(n)));
    assert.deepEqual(scores, [100, 50, 0, 100]);
  });

  it('gives every node 100 when no node has such taints', () => {
    const scores = [0, 0, 0];
    taintToleration().normalize!(new TestCluster([]).state0(), null as never, scores, []);
    assert.deepEqual(scores, [100, 100, 100]);
  });
});
