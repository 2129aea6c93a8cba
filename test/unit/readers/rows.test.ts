// readRows, the one entry of the readers: gzip-compressed CSV and JSON read like their plain twins, JSON rows as arrays
// under their own header row, records as objects in the schema's field order, GeoJSON and TopoJSON with no rows.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readRows, type RowReadOptions } from '../../../src/readers/rows.js';
import { planCsvParts } from '../../../src/readers/csv.js';
import type { DataFormat } from '../../../src/model/dataset.js';
import { cleanupTempDirs, makeTempDir } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

interface Seen {
  header: Array<{ cells: string[]; line: number; fromSchema?: boolean }>;
  rows: Array<{ cells: string[]; line: number; record: number; values?: unknown[] }>;
}

async function read(name: string, content: string | Buffer, format: DataFormat, options: RowReadOptions = {}) {
  const file = path.join(makeTempDir(), name);
  fs.writeFileSync(file, content);
  const seen: Seen = { header: [], rows: [] };
  const facts = await readRows(format, file, fs.statSync(file).size, options, {
    header: (cells, line, fromSchema) => seen.header.push({ cells: [...cells], line, ...(fromSchema ? { fromSchema } : {}) }),
    // The reader reuses its arrays: copy them.
    row: (cells, line, record, json) => seen.rows.push({ cells: [...cells], line, record, ...(json ? { values: [...json.values] } : {}) }),
  });
  return { facts, ...seen };
}

const CSV = 'id,supplier,amount\r\n1,"Acme, Ltd",10.5\r\n2,Café Durban,x\r\n';

describe('readRows: gzip', () => {
  it('reads a gzip-compressed CSV file exactly as its plain twin: rows, lines, line endings, encoding facts', async () => {
    const plain = await read('spend.csv', CSV, 'csv');
    const gz = await read('spend.csv.gz', gzipSync(CSV), 'csv', { compression: 'gz' });
    expect(gz.header).toEqual(plain.header);
    expect(gz.rows).toEqual(plain.rows);
    const { size: _a, compression, ...gzFacts } = gz.facts;
    const { size: _b, ...plainFacts } = plain.facts;
    expect(gzFacts).toEqual(plainFacts);
    expect(compression).toBe('gz');
    expect(gz.facts.lines).toBe(3);
    expect(gz.facts.lineEndings).toEqual({ CRLF: { count: 3, firstLine: 1 } });
  });

  it('counts lines and invalid bytes in the decompressed text', async () => {
    const text = Buffer.concat([Buffer.from('id,name\n1,Caf'), Buffer.from([0xe9]), Buffer.from('\n2,b\n')]);
    const { facts } = await read('x.csv.gz', gzipSync(text), 'csv', { compression: 'gz' });
    expect(facts.invalidBytes).toEqual([{ line: 2, offset: 13, bytes: 'e9', context: '1,Caf\uFFFD' }]);
    expect(facts.likelyEncoding).toBe('windows-1252');
  });

  it('reads a gzip-compressed NDJSON file', async () => {
    const r = await read('d.ndjson.gz', gzipSync('{"id": 1}\n{"id": 2}\n'), 'ndjson', { compression: 'gz', fields: ['id'] });
    expect(r.rows.map((x) => x.values)).toEqual([[1], [2]]);
    expect(r.facts).toMatchObject({ compression: 'gz', lines: 2, records: 2 });
  });

  it('reports a truncated file in the facts, after the rows it could read', async () => {
    const big = `id,n\n${Array.from({ length: 5000 }, (_, i) => `${i},${i * 3}`).join('\n')}\n`;
    const gz = gzipSync(big);
    const r = await read('cut.csv.gz', gz.subarray(0, gz.length - 100), 'csv', { compression: 'gz' });
    expect(r.facts.compressionProblem).toMatchObject({ kind: 'truncated', line: r.facts.lines });
    expect(r.rows.length).toBeGreaterThan(100);
  });

  it('notes a file declared gzip that is not, and reads it as it is', async () => {
    const r = await read('spend.csv.gz', CSV, 'csv', { compression: 'gz' });
    expect(r.facts.compressionProblem).toEqual({ kind: 'notCompressed' });
    expect(r.rows).toHaveLength(2);
  });

  it('does not cut a compressed file into parts for workers', async () => {
    const file = path.join(makeTempDir(), 'spend.csv.gz');
    fs.writeFileSync(file, gzipSync(CSV.repeat(100)));
    expect(await planCsvParts(file, fs.statSync(file).size, { compression: 'gz' }, 2)).toBeUndefined();
    const plain = path.join(path.dirname(file), 'spend.csv');
    fs.writeFileSync(plain, `${CSV}${'3,x,1\r\n'.repeat(100)}`);
    expect((await planCsvParts(plain, fs.statSync(plain).size, {}, 2))?.segments).toHaveLength(2);
  });
});

describe('readRows: JSON rows as arrays', () => {
  it('reads the first array as the header row, and each later array as a row of cells by position', async () => {
    const r = await read('dams.json', '[\n  ["dam", "level", "full"],\n  ["Vaal", 61.2, true],\n  ["Gariep", null]\n]\n', 'json', { fields: ['level', 'dam'] });
    expect(r.header).toEqual([{ cells: ['dam', 'level', 'full'], line: 2 }]);
    expect(r.rows).toEqual([
      { cells: ['Vaal', '61.2', 'true'], line: 3, record: 1, values: ['Vaal', 61.2, true] },
      { cells: ['Gariep', ''], line: 4, record: 2, values: ['Gariep', null] },
    ]);
    expect(r.facts).toMatchObject({ headerRow: true, records: 2, jsonProblems: [] });
  });

  it('skips records of the other shape (json-structure reports them)', async () => {
    const r = await read('mixed.ndjson', '["a"]\n[1]\n{"a": 2}\n[3]\n', 'ndjson');
    expect(r.rows.map((x) => [x.record, x.cells])).toEqual([[1, ['1']], [3, ['3']]]);
    expect(r.facts.jsonProblems).toEqual([{ kind: 'structure', line: 3, column: 1, problem: { id: 'recordNotArray', record: 2, type: 'object' } }]);
  });

  it('gives records that are objects the schema\'s field names as a header, marked as not read from the file', async () => {
    const r = await read('a.json', '[{"b": 2, "a": 1}]', 'json', { fields: ['a', 'b'] });
    expect(r.header).toEqual([{ cells: ['a', 'b'], line: 1, fromSchema: true }]);
    expect(r.rows).toEqual([{ cells: ['1', '2'], line: 1, record: 1, values: [1, 2] }]);
    expect((await read('e.json', '[]', 'json', { fields: ['a'] })).header).toEqual([{ cells: ['a'], line: 1, fromSchema: true }]);
  });
});

describe('readRows: GeoJSON and TopoJSON', () => {
  it('checks the document\'s structure and delivers no rows', async () => {
    const doc = '{"type": "FeatureCollection", "features": [\n  {"type": "Feature", "geometry": null}\n]}';
    const r = await read('w.geojson', doc, 'geojson');
    expect(r.header).toEqual([]);
    expect(r.rows).toEqual([]);
    expect(r.facts).toMatchObject({ records: 1, geoProblemsTotal: 1, geoProblems: [{ id: 'missingMember', pointer: '/features/0', line: 2, column: 3 }] });
  });

  it('reports a syntax error as JSON data does, at its line and column', async () => {
    const r = await read('w.geojson', '{"type": "Feature",\n "geometry": null, "properties": {},}', 'geojson');
    expect(r.facts.jsonProblems).toEqual([{ kind: 'syntax', line: 2, column: 36, message: "Trailing comma before '}'" }]);
    expect(r.facts.geoProblems).toEqual([]);
  });

  it('says a file of white space is empty', async () => {
    expect((await read('w.geojson', ' \n\t\n', 'geojson')).facts.jsonProblems).toEqual([{ kind: 'syntax', line: 1, column: 1, message: 'The file is empty: expected a GeoJSON document' }]);
  });

  it('reads a gzip-compressed TopoJSON file', async () => {
    const r = await read('t.topojson.gz', gzipSync('\uFEFF{"type": "Topology", "objects": {}, "arcs": []}'), 'topojson', { compression: 'gz' });
    expect(r.facts).toMatchObject({ compression: 'gz', bom: 'utf-8', geoProblemsTotal: 0, records: 0, lines: 1 });
  });

  it('says when a document is longer than a string can hold, and still gathers the byte facts', async () => {
    const file = path.join(makeTempDir(), 'big.geojson');
    fs.writeFileSync(file, '{"type": "FeatureCollection", "features": []}\n');
    const { readGeoFile } = await import('../../../src/readers/geo-file.js');
    const facts = await readGeoFile(file, fs.statSync(file).size, 'geojson', {}, 10);
    expect(facts.geoProblems).toEqual([{ id: 'tooLarge', pointer: '', line: 1, column: 1, data: { length: 46, max: 10 } }]);
    expect(facts.lines).toBe(1);
  });
});
