import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import { NAME, preEnqueue } from '../../../../server/src/scheduler/plugins/scheduling-gates';
import { compare, NAME as SORT } from '../../../../server/src/scheduler/plugins/priority-sort';
import { makePod, podInfo } from '../../../helpers/scheduler';

describe(NAME, () => {
  const cases = [
    { name: 'no gates: enqueued', pod: makePod(), want: null },
    { name: 'gates: held', pod: makePod().gate('a.io/quota').gate('b.io/x'), want: { code: Code.UnschedulableAndUnresolvable, reasons: ['waiting for scheduling gates: [a.io/quota b.io/x]'] } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = preEnqueue(podInfo(c.pod.obj()));
      assert.deepEqual(s && { code: s.code, reasons: s.reasons }, c.want);
    });
  }
});

describe(SORT, () => {
  it('higher priority first, then earlier creation', () => {
    const q = [
      { priority: 0, seq: 1, n: 'a' },
      { priority: 10, seq: 3, n: 'b' },
      { priority: 10, seq: 2, n: 'c' },
      { priority: -5, seq: 0, n: 'd' },
    ];
    assert.deepEqual(q.sort(compare).map((x) => x.n), ['c', 'b', 'a', 'd']);
  });
});
