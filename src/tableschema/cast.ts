// Casting of CSV cells to Frictionless Table Schema types (https://specs.frictionlessdata.io/table-schema/), locale-free.
//
// compileField() does all the work that depends only on the field (regexes, sets, strptime patterns) once, so that
// CompiledField.cast() is a tight function on the hot path: it never throws and never builds a regex. explain() is
// the cold path, called only after cast() failed, and may be as slow and chatty as it likes.
//
// Design choices (documented here because checks rely on them):
// - integer: values within ±(2^53-1) are returned as a JS number; larger magnitudes are still valid and are returned
//   as a bigint (exact). compareValues() and valueKey() handle number/bigint mixes; anything that needs a plain
//   number can use Number(v).
// - datetime: the spec (v1) asks for a trailing Z; values without a zone are accepted too and taken as UTC. Values
//   with an offset are converted to UTC. Result: epoch milliseconds (fractional below the millisecond).
// - time: seconds since midnight; a time with an offset is converted to UTC and wrapped into [0, 86400).
// - format 'any' never guesses day/month order: date 'any' accepts the ISO 8601 forms YYYY-MM-DD and YYYYMMDD;
//   datetime 'any' also accepts a space instead of 'T', missing seconds and ±hhmm / ±hh offsets; time 'any' also
//   accepts hh:mm. Ambiguous local forms need an explicit strptime pattern.
// - strptime patterns follow Python's strptime (which frictionless-py uses): numeric directives accept one or two
//   digits, matching is case-insensitive, a run of white space in the pattern matches one or more white space
//   characters, absent date parts default to 1900-01-01, %y maps 69–99 to 19xx and 00–68 to 20xx.
// - seconds are 00–59 (no leap seconds) and hours 00–23 (no 24:00:00).
//
// Each type family lives in its own module (numeric.ts, temporal.ts, strptime.ts, …); this module picks the type's
// implementation and wraps it into a CompiledField.
import { compileBoolean } from './boolean.js';
import { DURATION } from './duration.js';
import { explainCell } from './explain.js';
import { ARRAY, compileGeojson, compileGeopoint, OBJECT } from './json-geo.js';
import { compileNumeric } from './numeric.js';
import { ANY, compileString } from './string-formats.js';
import { compileTemporal } from './temporal.js';
import { jsonCellText, type TypeImpl } from './type-impl.js';
import type { Field } from './types.js';
import { YEAR, YEARMONTH } from './years.js';

// The importers of cast.js (checks, keys, init) keep one place to import from.
export { compareValues, valueKey } from './compare.js';
export { INVALID, type Invalid } from './type-impl.js';

export interface CompiledField {
  readonly field: Field;
  readonly name: string;
  /** Normalised type, 'string' when absent; unknown types are treated as 'any'. */
  readonly type: string;
  /**
   * Parses a non-missing cell. Returns a comparable primitive or INVALID:
   * string/any → the string; number → number (NaN, ±Infinity for 'NaN', 'INF', '-INF'); integer → number, or bigint
   * beyond ±(2^53-1); boolean → boolean; date → days since 1970-01-01; datetime → epoch ms (UTC); time → seconds
   * since midnight; year → number; yearmonth → year*12 + (month-1); duration → approximate seconds; object, array,
   * geojson → the parsed JSON value; geopoint → the cell as is.
   */
  cast(cell: string): unknown;
  /**
   * Casts a value as JSON.parse gives it (JSON data files): like cast(jsonCellText(value)), but without turning the
   * value into text where a direct cast is more faithful. Strings are cast as cells, null as the empty cell, values of a
   * type without a direct cast as their cell text. The results differ on purpose here:
   * - number: a JSON number is itself (-0 as 0). decimalChar, groupChar and bareNumber describe text: the text '1234.5'
   *   is rejected under decimalChar ',' and read as 12345 with groupChar '.' too; the number is not.
   * - integer: an integral number is itself within ±(2^53-1), beyond that the bigint of the digits String() writes, so
   *   also from 1e21 on, whose text '1e+21' is no integer. A fractional number is INVALID even under groupChar '.',
   *   where the text '1.5' reads as 15.
   * - boolean: JSON true and false are themselves, whatever trueValues and falseValues list.
   * - object, array, geojson: the parsed value itself, not a copy: nothing is parsed again, and nested values stay as
   *   parsed (a second parse would turn -0 into 0).
   */
  castJson(value: unknown): unknown;
  /** Human wording of what is expected, for messages. */
  readonly expected: string;
  /** Cold path, only after cast failed: a short reason or a hint. May return undefined. */
  explain(cell: string): string | undefined;
  /** The cells that mean "no value" for this field: field.missingValues ?? schema missingValues ?? [''] */
  readonly missingValues: ReadonlySet<string>;
  /** True when the empty cell is the only missing value (the default), so a plain comparison answers isMissing. */
  readonly onlyEmptyIsMissing: boolean;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set([
  'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'yearmonth', 'duration',
  'object', 'array', 'geopoint', 'geojson', 'any',
]);

export function compileField(field: Field, schemaMissingValues?: string[]): CompiledField {
  const declared = typeof field.type === 'string' && field.type !== '' ? field.type : 'string';
  const type = KNOWN_TYPES.has(declared) ? declared : 'any';
  const missing = toMissingList(field.missingValues) ?? toMissingList(schemaMissingValues) ?? [''];
  const impl = compileType(type, field);
  const cast = impl.cast;
  const specific = impl.explain;
  const direct = impl.castJsonValue;
  return {
    field,
    name: typeof field.name === 'string' ? field.name : String(field.name ?? ''),
    type,
    cast,
    castJson: direct
      ? (value: unknown) => (typeof value === 'string' ? cast(value) : direct(value))
      : (value: unknown) => cast(typeof value === 'string' ? value : jsonCellText(value)),
    expected: impl.expected,
    explain: (cell: string) => explainCell(cell, cast, specific),
    missingValues: new Set(missing),
    onlyEmptyIsMissing: missing.length === 1 && missing[0] === '',
  };
}

/** Table Schema v2 allows {value, label} objects in missingValues; v1 has strings only. */
function toMissingList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.map((x: unknown) => {
    if (typeof x === 'string') return x;
    if (x !== null && typeof x === 'object' && 'value' in x) return String((x as { value: unknown }).value);
    return String(x);
  });
}

function compileType(type: string, field: Field): TypeImpl {
  switch (type) {
    case 'string':
      return compileString(field);
    case 'integer':
      return compileNumeric(field, true);
    case 'number':
      return compileNumeric(field, false);
    case 'boolean':
      return compileBoolean(field);
    case 'date':
    case 'datetime':
    case 'time':
      return compileTemporal(type, field);
    case 'year':
      return YEAR;
    case 'yearmonth':
      return YEARMONTH;
    case 'duration':
      return DURATION;
    case 'object':
      return OBJECT;
    case 'array':
      return ARRAY;
    case 'geojson':
      return compileGeojson(field);
    case 'geopoint':
      return compileGeopoint(field);
    default:
      return ANY;
  }
}
