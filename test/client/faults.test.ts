import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RESTARTS, RestartPolicy } from '../../client/src/faults';

describe('restarting a language server that died', () => {
  it('restarts and says so, then gives up after too many deaths in three minutes and says how to try again', () => {
    const policy = new RestartPolicy();
    const minute = 60_000;
    const first = policy.closed(0, 'en');
    assert.deepEqual(first, {
      restart: true,
      severity: 'warning',
      message: 'The Kube Guide language server stopped unexpectedly and was restarted. The Kube Guide output has the details.',
      actions: [{ label: 'Show Output', action: 'showOutput' }],
    });
    for (let i = 1; i < MAX_RESTARTS; i++) assert.equal(policy.closed(i * 1000, 'en').restart, true);
    const last = policy.closed(2 * minute, 'en');
    assert.deepEqual(last, {
      restart: false,
      severity: 'error',
      message: 'The Kube Guide language server stopped 5 times in 3 minutes and is not restarted again. Run "Kube Guide: Restart Language Server" to try again; the Kube Guide output has the details.',
      actions: [
        { label: 'Restart Server', action: 'restartServer' },
        { label: 'Show Output', action: 'showOutput' },
      ],
    });
  });

  it('forgets deaths older than three minutes, and all of them when the user restarts', () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < MAX_RESTARTS; i++) policy.closed(i, 'ko');
    assert.equal(policy.closed(4 * 60_000, 'ko').restart, true, 'the earlier ones are out of the window');
    for (let i = 0; i < MAX_RESTARTS; i++) policy.closed(4 * 60_000 + i, 'ko');
    policy.reset();
    const d = policy.closed(4 * 60_000 + 10, 'ko');
    assert.deepEqual([d.restart, d.message], [true, 'Kube Guide 언어 서버가 예기치 않게 멈춰서 다시 시작했습니다. 자세한 내용은 Kube Guide 출력에 있습니다.']);
  });
});
