// Data Packages as published, through the real CLI: the v1 variants real packages use (test/corpus/dp-*, see each
// SOURCE.md) and Data Package v2, JSON and YAML. Findings about a variant point at what was written.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import './setup.js';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, writeTree, type Finding, type Report } from './helpers.js';

afterAll(cleanupTempDirs);

type Row = [file: string, line: number | undefined, column: number | undefined, ruleId: string, message: string];

/** The findings as rows, files relative to the package folder (a temp folder is shown as a path from the repository). */
function rows(report: Report, dir: string): Row[] {
  const folder = `${path.basename(dir)}/`;
  return report.findings.map((f: Finding) => [f.file.slice(f.file.indexOf(folder) + folder.length), f.line, f.column, f.ruleId, f.message]);
}

function lintCorpus(dir: string) {
  const { run, report } = lintJson([dir, '--no-config']);
  expectNoCrash(run);
  return { run, report, rows: rows(report, dir), publishers: (report.datasets ?? []).map((d) => d.publisher) };
}

describe('Connecticut Data Collaborative, Alcohol Use (dp-ct-alcohol-use): last_modified', () => {
  const dir = 'test/corpus/dp-ct-alcohol-use';
  const { run, rows: found } = lintCorpus(dir);

  it('reads last_modified as modified: its US-style date is reported where it was written (line 84)', () => {
    expect(run.code).toBe(1);
    expect(found).toEqual([
      ['data/alcohol-use-2016.csv', 1, undefined, 'format/header-schema', "The schema's field 'FIPS' is missing from the header"],
      ['datapackage.json', 1, 1, 'freshness/update-frequency', "The package declares no update frequency ('accrualPeriodicity')"],
      ['datapackage.json', 9, 13, 'format/metadata-valid', "'licenses.0.name' does not match the pattern ^[-a-zA-Z0-9._]+$"],
      ['datapackage.json', 13, 15, 'format/metadata-valid', "'sources.0' is missing the required property 'title'"],
      ['datapackage.json', 23, 17, 'format/metadata-valid', "'resources.0' is missing the required property 'name'"],
      ['datapackage.json', 84, 20, 'format/metadata-variant', "'last_modified' is not a standard property: it was read as 'modified'"],
      ['datapackage.json', 84, 20, 'freshness/modified', "'modified' is '08/27/2018', which is not a valid date: the order of day and month is ambiguous (write YYYY-MM-DD)"],
    ]);
  });
});

describe('OECD DAC and CRS code lists (dp-dac-crs-code-lists): maintainer', () => {
  const dir = 'test/corpus/dp-dac-crs-code-lists';
  const { run, rows: found, publishers, report } = lintCorpus(dir);

  it('reads the maintainer as the publisher, and finds nothing else wrong but the missing freshness metadata', () => {
    expect(run.code).toBe(1);
    expect(report.summary).toMatchObject({ datasets: 1, files: 16 });
    expect(publishers).toEqual(['Andy Lulham']);
    expect(found).toEqual([
      ['datapackage.json', 1, 1, 'freshness/modified', "The package declares no last-modified date ('modified')"],
      ['datapackage.json', 1, 1, 'freshness/update-frequency', "The package declares no update frequency ('accrualPeriodicity')"],
      ['datapackage.json', 19, 17, 'format/metadata-variant', "'maintainer' is not a standard property: it was read as 'publisher'"],
    ]);
  });
});

describe('Camtrap DP example (dp-camtrap-example): remote schemas, contributor roles', () => {
  const dir = 'test/corpus/dp-camtrap-example';
  const { run, rows: found, publishers } = lintCorpus(dir);

  it('names each remote schema as info at its line (not a metadata error), and reads the publisher role', () => {
    expect(run.code).toBe(1);
    expect(publishers).toEqual(['Research Institute for Nature and Forest (INBO)']);
    const url = (t: string) => `https://raw.githubusercontent.com/tdwg/camtrap-dp/1.0.2/${t}-table-schema.json`;
    const remote = (r: string) => `Resource '${r}': its schema is at '${url(r)}': remote metadata is not downloaded (odlint works offline), so it was not used`;
    expect(found).toEqual([
      ['datapackage.json', 1, 1, 'freshness/modified', "The package declares no last-modified date ('modified')"],
      ['datapackage.json', 1, 1, 'freshness/update-frequency', "The package declares no update frequency ('accrualPeriodicity')"],
      ['datapackage.json', 10, 17, 'format/resource-remote', remote('deployments')],
      ['datapackage.json', 19, 17, 'format/resource-remote', remote('media')],
      ['datapackage.json', 28, 17, 'format/resource-remote', remote('observations')],
    ]);
  });
});

describe('Frictionless v2 inline categoricals (dp-v2-inline-categoricals)', () => {
  const dir = 'test/corpus/dp-v2-inline-categoricals';
  const { run, rows: found } = lintCorpus(dir);

  it('accepts categories and object missingValues (no metadata error), applies the coded missing values, and reports the renamed columns', () => {
    expect(run.code).toBe(1);
    // int_cat_l holds -99 and -98, declared as {value, label} missing values: read as missing, not as categories.
    expect(found).toEqual([
      ['datapackage.json', 1, 1, 'freshness/modified', "The package declares no last-modified date ('modified')"],
      ['datapackage.json', 1, 1, 'freshness/update-frequency', "The package declares no update frequency ('accrualPeriodicity')"],
      ['datapackage.json', 1, 1, 'licence/declared', "The package declares no licence: neither datapackage.json nor any of its resources has 'licenses'"],
      ['example_data.csv', 1, undefined, 'format/header-schema', "The schema's field 'num_cat' is missing from the header"],
      ['example_data.csv', 1, undefined, 'format/header-schema', "The schema's field 'str_cat' is missing from the header"],
      ['example_data.csv', 1, undefined, 'format/header-schema', "The schema's field 'str_cat_l' is missing from the header"],
      ['example_data.csv', 1, 1, 'format/header-schema', "Column 1 'int_cat' is not a field of the schema"],
      ['example_data.csv', 1, 2, 'format/header-schema', "Column 2 'string_cat' is not a field of the schema"],
      ['example_data.csv', 1, 4, 'format/header-schema', "Column 4 'string_cat_l' is not a field of the schema"],
      ['example_data_with_na.csv', 1, undefined, 'format/header-schema', "The schema's field 'str_cat' is missing from the header"],
      ['example_data_with_na.csv', 1, undefined, 'format/header-schema', "The schema's field 'str_cat_l' is missing from the header"],
      ['example_data_with_na.csv', 1, 2, 'format/header-schema', "Column 2 'string_cat' is not a field of the schema"],
      ['example_data_with_na.csv', 1, 4, 'format/header-schema', "Column 4 'string_cat_l' is not a field of the schema"],
    ]);
  });
});

const STATUS = 'id,region,status,score,extra\n1,GT,open,-99,a\n2,WC,closed,3,b\n2,XX,pending,9,c\n3,WC,open,1,d\n';
const REGIONS = 'code\nGT\nWC\nGT\n';

/** A package in v2 terms (a name with capitals is allowed), with the spelling variants real v1 packages use. */
function v2Package(): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'Clinic Status',
    contributors: [{ title: 'Jane Doe', roles: ['creator'], organization: 'Health Department' }, { title: 'Treasury', roles: ['publisher'] }],
    licenses: [{ name: 'CC-BY-4.0' }],
    last_updated: '2026-11-01',
    frequency: 'R/P1M',
    resources: [
      { name: 'regions', type: 'table', path: 'regions.csv', schema: { fields: [{ name: 'code', type: 'string' }], primaryKeys: ['code'] } },
      {
        name: 'Clinic-Status',
        type: 'table',
        path: 'status.csv',
        primaryKey: ['id'],
        foreignKeys: [{ fields: ['region'], reference: { resource: 'regions', fields: ['code'] } }],
        schema: {
          fieldsMatch: 'subset',
          missingValues: [{ value: '', label: 'blank' }, { value: '-99', label: 'refused' }],
          uniqueKeys: [['region']],
          fields: [
            { name: 'id', type: 'integer' },
            { name: 'status', type: 'string', categories: [{ value: 'open', label: 'Open' }, { value: 'closed', label: 'Closed' }], categoriesOrdered: false },
            { name: 'score', type: 'integer', categories: [1, 2, 3] },
            { name: 'region', type: 'string' },
          ],
        },
      },
    ],
  };
}

function lintPackage(files: Record<string, string>) {
  const dir = makeTempDir();
  writeTree(dir, files);
  const { run, report } = lintJson([dir, '--no-config']);
  expectNoCrash(run);
  return { report, found: rows(report, dir) };
}

/** What the data of v2Package() breaks, whatever the package's version. */
const DATA_FINDINGS: Row[] = [
  ['regions.csv', 4, 1, 'linking/primary-key', "'GT' in field 'code' is a duplicate primary key: it first appears on line 2"],
  ['status.csv', 4, 1, 'linking/primary-key', "'2' in field 'id' is a duplicate primary key: it first appears on line 3"],
  ['status.csv', 4, 2, 'linking/foreign-key', "'XX' in field 'region' is not a code in regions (field 'code')"],
  ['status.csv', 4, 3, 'format/enum', "'pending' in field 'status' is not one of its categories ('open', 'closed')"],
  ['status.csv', 4, 4, 'format/enum', "'9' in field 'score' is not one of its categories ('1', '2', '3')"],
  ['status.csv', 5, 2, 'linking/unique-keys', "'WC' in field 'region' is a duplicate unique key: it first appears on line 3"],
];

describe('a Data Package v2 with the v1 variants', () => {
  it('reads v2 (roles, categories, object missingValues, uniqueKeys, fieldsMatch) and the variants (last_updated, frequency, primaryKeys, keys on the resource) without a metadata error', () => {
    const { report, found } = lintPackage({ 'datapackage.json': `${JSON.stringify(v2Package(), null, 2)}\n`, 'status.csv': STATUS, 'regions.csv': REGIONS });
    expect(report.datasets?.map((d) => d.publisher)).toEqual(['Treasury']);
    // No freshness finding: last_updated and frequency are read. No header finding: fieldsMatch subset allows 'extra'.
    expect(found).toEqual([
      ['datapackage.json', 24, 19, 'format/metadata-variant', "'last_updated' is not a standard property: it was read as 'modified'"],
      ['datapackage.json', 25, 16, 'format/metadata-variant', "'frequency' is not a standard property: it was read as 'accrualPeriodicity'"],
      ['datapackage.json', 38, 24, 'format/metadata-variant', "'primaryKeys' is not a standard property: it was read as 'primaryKey'"],
      ['datapackage.json', 47, 21, 'format/metadata-variant', "'primaryKey' is not a standard property: it was read as 'schema.primaryKey'"],
      ['datapackage.json', 50, 22, 'format/metadata-variant', "'foreignKeys' is not a standard property: it was read as 'schema.foreignKeys'"],
      ...DATA_FINDINGS,
    ]);
  });

  it('keeps the v1 requirements v2 dropped (lower-case names) when $schema does not name v2', () => {
    const { $schema: _, ...v1 } = v2Package();
    const { found } = lintPackage({ 'datapackage.json': `${JSON.stringify(v1, null, 2)}\n`, 'status.csv': STATUS, 'regions.csv': REGIONS });
    expect(found.filter((r) => r[3] === 'format/metadata-valid')).toEqual([
      ['datapackage.json', 2, 11, 'format/metadata-valid', "'name' does not match the pattern ^[-a-z0-9._/]+$"],
      ['datapackage.json', 43, 15, 'format/metadata-valid', "'resources.1.name' does not match the pattern ^[-a-z0-9._/]+$"],
    ]);
  });

  it('takes a creator\'s organisation as the publisher when none is declared', () => {
    const pkg = { ...v2Package(), contributors: [{ title: 'Jane Doe', roles: ['creator'], organization: 'Health Department' }, { title: 'Desk', roles: ['contact'] }] };
    const { report } = lintPackage({ 'datapackage.json': JSON.stringify(pkg), 'status.csv': STATUS, 'regions.csv': REGIONS });
    expect(report.datasets?.map((d) => d.publisher)).toEqual(['Health Department']);
  });
});

describe('datapackage.yaml', () => {
  const yaml = [
    'name: clinic-status', //                                          1
    'licenses:', //                                                     2
    '  - name: CC-BY-4.0', //                                           3
    'publishers:', //                                                   4
    '  - name: Health Department', //                                   5
    'last_updated: 27/08/2026', //                                      6
    'update_frequency: R/P1M', //                                       7
    'resources:', //                                                    8
    '  - name: status', //                                              9
    '    path: status.csv', //                                         10
    '    primaryKey: [id, nope]', //                                   11
    '    schema:', //                                                  12
    '      fieldsMatch: exactly', //                                   13
    '      missingValues: [{value: "-99"}]', //                        14
    '      fields:', //                                                15
    '        - {name: id, type: integer}', //                          16
    '        - {name: region, type: string}', //                      17
    '        - {name: status, type: string, categories: [open, closed]}', // 18
    '        - {name: score, type: integer}', //                       19
    '        - {name: extra, type: string}', //                        20
  ].join('\n');

  it('reports with the YAML line numbers, variants and the v2 properties included', () => {
    const { report, found } = lintPackage({ 'datapackage.yaml': `${yaml}\n`, 'status.csv': STATUS });
    expect(report.datasets?.map((d) => d.publisher)).toEqual(['Health Department']);
    expect(found).toEqual([
      ['datapackage.yaml', 5, 3, 'format/metadata-variant', "'publishers' is not a standard property: it was read as 'publisher'"],
      ['datapackage.yaml', 6, 15, 'format/metadata-variant', "'last_updated' is not a standard property: it was read as 'modified'"],
      ['datapackage.yaml', 6, 15, 'freshness/modified', "'modified' is '27/08/2026', which is not a valid date: the order of day and month is ambiguous (write YYYY-MM-DD)"],
      ['datapackage.yaml', 7, 19, 'format/metadata-variant', "'update_frequency' is not a standard property: it was read as 'accrualPeriodicity'"],
      ['datapackage.yaml', 11, 17, 'format/metadata-valid', "Resource 'status': primaryKey names the field 'nope', which the schema does not have"],
      ['datapackage.yaml', 11, 17, 'format/metadata-variant', "'primaryKey' is not a standard property: it was read as 'schema.primaryKey'"],
      ['datapackage.yaml', 13, 20, 'format/metadata-valid', "'resources.0.schema.fieldsMatch' must be one of 'exact', 'equal', 'subset', 'superset', 'partial'"],
      ['status.csv', 4, 3, 'format/enum', "'pending' in field 'status' is not one of its categories ('open', 'closed')"],
    ]);
  });
});
