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

  it('passes an array of arrays whose first row is the header (Frictionless), and arrays per NDJSON line', async () => {
    expect(await lint({ 'a.json': '[["dam", "level"], ["Vaal", 61.2], ["Gariep", null]]\n', 'b.ndjson': '["dam", "level"]\n["Vaal", 61.2]\n' })).toEqual([]);
  });

  it('reports a row that is not an array among rows that are, numbering rows after the header', async () => {
    const findings = await lint({ 'a.json': '[\n ["dam", "level"],\n ["Vaal", 61.2],\n {"dam": "Gariep"}\n]\n' });
    expect(brief(findings)).toEqual([{
      ruleId: 'format/json-structure',
      message: "Row 2 is an object, not an array: the file's first record is a header row (an array of column names), so each row after it must be an array of values",
      file: 'a.json',
      line: 4,
      column: 2,
    }]);
    expect(findings[0]).toMatchObject({ messageId: 'recordNotArray', data: { record: 2, type: 'an object' } });
  });

  it('keeps reporting arrays among objects (a mixed file)', async () => {
    const findings = await lint({ 'a.json': '[{"dam": "Vaal"}, ["dam"], ["Gariep"]]\n' });
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['recordNotObject', { record: 2, type: 'an array' }],
      ['recordNotObject', { record: 3, type: 'an array' }],
    ]);
  });

  it('reports a header row holding something other than strings', async () => {
    const findings = await lint({ 'a.json': '[[2024, 2025], [1, 2]]\n' });
    expect(findings).toMatchObject([{
      messageId: 'headerNotString',
      data: { position: 1, type: 'a number', value: '2024' },
      message: 'The header row (the first array) holds a number at position 1 (2024): column names must be strings',
      line: 1,
      column: 2,
    }]);
  });

  it('says a top-level object that looks like GeoJSON or TopoJSON can be checked as such', async () => {
    const findings = await lint({
      'a.json': '{"type": "FeatureCollection", "features": []}\n',
      'b.json': '{"features": [], "type": "FeatureCollection"}\n',
      'c.json': '{"type": "Topology", "objects": {}, "arcs": []}\n',
      'd.json': '{"type": "invoice", "lines": []}\n',
    });
    expect(findings.map((f) => [f.file, f.messageId, f.hint])).toEqual([
      ['a.json', 'notArray', 'It looks like GeoJSON: name it .geojson or declare "format": "geojson", and odlint checks it as such'],
      ['b.json', 'wrappedRecords', 'It looks like GeoJSON: name it .geojson or declare "format": "geojson", and odlint checks it as such'],
      ['b.json', 'wrapperHasMore', undefined],
      ['c.json', 'notArray', 'It looks like TopoJSON: name it .topojson or declare "format": "topojson", and odlint checks it as such'],
      ['d.json', 'notArray', undefined],
    ]);
  });
});
