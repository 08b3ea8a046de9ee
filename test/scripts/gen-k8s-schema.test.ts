/** The generated schema never drifts from kubernetes-types and the facts table. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { defaultFrom, enumFrom, generateSchema, renderSchema, SCHEMA_FILE } from '../../scripts/gen-k8s-schema';

describe('gen-k8s-schema', () => {
  it('regenerates server/data/k8s-schema.json byte for byte (run `npm run gen:schema` when it fails)', () => {
    const fresh = renderSchema(generateSchema());
    const stored = readFileSync(SCHEMA_FILE, 'utf8');
    assert.ok(stored.startsWith('{\n"$generatedBy": "scripts/gen-k8s-schema.ts'), 'the file names its generator');
    assert.equal(stored, fresh);
  });

  it('reads enum values stated in descriptions', () => {
    assert.deepEqual(enumFrom('Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always.'), ['Always', 'Never', 'IfNotPresent']);
    assert.deepEqual(enumFrom('Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".'), ['UDP', 'TCP', 'SCTP']);
    assert.deepEqual(enumFrom('Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.'), ['Recreate', 'RollingUpdate']);
    assert.equal(enumFrom('One of `name` or `selector` must be set'), undefined);
  });

  it('reads defaults that are values, not prose', () => {
    assert.equal(defaultFrom('Defaults to "TCP".', 'string'), '"TCP"');
    assert.equal(defaultFrom('Defaults to 1.', 'integer'), '1');
    assert.equal(defaultFrom('Defaults to 25%.', 'int-or-string'), '25%');
    assert.equal(defaultFrom('Defaults to false.', 'boolean'), 'false');
    assert.equal(defaultFrom('Defaults to the user specified in image metadata', 'integer'), undefined);
    assert.equal(defaultFrom('Default is Limits if that is explicitly specified', '{}quantity'), undefined);
    assert.equal(defaultFrom('Default is RollingUpdate.', 'string', ['Recreate', 'RollingUpdate']), 'RollingUpdate');
  });
});
