// What a field's type expects ('an integer', 'a date in the form YYYY-MM-DD'), as words a catalogue can translate:
// the type check gives them with its message (Report.words), so `{expected}` reads in the reader's language while the
// finding's data, which fingerprints hash, keeps the English wording. The types (numeric.ts, temporal.ts, …) keep
// writing `expected` in English; expectedWords reads it back into ids, and gives nothing for a wording it does not
// know, which then stays English.
import type { HintRef } from '../model/check.js';
import { formatMessage } from '../util/message-template.js';

/** Templates by id, in the type check's hints ('expected.*'). */
export const TYPE_WORDS: Readonly<Record<string, string>> = {
  'expected.list': '{first}, {rest}',
  'expected.integer': 'an integer',
  'expected.integerWith': 'an integer ({details})',
  'expected.number': 'a number',
  'expected.numberWith': 'a number ({details})',
  'expected.decimalPoint': "decimal point '.'",
  'expected.decimalMark': "decimal mark '{char}'",
  'expected.thousandsSeparator': "thousands separator '{char}'",
  'expected.bareNumber': 'surrounding text such as a currency sign or % allowed',
  'expected.boolean': 'true or false',
  'expected.booleanValues': 'one of {trueValues} (true) or {falseValues} (false)',
  'expected.date': 'a date in the form YYYY-MM-DD',
  'expected.dateAny': 'a date in the form YYYY-MM-DD or YYYYMMDD',
  'expected.datetime': 'a date and time in the form YYYY-MM-DDThh:mm:ss, optionally followed by Z or ±hh:mm',
  'expected.datetimeAny': 'a date and time in the form YYYY-MM-DDThh:mm[:ss] or YYYY-MM-DD hh:mm[:ss], optionally followed by Z or an offset',
  'expected.time': 'a time in the form hh:mm:ss',
  'expected.timeAny': 'a time in the form hh:mm or hh:mm:ss',
  'expected.dateForm': 'a date in the form {format}',
  'expected.datetimeForm': 'a date and time in the form {format}',
  'expected.timeForm': 'a time in the form {format}',
  'expected.year': 'a four-digit year',
  'expected.yearmonth': 'a year and month in the form YYYY-MM',
  'expected.duration': 'an ISO 8601 duration such as P1Y2M10DT2H30M',
  'expected.object': 'a JSON object',
  'expected.array': 'a JSON array',
  'expected.geojson': 'a GeoJSON object',
  'expected.topojson': 'a TopoJSON object',
  'expected.geopoint': "a point in the form 'lon, lat'",
  'expected.geopointArray': 'a JSON array [lon, lat]',
  'expected.geopointObject': 'a JSON object \\{"lon": …, "lat": …\\}',
  'expected.any': 'any value',
  'expected.string': 'a string',
  'expected.email': 'an email address',
  'expected.uri': 'an absolute URI with a scheme, such as https://…',
  'expected.uuid': 'a UUID such as 123e4567-e89b-12d3-a456-426614174000',
  'expected.base64': 'base64-encoded data',
};

const FIXED = new Map<string, string>(
  Object.entries(TYPE_WORDS).filter(([, t]) => !/(?<!\\)\{/.test(t)).map(([id, t]) => [formatMessage(t), id]),
);

function list(items: HintRef[]): HintRef {
  return items.slice(0, -1).reduceRight<HintRef>((rest, first) => ({ id: 'expected.list', data: { first, rest } }), items[items.length - 1]!);
}

function detail(text: string): HintRef | undefined {
  if (text === "decimal point '.'") return { id: 'expected.decimalPoint' };
  if (text === TYPE_WORDS['expected.bareNumber']) return { id: 'expected.bareNumber' };
  const m = /^(decimal mark|thousands separator) '(.+)'$/s.exec(text);
  if (m) return { id: m[1] === 'decimal mark' ? 'expected.decimalMark' : 'expected.thousandsSeparator', data: { char: m[2]! } };
  return undefined;
}

function render(ref: HintRef): string {
  const data: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(ref.data ?? {})) data[k] = typeof v === 'object' ? render(v) : v;
  return formatMessage(TYPE_WORDS[ref.id]!, data, { whole: true });
}

function read(expected: string): HintRef | undefined {
  const fixed = FIXED.get(expected);
  if (fixed) return { id: fixed };
  const numeric = /^(an integer|a number) \((.+)\)$/s.exec(expected);
  if (numeric) {
    const parts = numeric[2]!.split(/, (?=decimal |thousands |surrounding )/).map(detail);
    if (parts.some((p) => p === undefined)) return undefined;
    return { id: numeric[1] === 'an integer' ? 'expected.integerWith' : 'expected.numberWith', data: { details: list(parts as HintRef[]) } };
  }
  const form = /^(a date|a date and time|a time) in the form (.+)$/s.exec(expected);
  if (form) return { id: form[1] === 'a date' ? 'expected.dateForm' : form[1] === 'a time' ? 'expected.timeForm' : 'expected.datetimeForm', data: { format: form[2]! } };
  const bool = /^one of (.*) \(true\) or (.*) \(false\)$/s.exec(expected);
  if (bool) return { id: 'expected.booleanValues', data: { trueValues: bool[1]!, falseValues: bool[2]! } };
  return undefined;
}

const cache = new Map<string, HintRef | null>();

/** The words of a type's `expected`, or undefined when it is not one this module knows (it then stays English). */
export function expectedWords(expected: string): HintRef | undefined {
  let words = cache.get(expected);
  if (words === undefined) {
    const read_ = read(expected);
    // Only words that read back exactly as the English: anything else would make the engine refuse them.
    words = read_ && render(read_) === expected ? read_ : null;
    if (cache.size < 1000) cache.set(expected, words);
  }
  return words ?? undefined;
}
