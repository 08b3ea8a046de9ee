import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import { ERR_REASON, NAME, nodePorts } from '../../../../server/src/scheduler/plugins/node-ports';
import { makeNode, makePod, TestCluster } from '../../../helpers/scheduler';

describe(NAME, () => {
  const conflict = { code: Code.Unschedulable, reasons: [ERR_REASON] };
  const cases = [
    { name: 'free port', running: makePod().hostPort(80), pod: makePod().hostPort(8080), want: null },
    { name: 'same port, same protocol, any IP', running: makePod().hostPort(80), pod: makePod().hostPort(80), want: conflict },
    { name: 'protocol defaults to TCP', running: makePod().hostPort(80, 'TCP'), pod: makePod().hostPort(80), want: conflict },
    { name: 'UDP and TCP do not conflict', running: makePod().hostPort(53, 'UDP'), pod: makePod().hostPort(53, 'TCP'), want: null },
    { name: '0.0.0.0 conflicts with a specific IP', running: makePod().hostPort(80, 'TCP', '10.0.0.1'), pod: makePod().hostPort(80), want: conflict },
    { name: 'a specific IP conflicts with 0.0.0.0', running: makePod().hostPort(80), pod: makePod().hostPort(80, 'TCP', '10.0.0.1'), want: conflict },
    { name: 'two different IPs do not conflict', running: makePod().hostPort(80, 'TCP', '10.0.0.1'), pod: makePod().hostPort(80, 'TCP', '10.0.0.2'), want: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const cl = new TestCluster([makeNode().name('n').obj()], [c.running.name('running').nodeName('n').obj()]);
      const pod = cl.info(c.pod.obj());
      const pl = nodePorts();
      const state = cl.state0();
      assert.equal(pl.preFilter(state, pod, cl.nodes).status, null);
      const got = pl.filter(state, pod, cl.node('n'));
      assert.deepEqual(got && { code: got.code, reasons: got.reasons }, c.want);
    });
  }
  it('skips pods without host ports', () => {
    const cl = new TestCluster([makeNode().name('n').obj()]);
    assert.equal(nodePorts().preFilter(cl.state0(), cl.info(makePod().obj()), cl.nodes).status?.code, Code.Skip);
  });
  it('counts sidecars but not ordinary init containers', () => {
    const running = makePod().name('r').nodeName('n').obj();
    running.spec!.initContainers = [
      { name: 'init', image: 'x', ports: [{ containerPort: 1, hostPort: 9000 }] },
      { name: 'side', image: 'x', restartPolicy: 'Always', ports: [{ containerPort: 2, hostPort: 9001 }] },
    ];
    const cl = new TestCluster([makeNode().name('n').obj()], [running]);
    const pl = nodePorts();
    assert.equal(pl.filter(cl.state0(), cl.info(makePod().hostPort(9000).obj()), cl.node('n')), null);
    assert.equal(pl.filter(cl.state0(), cl.info(makePod().hostPort(9001).obj()), cl.node('n'))?.code, Code.Unschedulable);
  });
});
