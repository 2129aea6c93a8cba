import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('json-schema');
afterEach(cleanupTempDirs);

const JSON_SCHEMA = {
  type: 'object',
  required: ['dam', 'level'],
  properties: { dam: { type: 'string' }, level: { type: 'number', minimum: 0 } },
};

describe('json-schema', () => {
  it('passes records that meet the resource\'s jsonSchema', async () => {
    const json = '[\n  {"dam": "Vaal", "level": 61.2},\n  {"dam": "Gariep", "level": 0}\n]\n';
    expect(await lint(packageWith('levels.json', json, undefined, { jsonSchema: JSON_SCHEMA }))).toEqual([]);
  });

  it('passes a JSON file with no JSON Schema', async () => {
    expect(await lint({ 'levels.json': '[{"level": "high"}]\n' })).toEqual([]);
  });

  it('reports each record that does not meet it, on the record\'s line, with the property as field', async () => {
    const json = '[\n  {"dam": "Vaal", "level": 61.2},\n  {"dam": "Gariep", "level": "high"},\n  {"level": -1}\n]\n';
    const findings = await lint(packageWith('levels.json', json, undefined, { jsonSchema: JSON_SCHEMA }));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/json-schema', message: "'level' must be number (JSON Schema type)", file: 'levels.json', line: 3, field: 'level' },
      { ruleId: 'format/json-schema', message: "The record must have required property 'dam' (JSON Schema required)", file: 'levels.json', line: 4 },
      { ruleId: 'format/json-schema', message: "'level' must be >= 0 (JSON Schema minimum)", file: 'levels.json', line: 4, field: 'level' },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['invalidProperty', { property: 'level', problem: 'must be number', keyword: 'type' }],
      ['invalidRecord', { problem: "must have required property 'dam'", keyword: 'required' }],
      ['invalidProperty', { property: 'level', problem: 'must be >= 0', keyword: 'minimum' }],
    ]);
  });

  it('reads a JSON Schema given as `schema` and checks NDJSON too', async () => {
    const ndjson = '{"dam": "Vaal", "level": 61.2}\n{"dam": 7, "level": 1}\n';
    const findings = await lint(packageWith('levels.ndjson', ndjson, JSON_SCHEMA));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/json-schema', message: "'dam' must be string (JSON Schema type)", file: 'levels.ndjson', line: 2, field: 'dam' },
    ]);
  });

  it('limits the errors listed per record to maxErrorsPerRecord', async () => {
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } } };
    const findings = await lint(packageWith('r.ndjson', '{"a": 1, "b": 2, "c": 3}\n', undefined, { jsonSchema: schema }), { options: { maxErrorsPerRecord: 2 } });
    expect(findings.map((f) => f.field)).toEqual(['a', 'b']);
  });

  it('reports a JSON Schema that cannot be compiled', async () => {
    const findings = await lint(packageWith('r.ndjson', '{"a": 1}\n', undefined, { jsonSchema: { type: 'no-such-type' } }));
    expect(brief(findings)).toEqual([
      { ruleId: 'format/json-schema', message: expect.stringContaining("The resource's JSON Schema cannot be compiled"), file: 'r.ndjson' },
    ]);
    expect(findings[0]!.messageId).toBe('uncompilable');
    expect(findings[0]!.message).toBe(`The resource's JSON Schema cannot be compiled: ${findings[0]!.data!.reason}`);
  });
});
