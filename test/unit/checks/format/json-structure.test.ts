import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('json-structure');
afterEach(cleanupTempDirs);

describe('json-structure', () => {
  it('passes an array of objects and one object per NDJSON line', async () => {
    expect(await lint({ 'a.json': '[{"dam": "Vaal"}, {"dam": "Gariep"}]\n', 'b.ndjson': '{"dam": "Vaal"}\n\n{"dam": "Gariep"}\n' })).toEqual([]);
  });

  it('reports records that are not objects, where they start', async () => {
    const findings = await lint({ 'a.json': '[\n {"a": 1},\n 5\n]\n', 'b.ndjson': '{"a": 1}\n["Vaal", 61.2]\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/json-structure', message: 'Record 2 is a number, not an object: each record must be a JSON object {…}', file: 'a.json', line: 3, column: 2 },
      { ruleId: 'format/json-structure', message: 'Record 2 is an array, not an object: each record must be a JSON object {…}', file: 'b.ndjson', line: 2, column: 1 },
    ]);
  });

  it('reports a top-level object instead of an array', async () => {
    const findings = await lint({ 'a.json': '{"data": [{"a": 1}]}\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/json-structure', message: expect.stringContaining('The file is a JSON object, not an array of records'), file: 'a.json', line: 1, column: 1 },
    ]);
  });
});
