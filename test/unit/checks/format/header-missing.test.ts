import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('header-missing');
afterEach(cleanupTempDirs);

const NO_HEADER = 'BUF,2015,http://x\nCPT,2016,http://y\n';
const SCHEMA = {
  fields: [
    { name: 'municipality_code', type: 'string' },
    { name: 'year', type: 'integer' },
    { name: 'report_url', type: 'string', format: 'uri' },
  ],
};

describe('header-missing', () => {
  it('passes a normal header row', async () => {
    expect(await lint({ 'data.csv': 'municipality_code,year,report_url\nBUF,2015,http://x\n' })).toEqual([]);
  });

  it('passes a header that names the schema fields', async () => {
    expect(await lint(packageWith('data.csv', 'municipality_code,year,report_url\nBUF,2015,http://x\n', SCHEMA))).toEqual([]);
  });

  it('passes a file whose dialect says it has no header row', async () => {
    expect(await lint(packageWith('data.csv', NO_HEADER, SCHEMA, { dialect: { header: false } }))).toEqual([]);
  });

  it('reports a first line that looks like data, with no schema', async () => {
    const findings = await lint({ 'data.csv': NO_HEADER });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/header-missing',
        message: "The first line looks like data, not a header: '2015', 'http://x' are values, not column names",
        file: 'data.csv',
        line: 1,
      },
    ]);
    expect(findings[0]!.hint).toContain('"dialect": {"header": false}');
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['looksLikeData', { values: "'2015', 'http://x'" }]]);
  });

  it('reports a first line that parses as the schema fields\' values, and suggests the header', async () => {
    const findings = await lint(packageWith('data.csv', NO_HEADER, SCHEMA));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/header-missing',
        message: "The first line looks like data, not a header: '2015', 'http://x' are values, not column names",
        file: 'data.csv',
        line: 1,
      },
    ]);
    expect(findings[0]!.hint).toBe('Add a header row: municipality_code,year,report_url');
  });
});
