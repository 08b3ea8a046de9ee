import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import { ERR_REASON_UNSCHEDULABLE, NAME, nodeUnschedulable } from '../../../../server/src/scheduler/plugins/node-unschedulable';
import { makeNode, makePod, TestCluster } from '../../../helpers/scheduler';

describe(NAME, () => {
  const cases = [
    { name: 'schedulable node', pod: makePod(), node: makeNode().name('n'), want: null },
    { name: 'cordoned node', pod: makePod(), node: makeNode().name('n').unschedulable(), want: { code: Code.UnschedulableAndUnresolvable, reasons: [ERR_REASON_UNSCHEDULABLE] } },
    { name: 'tolerates the unschedulable taint', pod: makePod().toleration('node.kubernetes.io/unschedulable', undefined, 'NoSchedule', 'Exists'), node: makeNode().name('n').unschedulable(), want: null },
    { name: 'tolerates everything', pod: makePod().toleration('', undefined, undefined, 'Exists'), node: makeNode().name('n').unschedulable(), want: null },
    { name: 'toleration for another effect', pod: makePod().toleration('node.kubernetes.io/unschedulable', undefined, 'NoExecute', 'Exists'), node: makeNode().name('n').unschedulable(), want: { code: Code.UnschedulableAndUnresolvable, reasons: [ERR_REASON_UNSCHEDULABLE] } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const cl = new TestCluster([c.node.obj()]);
      const got = nodeUnschedulable().filter(cl.state0(), cl.info(c.pod.obj()), cl.node('n'));
      assert.deepEqual(got && { code: got.code, reasons: got.reasons }, c.want);
    });
  }
});
