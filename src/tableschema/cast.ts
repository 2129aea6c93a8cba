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
import { renderTypeWords } from './words.js';
import { ARRAY, compileGeojson, compileGeopoint, OBJECT } from './json-geo.js';
import { compileNumeric } from './numeric.js';
import { ANY, compileString } from './string-formats.js';
import { compileTemporal } from './temporal.js';
import { type TypeImpl } from './type-impl.js';
import type { CompiledField, Field } from '../model/table-schema.js';
import { YEAR, YEARMONTH } from './years.js';
import { jsonCellText } from '../util/json-cell.js';

// The importers of cast.js (checks, keys, init) keep one place to import from.
export { compareValues, valueKey } from './compare.js';
export { INVALID, type Invalid } from './type-impl.js';

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
    explain: (cell: string) => {
      const hint = explainCell(cell, cast, specific);
      return hint && renderTypeWords(hint);
    },
    explainHint: (cell: string) => explainCell(cell, cast, specific),
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
