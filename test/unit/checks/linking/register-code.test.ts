import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../../src/checks/index.js';
import { compileRegisterVocabulary } from '../../../../src/checks/linking/registers.js';
import { loadStandard } from '../../../../src/standard/load.js';
import { OdlintError } from '../../../../src/util/errors.js';
import { brief, bundledVocabularyMap, cleanupTempDirs, lintWith, makeTempDir, packageWith, writeFiles, type FileContent } from '../../../helpers/lint-files.js';
import { errorOfAsync } from '../../../helpers/odlint-error.js';
import { testCheck } from '../../../helpers/check-tester.js';

const lint = lintWith('register-code');
afterEach(cleanupTempDirs);

const PROVINCES = { fields: { province_code: 'za-provinces' } };
const REGISTER = 'the register za-provinces (South African provinces (National Treasury codes))';
const CODES_HINT = 'The codes of za-provinces: EC, FS, GT, KZN, LIM, MP, NC, NW, WC';

/** A dams package whose province_code column holds the given cells (one row each, from line 2). */
function dams(codes: string[], schemaFields = [{ name: 'dam' }, { name: 'province_code' }]): Record<string, FileContent> {
  return packageWith('dams.csv', `dam,province_code\n${codes.map((c, i) => `Dam ${i + 1},${/[",\n]/.test(c) ? `"${c}"` : c}`).join('\n')}\n`, { fields: schemaFields });
}

const unknown = (value: string, line: number) => ({
  ruleId: 'linking/register-code', message: `${value} in field 'province_code' is not a code of ${REGISTER}`, file: 'dams.csv', line, column: 2, field: 'province_code',
});

/** A vocabulary map with one more vocabulary beside the bundled ones. */
function withVocabulary(name: string, value: unknown): ReadonlyMap<string, unknown> {
  return new Map([...bundledVocabularyMap(), [name, value]]);
}

/** A small register of district codes with leading zeros, a dated retirement and a chain of replacements. */
const DISTRICTS = {
  registers: {
    districts: {
      title: 'Test districts',
      codes: {
        '01': { title: 'North' }, '02': { title: 'South' }, '10': { title: 'East' },
        '07': { title: 'Old West', retired: '2016-08-03', replacedBy: '08' },
        '08': { title: 'West', retired: '2021-11-01', replacedBy: '11' },
        '11': { title: 'Greater West' },
        '99': { title: 'Abolished', retired: true },
        '98': { title: 'Closed', retired: '2010-04-01' },
      },
    },
  },
};

function districtFiles(codes: string[]): Record<string, FileContent> {
  return packageWith('schools.csv', `school,district\n${codes.map((c, i) => `S${i + 1},${c}`).join('\n')}\n`, { fields: [{ name: 'school' }, { name: 'district' }] });
}

// The bundled register (za-provinces, titled; NP retired with no date and replaced by LIM), one row per case.
const DAMS_SCHEMA = { fields: [{ name: 'dam' }, { name: 'province_code' }] };

testCheck('register-code', {
  valid: [
    { name: 'current codes and an empty cell', csv: 'dam,province_code\nVaal,GT\nNandoni,LIM\nUnknown,\n', schema: DAMS_SCHEMA, options: PROVINCES },
    { name: 'a retired code with allowRetired', csv: 'dam,province_code\nNandoni,NP\n', schema: DAMS_SCHEMA, options: { ...PROVINCES, allowRetired: true } },
  ],
  invalid: [
    {
      name: 'a value not in a titled register',
      csv: 'dam,province_code\nVaal,Gp\n',
      schema: DAMS_SCHEMA,
      options: PROVINCES,
      findings: [{
        messageId: 'notCodeTitled', message: `'Gp' in field 'province_code' is not a code of ${REGISTER}`, line: 2, column: 2, field: 'province_code', target: 'za-provinces', targetKind: 'register',
        data: { value: "'Gp'", field: 'province_code', register: 'za-provinces', title: 'South African provinces (National Treasury codes)' },
      }],
    },
    {
      name: 'a retired code with its replacement',
      csv: 'dam,province_code\nVaal,GT\nNandoni,NP\n',
      schema: DAMS_SCHEMA,
      options: PROVINCES,
      findings: [{
        messageId: 'replaced', message: "'NP' in field 'province_code' was retired from za-provinces; use 'LIM'", line: 3, record: 2,
        data: { value: "'NP'", field: 'province_code', register: 'za-provinces', replacement: 'LIM' },
      }],
    },
  ],
});

describe('linking/register-code: valid and missing values', () => {
  it('passes every current code of the register, and skips missing cells', async () => {
    expect(await lint(dams(['EC', 'FS', 'GT', 'KZN', 'LIM', 'MP', 'NC', 'NW', 'WC', '']), { options: PROVINCES })).toEqual([]);
  });

  it("skips the field's declared missingValues too", async () => {
    const files = packageWith('dams.csv', 'dam,province_code\nVaal,GT\nUnknown,n/a\n', { fields: [{ name: 'dam' }, { name: 'province_code' }], missingValues: ['', 'n/a'] });
    expect(await lint(files, { options: PROVINCES })).toEqual([]);
  });

  it('checks nothing in a file that has no field the rule names, nor with no fields configured', async () => {
    const files = packageWith('dams.csv', 'dam,province\nVaal,Gauteng\n', { fields: [{ name: 'dam' }, { name: 'province' }] });
    expect(await lint(files, { options: PROVINCES })).toEqual([]);
    expect(await lint(dams(['Gauteng']))).toEqual([]);
  });

  it('matches fields by their schema name exactly: a padded header bound to the field is checked, another name is not', async () => {
    const padded = packageWith('dams.csv', 'dam, province_code \nVaal,Gp\n', { fields: [{ name: 'dam' }, { name: 'province_code' }] });
    expect(brief(await lint(padded, { options: PROVINCES }))).toEqual([unknown("'Gp'", 2)]);
    const otherName = packageWith('dams.csv', 'dam,Province_Code\nVaal,Gp\n', { fields: [{ name: 'dam' }, { name: 'Province_Code' }] });
    expect(await lint(otherName, { options: PROVINCES })).toEqual([]);
  });

  it('checks nothing in a file no schema describes (its columns are bound to no field)', async () => {
    expect(await lint({ 'dams.csv': 'dam,province_code\nVaal,XX\n' }, { options: PROVINCES })).toEqual([]);
  });
});

describe('linking/register-code: unknown codes and their near-miss hints', () => {
  it('reports every unknown value with its line, column and field', async () => {
    const findings = await lint(dams(['GT', 'Gauteng', 'LIM', 'XX']), { options: PROVINCES });
    expect(brief(findings)).toEqual([unknown("'Gauteng'", 3), unknown("'XX'", 5)]);
    expect(findings[0]!.record).toBe(2);
    expect(findings[0]!.severity).toBe('error');
  });

  it.each([
    ['gt', "'gt' — did you mean 'GT'? (case differs)"],
    [' GT', "' GT' — did you mean 'GT'? (leading white space)"],
    ['K ZN', "'K ZN' — did you mean 'KZN'? (white space inside)"],
    ['WC\u00a0', "'WC\\u00A0' — did you mean 'WC'? (trailing non-breaking space)"],
    ['K-ZN', "'K-ZN' — did you mean 'KZN'? (hyphens differ)"],
    ['KZM', "'KZM' — did you mean 'KZN'? (one character differs)"],
    ['ZKN', "'ZKN' — did you mean 'KZN'? (two characters swapped)"],
  ])('%j gets the hint %j', async (value, hint) => {
    const findings = await lint(dams([value]), { options: PROVINCES });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('is not a code of the register za-provinces');
    expect(findings[0]!.hint).toBe(hint);
  });

  it('names lost leading zeros', async () => {
    const findings = await lint(districtFiles(['1']), { options: { vocabulary: 'test-registers', fields: { district: 'districts' } }, vocabularies: withVocabulary('test-registers', DISTRICTS) });
    expect(brief(findings)).toEqual([{ ruleId: 'linking/register-code', message: "'1' in field 'district' is not a code of the register districts (Test districts)", file: 'schools.csv', line: 2, column: 2, field: 'district' }]);
    expect(findings[0]!.hint).toBe("'1' — did you mean '01'? (leading zeros lost)");
  });

  it('lists the codes when a value is near none of them, or near several (NT is one edit from GT, NC, NP and NW)', async () => {
    const findings = await lint(dams(['Gauteng', 'NT']), { options: PROVINCES });
    expect(brief(findings)).toEqual([unknown("'Gauteng'", 2), unknown("'NT'", 3)]);
    expect(findings.map((f) => f.hint)).toEqual([CODES_HINT, CODES_HINT]);
  });

  it('says so when the near code is itself retired, and names its replacement', async () => {
    const [f] = await lint(dams(['np']), { options: PROVINCES });
    expect(f!.hint).toBe("'np' — did you mean 'NP'? (case differs); but 'NP' was retired from za-provinces: use 'LIM' (Limpopo)");
    const [allowed] = await lint(dams(['np']), { options: { ...PROVINCES, allowRetired: true } });
    expect(allowed!.hint).toBe("'np' — did you mean 'NP'? (case differs)");
  });
});

describe('linking/register-code: aliases from other code systems', () => {
  it.each([
    ['GP', "'GP' is ISO 3166-2:ZA for Gauteng; the register za-provinces writes it 'GT'"],
    ['ZA-GP', "'ZA-GP' is ISO 3166-2:ZA for Gauteng; the register za-provinces writes it 'GT'"],
    ['LP', "'LP' is ISO 3166-2:ZA for Limpopo; the register za-provinces writes it 'LIM'"],
    ['ZA-LP', "'ZA-LP' is ISO 3166-2:ZA for Limpopo; the register za-provinces writes it 'LIM'"],
    ['ZA-KZN', "'ZA-KZN' is ISO 3166-2:ZA for KwaZulu-Natal; the register za-provinces writes it 'KZN'"],
    ['ZA-WC', "'ZA-WC' is ISO 3166-2:ZA for Western Cape; the register za-provinces writes it 'WC'"],
    ['NL', "'NL' is the former ISO 3166-2:ZA code for KwaZulu-Natal; the register za-provinces writes it 'KZN'"],
    ['ZA-NL', "'ZA-NL' is the former ISO 3166-2:ZA code for KwaZulu-Natal; the register za-provinces writes it 'KZN'"],
  ])('%j is still a finding (the same message as any other unknown value), and its hint names the register\'s code', async (value, hint) => {
    const findings = await lint(dams(['GT', value]), { options: PROVINCES });
    expect(brief(findings)).toEqual([unknown(`'${value}'`, 3)]);
    expect(findings[0]!.messageId).toBe('notCodeTitled');
    expect(findings[0]!.hint).toBe(hint);
  });

  it('matches an alias exactly as written: another spelling gets the near-miss hints of the register\'s codes', async () => {
    const [lower, padded] = await lint(dams(['gp', 'ZA-GP ']), { options: PROVINCES });
    expect(lower!.hint).toBe(CODES_HINT);
    expect(padded!.hint).toBe(CODES_HINT);
  });

  const ALIASED = {
    registers: {
      districts: {
        ...DISTRICTS.registers.districts,
        aliases: {
          legacy: { codes: { D1: '01', D7: '07', D9: '99' } },
          census: { title: 'the 2011 census list', codes: { C10: '10' } },
        },
      },
      zones: { codes: { A: {} }, aliases: { old: { codes: { Z1: 'A' } } } },
    },
  };
  const aliased = (codes: string[], field = 'districts', allowRetired = false) => lint(districtFiles(codes), {
    options: { vocabulary: 'test-registers', fields: { district: field }, allowRetired },
    vocabularies: withVocabulary('test-registers', ALIASED),
  });

  it("names the list by its title, or by its key when it has none; a code without a title by its code alone", async () => {
    const findings = await aliased(['D1', 'C10']);
    expect(findings.map((f) => f.hint)).toEqual([
      "'D1' is legacy for North; the register districts writes it '01'",
      "'C10' is the 2011 census list for East; the register districts writes it '10'",
    ]);
    expect((await aliased(['Z1'], 'zones')).map((f) => f.hint)).toEqual(["'Z1' is old; the register zones writes it 'A'"]);
  });

  it('says when the code an alias stands for is retired, and names its replacement', async () => {
    expect((await aliased(['D7', 'D9'])).map((f) => f.hint)).toEqual([
      "'D7' is legacy for Old West; the register districts writes it '07', a code retired from districts on 2016-08-03: use '11' (Greater West)",
      "'D9' is legacy for Abolished; the register districts writes it '99', a code retired from districts",
    ]);
    expect((await aliased(['D7'], 'districts', true)).map((f) => f.hint)).toEqual(["'D7' is legacy for Old West; the register districts writes it '07'"]);
  });

  it('compiles the bundled aliases: ISO 3166-2:ZA for all nine provinces, its short forms that differ (GP, LP), and NL', () => {
    const provinces = compileRegisterVocabulary(bundledVocabularyMap().get('registers'), 'registers').registers.get('za-provinces')!;
    const byCode = (code: string) => [...provinces.aliases].filter(([, a]) => a.code === code).map(([alias]) => alias).sort();
    expect(byCode('GT')).toEqual(['GP', 'ZA-GP']);
    expect(byCode('LIM')).toEqual(['LP', 'ZA-LP']);
    expect(byCode('KZN')).toEqual(['NL', 'ZA-KZN', 'ZA-NL']);
    for (const code of ['EC', 'FS', 'MP', 'NC', 'NW', 'WC']) expect(byCode(code)).toEqual([`ZA-${code}`]);
    expect(provinces.aliases.get('GP')).toEqual({ code: 'GT', scheme: 'ISO 3166-2:ZA' });
    expect(provinces.aliases.get('NL')).toEqual({ code: 'KZN', scheme: 'the former ISO 3166-2:ZA code' });
  });
});

describe('linking/register-code: retired codes', () => {
  const opts = { options: { vocabulary: 'test-registers', fields: { district: 'districts' } }, vocabularies: withVocabulary('test-registers', DISTRICTS) };

  it('reports a retired code with its replacement (bundled NP, replaced by LIM, no date)', async () => {
    const findings = await lint(dams(['LIM', 'NP']), { options: PROVINCES });
    expect(brief(findings)).toEqual([{ ruleId: 'linking/register-code', message: "'NP' in field 'province_code' was retired from za-provinces; use 'LIM'", file: 'dams.csv', line: 3, column: 2, field: 'province_code' }]);
    expect(findings[0]!.hint).toBe("Replace it with 'LIM' (Limpopo), or set the rule option allowRetired when the rows keep the codes of their own time");
  });

  it('gives the date, follows a chain of replacements to the current code, and handles a code retired with no replacement', async () => {
    const findings = await lint(districtFiles(['07', '08', '99', '11']), opts);
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [2, "'07' in field 'district' was retired from districts on 2016-08-03; use '11'"],
      [3, "'08' in field 'district' was retired from districts on 2021-11-01; use '11'"],
      [4, "'99' in field 'district' was retired from districts"],
    ]);
    expect(findings[0]!.hint).toContain("Replace it with '11' (Greater West)");
    expect(findings[2]!.hint).toBe('Use a current code of districts, or set the rule option allowRetired when the rows keep the codes of their own time');
    expect(findings.map((f) => f.messageId)).toEqual(['replacedOn', 'replacedOn', 'retired']);
    expect(findings[0]!.data).toEqual({ value: "'07'", field: 'district', register: 'districts', date: '2016-08-03', replacement: '11' });
    expect(findings[2]!.data).toEqual({ value: "'99'", field: 'district', register: 'districts' });
  });

  it('gives the date of a code retired with no replacement', async () => {
    const findings = await lint(districtFiles(['98']), opts);
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([['retiredOn', "'98' in field 'district' was retired from districts on 2010-04-01"]]);
    expect(findings[0]!.data).toEqual({ value: "'98'", field: 'district', register: 'districts', date: '2010-04-01' });
  });

  it('names a register that has no title by its name alone', async () => {
    const vocabulary = { registers: { ...DISTRICTS.registers, zones: { codes: { A: {}, B: {} } } } };
    const findings = await lint(districtFiles(['C']), { options: { vocabulary: 'test-registers', fields: { district: 'zones' } }, vocabularies: withVocabulary('test-registers', vocabulary) });
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([['notCode', "'C' in field 'district' is not a code of the register zones"]]);
    expect(findings[0]!.data).toEqual({ value: "'C'", field: 'district', register: 'zones' });
  });

  it('accepts retired codes with allowRetired', async () => {
    expect(await lint(dams(['NP', 'LIM']), { options: { ...PROVINCES, allowRetired: true } })).toEqual([]);
    expect(await lint(districtFiles(['07', '08', '99']), { ...opts, options: { ...opts.options, allowRetired: true } })).toEqual([]);
  });
});

describe('linking/register-code: JSON and NDJSON records', () => {
  const schema = { fields: [{ name: 'dam', type: 'string' }, { name: 'province_code', type: 'string' }] };

  it('checks JSON array records, at the line of each record (no column)', async () => {
    const json = `[\n  {"dam": "Vaal", "province_code": "GT"},\n  {"dam": "Gariep", "province_code": "fs"},\n  {"dam": "Unknown", "province_code": null},\n  {"dam": "Nandoni", "province_code": "NP"}\n]\n`;
    const findings = await lint(packageWith('dams.json', json, schema, { format: 'json' }), { options: PROVINCES });
    expect(brief(findings)).toEqual([
      { ruleId: 'linking/register-code', message: `'fs' in field 'province_code' is not a code of ${REGISTER}`, file: 'dams.json', line: 3, field: 'province_code' },
      { ruleId: 'linking/register-code', message: "'NP' in field 'province_code' was retired from za-provinces; use 'LIM'", file: 'dams.json', line: 5, field: 'province_code' },
    ]);
    expect(findings[0]!.hint).toBe("'fs' — did you mean 'FS'? (case differs)");
  });

  it('checks NDJSON records, and skips a record without the property', async () => {
    const ndjson = '{"dam":"Vaal","province_code":"GT"}\n{"dam":"Midmar"}\n{"dam":"Vaal","province_code":"GP"}\n';
    const findings = await lint(packageWith('dams.ndjson', ndjson, schema, { format: 'ndjson' }), { options: PROVINCES });
    expect(brief(findings)).toEqual([{ ruleId: 'linking/register-code', message: `'GP' in field 'province_code' is not a code of ${REGISTER}`, file: 'dams.ndjson', line: 3, field: 'province_code' }]);
    expect(findings[0]!.record).toBe(3);
  });
});

describe('linking/register-code: a broken vocabulary or option stops the run (OdlintError)', () => {
  /** The error a lint with this register vocabulary throws. */
  function errorOf(vocabulary: unknown, fields: Record<string, string> = { district: 'districts' }): Promise<OdlintError> {
    return errorOfAsync(() => lint(districtFiles(['01']), { options: { vocabulary: 'test-registers', fields }, vocabularies: withVocabulary('test-registers', vocabulary) }));
  }
  const one = (codes: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ registers: { districts: { title: 'Test districts', ...extra, codes } } });

  it.each([
    ['not a mapping', ['a', 'b'], "The register vocabulary 'test-registers' is malformed: it is not a mapping."],
    ['no registers', { description: 'x' }, "The register vocabulary 'test-registers' is malformed: it has no 'registers' mapping."],
    ['empty registers', { registers: {} }, "The register vocabulary 'test-registers' is malformed: 'registers' is empty."],
    ['a register that is a list', { registers: { districts: ['01'] } }, "register 'districts' is not a mapping"],
    ['a register without codes', { registers: { districts: { title: 'x' } } }, "register 'districts' has no 'codes' mapping (or it is empty)"],
    ['a register property misspelt', one({ '01': {} }, { sources: [] }), "register 'districts' has the unknown property 'sources' (allowed: title, description, source, codes, aliases)"],
    ['a register title that is not text', one({ '01': {} }, { title: 3 }), "the title of register 'districts' is not a string"],
    ['a source without a title', one({ '01': {} }, { source: { url: 'https://example.org/' } }), "the source of register 'districts' is not {title, url}"],
    ['a code that is not a mapping', one({ '01': 'North' }), 'code \'01\' of register \'districts\' is "North", not a mapping (write 01: {title: …})'],
    ['a padded code', one({ ' 01': {} }), "register 'districts' has a blank or padded code ' 01'"],
    ['a code property misspelt', one({ '01': { retierd: '2020-01-01' } }), "code '01' of register 'districts' has the unknown property 'retierd'"],
    ['a date that does not exist', one({ '01': { retired: '2003-02-30' } }), "'retired' of code '01' of register 'districts' is \"2003-02-30\", not a date YYYY-MM-DD or true"],
    ['a replacement that is not a code', one({ '01': { replacedBy: '02' } }), "code '01' of register 'districts' is replaced by '02', which is not a code of the register"],
    ['a code replaced by itself', one({ '01': { replacedBy: '01' } }), "code '01' of register 'districts' is replaced by itself"],
    ['replacements in a cycle', one({ '01': { replacedBy: '02' }, '02': { replacedBy: '01' } }), "the codes of register 'districts' replace each other in a cycle: 01 → 02 → 01"],
    ['aliases that are a list', one({ '01': {} }, { aliases: { '01': ['D1'] } }), "alias list '01' of register 'districts' is not a mapping"],
    ['aliases that are not a mapping', one({ '01': {} }, { aliases: ['D1'] }), "the aliases of register 'districts' are not a mapping of alias lists"],
    ['an alias list property misspelt', one({ '01': {} }, { aliases: { old: { code: { D1: '01' } } } }), "alias list 'old' of register 'districts' has the unknown property 'code' (allowed: title, description, source, codes)"],
    ['an alias list without codes', one({ '01': {} }, { aliases: { old: { title: 'Old' } } }), "alias list 'old' of register 'districts' has no 'codes' mapping (or it is empty)"],
    ['an alias list title that is not text', one({ '01': {} }, { aliases: { old: { title: 1, codes: { D1: '01' } } } }), "the title of alias list 'old' of register 'districts' is not a string"],
    ['an alias list source without a url scheme', one({ '01': {} }, { aliases: { old: { source: { title: 'x', url: 'example.org' }, codes: { D1: '01' } } } }), "the source of alias list 'old' of register 'districts' is not {title, url}"],
    ['an alias for a code the register lacks', one({ '01': {} }, { aliases: { old: { codes: { D2: '02' } } } }), "alias 'D2' in alias list 'old' of register 'districts' stands for \"02\", which is not a code of the register"],
    ['an alias that maps to a list', one({ '01': {} }, { aliases: { old: { codes: { D1: ['01'] } } } }), "alias 'D1' in alias list 'old' of register 'districts' stands for [\"01\"], which is not a code of the register"],
    ['an alias that is a code of the register', one({ '01': {}, '02': {} }, { aliases: { old: { codes: { '02': '01' } } } }), "alias '02' in alias list 'old' of register 'districts' is itself a code of the register"],
    ['a padded alias', one({ '01': {} }, { aliases: { old: { codes: { 'D1 ': '01' } } } }), "alias list 'old' of register 'districts' has a blank or padded alias 'D1 '"],
    ['an alias in two lists', one({ '01': {}, '02': {} }, { aliases: { old: { codes: { D1: '01' } }, older: { codes: { D1: '02' } } } }), "alias 'D1' of register 'districts' is listed in both 'old' and 'older'"],
  ])('%s', async (_what, vocabulary, message) => {
    const err = await errorOf(vocabulary);
    expect(err.message).toContain(message);
    expect(err.message).toMatch(/^The register vocabulary 'test-registers' is malformed: /);
    expect(err.hint).toContain('"registers": {<register>:');
  });

  it('names the registers there are when the rule names one the vocabulary lacks', async () => {
    const err = await errorOf(DISTRICTS, { district: 'district' });
    expect(err.message).toBe("The rule linking/register-code checks field 'district' against the register 'district', but the vocabulary 'test-registers' has no such register (it has: districts).");
    expect(err.hint).toContain("or add 'district' to the vocabulary");
    const bundled = await lint(dams(['GT']), { options: { fields: { province_code: 'za-province' } } }).then(() => undefined, (e: unknown) => e);
    expect(bundled).toBeInstanceOf(OdlintError);
    expect((bundled as OdlintError).message).toContain("no such register (it has: za-provinces)");
  });

  it('names the vocabularies there are when the rule names one the standard lacks', async () => {
    const err = await lint(dams(['GT']), { options: { vocabulary: 'registry', fields: { province_code: 'za-provinces' } } }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(OdlintError);
    expect((err as OdlintError).message).toBe("The rule linking/register-code needs the register vocabulary 'registry', but the standard names no such vocabulary (it has: licences, frequencies, registers).");
  });

  it('the bundled vocabulary compiles, with NP retired and replaced by LIM', () => {
    const v = compileRegisterVocabulary(bundledVocabularyMap().get('registers'), 'registers');
    const provinces = v.registers.get('za-provinces')!;
    expect([...provinces.codes.keys()].sort()).toEqual(['EC', 'FS', 'GT', 'KZN', 'LIM', 'MP', 'NC', 'NP', 'NW', 'WC']);
    expect(provinces.codes.get('NP')).toEqual({ title: 'Northern Province', replacedBy: 'LIM', retired: true, useInstead: 'LIM' });
    expect([...provinces.codes.values()].filter((c) => c.retired)).toHaveLength(1);
  });
});

describe('linking/register-code: a department standard adds a register', () => {
  it("merges its registers into the national vocabulary and its fields into the rule's option", async () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'standard.yaml': [
        'id: za-dpw', 'version: 1.0.0', 'title: DPW standard', 'extends: national-open-data',
        'vocabularies:', '  registers: dpw-registers.yaml',
        'rules:', '  linking/register-code:', '    with: { fields: { region_code: dpw-regions } }', '',
      ].join('\n'),
      'dpw-registers.yaml': [
        'registers:', '  dpw-regions:', '    title: DPW regional offices', '    codes:',
        '      PTA: { title: Pretoria }', '      DBN: { title: Durban }', '      KIM: { title: Kimberley, retired: "2019-04-01", replacedBy: BFN }', '      BFN: { title: Bloemfontein }',
        '  za-provinces:', '    codes:', '      XX: { title: Test-only province }',
        '    aliases:', '      dpw:', '        title: the DPW asset register', '        codes: { GAU: GT }', '',
      ].join('\n'),
    });
    const standard = loadStandard(path.join(dir, 'standard.yaml'), checkRegistry());
    const rule = standard.rules.find((r) => r.id === 'linking/register-code')!;
    expect(rule.options.fields).toEqual({ province_code: 'za-provinces', region_code: 'dpw-regions' });
    const files = packageWith('offices.csv', 'office,province_code,region_code\nA,GT,PTA\nB,XX,KIM\nC,GP,DBN\nD,GAU,PTA\n', { fields: [{ name: 'office' }, { name: 'province_code' }, { name: 'region_code' }] });
    const findings = await lint(files, { options: rule.options, vocabularies: standard.vocabularies });
    expect(findings.map((f) => [f.line, f.field, f.message])).toEqual([
      [3, 'region_code', "'KIM' in field 'region_code' was retired from dpw-regions on 2019-04-01; use 'BFN'"],
      [4, 'province_code', "'GP' in field 'province_code' is not a code of the register za-provinces (South African provinces (National Treasury codes))"],
      [5, 'province_code', "'GAU' in field 'province_code' is not a code of the register za-provinces (South African provinces (National Treasury codes))"],
    ]);
    // Its alias list joins the national ones, which it keeps.
    expect(findings.slice(1).map((f) => f.hint)).toEqual([
      "'GP' is ISO 3166-2:ZA for Gauteng; the register za-provinces writes it 'GT'",
      "'GAU' is the DPW asset register for Gauteng; the register za-provinces writes it 'GT'",
    ]);
  });
});
