import { secretCommitted } from '../../../../../server/src/service/rules/manifest/secret-committed';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(secretCommitted, {
  fires: [
    {
      name: 'data and stringData',
      text: `apiVersion: v1
kind: Secret
metadata:
  name: db
⟦data⟧:
  username: cm9vdA==
⟦stringData⟧:
  password: hunter2
`,
      messages: ['rules.secretCommitted.data', 'rules.secretCommitted.stringData'],
    },
  ],
  passes: [
    { name: 'empty values', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ""\n' },
    { name: 'placeholders to fill in (also base64: `<password>`)', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  user: change-me\n  token: ${TOKEN}\ndata:\n  password: PHBhc3N3b3JkPg==\n' },
    { name: 'a SealedSecret is encrypted', text: 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA==\n' },
  ],
});
