import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import { ERR_REASON_CONFLICT, ERR_REASON_POD, NAME, nodeAffinity } from '../../../../server/src/scheduler/plugins/node-affinity';
import { makeNode, makePod, TestCluster } from '../../../helpers/scheduler';

const ssd = makeNode().name('n').labels({ disktype: 'ssd', disksize: '200' });

describe(`${NAME} filter`, () => {
  const rejected = { code: Code.UnschedulableAndUnresolvable, reasons: [ERR_REASON_POD] };
  const cases = [
    { name: 'nothing required', pod: makePod(), want: null },
    { name: 'nodeSelector matches', pod: makePod().nodeSelector({ disktype: 'ssd' }), want: null },
    { name: 'nodeSelector does not match', pod: makePod().nodeSelector({ disktype: 'hdd' }), want: rejected },
    { name: 'In', pod: makePod().nodeAffinityIn('disktype', ['nvme', 'ssd']), want: null },
    { name: 'NotIn on a missing label matches', pod: makePod().nodeAffinityIn('gpu', ['yes'], 'NotIn'), want: null },
    { name: 'Exists', pod: makePod().nodeAffinityIn('disktype', [], 'Exists'), want: null },
    { name: 'DoesNotExist', pod: makePod().nodeAffinityIn('disktype', [], 'DoesNotExist'), want: rejected },
    { name: 'Gt compares integers', pod: makePod().nodeAffinityIn('disksize', ['150'], 'Gt'), want: null },
    { name: 'Lt compares integers', pod: makePod().nodeAffinityIn('disksize', ['150'], 'Lt'), want: rejected },
    { name: 'terms are ORed', pod: makePod().nodeAffinityIn('disktype', ['hdd']).nodeAffinityIn('disksize', ['200']), want: null },
    { name: 'nodeSelector AND affinity', pod: makePod().nodeSelector({ disktype: 'ssd' }).nodeAffinityIn('disksize', ['100']), want: rejected },
    { name: 'matchFields metadata.name', pod: makePod().nodeAffinityFields(['n']), want: null },
    { name: 'matchFields another name', pod: makePod().nodeAffinityFields(['m']), want: rejected },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const cl = new TestCluster([ssd.obj()]);
      const got = nodeAffinity().filter(cl.state0(), cl.info(c.pod.obj()), cl.node('n'));
      assert.deepEqual(got && { code: got.code, reasons: got.reasons }, c.want);
    });
  }
});

describe(`${NAME} prefilter`, () => {
  const cl = new TestCluster([ssd.obj()]);
  const run = (p: ReturnType<typeof makePod>) => {
    const out = nodeAffinity().preFilter(cl.state0(), cl.info(p.obj()), cl.nodes);
    return { code: out.status?.code ?? Code.Success, reasons: out.status?.reasons ?? [], nodeNames: out.nodeNames ? [...out.nodeNames].sort() : null };
  };
  it('skips a pod with neither nodeSelector nor required affinity', () => {
    assert.deepEqual(run(makePod()), { code: Code.Skip, reasons: [], nodeNames: null });
  });
  it('narrows to the nodes named by matchFields (the DaemonSet controller’s term)', () => {
    assert.deepEqual(run(makePod().nodeAffinityFields(['b', 'a'])), { code: Code.Success, reasons: [], nodeNames: ['a', 'b'] });
  });
  it('unions the names of several terms', () => {
    assert.deepEqual(run(makePod().nodeAffinityFields(['a']).nodeAffinityFields(['c'])), { code: Code.Success, reasons: [], nodeNames: ['a', 'c'] });
  });
  it('any term without matchFields allows every node', () => {
    assert.deepEqual(run(makePod().nodeAffinityFields(['a']).nodeAffinityIn('disktype', ['ssd'])), { code: Code.Success, reasons: [], nodeNames: null });
  });
  it('conflicting names in one term reject the pod', () => {
    const p = makePod().obj();
    p.spec!.affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['a'] }, { key: 'metadata.name', operator: 'In', values: ['b'] }] }],
        },
      },
    };
    const out = nodeAffinity().preFilter(cl.state0(), cl.info(p), cl.nodes);
    assert.deepEqual({ code: out.status?.code, reasons: out.status?.reasons }, { code: Code.UnschedulableAndUnresolvable, reasons: [ERR_REASON_CONFLICT] });
  });
});

describe(`${NAME} score`, () => {
  it('sums the weights of matching preferred terms and scales by the maximum', () => {
    const nodes = [makeNode().name('a').labels({ disk: 'ssd', zone: 'z1' }), makeNode().name('b').labels({ disk: 'ssd' }), makeNode().name('c')];
    const cl = new TestCluster(nodes.map((n) => n.obj()));
    const pod = cl.info(makePod().preferredNodeAffinity(3, 'disk', ['ssd']).preferredNodeAffinity(5, 'zone', ['z1']).obj());
    const pl = nodeAffinity();
    const state = cl.state0();
    assert.equal(pl.preScore(state, pod, cl.nodes), null);
    const ns = ['a', 'b', 'c'].map((n) => cl.node(n));
    const scores = ns.map((n) => pl.score(state, pod, n));
    assert.deepEqual(scores, [8, 3, 0]);
    pl.normalize!(state, pod, scores, ns);
    assert.deepEqual(scores, [100, 37, 0]);
  });
  it('skips scoring without preferred terms', () => {
    const cl = new TestCluster([ssd.obj()]);
    assert.equal(nodeAffinity().preScore(cl.state0(), cl.info(makePod().obj()), cl.nodes)?.code, Code.Skip);
  });
});
