import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relativeTo } from '../../../../server/src/service/rules/crossDoc';

describe('relativeTo (file names in cross-document messages)', () => {
  it('walks up from the folder of the first URI and decodes each segment', () => {
    assert.equal(relativeTo('file:///w/app/web.yaml', 'file:///w/app/svc.yaml'), 'svc.yaml');
    assert.equal(relativeTo('file:///w/app/web.yaml', 'file:///w/db/my%20db.yaml'), '../db/my db.yaml');
  });

  it('keeps a malformed escape as written instead of throwing (any client may send one)', () => {
    assert.equal(relativeTo('file:///w/web.yaml', 'file:///w/bad%E0%A4%A.yaml'), 'bad%E0%A4%A.yaml');
  });
});
