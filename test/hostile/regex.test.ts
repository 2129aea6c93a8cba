// Patterns from data run in linear time: each case hangs (for hours) on JavaScript's backtracking engine.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, lintFiles, packageWith } from '../helpers/lint-files.js';

afterEach(cleanupTempDirs);

const EVIL = '^(a+)+$';
const VALUE = `${'a'.repeat(40)}!`;
// 2^40 steps on a backtracking engine; a few milliseconds here. The bound leaves room for a busy CI machine.
const BOUND_MS = 5000;

// Loading the bundled standard and the checks once, so the bounds time the lint only.
beforeAll(() => lintFiles({ 'd.csv': 'a\n1\n' }, { rules: [{ check: 'pattern' }] }));

describe('regular expressions from data run in linear time', () => {
  it('a Table Schema pattern such as ^(a+)+$ against a 40-character value', async () => {
    const start = performance.now();
    const findings = await lintFiles(
      { 'datapackage.json': JSON.stringify({ name: 'p', resources: [{ name: 'd', path: 'd.csv', schema: { fields: [{ name: 'code', constraints: { pattern: EVIL } }] } }] }), 'd.csv': `code\n${VALUE}\n${'a'.repeat(40)}\n` },
      { rules: [{ check: 'pattern' }] },
    );
    expect(performance.now() - start).toBeLessThan(BOUND_MS)
    expect(findings.map((f) => [f.messageId, f.line])).toEqual([['noMatch', 2]]);
  });

  it('the same pattern in a jsonSchema', async () => {
    const start = performance.now();
    const schema = { type: 'object', properties: { code: { type: 'string', pattern: EVIL } }, patternProperties: { '^(b+)+$': { type: 'string' } } };
    const findings = await lintFiles(packageWith('r.ndjson', `{"code": "${VALUE}"}\n{"code": "aaa", "${'b'.repeat(40)}!": 1}\n`, undefined, { jsonSchema: schema }), { check: 'json-schema' });
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
    expect(findings.map((f) => [f.messageId, f.line, f.data?.keyword])).toEqual([['invalidProperty', 1, 'pattern']]);
  });

  it('a CSVW format regex', async () => {
    const start = performance.now();
    const meta = { '@context': 'http://www.w3.org/ns/csvw', url: 'd.csv', tableSchema: { columns: [{ name: 'code', datatype: { base: 'string', format: EVIL } }] } };
    const findings = await lintFiles({ 'd.csv-metadata.json': JSON.stringify(meta), 'd.csv': `code\n${VALUE}\n` }, { rules: [{ check: 'pattern' }] });
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
    expect(findings.map((f) => [f.messageId, f.line])).toEqual([['noMatch', 2]]);
  });

  it('a pattern the linear-time engine cannot run is a finding, never a silent pass', async () => {
    const findings = await lintFiles(
      { 'datapackage.json': JSON.stringify({ name: 'p', resources: [{ name: 'd', path: 'd.csv', schema: { fields: [{ name: 'code', constraints: { pattern: '(a)\\1' } }] } }] }), 'd.csv': 'code\nab\n' },
      { rules: [{ check: 'pattern' }, { check: 'metadata-valid' }] },
    );
    expect(findings.map((f) => f.message)).toEqual([
      "Resource 'd': field 'code' has a pattern that uses a feature odlint's linear-time engine does not support (backreference), so it is not checked: (a)\\1",
    ]);
  });

  it('a jsonSchema pattern the engine cannot run says so', async () => {
    const findings = await lintFiles(packageWith('r.ndjson', '{"a": "x"}\n', undefined, { jsonSchema: { properties: { a: { pattern: '(?=x)x' } } } }), { check: 'json-schema' });
    expect(findings.map((f) => f.message)).toEqual([
      `The resource's JSON Schema cannot be compiled: the pattern "(?=x)x" uses a feature odlint's linear-time regular expression engine does not support (lookahead)`,
    ]);
  });
});
