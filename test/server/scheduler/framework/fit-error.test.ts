import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitErrorMessage, sortStrings, truncateMessage } from '../../../../server/src/scheduler/framework/fit-error';
import { NodeToStatus } from '../../../../server/src/scheduler/framework/interface';
import { Code, newStatus } from '../../../../server/src/scheduler/framework/status';

function statuses(entries: Array<[string, string[], Code?]>, absent?: string): NodeToStatus {
  const m = new NodeToStatus(absent ? newStatus(Code.UnschedulableAndUnresolvable, absent) : undefined);
  for (const [node, reasons, code] of entries) m.set(node, newStatus(code ?? Code.Unschedulable, ...reasons));
  return m;
}
const diag = (s: NodeToStatus, pre = '', post = '') => ({ statuses: s, preFilterMsg: pre, postFilterMsg: post, unschedulablePlugins: new Set<string>() });

describe('FitError message', () => {
  it('counts each reason over nodes and sorts "<count> <reason>" by bytes', () => {
    const s = statuses([
      ['a', ['Insufficient cpu']],
      ['b', ['Insufficient cpu', 'Insufficient memory']],
      ['c', ["node(s) didn't match Pod's node affinity/selector"]],
    ]);
    assert.equal(fitErrorMessage(3, diag(s)), "0/3 nodes are available: 1 Insufficient memory, 1 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu.");
  });

  it('puts "10 …" before "2 …" (Go sort.Strings, not numeric)', () => {
    const entries: Array<[string, string[]]> = [];
    for (let i = 0; i < 10; i++) entries.push([`x${i}`, ['Insufficient cpu']]);
    entries.push(['y0', ['Too many pods']], ['y1', ['Too many pods']]);
    assert.equal(fitErrorMessage(12, diag(statuses(entries))), '0/12 nodes are available: 10 Insufficient cpu, 2 Too many pods.');
  });

  it('counts nodes absent from the map with the absent status (PreFilter narrowed the nodes)', () => {
    const s = statuses([['n1', ['Insufficient cpu']]], "node(s) didn't satisfy plugin(s) [NodeAffinity]");
    assert.equal(fitErrorMessage(4, diag(s)), "0/4 nodes are available: 1 Insufficient cpu, 3 node(s) didn't satisfy plugin(s) [NodeAffinity].");
  });

  it('a PreFilter rejection replaces the histogram', () => {
    const s = statuses([], 'pod affinity terms conflict');
    assert.equal(fitErrorMessage(3, diag(s, 'pod affinity terms conflict')), '0/3 nodes are available: pod affinity terms conflict.');
  });

  it('appends the PostFilter message after a space', () => {
    const s = statuses([['a', ['Insufficient cpu']]]);
    const post = 'preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';
    assert.equal(fitErrorMessage(1, diag(s, '', post)), `0/1 nodes are available: 1 Insufficient cpu. ${post}`);
  });

  it('sorts by UTF-8 bytes', () => {
    assert.deepEqual(sortStrings(['b', 'a', 'B', 'é', 'z', '10 x', '2 x']), ['10 x', '2 x', 'B', 'a', 'b', 'z', 'é']);
  });
});

describe('event truncation', () => {
  it('keeps messages up to 1024 bytes', () => {
    const m = 'x'.repeat(1024);
    assert.equal(truncateMessage(m), m);
  });
  it('cuts longer ones to 1020 bytes and " ..."', () => {
    const m = 'y'.repeat(2000);
    const t = truncateMessage(m);
    assert.equal(t.length, 1024);
    assert.ok(t.endsWith('y ...'));
  });
});
