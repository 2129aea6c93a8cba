import { afterEach, describe, expect, it } from 'vitest';
import check, { structureMessage } from '../../../../src/checks/format/json-structure.js';
import { renderMessage } from '../../../../src/engine/active-rules.js';
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
    // The record number is a number: the finding keeps its fingerprint when records are inserted before it.
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['notObject', { record: 2, type: 'a number', object: '{…}' }],
      ['notObject', { record: 2, type: 'an array', object: '{…}' }],
    ]);
  });

  it('reports a top-level object instead of an array', async () => {
    const findings = await lint({ 'a.json': '{"data": [{"a": 1}]}\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/json-structure', message: expect.stringContaining('The file is a JSON object, not an array of records'), file: 'a.json', line: 1, column: 1 },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['wrappedArray', { key: 'data', array: '[ {…}, {…} ]' }]]);
  });

  it('reports a top-level object or value that holds no array of records', async () => {
    const findings = await lint({ 'a.json': '{"x": 1, "y": 2}\n', 'b.json': '"hello"\n' });
    expect(findings.map((f) => [f.file, f.messageId, f.data, f.message])).toEqual([
      ['a.json', 'notArray', { type: 'object', array: '[ {…}, {…} ]' }, 'The file is a JSON object, not an array of records. Put the records in a top-level array [ {…}, {…} ]'],
      ['b.json', 'notArray', { type: 'string', array: '[ {…}, {…} ]' }, 'The file is a JSON string, not an array of records. Put the records in a top-level array [ {…}, {…} ]'],
    ]);
  });

  it('reports properties beside the array of records in a top-level object', async () => {
    const findings = await lint({ 'c.json': '{"data": [{"a": 1}], "more": 1}\n' });
    expect(findings.map((f) => [f.messageId, f.data, f.message])).toEqual([
      ['wrappedArray', { key: 'data', array: '[ {…}, {…} ]' }, 'The file is a JSON object, not an array of records. Put the records in a top-level array [ {…}, {…} ]. The records were read from its "data" property.'],
      ['wrapperHasMore', { key: 'data' }, 'The top-level object has other properties after "data": only the records in "data" were read'],
    ]);
  });
});

describe('json-structure: the readers\' wordings as messages by id', () => {
  const render = (message: string) => renderMessage(check, structureMessage(message));

  it('gives back every wording byte for byte, quotes and braces in a key too', () => {
    for (const message of [
      'Record 12 is null, not an object: each record must be a JSON object {…}',
      'The file is a JSON object, not an array of records. Put the records in a top-level array [ {…}, {…} ]. The records were read from its "a \\"b\\" {c}" property.',
      'The top-level object has other properties after "x": only the records in "x" were read',
    ]) expect(render(message)).toBe(message);
    expect(structureMessage('Record 12 is null, not an object: each record must be a JSON object {…}')).toEqual({ messageId: 'notObject', data: { record: 12, type: 'null', object: '{…}' } });
  });

  it('keeps a wording no template gives back as it is written', () => {
    for (const message of ['Something else is wrong', 'The top-level object has other properties after "x": only the records in "y" were read']) {
      expect(structureMessage(message)).toEqual({ messageId: 'badStructure', data: { problem: message } });
      expect(render(message)).toBe(message);
    }
  });
});
