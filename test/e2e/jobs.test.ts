// --jobs: large CSV files are cut into parts that worker threads check (row-local checks) while the main thread reads
// the whole file for the rest. The report must be byte-identical to a single-threaded run. ODLINT_SPLIT_MIN_BYTES=1
// makes every CSV file "large", so the small fixtures exercise the split, the workers and the merge.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, NOW, odlint } from './helpers.js';

const SPLIT_ALL = { ODLINT_SPLIT_MIN_BYTES: '1' };
const tmp = mkdtempSync(path.join(tmpdir(), 'odlint-jobs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function both(args: string[]) {
  const serial = odlint(['lint', ...args, '--now', NOW, '--jobs', '1'], { env: SPLIT_ALL });
  const parallel = odlint(['lint', ...args, '--now', NOW, '--jobs', '3'], { env: SPLIT_ALL });
  expectNoCrash(serial);
  expectNoCrash(parallel);
  return { serial, parallel };
}

/** A spending package whose CSV has planted errors of every row-local and key kind, spread over the whole file. */
function spending(name: string, rows: number, extra: (i: number) => string | undefined = () => undefined): string {
  const dir = path.join(tmp, name);
  const lines = ['id,code,amount,paid,category,note'];
  for (let i = 1; i <= rows; i++) {
    const planted = extra(i);
    if (planted !== undefined) { lines.push(planted); continue; }
    const id = i % 97 === 0 ? i - 1 : i; // duplicate ids
    const code = i % 89 === 0 ? 'bad code' : `GT${i % 500}`;
    const amount = i % 83 === 0 ? '"12,5"' : i % 67 === 0 ? '-5.00' : `${(i * 7) % 1000}.50`;
    const paid = i % 79 === 0 ? '2026-02-30' : `2026-0${1 + (i % 9)}-1${i % 10}`;
    const category = i % 73 === 0 ? 'misc' : ['goods', 'services'][i % 2];
    const note = i % 11 === 0 ? '"Payment, with ""quotes""\nand a second line"' : i % 71 === 0 ? '' : 'routine';
    lines.push(`${id},${code},${amount},${paid},${category},${note}${i % 101 === 0 ? ',extra' : ''}`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'spending.csv'), `${lines.join('\n')}\n`);
  writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify({
    name, title: 'Spending', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    modified: '2026-11-01', accrualPeriodicity: 'R/P1M',
    resources: [{
      name: 'spending', path: 'spending.csv', format: 'csv',
      schema: {
        primaryKey: 'id',
        fields: [
          { name: 'id', type: 'integer' },
          { name: 'code', constraints: { pattern: '[A-Z]{2}[0-9]{1,3}' } },
          { name: 'amount', type: 'number', constraints: { minimum: 0 } },
          { name: 'paid', type: 'date' },
          { name: 'category', constraints: { enum: ['goods', 'services'] } },
          { name: 'note', constraints: { required: true, maxLength: 30 } },
        ],
      },
    }],
  }, null, 2));
  return dir;
}

describe('--jobs gives byte-identical reports', () => {
  it('on the demo fixtures, as JSON and stylish', () => {
    for (const format of ['json', 'stylish']) {
      const { serial, parallel } = both(['fixtures', '--format', format]);
      expect(serial.code).toBe(1);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.code).toBe(serial.code);
    }
  });

  it('on the real corpus', () => {
    const { serial, parallel } = both(['test/corpus', '--format', 'json', '--max-findings-per-rule', '0']);
    expect(JSON.parse(serial.stdout).findings.length).toBeGreaterThan(5000);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('on a generated file with planted errors of every kind, with and without a cap on findings', () => {
    const dir = spending('planted', 3000);
    for (const cap of ['0', '5']) {
      const { serial, parallel } = both([dir, '--format', 'json', '--max-findings-per-rule', cap]);
      expect(serial.code).toBe(1);
      expect(parallel.stdout).toBe(serial.stdout);
      const rules = new Set((JSON.parse(serial.stdout).findings as { ruleId: string }[]).map((f) => f.ruleId));
      expect([...rules].sort()).toEqual(['format/enum', 'format/length', 'format/pattern', 'format/ragged-row', 'format/range', 'format/required', 'format/type', 'linking/primary-key']);
    }
  });

  it('when a stray quote breaks the quoting mid-file: parts past it are void and the main thread checks the rest', () => {
    // A quote inside an unquoted cell at row 1500 (csv-parse recovers), and an unclosed quote at row 2500 (csv-parse
    // swallows the rest of the file): the parts' cut points after them may be wrong, the report must not be.
    const dir = spending('broken', 3000, (i) => (i === 1500 ? '1500,GT1,5"0,2026-01-01,goods,x' : i === 2500 ? '2500,GT1,1.00,2026-01-01,goods,"never closed' : undefined));
    const { serial, parallel } = both([dir, '--format', 'json', '--max-findings-per-rule', '0']);
    expect(parallel.stdout).toBe(serial.stdout);
    const findings = JSON.parse(serial.stdout).findings as { ruleId: string; line: number }[];
    expect(findings.some((f) => f.ruleId === 'format/quoting')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'format/type' && f.line > 1600)).toBe(true); // checked past the first break
  });

  it('when records reach the size limit: each is skipped where the text says, whichever thread reads it', () => {
    // A long unquoted row, a quote never closed (the rows it swallowed are read after it) and a long quoted cell; the
    // workers' chunks and parts cut the text elsewhere than the main thread's, and must decide the same.
    const long = 'x'.repeat(300);
    const dir = spending('over-limit', 3000, (i) => (i === 700 ? `700,GT1,${long},2026-01-01,goods,x`
      : i === 1500 ? '1500,GT1,1.00,2026-01-01,goods,"never closed' : i === 2600 ? `2600,GT1,1.00,2026-01-01,goods,"${long}\n${long}"` : undefined));
    const { serial, parallel } = both([dir, '--format', 'json', '--max-findings-per-rule', '0', '--max-record-bytes', '200']);
    expect(parallel.stdout).toBe(serial.stdout);
    const findings = JSON.parse(serial.stdout).findings as { ruleId: string; line: number; messageId: string }[];
    expect(findings.filter((f) => f.ruleId === 'format/quoting' && f.messageId !== 'quoteInUnquotedField').map((f) => f.messageId))
      // The long cell's second line, read once its record is given up, is itself too long.
      .toEqual(['recordTooLarge', 'quotedFieldTooLarge', 'quotedFieldTooLarge', 'recordTooLarge']);
    expect(findings.some((f) => f.ruleId === 'format/type' && f.line > 2700)).toBe(true); // read on past them
  });

  it('checks foreign keys in the workers against a copy of the register, and on the main thread past a quoting break', () => {
    const dir = path.join(tmp, 'linked');
    mkdirSync(dir, { recursive: true });
    const codes = Array.from({ length: 300 }, (_, i) => `MUN${String(i).padStart(3, '0')}`);
    writeFileSync(path.join(dir, 'register.csv'), `code,name\n${codes.map((c) => `${c},Place ${c}`).join('\n')}\n`);
    const rows = ['id,code,amount'];
    for (let i = 1; i <= 2000; i++) {
      if (i === 1200) rows.push('1200,MUN001,5"0'); // a stray quote: csv-parse reads the rest
      else if (i % 97 === 0) rows.push(`${i},${i % 2 ? 'mun001' : 'MUN999'},1.00`); // unknown codes, with and without a near miss
      else if (i % 151 === 0) rows.push(`${i},MUN002,1.00,extra`); // ragged rows, before and after the break
      else rows.push(`${i},${codes[i % 300]},${i}.00`);
    }
    writeFileSync(path.join(dir, 'payments.csv'), `${rows.join('\n')}\n`);
    writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify({
      name: 'linked', title: 'Linked', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }], modified: '2026-11-01', accrualPeriodicity: 'R/P1M',
      resources: [
        { name: 'register', path: 'register.csv', schema: { primaryKey: 'code', fields: [{ name: 'code' }, { name: 'name' }] } },
        { name: 'payments', path: 'payments.csv', schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'code' }, { name: 'amount', type: 'number' }], foreignKeys: [{ fields: 'code', reference: { resource: 'register', fields: 'code' } }] } },
      ],
    }));
    const { serial, parallel } = both([dir, '--format', 'json', '--max-findings-per-rule', '0']);
    expect(parallel.stdout).toBe(serial.stdout);
    const findings = JSON.parse(serial.stdout).findings as { ruleId: string; line: number; hint?: string }[];
    const lines = (rule: string) => findings.filter((f) => f.ruleId === rule).map((f) => f.line);
    expect(lines('linking/foreign-key').some((l) => l < 1200) && lines('linking/foreign-key').some((l) => l > 1201)).toBe(true);
    expect(lines('format/ragged-row').some((l) => l < 1200) && lines('format/ragged-row').some((l) => l > 1201)).toBe(true);
    expect(findings.some((f) => f.ruleId === 'linking/foreign-key' && f.hint?.includes("did you mean 'MUN001'"))).toBe(true);
  });

  it('checks register codes in the workers (a row-local check reading the standard\'s vocabulary there)', () => {
    const dir = path.join(tmp, 'provinces');
    mkdirSync(dir, { recursive: true });
    const provinces = ['EC', 'FS', 'GT', 'KZN', 'LIM', 'MP', 'NC', 'NW', 'WC'];
    const rows = ['id,province_code'];
    // Unknown codes with and without a near miss, a retired code, and missing cells, over the whole file.
    for (let i = 1; i <= 2000; i++) rows.push(`${i},${i % 89 === 0 ? 'gt' : i % 97 === 0 ? 'GP' : i % 83 === 0 ? 'NP' : i % 71 === 0 ? '' : provinces[i % 9]}`);
    writeFileSync(path.join(dir, 'offices.csv'), `${rows.join('\n')}\n`);
    writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify({
      name: 'provinces', title: 'Offices', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }], modified: '2026-11-01', accrualPeriodicity: 'R/P1M',
      resources: [{ name: 'offices', path: 'offices.csv', schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'province_code' }] } }],
    }));
    const { serial, parallel } = both([dir, '--format', 'json', '--max-findings-per-rule', '0']);
    expect(parallel.stdout).toBe(serial.stdout);
    const findings = (JSON.parse(serial.stdout).findings as { ruleId: string; line: number; message: string; hint?: string }[]).filter((f) => f.ruleId === 'linking/register-code');
    expect(findings.length).toBe(22 + 20 + 24); // 'gt' every 89th row, 'GP' every 97th (not 89th), 'NP' every 83rd (neither)
    expect(findings.some((f) => f.hint?.includes("did you mean 'GT'? (case differs)"))).toBe(true);
    expect(findings.some((f) => f.message.includes("was retired from za-provinces; use 'LIM'") && f.line > 1900)).toBe(true);
  });

  it('with per-glob overrides: the workers report each file at its own severity, and not at all where a rule is off', () => {
    const project = path.join(tmp, 'overrides');
    mkdirSync(project, { recursive: true });
    for (const name of ['central', 'legacy']) {
      const dir = spending(`overrides/${name}`, 1500);
      expect(dir.startsWith(project)).toBe(true);
    }
    writeFileSync(path.join(project, '.odlintrc.yaml'), [
      'overrides:',
      '  - files: ["legacy/**"]',
      '    rules: { format/range: off, format/enum: warning, format/type: info }',
      '  - files: ["central/spending.csv"]',
      '    rules: { format/pattern: warning }',
      '',
    ].join('\n'));
    const run = (jobs: string) => odlint(['lint', '.', '--now', NOW, '--jobs', jobs, '--format', 'json', '--max-findings-per-rule', '0'], { env: SPLIT_ALL, cwd: project });
    const serial = run('1');
    const parallel = run('3');
    expectNoCrash(serial);
    expectNoCrash(parallel);
    expect(parallel.stdout).toBe(serial.stdout);
    const findings = JSON.parse(serial.stdout).findings as { ruleId: string; severity: string; file: string }[];
    const severities = (dir: string, rule: string) => [...new Set(findings.filter((f) => f.file.startsWith(dir) && f.ruleId === rule).map((f) => f.severity))];
    expect(severities('legacy/', 'format/range')).toEqual([]);
    expect(severities('central/', 'format/range')).toEqual(['error']);
    expect(severities('legacy/', 'format/enum')).toEqual(['warning']);
    expect(severities('legacy/', 'format/type')).toEqual(['info']);
    expect(severities('central/', 'format/type')).toEqual(['error']);
    expect(severities('central/', 'format/pattern')).toEqual(['warning']);
    expect(severities('legacy/', 'format/pattern')).toEqual(['error']);
  });
});
