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
    expect(findings).toMatchObject([
      { messageId: 'recordNotObject', data: { record: 2, type: 'a number' } },
      { messageId: 'recordNotObject', data: { record: 2, type: 'an array' } },
    ]);
  });

  it('names null, strings and booleans as records', async () => {
    const findings = await lint({ 'a.ndjson': 'null\n"x"\ntrue\n' });
    expect(findings.map((f) => f.message)).toEqual([
      'Record 1 is null, not an object: each record must be a JSON object {…}',
      'Record 2 is a string, not an object: each record must be a JSON object {…}',
      'Record 3 is a boolean, not an object: each record must be a JSON object {…}',
    ]);
  });

  it('reports a top-level object instead of an array', async () => {
    const findings = await lint({ 'a.json': '{"data": [{"a": 1}]}\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/json-structure',
        message: 'The file is a JSON object, not an array of records. Put the records in a top-level array [ {…}, {…} ]. The records were read from its "data" property.',
        file: 'a.json',
        line: 1,
        column: 1,
      },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'wrappedRecords', data: { key: 'data' } });
  });

  it('reports a top-level object that does not wrap the records', async () => {
    const findings = await lint({ 'a.json': '{"id": 1}\n' });
    expect(findings).toMatchObject([
      {
        messageId: 'notArray',
        data: { type: 'object' },
        message: 'The file is a JSON object, not an array of records. Put the records in a top-level array [ {…}, {…} ]',
        line: 1,
        column: 1,
      },
    ]);
  });

  it('reports a top-level value that is not an array', async () => {
    const findings = await lint({ 'a.json': '42\n' });
    expect(findings).toMatchObject([{ messageId: 'notArray', data: { type: 'number' }, message: expect.stringMatching(/^The file is a JSON number, not an array of records/) }]);
  });

  it('reports properties after the wrapped records', async () => {
    const findings = await lint({ 'a.json': '{"data": [{"a": 1}], "meta": {}}\n' });
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([
      ['wrappedRecords', expect.stringContaining('The records were read from its "data" property.')],
      ['wrapperHasMore', 'The top-level object has other properties after "data": only the records in "data" were read'],
    ]);
  });
});
