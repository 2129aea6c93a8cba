// Order and identity of cast values, for range, uniqueness, enum and key checks.
import { isPlainObject } from './json-geo.js';
import { TOO_DEEP_TEXT } from '../util/json-cell.js';

function typeRank(v: unknown): number {
  switch (typeof v) {
    case 'boolean':
      return 0;
    case 'number':
    case 'bigint':
      return 1;
    case 'string':
      return 2;
    default:
      return 3;
  }
}

/**
 * Order of two values returned by the same field's cast (numbers, bigints, strings, booleans): negative, 0, positive.
 * Numbers and bigints compare by value; NaN equals NaN and sorts before every other number. Strings compare by UTF-16
 * code units (locale-free). false < true. Other values (JSON) compare by their canonical JSON text.
 */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) {
    const an = ta === 'number' && Number.isNaN(a);
    const bn = tb === 'number' && Number.isNaN(b);
    if (an || bn) return an && bn ? 0 : an ? -1 : 1;
    const x = a as number | bigint;
    const y = b as number | bigint;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ta === 'string' && tb === 'string') return (a as string) < (b as string) ? -1 : 1;
  if (ta === 'boolean' && tb === 'boolean') return a ? 1 : -1;
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  const ka = String(valueKey(a));
  const kb = String(valueKey(b));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isPlainObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
  }
  if (typeof v === 'bigint') return v.toString();
  if (v === undefined) return 'null';
  return JSON.stringify(v);
}

/**
 * A stable key for uniqueness checks: equal values give equal keys (under SameValueZero, as Map and Set use).
 * Numbers: -0 becomes 0 (NaN stays NaN, which Map/Set treat as equal to itself); bigints (integers beyond 2^53) become
 * their decimal text; strings and booleans are themselves; JSON values become canonical JSON text (sorted keys).
 */
export function valueKey(v: unknown): string | number | boolean {
  switch (typeof v) {
    case 'number':
      return v === 0 ? 0 : v;
    case 'bigint':
      return v.toString();
    case 'string':
    case 'boolean':
      return v;
    default:
      try {
        return canonicalJson(v);
      } catch (err) {
        // A value nested thousands deep exhausts the stack: all such values share one key.
        if (err instanceof RangeError) return TOO_DEEP_TEXT;
        throw err;
      }
  }
}
