import { afterEach, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { cleanupTempDirs, lintWith } from '../../../helpers/lint-files.js';

testCheck('ragged-row', {
  valid: [{ name: 'rows as wide as the header, including a quoted delimiter', files: { 'data.csv': 'a,b,c\n1,2,"3,4"\n5,6,7\n' } }],
  invalid: [
    {
      name: 'a row with an extra cell and a row with a missing cell',
      files: { 'data.csv': 'a,b,c\n1,2,3,4\n5,6\n7,8,9\n' },
      findings: [
        {
          messageId: 'extraCells',
          data: { cells: 4, extra: 1, width: 3, values: "'4'" },
          ruleId: 'format/ragged-row',
          message: "Row has 4 cells, 1 more than the header's 3: extra '4'",
          file: 'data.csv',
          line: 2,
          column: 4,
          record: 1,
        },
        {
          messageId: 'missingCells',
          data: { cells: 2, missing: 1, width: 3 },
          ruleId: 'format/ragged-row',
          message: "Row has 2 cells, 1 fewer than the header's 3",
          file: 'data.csv',
          line: 3,
          column: 3,
          record: 2,
        },
      ],
    },
    {
      name: 'without a header row, rows measured against the schema',
      csv: '1,2\n3,4,5\n',
      schema: { fields: [{ name: 'a' }, { name: 'b' }] },
      resource: { dialect: { header: false } },
      findings: [{ messageId: 'extraCells', ruleId: 'format/ragged-row', message: "Row has 3 cells, 1 more than the header's 2: extra '5'", file: 'data.csv', line: 2, column: 3 }],
    },
    {
      name: 'at most three extra cells shown',
      files: { 'data.csv': 'a\n1,2,3,4,5\n' },
      findings: [{ messageId: 'extraCells', data: { cells: 5, extra: 4, width: 1 }, message: "Row has 5 cells, 4 more than the header's 1: extra '2', '3', '4'" }],
    },
  ],
});

afterEach(cleanupTempDirs);

it('names no field: a ragged row is about the row', async () => {
  const findings = await lintWith('ragged-row')({ 'data.csv': 'a,b,c\n1,2,3,4\n5,6\n' });
  expect(findings.map((f) => f.field)).toEqual([undefined, undefined]);
});

it('measures JSON rows as arrays against their header row, and never records that are objects', async () => {
  const lint = lintWith('ragged-row');
  const findings = await lint({ 'a.json': '[["dam", "level"],\n ["Vaal", 61.2, "full"],\n ["Gariep"]]\n', 'b.ndjson': '{"dam": "Vaal"}\n{"level": 1, "x": 2, "y": 3}\n' });
  expect(findings.map((f) => [f.file, f.messageId, f.record, f.column, f.hint])).toEqual([
    ['a.json', 'extraCells', 1, undefined, 'Give each row one value per column of the header row, in its order'],
    ['a.json', 'missingCells', 2, undefined, 'Add the missing values (null if a value is unknown), so later columns stay aligned'],
  ]);
});
