/**
 * Workspace trust, declared honestly: the extension runs nothing from a workspace, but some
 * settings name files to read (notes, a cluster file) or raise the bounds that keep the server
 * responsive. In Restricted Mode VS Code ignores a workspace's values of those.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const properties = pkg.contributes.configuration.properties as Record<string, { type?: string }>;

describe('workspace trust', () => {
  const trust = pkg.capabilities.untrustedWorkspaces;

  it('is limited in untrusted workspaces, with the restricted settings named', () => {
    assert.equal(trust.supported, 'limited');
    assert.match(trust.description, /^%[\w.]+%$/);
    for (const key of trust.restrictedConfigurations) assert.ok(properties[key], `${key} is not a setting`);
  });

  it('restricts every setting that names a file or a path, and every limit', () => {
    const wanted = Object.keys(properties).filter((k) => /paths?$|File$|\.limits\.|\.max[A-Z]/.test(k));
    assert.deepEqual([...trust.restrictedConfigurations].sort(), wanted.sort());
  });
});
