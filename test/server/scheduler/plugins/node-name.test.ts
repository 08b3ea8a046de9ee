import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import { ERR_REASON, NAME, nodeName } from '../../../../server/src/scheduler/plugins/node-name';
import { makeNode, makePod, TestCluster } from '../../../helpers/scheduler';

describe(NAME, () => {
  const cases = [
    { name: 'no nodeName', pod: makePod(), want: null },
    { name: 'same node', pod: makePod().nodeName('n'), want: null },
    { name: 'another node', pod: makePod().nodeName('other'), want: { code: Code.UnschedulableAndUnresolvable, reasons: [ERR_REASON] } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const cl = new TestCluster([makeNode().name('n').obj()]);
      const got = nodeName().filter(cl.state0(), cl.info(c.pod.obj()), cl.node('n'));
      assert.deepEqual(got && { code: got.code, reasons: got.reasons }, c.want);
    });
  }
});
