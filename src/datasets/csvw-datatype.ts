// CSVW datatypes (the XSD names of the Metadata Vocabulary for Tabular Data, §5.11) as Table Schema types, formats and
// constraints. What a datatype asks that odlint cannot check is returned as a reason, never dropped silently; where
// odlint could only check it wrongly (a date pattern it cannot convert, list cells), the column is read as a string.
import type { Field, FieldConstraints } from '../model/table-schema.js';
import { isObject } from '../util/objects.js';
import { compileSafe } from '../util/safe-regex.js';

/** A mapped datatype: the field's type and options, and what was not applied, with where it was written. */
export interface MappedDatatype {
  field: Pick<Field, 'type' | 'format' | 'trueValues' | 'falseValues' | 'decimalChar' | 'groupChar'>;
  constraints: FieldConstraints;
  /** For each constraint set, the pointer (relative to the datatype) it was read from; '' for an implied bound. */
  constraintPointers: Partial<Record<keyof FieldConstraints, string>>;
  unread: { pointer: string; written: string; detail: string }[];
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Implied bounds of XSD's integer types (long and unsignedLong lie beyond what a JSON number holds exactly). */
const INTEGER_BOUNDS: Record<string, [number | undefined, number | undefined]> = {
  integer: [undefined, undefined],
  long: [undefined, undefined],
  int: [-2147483648, 2147483647],
  short: [-32768, 32767],
  byte: [-128, 127],
  nonNegativeInteger: [0, undefined],
  positiveInteger: [1, undefined],
  unsignedLong: [0, undefined],
  unsignedInt: [0, 4294967295],
  unsignedShort: [0, 65535],
  unsignedByte: [0, 255],
  nonPositiveInteger: [undefined, 0],
  negativeInteger: [undefined, -1],
};
const NUMBERS = new Set(['decimal', 'double', 'float', 'number']);
const STRINGS = new Set(['string', 'normalizedString', 'token', 'language', 'Name', 'NMTOKEN', 'QName', 'anyAtomicType', 'any']);
const TEMPORAL: Record<string, 'date' | 'datetime' | 'time'> = { date: 'date', dateTime: 'datetime', datetime: 'datetime', dateTimeStamp: 'datetime', time: 'time' };
const DURATIONS = new Set(['duration', 'dayTimeDuration', 'yearMonthDuration']);
/** Datatypes odlint reads as plain strings: their own lexical rules are not checked. */
const UNCHECKED = new Set(['json', 'xml', 'html', 'hexBinary', 'base64Binary', 'binary', 'gDay', 'gMonth', 'gMonthDay']);

/** The base name of a datatype: 'xsd:integer' and the full XSD IRI read as 'integer'. */
function baseName(raw: string): string {
  if (raw.startsWith(XSD)) return raw.slice(XSD.length);
  if (raw.startsWith('xsd:')) return raw.slice(4);
  return raw;
}

/** A facet's value as a number for numeric types ("0" is read as 0), as written otherwise. */
function bound(v: unknown, numeric: boolean): number | string | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  if (!numeric) return v;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A UAX #35 date/time pattern (the ones CSVW lists: yyyy-MM-dd, dd/MM/yyyy, HH:mm:ss.S, yyyy-MM-dd'T'HH:mm:ssXXX …) as
 * a strptime pattern, or undefined when it uses fields strptime cannot express. One-letter fields (M, d, H) accept
 * one or two digits, as odlint's strptime reads %m, %d and %H.
 */
export function uaxToStrptime(pattern: string): string | undefined {
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) return undefined;
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end).replace(/%/g, '%%');
      i = end + 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    if (/[-/.:, T]/.test(ch)) {
      out += ch.repeat(n);
      continue;
    }
    const directive = ((): string | undefined => {
      switch (ch) {
        case 'y': return n === 2 ? '%y' : n === 4 ? '%Y' : undefined;
        case 'M': return n <= 2 ? '%m' : undefined;
        case 'd': return n <= 2 ? '%d' : undefined;
        case 'H': return n <= 2 ? '%H' : undefined;
        case 'm': return n <= 2 ? '%M' : undefined;
        case 's': return n <= 2 ? '%S' : undefined;
        case 'S': return n <= 6 ? '%f' : undefined;
        case 'X': case 'x': return n <= 3 ? '%z' : undefined;
        default: return undefined;
      }
    })();
    if (!directive) return undefined;
    out += directive;
  }
  return out;
}

/**
 * The Table Schema reading of a column's datatype (a name, or an object with base, format and facets); pointers in
 * the result are relative to the datatype.
 */
export function mapDatatype(datatype: unknown): MappedDatatype {
  const out: MappedDatatype = { field: {}, constraints: {}, constraintPointers: {}, unread: [] };
  if (datatype === undefined) return out; // CSVW's default is string
  const obj = isObject(datatype) ? datatype : undefined;
  const rawBase = typeof datatype === 'string' ? datatype : typeof obj?.base === 'string' ? obj.base : obj && typeof obj['@id'] === 'string' && obj.base === undefined ? obj['@id'] : 'string';
  const basePointer = obj ? (obj.base !== undefined ? '/base' : '') : '';
  const base = baseName(rawBase);
  const format = obj?.format;
  const setBound = (key: keyof FieldConstraints, v: number | string | undefined, pointer: string) => {
    if (v === undefined) return;
    (out.constraints as Record<string, unknown>)[key] = v;
    out.constraintPointers[key] = pointer;
  };

  if (base in INTEGER_BOUNDS) {
    out.field.type = 'integer';
    const [min, max] = INTEGER_BOUNDS[base]!;
    setBound('minimum', min, basePointer);
    setBound('maximum', max, basePointer);
  } else if (NUMBERS.has(base)) {
    out.field.type = 'number';
  } else if (base === 'boolean') {
    out.field.type = 'boolean';
    // XSD's lexical forms, unless a format names the two values ("Y|N").
    out.field.trueValues = ['true', '1'];
    out.field.falseValues = ['false', '0'];
  } else if (base in TEMPORAL) {
    out.field.type = TEMPORAL[base];
  } else if (base === 'gYear') {
    out.field.type = 'year';
  } else if (base === 'gYearMonth') {
    out.field.type = 'yearmonth';
  } else if (DURATIONS.has(base)) {
    out.field.type = 'duration';
  } else if (base === 'anyURI') {
    out.field.type = 'string';
    out.field.format = 'uri';
  } else if (STRINGS.has(base)) {
    out.field.type = 'string';
  } else {
    out.field.type = 'string';
    out.unread.push(UNCHECKED.has(base)
      ? { pointer: basePointer, written: rawBase, detail: `the values are read as text: odlint does not check the ${base} datatype` }
      : { pointer: basePointer, written: rawBase, detail: 'not a CSVW datatype: the values are read as text' });
  }

  const numeric = out.field.type === 'integer' || out.field.type === 'number';
  if (format !== undefined) mapFormat(out, base, format);
  if (obj) {
    const facets: [string, keyof FieldConstraints][] = [
      ['minimum', 'minimum'], ['minInclusive', 'minimum'], ['maximum', 'maximum'], ['maxInclusive', 'maximum'],
      ['minExclusive', 'exclusiveMinimum'], ['maxExclusive', 'exclusiveMaximum'],
    ];
    for (const [facet, key] of facets) {
      if (obj[facet] === undefined) continue;
      const v = bound(obj[facet], numeric);
      if (v === undefined) out.unread.push({ pointer: `/${facet}`, written: String(obj[facet]), detail: `${facet} is not a value of the column's datatype` });
      else setBound(key, v, `/${facet}`);
    }
    const count = (v: unknown) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : undefined);
    for (const [facet, keys] of [['length', ['minLength', 'maxLength']], ['minLength', ['minLength']], ['maxLength', ['maxLength']]] as const) {
      if (obj[facet] === undefined) continue;
      const v = count(obj[facet]);
      if (v === undefined) out.unread.push({ pointer: `/${facet}`, written: String(obj[facet]), detail: `${facet} must be a whole number` });
      else for (const k of keys) setBound(k, v, `/${facet}`);
    }
  }
  return out;
}

/** A datatype's format: a pattern of values for booleans, dates and numbers, a regular expression for strings. */
function mapFormat(out: MappedDatatype, base: string, format: unknown): void {
  const type = out.field.type;
  if (type === 'boolean') {
    const parts = typeof format === 'string' ? format.split('|') : [];
    if (parts.length === 2 && parts[0] && parts[1]) {
      out.field.trueValues = [parts[0]];
      out.field.falseValues = [parts[1]];
    } else out.unread.push({ pointer: '/format', written: String(format), detail: "a boolean format must be 'true value|false value'" });
    return;
  }
  if (type === 'date' || type === 'datetime' || type === 'time') {
    const converted = typeof format === 'string' ? uaxToStrptime(format) : undefined;
    if (converted) out.field.format = converted;
    else {
      out.field.type = 'string';
      out.unread.push({ pointer: '/format', written: String(format), detail: `odlint cannot convert this ${base} pattern: the values are read as text, not checked as dates` });
    }
    return;
  }
  if (type === 'integer' || type === 'number') {
    if (isObject(format)) {
      if (typeof format.decimalChar === 'string') out.field.decimalChar = format.decimalChar;
      if (typeof format.groupChar === 'string') out.field.groupChar = format.groupChar;
      if (format.pattern !== undefined) out.unread.push({ pointer: '/format/pattern', written: String(format.pattern), detail: 'number patterns are not applied: the values are checked as plain numbers' });
    } else out.unread.push({ pointer: '/format', written: String(format), detail: 'number patterns are not applied: the values are checked as plain numbers' });
    return;
  }
  if (type === 'year' || type === 'yearmonth' || type === 'duration') {
    out.unread.push({ pointer: '/format', written: String(format), detail: `a format on ${base} is not applied` });
    return;
  }
  // Strings (and anyURI): the format is a regular expression over the whole value.
  if (typeof format !== 'string') {
    out.unread.push({ pointer: '/format', written: JSON.stringify(format), detail: 'a string format must be a regular expression' });
    return;
  }
  const safe = compileSafe(format, { anchored: true });
  if (!safe.ok && safe.kind === 'invalid' && validPlain(format)) {
    // odlint runs patterns as Unicode regular expressions; this one is valid only without the u flag.
    out.unread.push({ pointer: '/format', written: format, detail: 'the regular expression uses escapes odlint cannot run (it reads patterns in Unicode mode): it is not applied' });
    return;
  }
  if (!safe.ok && safe.kind === 'unsupported') {
    // Patterns run on a linear-time engine (no backreferences or lookaround), so that no value can hang a run.
    out.unread.push({ pointer: '/format', written: format, detail: `the regular expression uses a feature odlint's linear-time engine does not support (${safe.feature}): it is not applied` });
    return;
  }
  out.constraints.pattern = format;
  out.constraintPointers.pattern = '/format';
}

function validPlain(p: string): boolean {
  try { new RegExp(`^(?:${p})$`); return true; } catch { return false; }
}
