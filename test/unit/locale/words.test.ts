// Words of message data: values odlint writes in English (a type's expectation, a resource's label, a frequency, an
// age) given in the reader's language, while the data that fingerprints hash keeps its English wording.
import { describe, expect, it } from 'vitest';
import { COMMON_HINTS } from '../../../src/checks/common-hints.js';
import { renderKeyedHint } from '../../../src/locale/keyed-hint.js';
import { recognisedWords } from '../../../src/locale/recognise.js';
import { compileField } from '../../../src/tableschema/cast.js';
import { expectedWords, TYPE_WORDS } from '../../../src/tableschema/words.js';
import { formatMessage } from '../../../src/util/message-template.js';
import type { Field } from '../../../src/model/table-schema.js';

describe("a type's expectation as words", () => {
  const fields: Field[] = [
    ...['integer', 'number', 'boolean', 'date', 'datetime', 'time', 'year', 'yearmonth', 'duration', 'object', 'array', 'geojson', 'geopoint', 'any', 'string'].map((type) => ({ name: 'f', type })),
    { name: 'f', type: 'number', decimalChar: ',', groupChar: '.', bareNumber: false },
    { name: 'f', type: 'integer', groupChar: ' ' },
    { name: 'f', type: 'boolean', trueValues: ['Y'], falseValues: ['N'] },
    { name: 'f', type: 'date', format: '%d/%m/%Y' },
    { name: 'f', type: 'date', format: 'any' },
    { name: 'f', type: 'datetime', format: 'any' },
    { name: 'f', type: 'time', format: '%H%M' },
    { name: 'f', type: 'geojson', format: 'topojson' },
    { name: 'f', type: 'geopoint', format: 'array' },
    { name: 'f', type: 'geopoint', format: 'object' },
    ...['email', 'uri', 'uuid', 'binary'].map((format) => ({ name: 'f', type: 'string', format })),
  ];

  it.each(fields.map((f) => [compileField(f).expected]))('%s: known, and reads back exactly', (expected) => {
    const words = expectedWords(expected);
    expect(words).toBeDefined();
    const render = (ref: { id: string; data?: Record<string, unknown> }): string => formatMessage(TYPE_WORDS[ref.id]!, Object.fromEntries(Object.entries(ref.data ?? {}).map(([k, v]) => [k, typeof v === 'object' ? render(v as { id: string }) : (v as string)])), { whole: true });
    expect(render(words!)).toBe(expected);
  });

  it('gives nothing for a wording it does not know', () => {
    expect(expectedWords('a colour in the form #RRGGBB')).toBeUndefined();
  });
});

describe('values recognised by their English wording', () => {
  const english = (key: string, data?: Record<string, string | number>) => formatMessage(COMMON_HINTS[key.slice('hint.'.length)]!, data, { whole: true });
  it.each([
    ['resource', "Resource 'budget-2026'"], ['resource', 'Resource 3'], ['frequency', 'monthly'], ['frequency', 'quarterly'],
    ['frequency', 'every 2 weeks'], ['frequency', 'every minute'], ['age', '1 day'], ['age', '40 days'], ['age', '14 months'], ['age', '3 years'],
  ])('%s %s reads back exactly in English', (placeholder, value) => {
    const words = recognisedWords(placeholder, value);
    expect(words).toBeDefined();
    expect(renderKeyedHint(words!, english)).toBe(value);
  });

  it('only for the placeholders they are written for, and only in their forms', () => {
    expect(recognisedWords('value', "Resource 'x'")).toBeUndefined();
    expect(recognisedWords('frequency', 'twice a month')).toBeUndefined();
    expect(recognisedWords('age', 3)).toBeUndefined();
  });
});
