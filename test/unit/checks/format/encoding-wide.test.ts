// Issue 13, problem 8: UTF-16 and UTF-32 files are known by their BOM or by the NUL pattern of their characters,
// decoded and linted; a declared encoding that disagrees is an error; a NUL byte anywhere is a finding at its line.
import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, lintWith, packageWith } from '../../../helpers/lint-files.js';
import { detectEncoding, Utf32Decoder } from '../../../../src/readers/bytes.js';

const lint = lintWith('encoding');
afterEach(cleanupTempDirs);

const CSV = 'id,name\n1,Café\nx,Bar\n';
const SCHEMA = { fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string' }] };

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [...text].map((ch) => ch.codePointAt(0)!);
  const buf = Buffer.alloc(points.length * 4);
  points.forEach((cp, i) => (littleEndian ? buf.writeUInt32LE(cp, i * 4) : buf.writeUInt32BE(cp, i * 4)));
  return buf;
}

const ENCODED: Record<string, { bom: Buffer; body: Buffer }> = {
  'utf-16le': { bom: Buffer.from([0xff, 0xfe]), body: Buffer.from(CSV, 'utf16le') },
  'utf-16be': { bom: Buffer.from([0xfe, 0xff]), body: Buffer.from(CSV, 'utf16le').swap16() },
  'utf-32le': { bom: Buffer.from([0xff, 0xfe, 0, 0]), body: utf32(CSV, true) },
  'utf-32be': { bom: Buffer.from([0, 0, 0xfe, 0xff]), body: utf32(CSV, false) },
};

describe('wide encodings (UTF-16, UTF-32)', () => {
  for (const [encoding, { bom, body }] of Object.entries(ENCODED)) {
    for (const withBom of [true, false]) {
      const content = withBom ? Buffer.concat([bom, body]) : body;
      const by = withBom ? 'its byte-order mark' : 'the NUL bytes in its characters';
      it(`${encoding} ${withBom ? 'with' : 'without'} a BOM, declared utf-8: an error, and its rows are linted`, async () => {
        const findings = await lintFiles(packageWith('data.csv', content, SCHEMA, { encoding: 'utf-8' }), {
          rules: [{ check: 'encoding' }, { check: 'type' }, { check: 'file-format' }],
        });
        expect(brief(findings)).toEqual([
          { ruleId: 'format/encoding', file: 'data.csv', line: 1, message: `The file is ${encoding.toUpperCase()} (known by ${by}), but its metadata declares the encoding 'utf-8'` },
          { ruleId: 'format/type', file: 'data.csv', line: 3, column: 1, field: 'id', message: expect.stringContaining("'x'") },
        ]);
        expect(findings[0]!.severity).toBe('error');
      });

      it(`${encoding} ${withBom ? 'with' : 'without'} a BOM, declared as it is: no finding`, async () => {
        const declared = encoding.startsWith('utf-16') && withBom ? 'utf-16' : encoding;
        expect(await lint(packageWith('data.csv', content, SCHEMA, { encoding: declared }))).toEqual([]);
      });
    }
  }

  it('a lone UTF-16 file declares nothing: says so', async () => {
    const findings = await lint({ 'data.csv': Buffer.from(CSV, 'utf16le') });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/encoding', file: 'data.csv', line: 1, message: 'The file is UTF-16LE (known by the NUL bytes in its characters), but no encoding is declared, so other tools read it as UTF-8' },
    ]);
  });

  it('UTF-16 JSON records are read, with their lines', async () => {
    const json = '[\n{"id": 1},\n{"id": "x"}\n]\n';
    const findings = await lintFiles(packageWith('data.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]), { fields: [{ name: 'id', type: 'integer' }] }, { encoding: 'utf-16' }), {
      rules: [{ check: 'encoding' }, { check: 'type' }],
    });
    expect(brief(findings).map((f) => [f.ruleId, f.line])).toEqual([['format/type', 3]]);
  });
});

describe('NUL bytes', () => {
  it('a NUL byte far after the first 8 KB is reported at its line', async () => {
    const rows = ['id,name'];
    for (let i = 1; i <= 2000; i++) rows.push(`${i},name ${i}`);
    const head = `${rows.join('\n')}\n`;
    const line = rows.length + 1;
    const file = Buffer.concat([Buffer.from(head), Buffer.from('2001,a\0b\n2002,c\n')]);
    expect(file.indexOf(0)).toBeGreaterThan(8192);
    expect(brief(await lint({ 'data.csv': file }))).toEqual([
      { ruleId: 'format/encoding', file: 'data.csv', line, message: `A NUL byte (0x00) in the text, the first on line ${line}` },
    ]);
  });

  it('a few NUL bytes early in the file: text with a finding, not binary', async () => {
    const findings = await lintFiles({ 'data.csv': Buffer.from('a,b\n1,2\0\x003\n4,5\n', 'latin1') }, { rules: [{ check: 'encoding' }, { check: 'file-format' }] });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/encoding', file: 'data.csv', line: 2, message: '2 NUL bytes (0x00) in the text, the first on line 2' },
    ]);
  });

  it('a NUL character in UTF-16 text and in NDJSON', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n3,\0\n', 'utf16le')]);
    const findings = await lint(packageWith('data.csv', utf16, undefined, { encoding: 'utf-16le' }));
    expect(brief(findings).map((f) => [f.line, f.message])).toEqual([[3, 'A NUL byte (0x00) in the text, the first on line 3']]);
    const ndjson = await lint({ 'data.ndjson': '{"a": 1}\n{"a": "\0"}\n' });
    expect(brief(ndjson).map((f) => f.line)).toEqual([2]);
  });
});

describe('detectEncoding and the UTF-32 decoder', () => {
  it('tells the byte orders apart and leaves UTF-8 and binary alone', () => {
    expect(detectEncoding(Buffer.from('id,name\n', 'utf16le'))).toEqual({ encoding: 'utf-16le', by: 'nulPattern' });
    expect(detectEncoding(Buffer.from('id,name\n', 'utf16le').swap16())).toEqual({ encoding: 'utf-16be', by: 'nulPattern' });
    expect(detectEncoding(utf32('id,name\n', false))).toEqual({ encoding: 'utf-32be', by: 'nulPattern' });
    expect(detectEncoding(Buffer.from('id,name\n'))).toBeUndefined();
    expect(detectEncoding(Buffer.alloc(64))).toBeUndefined();
  });

  it('decodes UTF-32 split anywhere, astral characters included', () => {
    const text = 'a😀é\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text, true)]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const d = new Utf32Decoder(true);
      expect(d.decode(bytes.subarray(0, cut), { stream: true }) + d.decode(bytes.subarray(cut), { stream: true }) + d.decode()).toBe(text);
    }
    expect(new Utf32Decoder(true).decode(Buffer.from([0, 0, 0x11, 0]))).toBe('\ufffd');
  });
});
