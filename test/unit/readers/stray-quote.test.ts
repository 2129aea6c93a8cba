// Problem 14 of issue 13: a quote inside an unquoted field (`a,b "c" d,e`) made odlint skip the whole row, so its
// other values went unchecked. Now the quote is reported where it is, and the row is read with the quote as a
// literal character of its field — by the fast tokenizer and by csv-parse (dialects it alone reads) alike. So is
// text after a closing quote (`1,"b"c,x`), which csv-parse read by staying inside the quoted field, swallowing rows.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, datapackage, lintFiles } from '../../helpers/lint-files.js';

afterAll(cleanupTempDirs);

const RULES = [{ check: 'quoting' }, { check: 'type' }];

function pkg(csv: string, dialect?: Record<string, unknown>) {
  return {
    'datapackage.json': datapackage([{
      name: 'spend', path: 'spend.csv', ...(dialect ? { dialect } : {}),
      schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string' }, { name: 'amount', type: 'integer' }] },
    }]),
    'spend.csv': csv,
  };
}

const CSV = 'id,name,amount\n1,a,10\n2,b "c" d,abc\n3,c,12\nx,e,13\n';

describe.each([
  ['the fast tokenizer', undefined],
  // A comment character sends the whole file to csv-parse.
  ['csv-parse', { commentChar: '#' }],
])('a stray quote read by %s', (_name, dialect) => {
  it('is reported at its line and record, and the row is read: its other values are checked', async () => {
    const findings = await lintFiles(pkg(CSV, dialect), { rules: RULES });
    const brief = findings.map((f) => ({ ruleId: f.ruleId, line: f.line, record: f.record, message: f.message }));
    expect(brief).toEqual([
      { ruleId: 'format/quoting', line: 3, record: 2, message: "A \" appears inside an unquoted field; it was read as part of the field's value" },
      { ruleId: 'format/type', line: 3, record: 2, message: expect.stringContaining("'abc'") },
      { ruleId: 'format/type', line: 5, record: 4, message: expect.stringContaining("'x'") },
    ]);
  });

  it('the quote is part of the value, as Frictionless and csv-parse relax_quotes read it', async () => {
    const findings = await lintFiles(pkg('id,name,amount\n1,b "c" d,x\n', dialect), { rules: RULES });
    expect(findings.find((f) => f.ruleId === 'format/type')?.message).toContain("'x'");
    expect(findings.filter((f) => f.ruleId === 'format/quoting')).toHaveLength(1); // one finding a row, not a quote
  });

  it('text after a closing quote is read too, with the quote, and the rows after it are not swallowed', async () => {
    const findings = await lintFiles(pkg('id,name,amount\n1,"b"c,x\n2,d,y\n3,"e"f,7\n4,g,z\n', dialect), { rules: RULES });
    expect(findings.map((f) => [f.ruleId, f.line, f.record, f.messageId ?? f.message])).toEqual([
      ['format/quoting', 2, 1, 'textAfterClosingQuote'],
      ['format/type', 2, 1, expect.anything()],
      ['format/type', 3, 2, expect.anything()],
      ['format/quoting', 4, 3, 'textAfterClosingQuote'],
      ['format/type', 5, 4, expect.anything()],
    ]);
    expect(findings[0]!.message).toBe("A quoted field is closed by \" but more text follows before the next delimiter; it was read as part of the field's value, the quote with it");
  });
});
