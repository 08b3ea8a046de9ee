import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareQuantities,
  formatBytes,
  formatMilli,
  parseQuantity,
  quantityMilliValue,
  quantityValue,
} from '../../../server/src/common/quantity';

const q = (s: string) => {
  const v = parseQuantity(s);
  assert.ok(v, `${s} should parse`);
  return v;
};

describe('parseQuantity (apimachinery semantics)', () => {
  const valid: [string, bigint, bigint][] = [
    // text, Value(), MilliValue()
    ['0', 0n, 0n],
    ['1', 1n, 1000n],
    ['250m', 1n, 250n],
    ['0.5', 1n, 500n],
    ['1.5', 2n, 1500n],
    ['100Mi', 104857600n, 104857600000n],
    ['1.5Gi', 1610612736n, 1610612736000n],
    ['16Gi', 17179869184n, 17179869184000n],
    ['1k', 1000n, 1000000n],
    ['1M', 1000000n, 1000000000n],
    ['1E', 10n ** 18n, 10n ** 21n],
    ['1E3', 1000n, 1000000n],
    ['1e3', 1000n, 1000000n],
    ['1e-3', 1n, 1n],
    ['1e+3', 1000n, 1000000n],
    ['0.0001', 1n, 1n],
    ['1n', 1n, 1n],
    ['1.', 1n, 1000n],
    ['.5', 1n, 500n],
    ['+2', 2n, 2000n],
    ['007', 7n, 7000n],
  ];
  for (const [text, value, milli] of valid) {
    it(`reads ${text}`, () => {
      const v = q(text);
      assert.equal(quantityValue(v), value);
      assert.equal(quantityMilliValue(v), milli);
    });
  }

  it('rounds a non-zero value up to a whole nano, like Go', () => {
    assert.equal(quantityMilliValue(q('0.0000000001')), 1n);
    assert.equal(compareQuantities(q('0.0000000001'), q('1n')), 0);
  });

  it('caps the magnitude at 2^63-1', () => {
    assert.equal(quantityValue(q('100E')), (1n << 63n) - 1n);
    assert.equal(quantityValue(q('1e2000')), (1n << 63n) - 1n);
  });

  for (const bad of ['', ' 1', '1 ', '1K', '1e', '1Ki5', '1.5.5', 'abc', '1mi', '1Gb', '1GiB', '--1', '1e1.5', '1m3']) {
    it(`rejects ${JSON.stringify(bad)}`, () => assert.equal(parseQuantity(bad), null));
  }

  it('compares exactly', () => {
    assert.equal(compareQuantities(q('1Gi'), q('1024Mi')), 0);
    assert.equal(compareQuantities(q('500m'), q('0.5')), 0);
    assert.ok(compareQuantities(q('1G'), q('1Gi')) < 0);
    assert.ok(compareQuantities(q('2'), q('1999m')) > 0);
  });

  it('formats millicores and bytes as people write them', () => {
    assert.equal(formatMilli(4000n), '4');
    assert.equal(formatMilli(250n), '250m');
    assert.equal(formatBytes(17179869184n), '16Gi');
    assert.equal(formatBytes(209715200n), '200Mi');
    assert.equal(formatBytes(1000000n), '1M');
    assert.equal(formatBytes(1234567n), '1234567');
    assert.equal(formatBytes(0n), '0');
  });
});
