import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../../../../src/datasets/discover.js';
import { REFERENCE_MESSAGES, resolveForeignKeys } from '../../../../src/checks/linking/references.js';
import foreignKey from '../../../../src/checks/linking/foreign-key.js';
import { formatMessage } from '../../../../src/util/message-template.js';
import { testCheck } from '../../../helpers/check-tester.js';
import { brief, cleanupTempDirs, datapackage, lintWith, makeTempDir, positionOf, writeFiles, type FileContent } from '../../../helpers/lint-files.js';

const lint = lintWith('foreign-key');
afterEach(cleanupTempDirs);

const REGISTER_SCHEMA = { fields: [{ name: 'code', type: 'string' }, { name: 'name', type: 'string' }], primaryKey: 'code' };
const registerCsv = (codes: string[]) => `code,name\n${codes.map((c) => `${c},Somewhere`).join('\n')}\n`;
const CODES = ['BUF', 'EC101', 'EC102', 'KZN212', 'WC011', '0800'];

/** The municipal register as its own package, in municipal-register/. */
function registerPackage(codes = CODES): Record<string, FileContent> {
  return {
    // The package's name differs from its folder: messages name the folder, as reference.package does.
    'municipal-register/datapackage.json': datapackage([{ name: 'municipalities', path: 'municipalities.csv', schema: REGISTER_SCHEMA }], { name: 'municipal-demarcation-register' }),
    'municipal-register/municipalities.csv': registerCsv(codes),
  };
}

/** A health package whose clinics reference the register through reference.package. */
function healthPackage(codes: string[], pkg = '../municipal-register', extra: Record<string, unknown> = {}): Record<string, FileContent> {
  const schema = {
    fields: [{ name: 'clinic_id', type: 'string' }, { name: 'municipality_code', type: 'string' }],
    foreignKeys: [{ fields: 'municipality_code', reference: { package: pkg, resource: 'municipalities', fields: 'code', ...extra } }],
  };
  return {
    'health/datapackage.json': datapackage([{ name: 'clinics', path: 'clinics.csv', schema }], { name: 'health' }),
    'health/clinics.csv': `clinic_id,municipality_code\n${codes.map((c, i) => `CLN-${i + 1},${c}`).join('\n')}\n`,
  };
}

/** One package: municipalities and clinics referencing them by resource name. */
function samePackage(codes: string[], clinicsFirst = false, registerCodes = CODES): Record<string, FileContent> {
  const municipalities = { name: 'municipalities', path: 'municipalities.csv', schema: REGISTER_SCHEMA };
  const clinics = {
    name: 'clinics', path: 'clinics.csv',
    schema: { fields: [{ name: 'clinic_id' }, { name: 'municipality_code' }], foreignKeys: [{ fields: ['municipality_code'], reference: { resource: 'municipalities', fields: ['code'] } }] },
  };
  return {
    'datapackage.json': datapackage(clinicsFirst ? [clinics, municipalities] : [municipalities, clinics]),
    'municipalities.csv': registerCsv(registerCodes),
    'clinics.csv': `clinic_id,municipality_code\n${codes.map((c, i) => `CLN-${i + 1},${c}`).join('\n')}\n`,
  };
}

const miss = (value: string, line: number, target = 'municipalities', file = 'clinics.csv') => ({
  ruleId: 'linking/foreign-key',
  message: `${value} in field 'municipality_code' is not a code in ${target} (field 'code')`,
  file, line, column: 2, field: 'municipality_code',
});

describe('linking/foreign-key: same package', () => {
  it('passes when every value is a key, and skips missing values', async () => {
    expect(await lint(samePackage(['EC101', '', 'BUF', 'EC101']))).toEqual([]);
  });

  it('reports every unmatched occurrence with its line, field and value', async () => {
    const findings = await lint(samePackage(['EC101', 'EC103', 'BUF', 'EC103', 'XYZ']));
    expect(brief(findings)).toEqual([miss("'EC103'", 3), miss("'EC103'", 5), miss("'XYZ'", 6)]);
    expect(findings[0]!.record).toBe(2);
    expect(findings.map((f) => f.messageId)).toEqual(['notCode', 'notCode', 'notCode']);
    expect(findings[0]!.data).toEqual({ value: "'EC103'", field: 'municipality_code', target: 'municipalities', refField: 'code' });
    expect(findings[0]!.target).toBe('test-package');
  });

  it('reads the referenced resource first, whatever order the package lists them in', async () => {
    expect(brief(await lint(samePackage(['EC101', 'EC103'], true)))).toEqual([miss("'EC103'", 3)]);
  });

  it('reports a reference to a resource the package does not have, at the reference, with a suggestion', async () => {
    const files = samePackage(['EC101']);
    files['datapackage.json'] = (files['datapackage.json'] as string).replace('"resource": "municipalities"', '"resource": "municipality"');
    const findings = await lint(files);
    expect(brief(findings)).toEqual([
      {
        ruleId: 'linking/foreign-key',
        message: "Resource 'clinics': foreign key 1 references the resource 'municipality', which this package does not have",
        file: 'datapackage.json',
        ...positionOf(files['datapackage.json'] as string, '"municipality"'),
      },
    ]);
    expect(findings[0]!.hint).toBe("did you mean 'municipalities'?");
    expect(findings[0]!.messageId).toBe('resourceMissing');
    expect(findings[0]!.data).toEqual({ resource: "Resource 'clinics'", foreignKey: 1, name: 'municipality' });
  });

  it('reports a referenced field the target does not have', async () => {
    const files = samePackage(['EC101']);
    files['datapackage.json'] = (files['datapackage.json'] as string).replace(/("resource": "municipalities",\s*"fields": \[\s*)"code"/, '$1"cod"');
    const findings = await lint(files);
    expect(brief(findings).map((f) => f.message)).toEqual(["Resource 'clinics': foreign key 1 references the field 'cod', which the resource 'municipalities' does not have"]);
    expect(findings[0]!.hint).toBe("did you mean 'code'?");
    expect(findings[0]!.messageId).toBe('refFieldMissing');
    expect(findings[0]!.data).toEqual({ resource: "Resource 'clinics'", foreignKey: 1, field: 'cod', target: "the resource 'municipalities'" });
  });

  it('reports a foreign key whose field counts differ', async () => {
    const files = samePackage(['EC101']);
    files['datapackage.json'] = (files['datapackage.json'] as string).replace(/"fields": \[\n\s*"code"\n\s*\]/, '"fields": ["code", "name"]');
    const findings = await lint(files);
    expect(brief(findings).map((f) => f.message)).toEqual([
      "Resource 'clinics': foreign key 1 has 1 field but its reference names 2; they are matched in order, so the counts must be equal",
    ]);
    expect(findings[0]!.messageId).toBe('fieldCountMismatch');
    expect(findings[0]!.data).toEqual({ resource: "Resource 'clinics'", foreignKey: 1, fieldCount: 1, refFieldCount: 2 });
  });

  it('says the values were not checked when the referenced data file is missing', async () => {
    const files = samePackage(['EC101']);
    delete files['municipalities.csv'];
    const findings = await lint(files);
    expect(brief(findings).map((f) => f.message)).toEqual([
      "Resource 'clinics': foreign key 1: its values cannot be checked, because the resource 'municipalities' has no data file ('municipalities.csv' does not exist)",
    ]);
    expect(findings[0]!.messageId).toBe('noDataFile');
    expect(findings[0]!.data).toEqual({ resource: "Resource 'clinics'", foreignKey: 1, path: 'municipalities.csv', target: "the resource 'municipalities'" });
  });

  it('says the values were not checked when the referenced file has no column for the field', async () => {
    const files = samePackage(['EC101']);
    files['municipalities.csv'] = 'kode,name\nEC101,x\n';
    const findings = await lint(files);
    expect(brief(findings).map((f) => [f.file, f.message])).toEqual([
      ['datapackage.json', "Resource 'clinics': foreign key 1: its values cannot be checked, because the resource 'municipalities' has no column 'code' in municipalities.csv"],
    ]);
    expect(findings[0]!.messageId).toBe('noColumn');
    expect(findings[0]!.data).toEqual({ resource: "Resource 'clinics'", foreignKey: 1, field: 'code', file: 'municipalities.csv', target: "the resource 'municipalities'" });
  });

  it('reports, without checking values, a reference to a resource of the package left out by linting one file alone', async () => {
    const findings = await lint(samePackage(['EC103']), { paths: ['clinics.csv'] });
    expect(findings.map((f) => [f.file, f.message, f.hint])).toEqual([
      ['datapackage.json', expect.stringMatching(/references the resource '[^']+', which is not among the files being linted, so its values were not checked$/), 'Lint the whole package: odlint lint .'],
    ]);
    expect(findings[0]!.messageId).toBe('resourceNotLinted');
  });

  it('checks composite foreign keys, skipping rows with a missing part', async () => {
    const budget = { fields: [{ name: 'code' }, { name: 'year', type: 'year' }], primaryKey: ['code', 'year'] };
    const spending = {
      fields: [{ name: 'id' }, { name: 'code' }, { name: 'year', type: 'year' }],
      foreignKeys: [{ fields: ['code', 'year'], reference: { resource: 'budget', fields: ['code', 'year'] } }],
    };
    const files = {
      'datapackage.json': datapackage([{ name: 'budget', path: 'budget.csv', schema: budget }, { name: 'spending', path: 'spending.csv', schema: spending }]),
      'budget.csv': 'code,year\nEC101,2025\nEC101,2026\nGT481,2026\n',
      'spending.csv': 'id,code,year\n1,EC101,2026\n2,GT481,2025\n3,GT481,\n4,ec101,2025\n',
    };
    const findings = await lint(files);
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/foreign-key', message: "('GT481', '2025') in fields 'code', 'year' is not a key in budget (fields 'code', 'year')", file: 'spending.csv', line: 3, column: 2, field: 'code' },
      { ruleId: 'linking/foreign-key', message: "('ec101', '2025') in fields 'code', 'year' is not a key in budget (fields 'code', 'year')", file: 'spending.csv', line: 5, column: 2, field: 'code' },
    ]);
    expect(findings[0]!.hint).toBe("('GT481', '2025') — did you mean ('GT481', '2026')? (one character differs)");
    expect(findings[1]!.hint).toBe("('ec101', '2025') — did you mean ('EC101', '2025')? (case differs)");
    expect(findings.map((f) => f.messageId)).toEqual(['notKey', 'notKey']);
    expect(findings[0]!.data).toEqual({ key: "('GT481', '2025')", fields: "'code', 'year'", target: 'budget', refFields: "'code', 'year'" });
  });
});

describe('linking/foreign-key: across packages (reference.package)', () => {
  it('works when both packages are linted together (folder form)', async () => {
    const findings = await lint({ ...registerPackage(), ...healthPackage(['EC101', 'EC103', 'BUF']) });
    expect(brief(findings)).toEqual([miss("'EC103'", 3, 'municipal-register/municipalities', 'health/clinics.csv')]);
    expect(findings[0]!.dataset).toBe('health');
    expect(findings[0]!.data).toMatchObject({ target: 'municipal-register/municipalities' });
    expect(findings[0]!.target).toBe('municipal-demarcation-register');
  });

  it('works with the datapackage.json form, and with the two folders given as separate paths', async () => {
    const files = { ...registerPackage(), ...healthPackage(['EC101', 'EC103'], '../municipal-register/datapackage.json') };
    expect(brief(await lint(files, { paths: ['health', 'municipal-register'] }))).toEqual([miss("'EC103'", 3, 'municipal-register/municipalities', 'health/clinics.csv')]);
  });

  it('reports a referenced package outside the linted paths, naming the escape and how to lint both', async () => {
    const files = { ...registerPackage(), ...healthPackage(['EC101', 'EC103']) };
    const findings = await lint(files, { paths: ['health'] });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'linking/foreign-key',
        message: "Resource 'clinics': foreign key 1 references municipal-register/datapackage.json, which is outside the paths being linted; lint both folders together, e.g. odlint lint health municipal-register",
        file: 'health/datapackage.json',
        ...positionOf(files['health/datapackage.json'] as string, '"../municipal-register"'),
      },
    ]);
    expect(findings[0]!.messageId).toBe('packageOutsidePaths');
    expect(findings[0]!.data).toEqual({ resource: "Resource 'clinics'", foreignKey: 1, metadataFile: 'municipal-register/datapackage.json', folder: 'health', otherFolder: 'municipal-register' });
  });

  it('reports a resource of the other package left out of the linted files', async () => {
    const files: Record<string, string> = { ...registerPackage(), ...healthPackage(['EC101']), 'municipal-register/other.csv': 'x\n1\n' };
    files['municipal-register/datapackage.json'] = datapackage([
      { name: 'municipalities', path: 'municipalities.csv', schema: REGISTER_SCHEMA },
      { name: 'other', path: 'other.csv', schema: { fields: [{ name: 'x' }] } },
    ], { name: 'municipal-demarcation-register' });
    const findings = await lint(files, { paths: ['health', 'municipal-register/other.csv'] });
    expect(brief(findings).map((f) => [f.file, f.message])).toEqual([
      ['health/datapackage.json', "Resource 'clinics': foreign key 1 references the resource 'municipalities' of municipal-register/datapackage.json, which is not among the files being linted; lint the whole package, e.g. odlint lint health municipal-register"],
    ]);
    expect(findings[0]!.messageId).toBe('otherResourceNotLinted');
  });

  it('reports a referenced package that does not exist, and suggests the path of a linted package of that name', async () => {
    const files = { ...registerPackage(), ...healthPackage(['EC101'], 'municipal-demarcation-register') };
    const findings = await lint(files);
    expect(brief(findings).map((f) => f.message)).toEqual([
      "Resource 'clinics': foreign key 1 references the package 'municipal-demarcation-register', but health/municipal-demarcation-register/datapackage.json does not exist",
    ]);
    expect(findings[0]!.hint).toBe("A package named 'municipal-demarcation-register' is being linted (municipal-register/datapackage.json): reference it by its path, '../municipal-register'");
    expect(findings[0]!.messageId).toBe('packageMissing');
    expect(findings[0]!.data).toMatchObject({ package: 'municipal-demarcation-register', metadataFile: 'health/municipal-demarcation-register/datapackage.json' });
  });

  it('reports a remote package: odlint works offline', async () => {
    const findings = await lint(healthPackage(['EC101'], 'https://data.example.org/municipal-register/datapackage.json'));
    expect(brief(findings).map((f) => f.message)).toEqual([
      "Resource 'clinics': foreign key 1 references the remote package 'https://data.example.org/municipal-register/datapackage.json': remote packages are not fetched (odlint works offline), so its values are not checked",
    ]);
    expect(findings[0]!.messageId).toBe('remotePackage');
    expect(findings[0]!.data).toMatchObject({ package: 'https://data.example.org/municipal-register/datapackage.json' });
  });

  it('reports a resource the other package does not have', async () => {
    const files = { ...registerPackage(), ...healthPackage(['EC101'], '../municipal-register', { resource: 'munis' }) };
    const findings = await lint(files);
    expect(brief(findings).map((f) => f.message)).toEqual(["Resource 'clinics': foreign key 1 references the resource 'munis', which the package 'municipal-demarcation-register' does not have"]);
    expect(findings[0]!.hint).toBe("that package has one: 'municipalities'");
    expect(findings[0]!.messageId).toBe('resourceMissingInPackage');
    expect(findings[0]!.data).toMatchObject({ name: 'munis', package: 'municipal-demarcation-register' });
  });

  it('reads JSON and NDJSON resources on both sides', async () => {
    const files = {
      'register/datapackage.json': datapackage([{ name: 'places', path: 'places.json', format: 'json', schema: REGISTER_SCHEMA }], { name: 'register' }),
      'register/places.json': '[\n  {"code": "EC101", "name": "a"},\n  {"code": "KZN212", "name": "b"}\n]\n',
      'water/datapackage.json': datapackage([{
        name: 'samples', path: 'samples.ndjson', format: 'ndjson',
        schema: { fields: [{ name: 'id' }, { name: 'code' }], foreignKeys: [{ fields: 'code', reference: { package: '../register', resource: 'places', fields: 'code' } }] },
      }], { name: 'water' }),
      'water/samples.ndjson': '{"id": "S1", "code": "EC101"}\n{"id": "S2", "code": "KZN221"}\n{"id": "S3", "code": null}\n',
    };
    const findings = await lint(files);
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/foreign-key', message: "'KZN221' in field 'code' is not a code in register/places (field 'code')", file: 'water/samples.ndjson', line: 2, field: 'code' },
    ]);
    expect(findings[0]!.hint).toBe("'KZN221' — did you mean 'KZN212'? (two characters swapped)");
  });
});

describe('linking/foreign-key: near-miss hints', () => {
  const hintFor = async (value: string, codes = CODES) => {
    const findings = await lint(samePackage([value], false, codes));
    expect(findings).toHaveLength(1);
    return findings[0]!.hint;
  };

  it.each([
    ['ec101', "'ec101' — did you mean 'EC101'? (case differs)"],
    ['EC101 ', "'EC101 ' — did you mean 'EC101'? (trailing white space)"],
    ['EC101\u00a0', "'EC101\\u00A0' — did you mean 'EC101'? (trailing non-breaking space)"],
    ['EC-101', "'EC-101' — did you mean 'EC101'? (hyphens differ)"],
    ['800', "'800' — did you mean '0800'? (leading zeros lost)"],
    ['WC11', "'WC11' — did you mean 'WC011'? (leading zeros lost)"],
    ['KZN221', "'KZN221' — did you mean 'KZN212'? (two characters swapped)"],
    ['BUG', "'BUG' — did you mean 'BUF'? (one character differs)"],
  ])('%j', async (value, hint) => {
    expect(await hintFor(value)).toBe(hint);
  });

  it('gives no hint when two keys are as near, or none is', async () => {
    expect(await hintFor('EC103')).toBeUndefined(); // one substitution from EC101 and from EC102
    expect(await hintFor('ec101', ['EC101', 'Ec101'])).toBeUndefined(); // both normalise to ec101
    expect(await hintFor('KZN121')).toBeUndefined(); // two edits from KZN212
    expect(await hintFor('NOWHERE')).toBeUndefined();
  });

  it('repeats the hint on every occurrence of the same value', async () => {
    const findings = await lint(samePackage(['ec101', 'ec101']));
    expect(findings.map((f) => f.hint)).toEqual(["'ec101' — did you mean 'EC101'? (case differs)", "'ec101' — did you mean 'EC101'? (case differs)"]);
  });
});

describe('linking/foreign-key: self-references and cycles', () => {
  const tree = (rows: string) => ({
    'datapackage.json': datapackage([{
      name: 'regions', path: 'regions.csv',
      schema: { fields: [{ name: 'id' }, { name: 'parent_id' }], primaryKey: 'id', foreignKeys: [{ fields: 'parent_id', reference: { resource: '', fields: 'id' } }] },
    }]),
    'regions.csv': `id,parent_id\n${rows}`,
  });

  it('accepts references to rows earlier or later in the file, and a row that is its own parent', async () => {
    expect(await lint(tree('ZA,ZA\nEC,ZA\nEC101,EC\nKZN212,KZN\nKZN,ZA\n'))).toEqual([]);
  });

  it('accepts an absent reference.resource as a self-reference too', async () => {
    const files = tree('ZA,\nEC,ZA\n');
    files['datapackage.json'] = files['datapackage.json'].replace(/"resource": "",\s*/, '');
    expect(await lint(files)).toEqual([]);
  });

  it('reports, in file order, every occurrence of a parent that never appears', async () => {
    const findings = await lint(tree('ZA,\nEC101,EC\nEC102,EC\nKZN,ZA\nKZN212,KZN\nGT,za\n'));
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/foreign-key', message: "'EC' in field 'parent_id' is not a code in this resource (field 'id')", file: 'regions.csv', line: 3, column: 2, field: 'parent_id' },
      { ruleId: 'linking/foreign-key', message: "'EC' in field 'parent_id' is not a code in this resource (field 'id')", file: 'regions.csv', line: 4, column: 2, field: 'parent_id' },
      { ruleId: 'linking/foreign-key', message: "'za' in field 'parent_id' is not a code in this resource (field 'id')", file: 'regions.csv', line: 7, column: 2, field: 'parent_id' },
    ]);
    expect(findings[2]!.hint).toBe("'za' — did you mean 'ZA'? (case differs)");
    expect(findings[0]!.record).toBe(2);
  });

  it('checks a cycle of two resources referencing each other, whichever is read first', async () => {
    const a = { name: 'a', path: 'a.csv', schema: { fields: [{ name: 'id' }, { name: 'b_id' }], foreignKeys: [{ fields: 'b_id', reference: { resource: 'b', fields: 'id' } }] } };
    const b = { name: 'b', path: 'b.csv', schema: { fields: [{ name: 'id' }, { name: 'a_id' }], foreignKeys: [{ fields: 'a_id', reference: { resource: 'a', fields: 'id' } }] } };
    const findings = await lint({
      'datapackage.json': datapackage([a, b]),
      'a.csv': 'id,b_id\nA1,B1\nA2,B9\nA3,B9\n',
      'b.csv': 'id,a_id\nB1,A1\nC2,A7\n',
    });
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/foreign-key', message: "'B9' in field 'b_id' is not a code in b (field 'id')", file: 'a.csv', line: 3, column: 2, field: 'b_id' },
      { ruleId: 'linking/foreign-key', message: "'B9' in field 'b_id' is not a code in b (field 'id')", file: 'a.csv', line: 4, column: 2, field: 'b_id' },
      { ruleId: 'linking/foreign-key', message: "'A7' in field 'a_id' is not a code in a (field 'id')", file: 'b.csv', line: 3, column: 2, field: 'a_id' },
    ]);
    expect(findings[0]!.hint).toBe("'B9' — did you mean 'B1'? (one character differs)");
    expect(findings[0]!.dataset).toBe('test-package');
  });

  it('checks a self-reference in a JSON resource', async () => {
    const files = {
      'datapackage.json': datapackage([{
        name: 'regions', path: 'regions.json', format: 'json',
        schema: { fields: [{ name: 'id' }, { name: 'parent_id' }], foreignKeys: [{ fields: 'parent_id', reference: { fields: 'id' } }] },
      }]),
      'regions.json': '[\n  {"id": "EC101", "parent_id": "EC"},\n  {"id": "EC", "parent_id": null},\n  {"id": "GT481", "parent_id": "GT"}\n]\n',
    };
    expect(brief(await lint(files))).toEqual([
      { ruleId: 'linking/foreign-key', message: "'GT' in field 'parent_id' is not a code in this resource (field 'id')", file: 'regions.json', line: 4, field: 'parent_id' },
    ]);
  });
});

describe('linking/foreign-key: typed keys', () => {
  const typed = (localType: string, refType: string, local: string[], ref: string[]) => ({
    'datapackage.json': datapackage([
      { name: 'places', path: 'places.csv', schema: { fields: [{ name: 'code', type: refType }] } },
      { name: 'spending', path: 'spending.csv', schema: { fields: [{ name: 'postcode', type: localType }], foreignKeys: [{ fields: 'postcode', reference: { resource: 'places', fields: 'code' } }] } },
    ]),
    'places.csv': `code\n${ref.join('\n')}\n`,
    'spending.csv': `postcode\n${local.join('\n')}\n`,
  });

  it('compares cast values: +7 and 007 match 7 between integer fields', async () => {
    expect(await lint(typed('integer', 'integer', ['+7', '007', '8'], ['7', '8']))).toEqual([]);
  });

  it('matches an integer to a string with the same digits, and hints at lost leading zeros otherwise', async () => {
    const findings = await lint(typed('integer', 'string', ['800', '2000', '123'], ['0800', '2000']));
    expect(brief(findings).map((f) => [f.line, f.message])).toEqual([
      [2, "'800' in field 'postcode' is not a code in places (field 'code')"],
      [4, "'123' in field 'postcode' is not a code in places (field 'code')"],
    ]);
    expect(findings[0]!.hint).toBe("'800' — did you mean '0800'? (leading zeros lost)");
  });

  it('keeps codes typed string exact: 01 is not 1', async () => {
    const findings = await lint(typed('string', 'string', ['1', '01'], ['01']));
    expect(brief(findings).map((f) => f.message)).toEqual(["'1' in field 'postcode' is not a code in places (field 'code')"]);
    expect(findings[0]!.hint).toBe("'1' — did you mean '01'? (leading zeros lost)");
  });

  it('leaves values that do not cast to format/type', async () => {
    expect(await lint(typed('integer', 'integer', ['x1'], ['1']))).toEqual([]);
  });
});

/** samePackage(['EC101']) with the municipalities resource changed (its descriptor and its file). */
function withRegister(resource: Record<string, unknown>, file: FileContent | undefined = registerCsv(CODES), fileName = 'municipalities.csv'): Record<string, FileContent> {
  const clinics = {
    name: 'clinics', path: 'clinics.csv',
    schema: { fields: [{ name: 'clinic_id' }, { name: 'municipality_code' }], foreignKeys: [{ fields: 'municipality_code', reference: { resource: 'municipalities', fields: 'code' } }] },
  };
  const files: Record<string, FileContent> = {
    'datapackage.json': datapackage([{ name: 'municipalities', path: 'municipalities.csv', schema: REGISTER_SCHEMA, ...resource }, clinics]),
    'clinics.csv': 'clinic_id,municipality_code\nCLN-1,EC101\n',
  };
  if (file !== undefined) files[fileName] = file;
  return files;
}

const because = (reason: string) => `Resource 'clinics': foreign key 1: its values cannot be checked, because the resource 'municipalities' ${reason}`;
const LABEL = { resource: "Resource 'clinics'", foreignKey: 1 };
const TARGET = { ...LABEL, target: "the resource 'municipalities'" };

testCheck('foreign-key', {
  valid: [{ name: 'a register and a reference in one package', files: withRegister({}) }],
  invalid: [
    {
      name: 'a referenced resource without a Table Schema',
      files: withRegister({ schema: undefined }),
      findings: [{ messageId: 'noSchema', message: "Resource 'clinics': foreign key 1 references the resource 'municipalities', which has no Table Schema, so its fields are unknown", data: TARGET }],
    },
    {
      name: 'remote data',
      files: withRegister({ path: 'https://example.org/municipalities.csv' }, undefined),
      findings: [{ messageId: 'remoteData', message: because('has remote data, which is not fetched (odlint works offline)'), data: TARGET }],
    },
    {
      name: 'inline data',
      files: withRegister({ path: undefined, data: [{ code: 'EC101', name: 'x' }] }, undefined),
      findings: [{ messageId: 'inlineData', message: because('has inline data, which odlint does not read'), data: TARGET }],
    },
    {
      name: 'a spreadsheet',
      files: withRegister({ path: 'municipalities.xlsx' }, 'not really a spreadsheet', 'municipalities.xlsx'),
      findings: [{ messageId: 'notTabular', message: because("is not CSV or JSON ('xlsx')"), data: { ...TARGET, format: 'xlsx' } }],
    },
    {
      name: 'a path outside the package',
      files: withRegister({ path: '../municipalities.csv' }, undefined),
      findings: [{ messageId: 'unreadablePath', message: because("has no data file odlint can read ('../municipalities.csv')"), data: { ...TARGET, path: '../municipalities.csv' } }],
    },
    {
      name: 'an empty register file',
      files: withRegister({}, ''),
      findings: [{ messageId: 'emptyFile', message: because('is an empty file (municipalities.csv)'), file: 'datapackage.json', data: { ...TARGET, file: 'municipalities.csv' } }],
    },
    {
      name: 'a register in an unknown encoding',
      files: withRegister({ encoding: 'utf-9' }),
      findings: [{ messageId: 'undecodable', message: because('has an encoding odlint cannot decode (utf-9)'), data: { ...TARGET, encoding: 'utf-9' } }],
    },
    {
      name: 'a register that is not text',
      files: withRegister({}, Buffer.from('%PDF-1.4\n\u0000\u0001\u0002binary\u0000\n')),
      findings: [{ messageId: 'notText', message: because('is not text (municipalities.csv looks like pdf)'), data: { ...TARGET, file: 'municipalities.csv', binaryKind: 'pdf' } }],
    },
    {
      name: 'a referenced package whose datapackage.json is not JSON',
      files: { ...healthPackage(['EC101']), 'municipal-register/datapackage.json': '{"name": ', 'municipal-register/municipalities.csv': registerCsv(CODES) },
      findings: [{
        messageId: 'packageUnreadable',
        message: expect.stringMatching(/^Resource 'clinics': foreign key 1 references municipal-register\/datapackage\.json, which cannot be read \(datapackage\.json is not valid JSON: .*\), so its values are not checked$/),
        data: { ...LABEL, metadataFile: 'municipal-register/datapackage.json', reason: expect.stringMatching(/^datapackage\.json is not valid JSON: /) },
      }],
    },
    {
      name: 'a reference to another package of two resources that names none',
      files: (() => {
        const files: Record<string, FileContent> = { ...registerPackage(), ...healthPackage(['EC101']), 'municipal-register/wards.csv': 'code\nW1\n' };
        files['municipal-register/datapackage.json'] = datapackage([
          { name: 'municipalities', path: 'municipalities.csv', schema: REGISTER_SCHEMA },
          { name: 'wards', path: 'wards.csv', schema: { fields: [{ name: 'code' }] } },
        ], { name: 'municipal-demarcation-register' });
        files['health/datapackage.json'] = (files['health/datapackage.json'] as string).replace('"resource": "municipalities",', '');
        return files;
      })(),
      findings: [{
        messageId: 'noResourceNamed',
        message: "Resource 'clinics': foreign key 1 names no resource of the package 'municipal-demarcation-register' (reference.resource)",
        data: { ...LABEL, package: 'municipal-demarcation-register' },
        hint: "that package has 2: 'municipalities', 'wards'",
      }],
    },
  ],
});

describe('linking/foreign-key: problems other rules report', () => {
  it("leaves a foreign key naming a field its own schema lacks to format/metadata-valid (fieldMissing, silent)", async () => {
    const files = samePackage(['EC101']);
    files['datapackage.json'] = (files['datapackage.json'] as string).replace(/"fields": \[\s*"municipality_code"\s*\]/, '"fields": ["municipality"]');
    expect(files['datapackage.json']).toContain('"fields": ["municipality"]');
    expect(await lint(files)).toEqual([]);
    const dir = makeTempDir();
    writeFiles(dir, files);
    const [fk] = resolveForeignKeys(discover([dir]).datasets);
    expect(fk!.problem).toMatchObject({ messageId: 'fieldMissing', silent: true, data: { ...LABEL, field: 'municipality' } });
    expect(formatMessage(REFERENCE_MESSAGES.fieldMissing, fk!.problem!.data)).toBe("Resource 'clinics': foreign key 1 names the field 'municipality', which the schema does not have");
  });
});

describe('linking/foreign-key: register files that cannot be read', () => {
  // A file without read permission (root reads it anyway), and a dialect csv-parse rejects (the dialect sanitiser
  // lets through none it knows of): their messages, filled as the check fills them.
  it('words unreadableFile and badDialect like the other reasons', () => {
    const messages = foreignKey.messages!;
    expect(formatMessage(messages.unreadableFile!, { ...TARGET, reason: 'EACCES' })).toBe(because('cannot be read (EACCES)'));
    expect(formatMessage(messages.badDialect!, TARGET)).toBe(because('cannot be read with its declared dialect'));
  });
});
