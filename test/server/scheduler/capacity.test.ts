import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exceedsEveryNode } from '../../../server/src/scheduler/capacity';
import { defaultClusterNodes } from '../../../server/src/scheduler/input/cluster';

describe('requests larger than any node', () => {
  const nodes = defaultClusterNodes();
  const spec = (requests: Record<string, string>, init?: Record<string, string>) => ({
    containers: [{ name: 'c', image: 'x', resources: { requests } }],
    ...(init ? { initContainers: [{ name: 'i', image: 'x', resources: { requests: init } }] } : {}),
  });
  it('nothing when a node is large enough', () => assert.deepEqual(exceedsEveryNode(spec({ cpu: '4', memory: '16Gi' }), nodes), []));
  it('each resource beyond the largest node, with that node', () => {
    assert.deepEqual(exceedsEveryNode(spec({ cpu: '4500m', memory: '20Gi', 'nvidia.com/gpu': '1' }), nodes), [
      { resource: 'cpu', requested: '4500m', largest: '4', node: 'worker-1' },
      { resource: 'memory', requested: '20Gi', largest: '16Gi', node: 'worker-1' },
      { resource: 'nvidia.com/gpu', requested: '1', largest: '0', node: null },
    ]);
  });
  it('counts init containers as the scheduler does', () => {
    assert.deepEqual(exceedsEveryNode(spec({ cpu: '1' }, { cpu: '5' }), nodes).map((s) => s.resource), ['cpu']);
  });
  it('no nodes: nothing to compare with', () => assert.deepEqual(exceedsEveryNode(spec({ cpu: '100' }), []), []));
});
