import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  apiVersionsOf,
  fieldAt,
  isBuiltinGroup,
  kindsOf,
  referenceUrl,
  schemaFor,
  typeAt,
  typeLabel,
} from '../../../../server/src/service/k8s/schema';

describe('the Kubernetes schema', () => {
  it('knows resources by apiVersion and kind', () => {
    const d = schemaFor('apps/v1', 'Deployment')!;
    assert.equal(d.type.name, 'apps/v1.Deployment');
    assert.equal(d.group, 'apps');
    assert.equal(d.version, 'v1');
    assert.equal(schemaFor('v1', 'Pod')!.group, '');
    assert.equal(schemaFor('apps/v1', 'Pod'), undefined);
    assert.equal(schemaFor('example.com/v1', 'Widget'), undefined);
  });

  it('gives fields along a path, with type, required and docs', () => {
    const image = fieldAt('apps/v1', 'Deployment', ['spec', 'template', 'spec', 'containers', 0, 'image'])!;
    assert.equal(image.typeExpr, 'string');
    assert.equal(image.required, true, 'optional in the declarations, required by the API server');
    assert.match(image.description, /Container image name/);
    const name = fieldAt('v1', 'Pod', ['spec', 'containers', 0, 'name'])!;
    assert.equal(name.required, true);
    assert.equal(fieldAt('v1', 'Pod', ['spec', 'containers']), fieldAt('v1', 'Pod', ['spec', 'containers']));
    assert.equal(typeLabel(fieldAt('v1', 'Pod', ['spec', 'containers'])!.type), '[]Container');
    assert.equal(fieldAt('v1', 'Pod', ['spec', 'nope']), undefined);
  });

  it('knows quantities, int-or-strings, maps and enums', () => {
    assert.equal(typeLabel(typeAt('v1', 'Pod', ['spec', 'containers', 0, 'resources', 'limits'])!), 'map[string]Quantity');
    assert.deepEqual(typeAt('v1', 'Pod', ['spec', 'containers', 0, 'resources', 'limits', 'cpu']), { kind: 'scalar', name: 'quantity' });
    assert.equal(fieldAt('v1', 'Service', ['spec', 'ports', 0, 'targetPort'])!.typeExpr, 'int-or-string');
    assert.equal(fieldAt('apps/v1', 'Deployment', ['spec', 'replicas'])!.typeExpr, 'integer');
    assert.equal(fieldAt('apps/v1', 'Deployment', ['spec', 'replicas'])!.default, '1');
    const policy = fieldAt('v1', 'Pod', ['spec', 'containers', 0, 'imagePullPolicy'])!;
    assert.deepEqual(policy.enum, ['Always', 'IfNotPresent', 'Never']);
    assert.equal(policy.enumEnforced, true);
    assert.equal(fieldAt('v1', 'Pod', ['metadata', 'labels', 'app']), undefined, 'a map entry is not a field');
    assert.deepEqual(typeAt('v1', 'Pod', ['metadata', 'labels', 'app']), { kind: 'scalar', name: 'string' });
  });

  it('does not require what the API server accepts absent', () => {
    assert.equal(fieldAt('apps/v1', 'StatefulSet', ['spec', 'serviceName'])!.required, false);
    assert.equal(fieldAt('networking.k8s.io/v1', 'NetworkPolicy', ['spec', 'podSelector'])!.required, false);
    assert.equal(fieldAt('scheduling.k8s.io/v1', 'PriorityClass', ['value'])!.required, false);
  });

  it('marks read-only fields and free-form types', () => {
    assert.equal(fieldAt('v1', 'Pod', ['status'])!.readOnly, true);
    assert.equal(fieldAt('v1', 'Pod', ['metadata', 'uid'])!.readOnly, true);
    assert.deepEqual(typeAt('apps/v1', 'ControllerRevision', ['data', 'anything', 0]), { kind: 'scalar', name: 'any' });
  });

  it('adds the webhook rule fields kubernetes-types loses', () => {
    const f = fieldAt('admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration', ['webhooks', 0, 'rules', 0, 'resources']);
    assert.equal(f?.typeExpr, '[]string');
  });

  it('lists kinds per apiVersion and apiVersions per kind', () => {
    assert.ok(kindsOf('apps/v1').includes('StatefulSet'));
    assert.deepEqual(apiVersionsOf('Deployment'), ['apps/v1']);
    assert.deepEqual([...apiVersionsOf('HorizontalPodAutoscaler')].sort(), ['autoscaling/v1', 'autoscaling/v2']);
    assert.ok(isBuiltinGroup('') && isBuiltinGroup('networking.k8s.io'));
    assert.equal(isBuiltinGroup('autoscaling.k8s.io'), false);
  });

  it('links to the API reference', () => {
    assert.equal(referenceUrl('apps/v1.Deployment'), 'https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#deployment-v1-apps');
    assert.equal(referenceUrl('core/v1.PodSpec'), 'https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#podspec-v1-core');
    assert.equal(referenceUrl('networking/v1.Ingress'), 'https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#ingress-v1-networking-k8s-io');
    assert.equal(referenceUrl('meta/v1.ObjectMeta'), 'https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#objectmeta-v1-meta');
  });
});
