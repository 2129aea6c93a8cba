import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, datapackage, lintFiles, lintWith, positionOf } from '../../../helpers/lint-files.js';

const lint = lintWith('key-type-drift');
afterEach(cleanupTempDirs);

/** Position of `value` inside the first occurrence of `context`. */
function valueAt(text: string, context: string, value: string) {
  const at = positionOf(text, context);
  return { line: at.line, column: at.column + context.indexOf(value) };
}

/** places (the register, in register/) and spending (in treasury/, referencing it through reference.package). */
function packages(localType: string, refType: string, local: string[], ref: string[]) {
  return {
    'register/datapackage.json': datapackage([{ name: 'places', path: 'places.csv', schema: { fields: [{ name: 'code', type: refType }], primaryKey: 'code' } }], { name: 'register' }),
    'register/places.csv': `code\n${ref.join('\n')}\n`,
    'treasury/datapackage.json': datapackage([{
      name: 'spending', path: 'spending.csv',
      schema: { fields: [{ name: 'id' }, { name: 'postcode', type: localType }], foreignKeys: [{ fields: 'postcode', reference: { package: '../register', resource: 'places', fields: 'code' } }] },
    }], { name: 'treasury' }),
    'treasury/spending.csv': `id,postcode\n${local.map((v, i) => `${i + 1},${v}`).join('\n')}\n`,
  };
}

describe('linking/key-type-drift', () => {
  it('passes keys typed alike, with codes written alike', async () => {
    expect(await lint(packages('string', 'string', ['0800', '2000'], ['0800', '2000']))).toEqual([]);
    expect(await lint(packages('integer', 'integer', ['800', '2000'], ['800', '2000']))).toEqual([]);
    expect(await lint(packages('integer', 'number', ['800'], ['800']))).toEqual([]);
  });

  it('reports an integer field referencing a string field, at the foreign key, with zero-padded evidence', async () => {
    const files = packages('integer', 'string', ['800', '2000'], ['0800', '2000', '0001']);
    const findings = await lint(files);
    expect(brief(findings)).toEqual([
      {
        ruleId: 'linking/key-type-drift',
        message: "Resource 'spending': foreign key 1 links field 'postcode' (integer) to field 'code' (string) of register/places: a key should have the same type on both sides; field 'code' of register/places holds zero-padded codes such as '0800' (register/places.csv line 2, 2 in all), which as numbers lose their leading zeros",
        file: 'treasury/datapackage.json',
        ...valueAt(files['treasury/datapackage.json'], '"fields": "postcode"', '"postcode"'),
      },
    ]);
    expect(findings[0]!.hint).toMatch(/^Declare both fields as type string/);
    expect(findings[0]!.dataset).toBe('treasury');
    expect(findings[0]!.messageId).toBe('typeDriftPaddedThere');
    expect(findings[0]!.data).toEqual({
      resource: "Resource 'spending'", foreignKey: 1, field: 'postcode', type: 'integer', refField: 'code', refType: 'string', target: 'register/places',
      example: "'0800'", exampleFile: 'register/places.csv', exampleLine: 2, count: 2,
    });
  });

  it('reports a string field referencing a number field, without evidence when no code is zero-padded', async () => {
    const findings = await lint(packages('string', 'number', ['800'], ['800']));
    expect(brief(findings).map((f) => f.message)).toEqual([
      "Resource 'spending': foreign key 1 links field 'postcode' (string) to field 'code' (number) of register/places: a key should have the same type on both sides",
    ]);
    expect(findings[0]!.messageId).toBe('typeDrift');
  });

  it('names zero-padded codes on the referencing side when it is the string one', async () => {
    const findings = await lint(packages('string', 'integer', ['800', '0800'], ['800']));
    expect(findings.map((f) => f.message)[0]).toContain("field 'postcode' here holds zero-padded codes such as '0800' (treasury/spending.csv line 3)");
    expect(findings[0]!.message).toBe("Resource 'spending': foreign key 1 links field 'postcode' (string) to field 'code' (integer) of register/places: a key should have the same type on both sides; field 'postcode' here holds zero-padded codes such as '0800' (treasury/spending.csv line 3), which as numbers lose their leading zeros");
    expect(findings[0]!.messageId).toBe('typeDriftPaddedHere');
    expect(findings[0]!.data).toMatchObject({ example: "'0800'", exampleFile: 'treasury/spending.csv', exampleLine: 3, count: 1 });
  });

  it('reports string codes that lost their leading zeros, at the first one, with a count', async () => {
    const findings = await lint(packages('string', 'string', ['2000', '800', '0800', '12', '1200'], ['0800', '2000', '0012', '1200']));
    expect(brief(findings)).toEqual([
      {
        ruleId: 'linking/key-type-drift',
        message: "'800' in field 'postcode' looks like a code that lost its leading zeros: the codes of field 'code' in register/places have 4 digits, such as '0800' (2 digit-only values of field 'postcode' are shorter than 4 digits)",
        file: 'treasury/spending.csv', line: 3, column: 2, field: 'postcode',
      },
    ]);
    expect(findings[0]!.hint).toMatch(/write the codes with all 4 digits/);
    expect(findings[0]!.messageId).toBe('lostZeros');
    expect(findings[0]!.data).toEqual({ value: "'800'", field: 'postcode', refField: 'code', target: 'register/places', width: 4, example: "'0800'", count: 2 });
  });

  it('reports one code that lost its leading zeros without a count', async () => {
    const findings = await lint(packages('string', 'string', ['2000', '800'], ['0800', '2000']));
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([
      ['lostZeros', "'800' in field 'postcode' looks like a code that lost its leading zeros: the codes of field 'code' in register/places have 4 digits, such as '0800'"],
    ]);
  });

  it('does not guess lost zeros when the register codes have no leading zeros or several widths', async () => {
    expect(await lint(packages('string', 'string', ['800'], ['1800', '2000']))).toEqual([]);
    expect(await lint(packages('string', 'string', ['800'], ['0800', '20000']))).toEqual([]);
  });

  it('says nothing when the referenced package is outside the linted paths (foreign-key reports that)', async () => {
    const files = packages('integer', 'string', ['800'], ['0800']);
    const findings = await lintFiles(files, { paths: ['treasury'], rules: [{ check: 'key-type-drift' }, { check: 'foreign-key' }] });
    expect(findings.map((f) => f.ruleId)).toEqual(['linking/foreign-key']);
  });

  it('works within one package, and the foreign-key rule hints at the same lost zeros value by value', async () => {
    const files = {
      'datapackage.json': datapackage([
        { name: 'places', path: 'places.csv', schema: { fields: [{ name: 'code', type: 'string' }] } },
        { name: 'spending', path: 'spending.csv', schema: { fields: [{ name: 'postcode', type: 'integer' }], foreignKeys: [{ fields: 'postcode', reference: { resource: 'places', fields: 'code' } }] } },
      ]),
      'places.csv': 'code\n0800\n',
      'spending.csv': 'postcode\n800\n',
    };
    const findings = await lintFiles(files, { rules: [{ check: 'key-type-drift', severity: 'warning' }, { check: 'foreign-key' }] });
    expect(findings.map((f) => [f.ruleId, f.severity, f.file, f.hint])).toEqual([
      ['linking/key-type-drift', 'warning', 'datapackage.json', 'Declare both fields as type string: codes are identifiers, not quantities, and their leading zeros are part of them'],
      ['linking/foreign-key', 'error', 'spending.csv', "'800' — did you mean '0800'? (leading zeros lost)"],
    ]);
  });
});
