import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/secret-in-arg-env', () => {
  ruleTable('dockerfile/secret-in-arg-env', [
    { name: 'fires on an ARG name', text: 'FROM alpine:3.20\nARG [[API_KEY]]\n', message: 'id=api_key' },
    { name: 'fires on ENV names, each', text: 'FROM alpine:3.20\nENV [[DB_PASSWORD]]=x [[GITHUB_TOKEN]]=y MODE=prod\n' },
    { name: 'fires on a global ARG', text: 'ARG [[NPM_AUTH]]\nFROM alpine:3.20\n' },
    { name: 'is quiet on public keys and lookalikes', text: 'FROM alpine:3.20\nARG PUBLIC_KEY\nENV KEYBOARD=us MONKEY=1 TOKENIZER=x\n' },
  ]);
});
