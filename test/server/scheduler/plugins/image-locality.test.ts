import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calculatePriority, imageLocality, NAME, normalizedImageName } from '../../../../server/src/scheduler/plugins/image-locality';
import { makeNode, makePod, TestCluster } from '../../../helpers/scheduler';

const MB = 1024 * 1024;

describe(NAME, () => {
  const cl = new TestCluster([
    makeNode().name('a').image(['docker.io/library/nginx:1.25', 'nginx:1.25'], 500 * MB).obj(),
    makeNode().name('b').image(['nginx:1.25'], 500 * MB).image(['redis:latest'], 100 * MB).obj(),
    makeNode().name('c').obj(),
  ]);
  const score = (pod: ReturnType<typeof makePod>, node: string) => imageLocality(cl.handle).score(cl.state0(), cl.info(pod.obj()), cl.node(node));
  it('scales the image size by how many nodes have it', () => {
    // 500MB × 2/3 = 349525333; 100 × (349525333 − 23MB) / (1000MB − 23MB) = 31
    assert.equal(score(makePod().image('nginx:1.25'), 'a'), 31);
    assert.equal(score(makePod().image('nginx:1.25'), 'c'), 0);
  });
  it('an untagged image means :latest', () => {
    assert.equal(normalizedImageName('redis'), 'redis:latest');
    assert.equal(normalizedImageName('registry:5000/redis'), 'registry:5000/redis:latest');
    assert.equal(normalizedImageName('registry:5000/redis:7'), 'registry:5000/redis:7');
    // 100MB × 1/3 = 34952533 → 100 × (34952533 − 24117248) / 1024458752 = 1
    assert.equal(score(makePod().image('redis'), 'b'), 1);
  });
  it('clamps to 23MB … 1000MB per container', () => {
    assert.equal(calculatePriority(0, 1), 0);
    assert.equal(calculatePriority(5000 * MB, 1), 100);
    assert.equal(calculatePriority(1000 * MB, 2), 49); // 977·100/1977
  });
});
