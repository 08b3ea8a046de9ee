/** Custom resources through the service: with their CRD in the workspace they are checked in full. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getLanguageService } from '../../../../server/src/service';
import { textDocument } from '../../../helpers/fixtures';

const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: databases.stable.example.com
spec:
  group: stable.example.com
  scope: Namespaced
  names: {plural: databases, kind: Database}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              diskSize: {type: integer, minimum: 10}
`;
const cr = 'apiVersion: stable.example.com/v1\nkind: Database\nmetadata:\n  name: db\nspec:\n  diskSize: 5\n';

describe('custom resources and their CRDs', () => {
  it('without the CRD: only the schema area\'s note', () => {
    const service = getLanguageService({ locale: 'en' });
    assert.deepEqual(service.doValidation(textDocument(cr)).map((d) => d.code), ['k8s/custom-resource']);
  });

  it('with the CRD in the workspace: its schema, as errors, and no note', () => {
    const service = getLanguageService({ locale: 'ko' });
    service.workspace.setText('file:///ws/crd.yaml', crd);
    const [d, ...rest] = service.doValidation(textDocument(cr));
    assert.deepEqual(rest, []);
    assert.deepEqual([d.code, d.severity, d.range, d.message], [
      'manifest/crd-schema',
      1,
      { start: { line: 5, character: 12 }, end: { line: 5, character: 13 } },
      '5는 spec.diskSize의 최솟값 10보다 작다 (`databases.stable.example.com` 스키마).',
    ]);
  });
});
