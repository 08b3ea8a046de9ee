import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PodSpec } from 'kubernetes-types/core/v1';
import { podResources, resourceList, ResourceError } from '../../../server/src/scheduler/resources';

const c = (requests?: Record<string, string>, limits?: Record<string, string>, extra: object = {}) => ({ name: 'c', image: 'x', resources: { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) }, ...extra });

describe('pod requests as kube-scheduler counts them', () => {
  const cases: Array<{ name: string; spec: PodSpec; want: { cpu: number; mem: number; nzCpu: number; nzMem: number } }> = [
    { name: 'no requests: 0, non-zero 100m/200Mi', spec: { containers: [c()] }, want: { cpu: 0, mem: 0, nzCpu: 100, nzMem: 209715200 } },
    { name: 'sum of containers', spec: { containers: [c({ cpu: '250m', memory: '64Mi' }), c({ cpu: '0.5', memory: '1Gi' })] }, want: { cpu: 750, mem: 1140850688, nzCpu: 750, nzMem: 1140850688 } },
    { name: 'non-zero defaults per container missing a resource', spec: { containers: [c({ cpu: '250m' }), c({ memory: '1Gi' })] }, want: { cpu: 250, mem: 1073741824, nzCpu: 350, nzMem: 1283457024 } },
    { name: 'an explicit 0 stays 0', spec: { containers: [c({ cpu: '0', memory: '0' })] }, want: { cpu: 0, mem: 0, nzCpu: 0, nzMem: 0 } },
    { name: 'limits default the requests', spec: { containers: [c(undefined, { cpu: '2', memory: '1Gi' })] }, want: { cpu: 2000, mem: 1073741824, nzCpu: 2000, nzMem: 1073741824 } },
    {
      name: 'an init container larger than the containers decides',
      spec: { containers: [c({ cpu: '500m' })], initContainers: [{ name: 'i', image: 'x', resources: { requests: { cpu: '2' } } }] },
      want: { cpu: 2000, mem: 0, nzCpu: 2000, nzMem: 209715200 },
    },
    {
      name: 'sidecars add to containers and to later init containers',
      spec: {
        containers: [c({ cpu: '500m' })],
        initContainers: [
          { name: 's', image: 'x', restartPolicy: 'Always', resources: { requests: { cpu: '300m' } } },
          { name: 'i', image: 'x', resources: { requests: { cpu: '600m' } } },
        ],
      },
      // containers + sidecar = 800m; init 600m + sidecar 300m = 900m → max 900m
      want: { cpu: 900, mem: 0, nzCpu: 900, nzMem: 419430400 },
    },
    { name: 'overhead adds to both', spec: { containers: [c({ cpu: '100m' })], overhead: { cpu: '250m', memory: '120Mi' } }, want: { cpu: 350, mem: 125829120, nzCpu: 350, nzMem: 335544320 } },
    { name: 'quantities are summed before rounding up', spec: { containers: [c({ cpu: '0.5m' }), c({ cpu: '0.5m' })] }, want: { cpu: 1, mem: 0, nzCpu: 1, nzMem: 419430400 } },
    {
      name: 'pod-level requests replace the containers’ cpu/memory',
      spec: { containers: [c({ cpu: '100m' })], resources: { requests: { cpu: '1', memory: '2Gi' } } } as PodSpec,
      want: { cpu: 1000, mem: 2147483648, nzCpu: 1000, nzMem: 2147483648 },
    },
  ];
  for (const t of cases) {
    it(t.name, () => {
      const r = podResources(t.spec);
      assert.deepEqual({ cpu: r.requests.milliCPU, mem: r.requests.memory, nzCpu: r.nonZeroMilliCPU, nzMem: r.nonZeroMemory }, t.want);
    });
  }
  it('extended, hugepages and ephemeral storage', () => {
    const r = podResources({ containers: [c({ 'nvidia.com/gpu': '2', 'hugepages-2Mi': '4Mi', 'ephemeral-storage': '1Gi', 'example': '3' })] });
    assert.deepEqual(r.requests.scalars, { 'nvidia.com/gpu': 2, 'hugepages-2Mi': 4194304 });
    assert.equal(r.requests.ephemeralStorage, 1073741824);
  });
  it('a bad quantity is a ResourceError naming it', () => {
    assert.throws(() => podResources({ containers: [c({ cpu: 'lots' })] }), (e: unknown) => e instanceof ResourceError && e.resource === 'cpu' && e.text === 'lots');
  });
  it('an absurd size is refused, not rounded', () => {
    assert.throws(() => podResources({ containers: [c({ memory: '9E' })] }), ResourceError);
  });
  it('node allocatable: pods and numbers as YAML gives them', () => {
    assert.deepEqual(resourceList({ cpu: 4, memory: '16Gi', pods: '110', 'ephemeral-storage': '100Gi' }), {
      milliCPU: 4000,
      memory: 17179869184,
      ephemeralStorage: 107374182400,
      scalars: null,
      pods: 110,
    });
  });
});
