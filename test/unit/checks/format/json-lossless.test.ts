// Issue 13, problem 9: JSON data read without loss: duplicate keys are a finding, numbers keep their text.
import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, packageWith } from '../../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

const SCHEMA = {
  fields: [
    { name: 'big', type: 'integer' }, { name: 'huge', type: 'number' }, { name: 'tiny', type: 'number', constraints: { enum: [1] } },
  ],
};
const RULES = [{ check: 'type' }, { check: 'enum' }, { check: 'json-structure' }];

describe('JSON data read without loss', () => {
  for (const format of ['json', 'ndjson'] as const) {
    it(`${format}: a 30-digit integer is an integer, 1e400 overflows, 1e-400 keeps its text, a repeated key is reported`, async () => {
      const records = [
        '{"big": 123456789012345678901234567890, "huge": 1e400, "tiny": 1e-400}',
        '{"big": 1, "huge": 2.5, "tiny": 1, "big": 2}',
      ];
      const text = format === 'json' ? `[\n${records.join(',\n')}\n]\n` : `${records.join('\n')}\n`;
      const line = format === 'json' ? 2 : 1;
      const findings = await lintFiles(packageWith(`data.${format}`, text, SCHEMA), { rules: RULES });
      expect(brief(findings).map(({ ruleId, line: l, column, message }) => [ruleId, l, column, message])).toEqual([
        ['format/enum', line, undefined, "'1e-400' in field 'tiny' is not one of the allowed values ('1')"],
        ['format/type', line, undefined, "'1e400' in field 'huge' is not a number (decimal point '.')"],
        ['format/json-structure', line + 1, records[1]!.lastIndexOf('"big"') + 1, 'The key "big" is written more than once in one object: JSON readers keep one of its values (most keep the last) and drop the others'],
      ]);
      expect(findings.find((f) => f.ruleId === 'format/type')!.hint).toBe("'1e400' is beyond the range of a 64-bit floating-point number (about ±1.8e308), the range most tools read numbers in");
    });
  }

  it('a 30-digit integer in a row array, and 1e400 in an integer field, are shown as written', async () => {
    const text = '[["big"],\n[123456789012345678901234567890],\n[1e400]]\n';
    const findings = await lintFiles(packageWith('data.json', text, { fields: [{ name: 'big', type: 'integer' }] }), { rules: RULES });
    expect(brief(findings).map((f) => [f.line, f.message])).toEqual([[3, "'1e400' in field 'big' is not an integer"]]);
  });
});
