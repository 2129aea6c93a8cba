// Type, key and dialect inference of `odlint init --datapackage`: per type with its edge cases, then whole files read
// through odlint's CSV reader (BOM, semicolons, quoted line breaks, other encodings), then a round trip through lint.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inferCsv, looksLikeKeyName, SchemaInference, UnusableCsvError, type InferredTable } from '../../../src/init/infer-schema.js';
import { cleanupTempDirs, lintFiles, makeTempDir } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

/** Feeds a header and rows straight into the inference (line numbers as in a file with one line per record). */
function infer(header: string[], rows: string[][]): InferredTable {
  const inference = new SchemaInference();
  inference.header(header);
  rows.forEach((cells, i) => inference.row(cells, i + 2));
  return inference.finish();
}

/** The type (and format) inferred for one column holding these values. */
function typeOf(values: string[], name = 'value'): string {
  const f = infer([name], values.map((v) => [v])).fields[0]!;
  return f.format === undefined ? f.type : `${f.type} ${f.format}`;
}

async function inferFile(content: string | Buffer, name = 'data.csv') {
  const file = path.join(makeTempDir(), name);
  writeFileSync(file, content);
  return inferCsv(file, name.endsWith('.tsv') ? { delimiter: '\t' } : undefined);
}

describe('types, one column at a time', () => {
  it('integer: signs, and empty cells as missing values', () => {
    expect(typeOf(['1', '-2', '+3', '', '40000000000000000000'])).toBe('integer');
  });

  it('number: integers mixed with decimals, exponents, NaN and INF', () => {
    expect(typeOf(['1', '2.5'])).toBe('number');
    expect(typeOf(['1e3', '-0.25', '.5'])).toBe('number');
    expect(typeOf(['3.5', 'NaN', 'INF', '-INF'])).toBe('number');
  });

  it('leading zeros stay strings: they are codes whose zeros a number would drop', () => {
    expect(typeOf(['007', '12'])).toBe('string');
    expect(typeOf(['0181', '2000'], 'postal_code')).toBe('string');
    expect(typeOf(['-01.5', '2'])).toBe('string');
    expect(typeOf(['0', '0.5', '10'])).toBe('number');
    expect(typeOf(['0', '10'])).toBe('integer');
  });

  it('numbers in forms odlint does not cast are strings: separators, units, padding', () => {
    expect(typeOf(['1 234', '5'])).toBe('string');
    expect(typeOf(['12,5', '3'])).toBe('string');
    expect(typeOf(['R100', '200'])).toBe('string');
    expect(typeOf([' 12', '13'])).toBe('string');
  });

  it('boolean: the default true/false spellings, but 0/1 alone is an integer', () => {
    expect(typeOf(['true', 'false', 'True', 'FALSE', ''])).toBe('boolean');
    expect(typeOf(['true', '0', '1'])).toBe('boolean');
    expect(typeOf(['1', '0', '1'])).toBe('integer');
    expect(typeOf(['yes', 'no'])).toBe('string');
    expect(typeOf(['true', 'maybe'])).toBe('string');
  });

  it('date: ISO 8601 calendar dates only; an impossible date makes the column a string', () => {
    expect(typeOf(['2026-01-31', '2024-02-29'])).toBe('date');
    expect(typeOf(['2026-01-31', '2023-02-29'])).toBe('string');
    expect(typeOf(['2026-1-31'])).toBe('string');
  });

  it('date: day/month/year and month/day/year with a strptime format, told apart by a day over 12', () => {
    const dmy = infer(['paid'], [['13/01/2026'], ['02/03/2026'], ['1/2/2026']]);
    expect(dmy.fields[0]).toEqual({ name: 'paid', type: 'date', format: '%d/%m/%Y' });
    expect(dmy.notes).toEqual([]);
    expect(typeOf(['01/13/2026', '02/03/2026'])).toBe('date %m/%d/%Y');
    expect(typeOf(['31.12.2025', '01.01.2026'])).toBe('date %d.%m.%Y');
    expect(typeOf(['31-12-2025'])).toBe('date %d-%m-%Y');
    expect(typeOf(['2025/12/31'])).toBe('date %Y/%m/%d');
    expect(typeOf(['31/12/25', '01/01/26'])).toBe('date %d/%m/%y');
  });

  it('date: when no day is over 12 the order is ambiguous: day first, with a note saying so', () => {
    const t = infer(['paid'], [['01/02/2026'], ['03/04/2026']]);
    expect(t.fields[0]).toEqual({ name: 'paid', type: 'date', format: '%d/%m/%Y' });
    expect(t.notes).toEqual([expect.stringMatching(/^'paid': no day in it is over 12.*assumed day first \('%d\/%m\/%Y'\).*'%m\/%d\/%Y'/)]);
  });

  it('datetime: ISO 8601 with T (default format), with a space or without seconds (format any), day first', () => {
    expect(typeOf(['2026-01-31T10:00:00Z', '2026-02-01T08:30:15+02:00', '2026-02-01T08:30:15'])).toBe('datetime');
    expect(typeOf(['2026-01-31 10:00:00', '2026-02-01T08:30'])).toBe('datetime any');
    expect(typeOf(['31/01/2026 10:00', '01/02/2026 08:30'])).toBe('datetime %d/%m/%Y %H:%M');
    expect(typeOf(['2026-01-31', '2026-01-31T10:00:00'])).toBe('string');
  });

  it('year only for a column named like a year; yearmonth; time', () => {
    expect(typeOf(['2025', '2026'], 'year')).toBe('year');
    expect(typeOf(['2025', '2026'], 'financial_year')).toBe('year');
    expect(typeOf(['2025', '2026'], 'visits')).toBe('integer');
    expect(typeOf(['2025/26'], 'financial_year')).toBe('string');
    expect(typeOf(['2025-09', '2025-10'], 'month')).toBe('yearmonth');
    expect(typeOf(['2025-13'], 'month')).toBe('string');
    expect(typeOf(['10:30:00', '23:59:59'])).toBe('time');
    expect(typeOf(['10:30', '23:59:05'])).toBe('time any');
  });

  it('a column empty in every row is a string, with a note; anything unparseable is a string', () => {
    const t = infer(['a', 'b'], [['1', ''], ['2', '']]);
    expect(t.fields).toEqual([{ name: 'a', type: 'integer' }, { name: 'b', type: 'string' }]);
    expect(t.notes).toEqual(["'b' is empty in every row: typed string"]);
    expect(typeOf(['N/A', '12'])).toBe('string');
  });

  it('short rows count their missing cells as empty; extra cells are ignored', () => {
    const t = infer(['a', 'b'], [['1'], ['2', '3', 'extra'], ['3', '4']]);
    expect(t.fields).toEqual([{ name: 'a', type: 'integer' }, { name: 'b', type: 'integer' }]);
    expect(t.rows).toBe(3);
  });

  it('a header with no rows gives string fields', () => {
    const t = infer(['id', 'when'], []);
    expect(t.fields).toEqual([{ name: 'id', type: 'string' }, { name: 'when', type: 'string' }]);
    expect(t.primaryKey).toBeUndefined();
    expect(t.rows).toBe(0);
    expect(t.notes).toEqual(['the file has a header but no data rows: every field is typed string and no primary key is declared']);
  });
});

describe('field names', () => {
  it('are the header cells without surrounding white space', () => {
    expect(infer([' amount ', 'Supplier Name '], []).fields.map((f) => f.name)).toEqual(['amount', 'Supplier Name']);
  });

  it('a blank header cell gets a positional name and a note; a repeated name gets a note', () => {
    const t = infer(['id', '', 'ID'], [['1', 'x', 'A']]);
    expect(t.fields.map((f) => f.name)).toEqual(['id', 'column_2', 'ID']);
    expect(t.notes).toEqual([
      "column 2 has no name in the header: the schema calls it 'column_2'; give the column that name in the file too",
      "the header names 'ID' more than once: rename one of the columns in the file and in the schema",
    ]);
    expect(t.primaryKey).toBe('id');
  });
});

describe('a first row that is data, not a header', () => {
  const names = (t: InferredTable) => t.fields.map((f) => f.name);

  it('is data when its cells parse as the types below them, with clear evidence (a URL, a date, a decimal): fields field1 …', () => {
    const t = infer(['BUF', '2015', 'http://mfma.treasury.gov.za/BUF.pdf'], [['CPT', '2015', 'http://mfma.treasury.gov.za/CPT.pdf'], ['BUF', '2016', 'http://mfma.treasury.gov.za/BUF-2016.pdf']]);
    expect(t.header).toBe(false);
    expect(t.fields).toEqual([{ name: 'field1', type: 'string' }, { name: 'field2', type: 'integer' }, { name: 'field3', type: 'string' }]);
    expect(t.rows).toBe(3);
    expect(t.notes).toEqual([
      `the first row looks like data, not a header ('BUF', '2015', 'http://mfma.treasury.gov.za/BUF.pdf' are values like those below): the fields are named field1 … field3 and the dialect says "header": false; if the first row does name the columns, remove "header": false and name the fields after it`,
    ]);
    expect(infer(['7', '2026-01-05', '12.5'], [['8', '2026-01-06', '13'], ['9', '2026-01-07', '14.25']]).header).toBe(false);
  });

  it('types the first row with the others: a decimal there makes the column number', () => {
    const t = infer(['EC101', '0.5'], [['EC102', '2'], ['EC103', '3']]);
    expect(t.header).toBe(false);
    expect(t.fields.map((f) => f.type)).toEqual(['string', 'number']);
  });

  it('is data when a code in it appears again in its column', () => {
    const t = infer(['GT', 'Gauteng', '15'], [['WC', 'Western Cape', '7'], ['GT', 'Gauteng', '16']]);
    expect(t.header).toBe(false);
    expect(t.notes[0]).toMatch(/^the first row looks like data, not a header \('GT', 'Gauteng', '15' are values/);
  });

  it('is a header when any cell is a name over typed values', () => {
    const t = infer(['code', '2015', 'url'], [['BUF', '2016', 'http://x.example/1'], ['CPT', '2017', 'http://x.example/2']]);
    expect(t.header).toBe(true);
    expect(names(t)).toEqual(['code', '2015', 'url']);
    expect(infer(['id', 'opened'], [['1', '2026-01-05']]).header).toBe(true);
  });

  it('is a header when whole numbers are the only evidence: years of a wide table, numbered columns', () => {
    const wide = infer(['region', '2019', '2020', '2021'], [['Gauteng', '15176115', '15488137', '15810388'], ['Limpopo', '5982584', '5852553', '5926724']]);
    expect(wide.header).toBe(true);
    expect(names(wide)).toEqual(['region', '2019', '2020', '2021']);
    expect(infer(['question', '1', '2', '3'], [['Q1', '10', '4', '2'], ['Q2', '7', '5', '1']]).header).toBe(true);
  });

  it('is a header when only text columns are below it, when the file has one row, or when a later row repeats it whole', () => {
    expect(infer(['province', 'capital'], [['Gauteng', 'Johannesburg'], ['Limpopo', 'Polokwane']]).header).toBe(true);
    expect(infer(['2026-01-05', '12.5'], []).header).toBe(true);
    const joined = infer(['code', 'url'], [['BUF', 'http://x.example/1'], ['code', 'url'], ['CPT', 'http://x.example/2']]);
    expect(joined.header).toBe(true);
  });

  it('keeps no header notes for a row that is data (repeated or blank cells are values there)', () => {
    const t = infer(['0', '', '0', '2026-01-05'], [['1', 'x', '1', '2026-01-06']]);
    expect(t.header).toBe(false);
    expect(t.notes).toHaveLength(1);
    expect(t.notes[0]).toMatch(/^the first row looks like data/);
  });
});

describe('primary key', () => {
  it('recognises identifier names: id, code, key, ref, uuid alone or as the last word', () => {
    for (const n of ['id', 'ID', 'code', 'clinic_id', 'Supplier ID', 'rank-id', 'rankId', 'supplierID', 'municipality_code', 'incident_ref', 'uuid']) {
      expect(looksLikeKeyName(n), n).toBe(true);
    }
    for (const n of ['paid', 'valid', 'barcode', 'ideas', 'identity', 'name', 'code_name', 'Trans No']) expect(looksLikeKeyName(n), n).toBe(false);
  });

  it('is an identifier-named column with a value in every row, all different', () => {
    const t = infer(['clinic_id', 'name'], [['CLN-1', 'a'], ['CLN-2', 'a'], ['CLN-3', 'b']]);
    expect(t.primaryKey).toBe('clinic_id');
    expect(t.notes).toEqual([]);
  });

  it('is never a column whose name does not say identifier, however unique', () => {
    expect(infer(['name', 'amount'], [['a', '1'], ['b', '2']]).primaryKey).toBeUndefined();
  });

  it('is not declared for a repeated or an empty value, with a note naming the lines', () => {
    const dup = infer(['code'], [['A'], ['B'], ['A']]);
    expect(dup.primaryKey).toBeUndefined();
    expect(dup.notes).toEqual(["'code' looks like an identifier but is not declared the primary key: 'A' appears on lines 2 and 4"]);
    const empty = infer(['id'], [['1'], [''], ['3']]);
    expect(empty.primaryKey).toBeUndefined();
    expect(empty.notes).toEqual(["'id' looks like an identifier but is not declared the primary key: it is empty on line 3"]);
  });

  it('prefers a column named exactly id, then the leftmost identifier-named column', () => {
    expect(infer(['code', 'id'], [['A', '1'], ['B', '2']]).primaryKey).toBe('id');
    expect(infer(['rank_id', 'municipality_code'], [['A', 'X'], ['B', 'Y']]).primaryKey).toBe('rank_id');
    const fallback = infer(['code', 'id'], [['A', '1'], ['B', '1']]);
    expect(fallback.primaryKey).toBe('code');
    expect(fallback.notes).toEqual(["'id' looks like an identifier but is not declared the primary key: '1' appears on lines 2 and 3"]);
  });

  it('is only a string or integer column, and not an integer column with spellings odlint casts alike', () => {
    const decimal = infer(['ref'], [['1.5'], ['2.5']]);
    expect(decimal.primaryKey).toBeUndefined();
    expect(decimal.notes).toEqual(["'ref' looks like an identifier but is not declared the primary key: it is typed number"]);
    expect(infer(['id'], [['1'], ['2']]).primaryKey).toBe('id');
    expect(infer(['id'], [['+1'], ['1']]).primaryKey).toBeUndefined(); // both are the integer 1
  });
});

describe('whole files, read as odlint reads them', () => {
  it('a UTF-8 BOM: not part of the first name; the encoding is utf-8', async () => {
    const r = await inferFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,amount\n1,2.5\n2,3\n')]));
    expect(r.table.fields).toEqual([{ name: 'id', type: 'integer' }, { name: 'amount', type: 'number' }]);
    expect(r.table.primaryKey).toBe('id');
    expect(r.encoding).toBe('utf-8');
    expect(r.facts.bom).toBe('utf-8');
  });

  it('a gzip-compressed .csv.gz file is read decompressed, as lint reads it', async () => {
    const r = await inferFile(gzipSync('id,amount\n1,2.5\n2,3\n'), 'spend.csv.gz');
    expect(r.table.fields).toEqual([{ name: 'id', type: 'integer' }, { name: 'amount', type: 'number' }]);
    expect(r.facts.compression).toBe('gz');
  });

  it('a semicolon delimiter is sniffed from the header line', async () => {
    const r = await inferFile('code;name;total\nA1;Alpha;10\nB2;Beta;20\n');
    expect(r.delimiter).toBe(';');
    expect(r.table.fields).toEqual([{ name: 'code', type: 'string' }, { name: 'name', type: 'string' }, { name: 'total', type: 'integer' }]);
    expect(r.table.primaryKey).toBe('code');
  });

  it('a .tsv file is read with tabs', async () => {
    const r = await inferFile('id\twhen\n1\t2026-01-01\n2\t2026-01-02\n', 'data.tsv');
    expect(r.delimiter).toBe('\t');
    expect(r.table.fields).toEqual([{ name: 'id', type: 'integer' }, { name: 'when', type: 'date' }]);
  });

  it('quoted cells with line breaks and delimiters are one cell; key notes give physical lines', async () => {
    const r = await inferFile('id,notes,amount\r\nA,"line one\r\nline two, with a comma",5\r\nB,"plain",6\r\nA,"""quoted""\nagain",7\r\n');
    expect(r.table.rows).toBe(3);
    expect(r.table.fields).toEqual([{ name: 'id', type: 'string' }, { name: 'notes', type: 'string' }, { name: 'amount', type: 'integer' }]);
    expect(r.table.notes).toEqual(["'id' looks like an identifier but is not declared the primary key: 'A' appears on lines 2 and 5"]);
  });

  it('Windows-1252 bytes: read again in that encoding, which is recorded, with a note', async () => {
    const r = await inferFile(Buffer.from('name,caf\xe9_count\nCaf\xe9 Durban,3\n', 'latin1'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.table.fields).toEqual([{ name: 'name', type: 'string' }, { name: 'café_count', type: 'integer' }]);
    expect(r.table.notes[0]).toMatch(/not valid UTF-8 but reads as windows-1252: declared "encoding": "windows-1252"/);
  });

  it('UTF-16 with a BOM: decoded, and the encoding recorded', async () => {
    const r = await inferFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,n\n1,2\n', 'utf16le')]));
    expect(r.encoding).toBe('utf-16le');
    expect(r.table.fields).toEqual([{ name: 'id', type: 'integer' }, { name: 'n', type: 'integer' }]);
  });

  it('an empty file or a spreadsheet cannot be described', async () => {
    await expect(inferFile('')).rejects.toThrow(UnusableCsvError);
    await expect(inferFile('')).rejects.toThrow(/it is empty/);
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml xl/workbook.xml')]);
    await expect(inferFile(xlsx)).rejects.toThrow('it is an Excel workbook, not a CSV file');
  });
});

describe('what the reader could not read', () => {
  it('says how many lines a quote never closed left out, and does not count a stray quote as a row not read', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i + 3},x,${i}`).join('\n');
    const { table } = await inferFile(`id,name,amount\n1,a "b" c,1\n2,"open,2\n${rows}\n`);
    expect(table.notes).toEqual(['line 3: A quoted field opened with " on this line is never closed: lines 3–23 (21 lines) were not read; they were left out of the inference']);
  });

  it('reads the rows with text after a closing quote, and says nothing of rows not read', async () => {
    const { table } = await inferFile('id,name\n1,"a"b\n2,c\n3,"d"e\n4,f\n');
    expect(table.notes.filter((n) => /could not be read|not read/.test(n))).toEqual([]);
    expect(table.fields.map((f) => [f.name, f.type])).toEqual([['id', 'integer'], ['name', 'string']]);
  });
});

describe('round trip: what init infers, odlint lint accepts', () => {
  it('every type and format inferred passes format/type, header-schema and primary-key', async () => {
    const csv = [
      'id,flag,count,ratio,paid,paid_uk,stamp,month,year,code,note',
      '1,true,10,0.5,2026-01-02,13/01/2026,2026-01-02T10:00:00Z,2026-01,2026,007,"a, b"',
      '2,false,-3,1e3,2026-12-31,01/02/2026,2026-01-02T10:00:00+02:00,2026-12,2025,012,',
      '3,,,,,,,,,,',
    ].join('\n');
    const r = await inferFile(`${csv}\n`);
    expect(r.table.fields.map((f) => (f.format ? `${f.type} ${f.format}` : f.type))).toEqual([
      'integer', 'boolean', 'integer', 'number', 'date', 'date %d/%m/%Y', 'datetime', 'yearmonth', 'year', 'string', 'string',
    ]);
    const descriptor = { name: 'p', resources: [{ name: 'data', path: 'data.csv', schema: { fields: r.table.fields, primaryKey: r.table.primaryKey } }] };
    const findings = await lintFiles(
      { 'data.csv': `${csv}\n`, 'datapackage.json': JSON.stringify(descriptor) },
      { rules: [{ check: 'type' }, { check: 'header-schema' }, { check: 'primary-key' }, { check: 'metadata-valid' }] },
    );
    expect(findings).toEqual([]);
  });
});
