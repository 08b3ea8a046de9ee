import { crdSchema } from '../../../../../server/src/service/rules/manifest/crd-schema';
import { ruleCases } from '../../../../helpers/rules';

/** The book's chapter 19 CRD, with a few more constraints to exercise. */
const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: databases.stable.example.com
spec:
  group: stable.example.com
  scope: Namespaced
  names: {plural: databases, singular: database, kind: Database}
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
            required: [dbType]
            properties:
              dbType:
                type: string
                pattern: '^(mysql|mariadb|postgresql)$'
              diskSize:
                type: integer
                minimum: 10
                maximum: 1000
              tier:
                type: string
                enum: [small, large]
              port:
                x-kubernetes-int-or-string: true
              replicas:
                type: array
                maxItems: 2
                items: {type: object, properties: {zone: {type: string}}}
              extra:
                type: object
                x-kubernetes-preserve-unknown-fields: true
              labels:
                type: object
                additionalProperties: {type: string}
`;

const cr = (spec: string, apiVersion = 'stable.example.com/v1') => `apiVersion: ${apiVersion}
kind: Database
metadata:
  name: my-mysql
spec:
${spec}`;

export default ruleCases(crdSchema, {
  fires: [
    {
      name: 'pattern, bounds, enum, type, unknown field (with a fix), array length',
      text: `--- file: cr.yaml
${cr(`  dbType: ⟦oracle⟧
  diskSize: ⟦5000⟧
  tier: ⟦medium⟧
  port: ⟦true⟧
  ⟦diskSzie⟧: 20
  replicas: ⟦[{zone: a}, {zone: b}, {zone: c}]⟧
  labels: {team: ⟦7⟧}
`)}--- file: crd.yaml
${crd}`,
      messages: ['rules.crd.pattern', 'rules.crd.maximum', 'rules.crd.enum', 'rules.crd.type', 'rules.crd.unknownField', 'rules.crd.maxItems', 'rules.crd.type'],
    },
    {
      name: 'a required field missing, on the key that lacks it',
      text: `--- file: cr.yaml\n${cr('  diskSize: 20\n').replace('spec:\n', '⟦spec⟧:\n')}--- file: crd.yaml\n${crd}`,
      messages: ['rules.crd.required'],
    },
    {
      name: 'a misspelt field is renamed by the fix',
      text: `--- file: cr.yaml\n${cr('  dbType: mysql\n  ⟦diskSzie⟧: 20\n')}--- file: crd.yaml\n${crd}`,
      messages: ['rules.crd.unknownField'],
      fix: cr('  dbType: mysql\n  diskSize: 20\n'),
    },
    {
      name: 'a version the CRD does not serve',
      text: `--- file: cr.yaml\n${cr('  dbType: mysql\n', '⟦stable.example.com/v2⟧')}--- file: crd.yaml\n${crd}`,
      messages: ['rules.crd.version'],
    },
  ],
  passes: [
    { name: 'the book\'s sample custom resource', text: `--- file: cr.yaml\n${cr('  dbType: mysql\n  diskSize: 100\n  port: "5432"\n  extra: {anything: [1, 2]}\n')}--- file: crd.yaml\n${crd}` },
    { name: 'no CRD in the workspace', text: cr('  whatever: 1\n') },
    {
      name: 'a v1beta1 CRD keeps unknown fields (preserveUnknownFields defaults to true)',
      text: `--- file: cr.yaml
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: a
spec:
  project: default
  unknownThing: 1
--- file: crd.yaml
apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata:
  name: applications.argoproj.io
spec:
  group: argoproj.io
  names: {kind: Application, plural: applications}
  scope: Namespaced
  version: v1alpha1
  validation:
    openAPIV3Schema:
      properties:
        spec:
          properties:
            project: {type: string}
          required: [project]
`,
    },
  ],
});
