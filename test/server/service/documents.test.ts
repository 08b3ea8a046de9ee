import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentLanguage, getLanguageService } from '../../../server/src/service';
import { textDocument } from '../../helpers/fixtures';

describe('documentLanguage', () => {
  it('names documents by language id first, then by file name', () => {
    assert.deepEqual(
      [
        documentLanguage('file:///a/x.txt', 'dockerfile'),
        documentLanguage('file:///a/Dockerfile.prod', ''),
        documentLanguage('file:///a/web.yml', ''),
        documentLanguage('file:///a/pod.json?x=1', ''),
        documentLanguage('file:///a/notes.md', ''),
      ],
      ['dockerfile', 'dockerfile', 'yaml', 'json', 'other'],
    );
  });

  // Any client may send any URI: decoding one with a malformed escape threw, and the document's
  // every request failed.
  it('reads a URI with a malformed escape (`%E0%A4%A.yaml`) as it is written', () => {
    assert.equal(documentLanguage('file:///a/bad%E0%A4%A.yaml', ''), 'yaml');
    const doc = textDocument('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n', '', 'file:///a/bad%E0%A4%A.yaml');
    assert.deepEqual(getLanguageService({ locale: 'en' }).doValidation(doc).map((d) => d.code).slice(0, 1), ['yaml/DUPLICATE_KEY']);
  });
});
