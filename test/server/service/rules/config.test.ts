import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NOTES_TOPICS } from '../../../../server/src/service/notes';
import { ALL_RULES } from '../../../../server/src/service/rules/catalog';
import { isEnabled, presetIncludes, resolveRulesConfig, severityFor, severitySetting } from '../../../../server/src/service/rules/config';

const rule = (preset: 'minimal' | 'recommended' | 'strict') => ({ id: 'manifest/x', severity: 'warning' as const, preset });

describe('rules configuration', () => {
  it('reads preset and per-rule severities, ignoring junk, accepting aliases', () => {
    assert.deepEqual(resolveRulesConfig({ preset: 'strict', rules: { a: 'warn', b: 'OFF', c: 'loud', d: false, e: 3 } }), {
      preset: 'strict',
      rules: { a: 'warning', b: 'off', d: 'off' },
    });
    assert.deepEqual(resolveRulesConfig({ preset: 'paranoid', rules: [] }), { preset: 'recommended', rules: {} });
    assert.deepEqual(resolveRulesConfig(undefined), { preset: 'recommended', rules: {} });
    assert.equal(severitySetting('info'), 'information');
    assert.equal(severitySetting(true), undefined);
  });

  it('nests presets: minimal ⊂ recommended ⊂ strict', () => {
    assert.equal(presetIncludes('minimal', 'recommended'), false);
    assert.equal(presetIncludes('recommended', 'minimal'), true);
    assert.equal(presetIncludes('strict', 'strict'), true);
    assert.equal(presetIncludes('recommended', 'strict'), false);
  });

  it('gives a setting precedence over the preset and over a finding\'s own severity', () => {
    const cfg = resolveRulesConfig({ preset: 'minimal', rules: { 'manifest/x': 'error' } });
    assert.equal(severityFor(cfg, 'manifest/x', rule('strict'), 'information'), 'error');
    assert.equal(severityFor(resolveRulesConfig({ rules: { 'manifest/x': 'off' } }), 'manifest/x', rule('minimal')), 'off');
  });

  it('takes a setting for a whole area, below one for the rule', () => {
    const cfg = resolveRulesConfig({ rules: { 'manifest/*': 'off', 'manifest/y': 'hint' } });
    assert.equal(severityFor(cfg, 'manifest/x', rule('minimal')), 'off');
    assert.equal(severityFor(cfg, 'manifest/y', rule('minimal')), 'hint');
    assert.equal(severityFor(cfg, 'dockerfile/x', rule('minimal')), 'warning');
  });

  it('uses the finding\'s severity, then the rule\'s, when the preset includes the rule', () => {
    const cfg = resolveRulesConfig({});
    assert.equal(severityFor(cfg, 'manifest/x', rule('recommended')), 'warning');
    assert.equal(severityFor(cfg, 'manifest/x', rule('recommended'), 'information'), 'information');
    assert.equal(severityFor(cfg, 'manifest/x', rule('strict')), 'off');
    assert.equal(isEnabled(cfg, rule('strict')), false);
  });

  it('keeps codes no rule declares (YAML syntax) unless a setting turns them off', () => {
    assert.equal(severityFor(resolveRulesConfig({ preset: 'minimal' }), 'yaml/DUPLICATE_KEY', undefined, 'error'), 'error');
    assert.equal(severityFor(resolveRulesConfig({ rules: { 'yaml/DUPLICATE_KEY': 'off' } }), 'yaml/DUPLICATE_KEY', undefined, 'error'), 'off');
  });
});

describe('rules as data', () => {
  it('names a principle of the notes that exists, so diagnostics link to its section', () => {
    assert.deepEqual(ALL_RULES.filter((r) => r.principle && !(r.principle in NOTES_TOPICS)).map((r) => r.id), []);
  });

  it('has unique ids of the form area/name', () => {
    const ids = ALL_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids.filter((id) => !/^[a-z0-9]+\/[A-Za-z0-9_.-]+$/.test(id)), []);
  });
});
