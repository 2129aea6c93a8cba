import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, positionOf } from '../../../helpers/lint-files.js';

const lint = lintWith('schema-missing');
afterEach(cleanupTempDirs);

const pkg = (...resources: string[]) => `{\n  "name": "p",\n  "resources": [\n    ${resources.join(',\n    ')}\n  ]\n}\n`;

describe('schema-missing', () => {
  it('passes resources with a Table Schema or a JSON Schema', async () => {
    const text = pkg('{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}]}}', '{"name": "b", "path": "b.json", "jsonSchema": {"type": "object"}}');
    expect(await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.json': '[{"x": 1}]\n' })).toEqual([]);
  });

  it('passes a lone data file (metadata-missing covers it) and a non-tabular resource', async () => {
    expect(await lint({ 'a.csv': 'x\n1\n' })).toEqual([]);
    expect(await lint({ 'datapackage.json': pkg('{"name": "doc", "path": "doc.pdf"}'), 'doc.pdf': '%PDF-1.4\n' })).toEqual([]);
  });

  it('reports a CSV resource without a schema, at the resource', async () => {
    const text = pkg('{"name": "a", "path": "a.csv", "schema": {"fields": [{"name": "x"}]}}', '{"name": "spending-2017-q1", "path": "spending.csv"}');
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'spending.csv': 'x\n1\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/schema-missing',
        message: "Resource 'spending-2017-q1' declares no Table Schema, so its values cannot be checked",
        file: 'datapackage.json',
        ...positionOf(text, '{"name": "spending-2017-q1"'),
      },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'noSchema', data: { resource: "Resource 'spending-2017-q1'" } });
  });

  // Regression test (a bug found while writing these tests).
  it('reports a multipart resource without a schema once', async () => {
    const text = pkg('{"name": "data", "path": ["a.csv", "b.csv"]}');
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.csv': '2\n' });
    expect(findings).toHaveLength(1);
  });
});
