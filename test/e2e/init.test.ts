// `odlint init`, run as the real CLI in temp folders: the starter config, refusals that write nothing, --force, and a
// datapackage.json inferred from real CSV files that odlint lint then finds clean except for its TODO placeholders.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, odlint, REPO_ROOT, type RunResult, snapshotTree, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

function expectUsageError(r: RunResult, mentions: RegExp): void {
  expectNoCrash(r);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(mentions);
}

/** The placeholders' findings: the only ones a freshly inferred package of clean comma-separated files may have. */
const PLACEHOLDER_RULES = ['freshness/modified', 'freshness/update-frequency', 'licence/recognised'];

describe('odlint init: the starter config', () => {
  it('writes .odlintrc.yaml, valid YAML naming the bundled standard, and says what to do next', () => {
    const dir = makeTempDir();
    const r = odlint(['init'], { cwd: dir });
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Wrote \.odlintrc\.yaml: the project config \(standard: national-open-data\)\./);
    expect(r.stdout).toContain('Run: odlint lint');
    expect(parse(readFileSync(path.join(dir, '.odlintrc.yaml'), 'utf8'))).toEqual({ standard: 'national-open-data', rules: {}, overrides: [], ignorePatterns: [] });
    expect([...snapshotTree(dir).keys()]).toEqual(['.odlintrc.yaml']);
  });

  it('writes the standard given with --standard, and odlint uses it', () => {
    const dir = makeTempDir();
    const r = odlint(['init', '--standard', './no-such-standard'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect((parse(readFileSync(path.join(dir, '.odlintrc.yaml'), 'utf8')) as { standard: string }).standard).toBe('./no-such-standard');
    const lint = odlint(['lint'], { cwd: dir });
    expectUsageError(lint, /no-such-standard/); // the config is read: its standard is looked for
  });

  it('the config it writes is the one odlint lint reads: linting the empty folder needs no flags', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'data/population.csv': readFileSync(path.join(REPO_ROOT, 'fixtures/loose/population-estimates.csv')) });
    expect(odlint(['init'], { cwd: dir }).code).toBe(0);
    const { run, report } = lintJson([], { cwd: dir });
    expectNoCrash(run);
    expect(report.standard.id).toBe('national-open-data');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['format/metadata-missing']);
  });
});

describe('odlint init: never overwrites without --force', () => {
  it('refuses when .odlintrc.yaml exists, naming it and --force, and writes nothing at all', () => {
    const dir = makeTempDir();
    writeTree(dir, { '.odlintrc.yaml': 'standard: mine\n', 'data/spend.csv': 'id,amount\n1,2\n' });
    const before = snapshotTree(dir);
    const r = odlint(['init', '--datapackage', 'data/spend.csv'], { cwd: dir });
    expectUsageError(r, /^odlint: \.odlintrc\.yaml already exists; odlint init does not overwrite files\. Nothing was written\.\n {2}Use --force to overwrite it, or --skip-config/);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('refuses when datapackage.json exists, and then writes no config either', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'data/datapackage.json': '{"resources": []}\n', 'data/spend.csv': 'id,amount\n1,2\n' });
    const before = snapshotTree(dir);
    const r = odlint(['init', '--datapackage', 'data/spend.csv'], { cwd: dir });
    expectUsageError(r, /data\/datapackage\.json already exists.*Nothing was written[\s\S]*--force/);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('names both files when both exist', () => {
    const dir = makeTempDir();
    writeTree(dir, { '.odlintrc.yaml': 'standard: mine\n', 'd/datapackage.json': '{}', 'd/a.csv': 'id\n1\n' });
    expectUsageError(odlint(['init', '--datapackage', 'd/a.csv'], { cwd: dir }), /d\/datapackage\.json and \.odlintrc\.yaml already exist[\s\S]*overwrite them/);
  });

  it('--force overwrites both', () => {
    const dir = makeTempDir();
    writeTree(dir, { '.odlintrc.yaml': 'standard: mine\n', 'd/datapackage.json': '{}', 'd/a.csv': 'id\n1\n2\n' });
    const r = odlint(['init', '--datapackage', 'd/a.csv', '--force'], { cwd: dir });
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(0);
    expect((parse(readFileSync(path.join(dir, '.odlintrc.yaml'), 'utf8')) as { standard: string }).standard).toBe('national-open-data');
    const descriptor = JSON.parse(readFileSync(path.join(dir, 'd/datapackage.json'), 'utf8')) as { resources: { schema: unknown }[] };
    expect(descriptor.resources[0]!.schema).toEqual({ fields: [{ name: 'id', type: 'integer' }], primaryKey: 'id' });
  });

  it('refuses, even with --force, when another config file would compete with the new one', () => {
    for (const [files, named] of [
      [{ '.odlintrc.json': '{}' }, /^odlint: \.odlintrc\.json already holds an odlint config in this folder/],
      [{ 'odlint.config.mjs': 'export default {};' }, /^odlint: odlint\.config\.mjs already holds/],
      [{ 'package.json': '{"name": "x", "odlint": {"standard": "national-open-data"}}' }, /^odlint: package\.json \(its "odlint" key\) already holds/],
    ] as const) {
      const dir = makeTempDir();
      writeTree(dir, files);
      const before = snapshotTree(dir);
      const r = odlint(['init', '--force'], { cwd: dir });
      expectUsageError(r, named);
      expect(r.stderr).toContain('--skip-config');
      expect(snapshotTree(dir)).toEqual(before);
    }
  });

  it('a package.json without an odlint key is no config', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'package.json': '{"name": "x"}' });
    expect(odlint(['init'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, '.odlintrc.yaml'))).toBe(true);
  });

  it('--skip-config writes only the datapackage.json, beside an existing config', () => {
    const dir = makeTempDir();
    writeTree(dir, { '.odlintrc.yaml': 'standard: national-open-data\n', 'data/a.csv': 'code,n\nA,1\n' });
    const r = odlint(['init', '--skip-config', '--datapackage', 'data/a.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, '.odlintrc.yaml'), 'utf8')).toBe('standard: national-open-data\n');
    expect(existsSync(path.join(dir, 'data/datapackage.json'))).toBe(true);
    expectUsageError(odlint(['init', '--skip-config'], { cwd: dir }), /--skip-config without --datapackage: there is nothing to write/);
  });
});

describe('odlint init --datapackage: inferred from real CSV files', () => {
  /** Clean fixture files and a real published file (Oxford's spending, dates as dd/mm/yyyy), in one folder. */
  const SOURCES = {
    'clinics.csv': 'fixtures/health/clinics.csv',
    'municipalities.csv': 'fixtures/municipal-register/municipalities.csv',
    'population-estimates.csv': 'fixtures/loose/population-estimates.csv',
    'taxi-ranks.csv': 'fixtures/transport/taxi-ranks.csv',
    'expenditure-jan-mar-2018.csv': 'test/corpus/uk-oxford-spend/data/expenditure-over-500-jan-mar-2018.csv',
  };

  it('writes a descriptor that lints clean except for the placeholders, and leaves the data untouched', () => {
    const dir = makeTempDir();
    mkdirSync(path.join(dir, 'data'));
    for (const [name, source] of Object.entries(SOURCES)) copyFileSync(path.join(REPO_ROOT, source), path.join(dir, 'data', name));
    const dataBefore = snapshotTree(path.join(dir, 'data'));

    const r = odlint(['init', '--datapackage', ...Object.keys(SOURCES).map((n) => `data/${n}`)], { cwd: dir });
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Wrote .odlintrc.yaml');
    expect(r.stdout).toContain('Wrote data/datapackage.json: 5 resources');
    expect(r.stdout).toContain("data/expenditure-jan-mar-2018.csv → resource 'expenditure-jan-mar-2018' (1220 rows, comma-separated, utf-8)");
    expect(r.stdout).toMatch(/Replace every "TODO" in data\/datapackage\.json/);

    const after = snapshotTree(path.join(dir, 'data'));
    for (const [file, state] of dataBefore) expect(after.get(file), file).toEqual(state);
    expect([...after.keys()].sort()).toEqual([...dataBefore.keys(), 'datapackage.json'].sort());

    const descriptor = JSON.parse(readFileSync(path.join(dir, 'data/datapackage.json'), 'utf8')) as {
      resources: { name: string; path: string; schema: { fields: { name: string; type: string; format?: string }[]; primaryKey?: string } }[];
    };
    const byName = new Map(descriptor.resources.map((res) => [res.name, res]));
    const field = (resource: string, name: string) => byName.get(resource)!.schema.fields.find((f) => f.name === name);
    expect(field('clinics', 'open_24_hours')).toEqual({ name: 'open_24_hours', type: 'boolean' });
    expect(field('clinics', 'opened_date')).toEqual({ name: 'opened_date', type: 'date' });
    expect(field('clinics', 'latitude')).toEqual({ name: 'latitude', type: 'number' });
    expect(field('population-estimates', 'year')).toEqual({ name: 'year', type: 'year' });
    expect(field('expenditure-jan-mar-2018', 'Paid Date')).toEqual({ name: 'Paid Date', type: 'date', format: '%d/%m/%Y' });
    expect(field('expenditure-jan-mar-2018', 'Amount')).toEqual({ name: 'Amount', type: 'number' });
    expect(Object.fromEntries(descriptor.resources.map((res) => [res.name, res.schema.primaryKey]))).toEqual({
      clinics: 'clinic_id',
      'expenditure-jan-mar-2018': undefined,
      municipalities: 'code',
      'population-estimates': 'municipality_code',
      'taxi-ranks': 'rank_id',
    });

    const { run, report } = lintJson([], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(report.summary.files).toBe(5);
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(PLACEHOLDER_RULES.map((rule) => `data/datapackage.json ${rule}`));
    expect(report.findings.every((f) => /TODO/.test(f.message))).toBe(true);
  });

  it('records a semicolon dialect, and says the standard still wants commas', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'grants.csv': 'grant_id;financial_year;allocation\nGR-1;2026;1845200000\nGR-2;2026;1512700000\n' });
    const r = odlint(['init', '--datapackage', 'grants.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('semicolon-separated');
    expect(r.stdout).toMatch(/note: the file is separated by ';', declared in its dialect; the bundled standard still asks for commas/);
    const descriptor = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as { resources: { dialect?: unknown; schema: unknown }[] };
    expect(descriptor.resources[0]!.dialect).toEqual({ delimiter: ';' });
    expect(descriptor.resources[0]!.schema).toEqual({
      fields: [{ name: 'grant_id', type: 'string' }, { name: 'financial_year', type: 'year' }, { name: 'allocation', type: 'integer' }],
      primaryKey: 'grant_id',
    });
    const { report } = lintJson([], { cwd: dir });
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['format/delimiter', ...PLACEHOLDER_RULES].sort());
    expect(report.findings.find((f) => f.ruleId === 'format/delimiter')!.message).toMatch(/this standard requires ','/);
  });

  it('a headerless file (Treasury audit reports: code, year, URL) gets field1 … and "header": false, says so, and lints as data from line 1', () => {
    const dir = makeTempDir();
    copyFileSync(path.join(REPO_ROOT, 'test/corpus/za-municipal-finance/audit_reports.csv'), path.join(dir, 'audit_reports.csv'));
    copyFileSync(path.join(REPO_ROOT, 'test/corpus/za-municipal-finance/demarcation_changes.csv'), path.join(dir, 'demarcation_changes.csv'));
    const r = odlint(['init', '--skip-config', '--datapackage', 'audit_reports.csv', 'demarcation_changes.csv'], { cwd: dir });
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(0);
    // Every line is a record: 2,032 of them, not 2,031 below a header.
    expect(r.stdout).toContain("audit_reports.csv → resource 'audit_reports' (2032 rows, comma-separated, utf-8, no header row)");
    expect(r.stdout).toContain(`note: the first row looks like data, not a header ('BUF', '2015', 'http://mfma.treasury.gov.za//Documents/…' are values like those below): the fields are named field1 … field3 and the dialect says "header": false`);
    // The file beside it, with a header, keeps its names.
    expect(r.stdout).toContain("demarcation_changes.csv → resource 'demarcation_changes' (2 rows, comma-separated, utf-8)\n");
    const descriptor = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as { resources: { name: string; dialect?: unknown; schema: unknown }[] };
    const [audit, changes] = descriptor.resources;
    expect(audit!.dialect).toEqual({ header: false });
    expect(audit!.schema).toEqual({ fields: [{ name: 'field1', type: 'string' }, { name: 'field2', type: 'integer' }, { name: 'field3', type: 'string' }] });
    expect(changes!.dialect).toBeUndefined();
    expect((changes!.schema as { fields: { name: string }[] }).fields.map((f) => f.name)).toEqual(['id', 'date', 'old_code', 'new_code', 'old_code_transition', 'new_code_transition']);

    // Linted as written, the first line is data: no header finding, no field found missing, only the placeholders.
    const { run, report } = lintJson(['--no-config'], { cwd: dir });
    expectNoCrash(run);
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(PLACEHOLDER_RULES.map((rule) => `datapackage.json ${rule}`));
  });

  it('a CSV path that does not exist: exit 2 naming it, nothing written', () => {
    const dir = makeTempDir();
    const r = odlint(['init', '--datapackage', 'data/missing.csv'], { cwd: dir });
    expectUsageError(r, /^odlint: --datapackage data\/missing\.csv: no such file\.\n {2}Give the paths of CSV files/);
    expect(snapshotTree(dir).size).toBe(0);
  });

  it('files in different folders: exit 2 saying they must share one, nothing written', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'a/one.csv': 'id\n1\n', 'b/two.csv': 'id\n2\n' });
    const before = snapshotTree(dir);
    const r = odlint(['init', '--datapackage', 'a/one.csv', 'b/two.csv'], { cwd: dir });
    expectUsageError(r, /--datapackage: the CSV files must all be in one folder, where the datapackage\.json describing them is written; a\/one\.csv is in a\/, b\/two\.csv is in b\//);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('an empty file or a spreadsheet saved as .csv: exit 2 naming it, nothing written', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'empty.csv': '', 'book.csv': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml xl/workbook.xml')]) });
    const before = snapshotTree(dir);
    expectUsageError(odlint(['init', '--datapackage', 'empty.csv'], { cwd: dir }), /^odlint: --datapackage empty\.csv: it is empty/);
    expectUsageError(odlint(['init', '--datapackage', 'book.csv'], { cwd: dir }), /^odlint: --datapackage book\.csv: it is an Excel workbook, not a CSV file/);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('--datapackage with no file is a usage error', () => {
    const dir = makeTempDir();
    expectUsageError(odlint(['init', '--datapackage'], { cwd: dir }), /--datapackage <csv\.\.\.>' argument missing/);
    expect(snapshotTree(dir).size).toBe(0);
  });
});
