// The JSON position index against the YAML document it replaced (JSON is YAML): the same line and column for every
// value and key of generated documents, formatted compactly, pretty-printed and with CRLF line breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource, escapePointerToken } from '../../../src/util/source.js';

/** Every pointer of a value, the root first. */
function pointers(value: unknown, base = ''): string[] {
  const out = [base];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointers(v, `${base}/${i}`)));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pointers(v, `${base}/${escapePointerToken(k)}`));
  }
  return out;
}

const key = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '/', '~', '"', '\\', ' ', '1'), minLength: 1, maxLength: 4 });
const leaf = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.string({ maxLength: 6 }));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(key, tie('tree'), { maxKeys: 4 })),
}));

describe('JSON positions', () => {
  it('agree with the YAML locator on every value and key', () => {
    fc.assert(fc.property(tree, fc.constantFrom(0, 2, 'crlf'), (value, style) => {
      let text = JSON.stringify(value, null, style === 'crlf' ? 1 : style);
      if (style === 'crlf') text = text.replace(/\n/g, '\r\n');
      const json = parseSource(text, 'json');
      const yaml = parseSource(text, 'yaml');
      for (const p of [...pointers(value), '/missing', '/0/missing/deeper']) {
        expect(json.locate(p), `value at '${p}' in ${text}`).toEqual(yaml.locate(p));
        expect(json.locateKey(p), `key at '${p}' in ${text}`).toEqual(yaml.locateKey(p));
      }
    }), { numRuns: 300, seed: 20261203 });
  });

  it('takes the first of repeated keys, as before', () => {
    const doc = parseSource('{"a": 1,\n "a": 2}', 'json');
    expect(doc.locate('/a')).toEqual({ line: 1, column: 7 });
  });
});
