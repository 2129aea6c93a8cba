// The datapackage.json `odlint init --datapackage` builds: which paths it accepts, and the descriptor it writes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDescriptor, descriptorText, inferResources, PLACEHOLDERS, planDatapackage, slug } from '../../../src/init/datapackage.js';
import { OdlintError } from '../../../src/util/errors.js';
import { createAjv } from '../../../src/util/ajv.js';
import { PACKAGE_ROOT } from '../../../src/util/package-root.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';
import { errorOf } from '../../helpers/odlint-error.js';

afterEach(cleanupTempDirs);

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = makeTempDir();
  writeFiles(dir, files);
  return dir;
}

describe('planDatapackage', () => {
  it('puts datapackage.json in the folder of the CSV files, each named once', () => {
    const dir = folderWith({ 'data/a.csv': 'x\n1\n', 'data/b.csv': 'y\n2\n' });
    const plan = planDatapackage(['data/a.csv', 'data/b.csv', './data/a.csv'], dir);
    expect(plan).toEqual({ folder: path.join(dir, 'data'), file: path.join(dir, 'data', 'datapackage.json'), csvFiles: [path.join(dir, 'data/a.csv'), path.join(dir, 'data/b.csv')] });
  });

  it('refuses a missing path, a folder and a JSON file, naming each', () => {
    const dir = folderWith({ 'data/a.csv': 'x\n1\n', 'data/r.json': '[]' });
    const missing = errorOf(() => planDatapackage(['data/nope.csv'], dir));
    expect(missing.message).toBe('--datapackage data/nope.csv: no such file.');
    expect(missing.hint).toMatch(/relative to the current folder/);
    expect(errorOf(() => planDatapackage(['data'], dir)).message).toBe('--datapackage data: is a folder, not a CSV file.');
    expect(errorOf(() => planDatapackage(['data/r.json'], dir)).message).toMatch(/^--datapackage data\/r\.json: .*from CSV files only/);
  });

  it('refuses CSV files in different folders, saying where each is and what to do', () => {
    const dir = folderWith({ 'a/one.csv': 'x\n1\n', 'b/two.csv': 'y\n2\n' });
    const err = errorOf(() => planDatapackage(['a/one.csv', 'b/two.csv'], dir));
    expect(err.message).toBe('--datapackage: the CSV files must all be in one folder, where the datapackage.json describing them is written; a/one.csv is in a/, b/two.csv is in b/.');
    expect(err.hint).toMatch(/once per folder/);
  });
});

describe('the descriptor', () => {
  it('has the placeholders, then one resource per file with its dialect, encoding and schema', async () => {
    const dir = folderWith({
      'Spend Data/spend.csv': 'transaction_id,amount,paid\n1,10.5,2026-01-02\n2,3,2026-01-03\n',
      'Spend Data/grants.csv': 'grant_code;year;amount\nG1;2026;100\nG2;2026;200\n',
    });
    const plan = planDatapackage(['Spend Data/spend.csv', 'Spend Data/grants.csv'], dir);
    const descriptor = buildDescriptor(plan, await inferResources(plan, dir));
    expect(descriptor).toEqual({
      name: 'spend-data',
      ...PLACEHOLDERS,
      profile: 'tabular-data-package',
      resources: [
        {
          name: 'spend',
          path: 'spend.csv',
          profile: 'tabular-data-resource',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          schema: {
            fields: [{ name: 'transaction_id', type: 'integer' }, { name: 'amount', type: 'number' }, { name: 'paid', type: 'date' }],
            primaryKey: 'transaction_id',
          },
        },
        {
          name: 'grants',
          path: 'grants.csv',
          profile: 'tabular-data-resource',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          dialect: { delimiter: ';' },
          schema: { fields: [{ name: 'grant_code', type: 'string' }, { name: 'year', type: 'year' }, { name: 'amount', type: 'integer' }], primaryKey: 'grant_code' },
        },
      ],
    });
  });

  it('every placeholder is marked TODO', () => {
    const texts = JSON.stringify(PLACEHOLDERS).match(/"[^"]*"(?=[,}\]])/g)!.map((s) => JSON.parse(s) as string);
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const t of texts) expect(t, t).toMatch(/^TODO/);
  });

  it('gives files with the same base name different resource names, and a TSV its format and delimiter', async () => {
    const dir = folderWith({ 'd/rates.csv': 'a\n1\n', 'd/rates.tsv': 'a\tb\n1\t2\n' });
    const plan = planDatapackage(['d/rates.csv', 'd/rates.tsv'], dir);
    const resources = (buildDescriptor(plan, await inferResources(plan, dir)).resources as Record<string, unknown>[]);
    expect(resources.map((r) => [r.name, r.path, r.format, r.mediatype, r.dialect])).toEqual([
      ['rates', 'rates.csv', 'csv', 'text/csv', undefined],
      ['rates-2', 'rates.tsv', 'tsv', 'text/tab-separated-values', { delimiter: '\t' }],
    ]);
  });

  it('is valid against the Data Package profile odlint checks, and the same bytes every time', async () => {
    const dir = folderWith({ 'x/Café Visits.csv': 'id,visits\nA,1\nB,2\n' });
    const plan = planDatapackage(['x/Café Visits.csv'], dir);
    const text = descriptorText(buildDescriptor(plan, await inferResources(plan, dir)));
    expect(descriptorText(buildDescriptor(plan, await inferResources(plan, dir)))).toBe(text);
    const profile = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas/data-package.schema.json'), 'utf8')) as object;
    const validate = createAjv().compile(profile);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect((JSON.parse(text) as { resources: { name: string }[] }).resources[0]!.name).toBe('cafe-visits');
  });

  it('refuses an empty CSV file with exit-2 wording naming it', async () => {
    const dir = folderWith({ 'd/empty.csv': '' });
    const plan = planDatapackage(['d/empty.csv'], dir);
    const err = await inferResources(plan, dir).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(OdlintError);
    expect(err).toMatchObject({ message: '--datapackage d/empty.csv: it is empty: there is no header row to take field names from.', hint: 'Give CSV files with a header row naming the columns.' });
  });
});

describe('slug', () => {
  it('makes profile-valid names: lower case, accents dropped, other characters as hyphens', () => {
    expect(slug('Expenditure over £500 (2018)')).toBe('expenditure-over-500-2018');
    expect(slug('Café_Visits.v2')).toBe('cafe_visits.v2');
    expect(slug('---')).toBe('');
  });
});
