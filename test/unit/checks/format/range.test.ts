import { testCheck } from '../../../helpers/check-tester.js';

const WAIT = { fields: [{ name: 'wait', type: 'integer', constraints: { minimum: 0, maximum: 100 } }] };

testCheck('range', {
  valid: [{ name: 'values within the bounds, bounds included', csv: 'wait\n0\n15\n100\n\n', schema: WAIT }],
  invalid: [
    {
      name: 'numbers below the minimum and above the maximum',
      csv: 'wait\n-15\n50\n101\n',
      schema: WAIT,
      findings: [
        { messageId: 'belowMinimum', data: { value: "'-15'", field: 'wait', bound: '0' }, ruleId: 'format/range', message: "'-15' in field 'wait' is below the minimum 0", file: 'data.csv', line: 2, column: 1, field: 'wait' },
        { messageId: 'aboveMaximum', data: { value: "'101'", field: 'wait', bound: '100' }, ruleId: 'format/range', message: "'101' in field 'wait' is above the maximum 100", file: 'data.csv', line: 4, column: 1, field: 'wait' },
      ],
    },
    {
      name: 'dates compared as dates, with the bound written as a date',
      csv: 'id,opened\na,2020-01-01\nb,2019-12-31\nc,2026-10-14\n',
      schema: { fields: [{ name: 'id' }, { name: 'opened', type: 'date', constraints: { minimum: '2020-01-01' } }] },
      findings: [
        { messageId: 'belowMinimum', data: { bound: '2020-01-01' }, ruleId: 'format/range', message: "'2019-12-31' in field 'opened' is below the minimum 2020-01-01", file: 'data.csv', line: 3, column: 2, field: 'opened' },
      ],
    },
    {
      name: 'exclusive bounds',
      csv: 'level\n0\n0.5\n100\n',
      schema: { fields: [{ name: 'level', type: 'number', constraints: { exclusiveMinimum: 0, exclusiveMaximum: 100 } }] },
      findings: [
        { messageId: 'notAboveExclusiveMinimum', ruleId: 'format/range', message: "'0' in field 'level' is not above the exclusive minimum 0", file: 'data.csv', line: 2, column: 1, field: 'level' },
        { messageId: 'notBelowExclusiveMaximum', ruleId: 'format/range', message: "'100' in field 'level' is not below the exclusive maximum 100", file: 'data.csv', line: 4, column: 1, field: 'level' },
      ],
    },
    {
      name: 'durations compared by length',
      csv: 'wait\nPT90M\nPT2H30M\n',
      schema: { fields: [{ name: 'wait', type: 'duration', constraints: { maximum: 'PT2H' } }] },
      findings: [
        { messageId: 'aboveMaximum', ruleId: 'format/range', message: "'PT2H30M' in field 'wait' is above the maximum PT2H", file: 'data.csv', line: 3, column: 1, field: 'wait' },
      ],
    },
  ],
});
