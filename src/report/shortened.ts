// What the JSON and SARIF reports write of the values that identify a finding — the data its message quotes, and its
// field — shortened when long, as its message quotes them (util/shorten.ts): a megabyte-long field name would
// otherwise be written out with every finding about it. The finding itself keeps them whole: fingerprints, and so
// baselines, hash them. (Its dataset, target and hint are shortened when it is made: nothing hashes those.)
import type { Finding } from '../model/finding.js';
import { MAX_VALUE_LENGTH, shortenValue } from '../util/shorten.js';

const isLong = (v: unknown): v is string => typeof v === 'string' && v.length > MAX_VALUE_LENGTH;

/** The finding as reports write it: itself when nothing in it is long (most are), else a copy with the same key order. */
export function shortenedFinding(f: Finding): Finding {
  let out: Finding | undefined;
  if (isLong(f.field)) out = { ...f, field: shortenValue(f.field) };
  if (f.data) {
    let data: Record<string, string | number> | undefined;
    for (const [k, v] of Object.entries(f.data)) if (isLong(v)) (data ??= { ...f.data })[k] = shortenValue(v);
    if (data) (out ??= { ...f }).data = data;
  }
  return out ?? f;
}
