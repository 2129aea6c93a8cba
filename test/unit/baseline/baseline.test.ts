import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, readBaseline, serialiseBaseline, toReportBaseline, writeBaseline, type Baseline } from '../../../src/baseline/baseline.js';
import { sortFindings } from '../../../src/report/finding-order.js';
import type { Finding } from '../../../src/model/finding.js';
import { findingFingerprint } from '../../../src/report/fingerprint.js';
import { legacyFingerprint } from '../../../src/baseline/legacy-fingerprint.js';
import { OdlintError } from '../../../src/util/errors.js';

const STANDARD = { id: 'national-open-data', version: '1.1.0' };
const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'odlint-baseline-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

function typeFinding(file: string, line: number, value: string): Finding {
  return { ruleId: 'format/type', category: 'format', severity: 'error', message: `'${value}' in field 'visits' is not an integer`, file, line, column: 5, field: 'visits', record: line - 1, messageId: 'notType', data: { value: `'${value}'`, field: 'visits', expected: 'an integer' } };
}
function blankRow(file: string, line: number): Finding {
  return { ruleId: 'format/blank-row', category: 'format', severity: 'warning', message: 'The row is blank', file, line, record: line - 1, messageId: 'blank' };
}
function duplicate(file: string, line: number, first: number): Finding {
  return { ruleId: 'format/unique', category: 'format', severity: 'error', message: `'VR-17' in field 'report_id' must be unique but already appears on line ${first}`, file, line, column: 1, field: 'report_id', messageId: 'duplicate', data: { value: "'VR-17'", field: 'report_id', firstLine: first } };
}

describe('createBaseline and serialiseBaseline', () => {
  const cwd = '/repo';
  const findings = sortFindings([
    typeFinding('data/health/visits.csv', 5, '1 234'),
    typeFinding('data/health/visits.csv', 9, 'N/A'),
    typeFinding('data/health/visits.csv', 12, 'N/A'),
    blankRow('data/health/visits.csv', 14),
    duplicate('data/a.csv', 20, 19),
  ]);

  it('one entry per file, rule and fingerprint, counted, with paths relative to the baseline folder, sorted', () => {
    const b = createBaseline(findings, { baselineFile: 'data/.odlint-baseline.json', cwd, standard: STANDARD });
    expect(b.version).toBe(2);
    expect(b.tool).toBe('odlint');
    expect(b.standard).toEqual(STANDARD);
    expect(b.entries.map((e) => [e.file, e.ruleId, e.count, e.message, e.field])).toEqual(
      expect.arrayContaining([
        ['a.csv', 'format/unique', 1, "'VR-17' in field 'report_id' must be unique but already appears on line 19", 'report_id'],
        ['health/visits.csv', 'format/blank-row', 1, 'The row is blank', undefined],
        ['health/visits.csv', 'format/type', 1, "'1 234' in field 'visits' is not an integer", 'visits'],
        ['health/visits.csv', 'format/type', 2, "'N/A' in field 'visits' is not an integer", 'visits'],
      ]),
    );
    expect(b.entries).toHaveLength(4);
    expect(b.entries.map((e) => `${e.file} ${e.ruleId}`)).toEqual(['a.csv format/unique', 'health/visits.csv format/blank-row', 'health/visits.csv format/type', 'health/visits.csv format/type']);
    const types = b.entries.filter((e) => e.ruleId === 'format/type');
    expect(types[0]!.fingerprint < types[1]!.fingerprint).toBe(true);
    expect(b.entries.every((e) => /^[0-9a-f]{16}$/.test(e.fingerprint))).toBe(true);
    // An entry without a field has no field key at all (not "field": undefined).
    expect('field' in b.entries.find((e) => e.ruleId === 'format/blank-row')!).toBe(false);
  });

  it('serialises with a fixed key order, two-space indent and a final newline', () => {
    const b = createBaseline([blankRow('data/x.csv', 3)], { baselineFile: 'data/.odlint-baseline.json', cwd, standard: STANDARD });
    const fp = b.entries[0]!.fingerprint;
    expect(serialiseBaseline(b)).toBe(
      [
        '{',
        '  "version": 2,',
        '  "tool": "odlint",',
        '  "standard": {',
        '    "id": "national-open-data",',
        '    "version": "1.1.0"',
        '  },',
        '  "entries": [',
        '    {',
        '      "file": "x.csv",',
        '      "ruleId": "format/blank-row",',
        `      "fingerprint": "${fp}",`,
        '      "count": 1,',
        '      "message": "The row is blank"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives the same bytes for the same findings, whatever order they come in and wherever they sit', () => {
    const options = { baselineFile: 'data/.odlint-baseline.json', cwd, standard: STANDARD };
    const bytes = serialiseBaseline(createBaseline(findings, options));
    expect(serialiseBaseline(createBaseline([...findings].reverse(), options))).toBe(bytes);
    // Two rows inserted above every problem: the positions change, the baseline does not...
    const shifted = findings.map((f) => (f.ruleId === 'format/unique' ? duplicate(f.file, f.line! + 2, 19) : { ...f, line: f.line! + 2, record: f.record! + 2 }));
    expect(serialiseBaseline(createBaseline(shifted, options))).toBe(bytes);
    // ...except the example message, which is one of the real messages, for the reviewer.
    const movedFirst = findings.map((f) => (f.ruleId === 'format/unique' ? duplicate(f.file, 22, 21) : f));
    const changed = createBaseline(movedFirst, options);
    expect(changed.entries.map((e) => e.fingerprint)).toEqual(createBaseline(findings, options).entries.map((e) => e.fingerprint));
    expect(changed.entries[0]!.message).toContain('line 21');
  });
});

describe('writeBaseline and readBaseline', () => {
  it('round trip: what is written is read back equal, and accepts exactly the findings it was made from', () => {
    const cwd = tempDir();
    const findings = sortFindings([typeFinding('data/v.csv', 5, '1 234'), typeFinding('data/v.csv', 7, 'x'), typeFinding('data/v.csv', 8, 'x'), blankRow('w.csv', 2)]);
    const b = createBaseline(findings, { baselineFile: 'ci/.odlint-baseline.json', cwd, standard: STANDARD });
    writeBaseline('ci/.odlint-baseline.json', cwd, b);
    const text = readFileSync(path.join(cwd, 'ci', '.odlint-baseline.json'), 'utf8');
    expect(text).toBe(serialiseBaseline(b));
    // Relative to the baseline's folder (ci/), which is not an ancestor of every file.
    expect(b.entries.map((e) => e.file)).toEqual(['../data/v.csv', '../data/v.csv', '../w.csv']);
    const read = readBaseline('ci/.odlint-baseline.json', cwd);
    expect(read).toEqual(b);
    expect(applyBaseline(findings, read, { baselineFile: 'ci/.odlint-baseline.json', cwd })).toEqual({ findings: [], suppressed: 4, fixed: [] });
  });

  it('reads an absolute path, and a file with a byte-order mark', () => {
    const cwd = tempDir();
    const b = createBaseline([blankRow('a.csv', 2)], { baselineFile: 'b.json', cwd, standard: STANDARD });
    writeFileSync(path.join(cwd, 'b.json'), `\uFEFF${serialiseBaseline(b)}`);
    expect(readBaseline(path.join(cwd, 'b.json'), '/')).toEqual(b);
  });

  it('sorts entries of a hand-edited file', () => {
    const cwd = tempDir();
    const b = createBaseline([blankRow('b.csv', 2), blankRow('a.csv', 2)], { baselineFile: 'b.json', cwd, standard: STANDARD });
    writeFileSync(path.join(cwd, 'b.json'), JSON.stringify({ ...b, entries: [...b.entries].reverse() }));
    expect(readBaseline('b.json', cwd).entries.map((e) => e.file)).toEqual(['a.csv', 'b.csv']);
  });

  const valid = (): Baseline => createBaseline([blankRow('a.csv', 2), typeFinding('a.csv', 3, 'x')], { baselineFile: 'b.json', cwd: '/x', standard: STANDARD });

  /** Writes text as base/.odlint-baseline.json and returns the OdlintError reading it throws. */
  function readError(text: string | undefined, setup?: (dir: string) => void): OdlintError {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'base'));
    if (text !== undefined) writeFileSync(path.join(cwd, 'base', '.odlint-baseline.json'), text);
    setup?.(cwd);
    try {
      readBaseline('base/.odlint-baseline.json', cwd);
    } catch (err) {
      expect(err).toBeInstanceOf(OdlintError);
      expect((err as OdlintError).message.startsWith('base/.odlint-baseline.json')).toBe(true);
      expect((err as OdlintError).hint).toContain('--baseline-write base/.odlint-baseline.json');
      return err as OdlintError;
    }
    throw new Error('readBaseline did not throw');
  }

  it('a missing file: says so and how to write one', () => {
    const err = readError(undefined);
    expect(err.message).toBe('base/.odlint-baseline.json: the baseline file does not exist.');
    expect(err.hint).toBe('Write one with --baseline-write base/.odlint-baseline.json, and commit it.');
  });

  it('a folder instead of a file', () => {
    const err = readError(undefined, (cwd) => mkdirSync(path.join(cwd, 'base', '.odlint-baseline.json')));
    expect(err.message).toBe('base/.odlint-baseline.json: is a folder, not a baseline file.');
  });

  it('not JSON (a merge conflict): the line and column', () => {
    const text = serialiseBaseline(valid()).replace('  "entries": [', '<<<<<<< HEAD\n  "entries": [');
    const err = readError(text);
    expect(err.message).toMatch(/^base\/\.odlint-baseline\.json:8:1: the baseline file is not valid JSON: /);
    expect(err.hint).toContain('merge conflict');
  });

  it('empty file', () => {
    expect(readError('').message).toMatch(/^base\/\.odlint-baseline\.json(:1:1)?: the baseline file is not valid JSON: The file is empty/);
  });

  it('JSON that is not an odlint baseline (an array, a report, another tool)', () => {
    expect(readError('[]').message).toBe('base/.odlint-baseline.json:1:1: not an odlint baseline (expected an object with "tool": "odlint").');
    expect(readError('{ "tool": { "name": "odlint" }, "findings": [] }').message).toMatch(/^base\/\.odlint-baseline\.json:1:11: not an odlint baseline/);
    expect(readError('{ "version": 1, "tool": "eslint", "entries": [] }').message).toMatch(/^base\/\.odlint-baseline\.json:1:25: not an odlint baseline/);
  });

  it('a newer format version: upgrade odlint; another version: write it again', () => {
    const newer = readError(serialiseBaseline(valid()).replace('"version": 2', '"version": 3'));
    expect(newer.message).toBe('base/.odlint-baseline.json:2:14: the baseline has format version 3; this odlint reads versions 1 and 2.');
    expect(newer.hint).toMatch(/^Upgrade odlint, or write it again with --baseline-write/);
    const text = readError(serialiseBaseline(valid()).replace('"version": 2', '"version": "2"'));
    expect(text.message).toBe('base/.odlint-baseline.json:2:14: the baseline has format version "2"; this odlint reads versions 1 and 2.');
    const missing = readError('{ "tool": "odlint", "standard": { "id": "a", "version": "1" }, "entries": [] }');
    expect(missing.message).toMatch(/: the baseline has format version null; this odlint reads versions 1 and 2\.$/);
  });

  it('a wrong shape: names the entry and property, at its line', () => {
    const lines = serialiseBaseline(valid()).split('\n');
    const countLine = lines.findIndex((l) => l.includes('"count"') ) + 1;
    const zero = readError(serialiseBaseline(valid()).replace('"count": 1', '"count": 0'));
    expect(zero.message).toBe(`base/.odlint-baseline.json:${countLine}:16: entry 1, property 'count', must be >= 1.`);
    const fingerprint = readError(serialiseBaseline(valid()).replace(/"fingerprint": "[0-9a-f]+"/, '"fingerprint": "xyz"'));
    expect(fingerprint.message).toMatch(/^base\/\.odlint-baseline\.json:\d+:22: entry 1, property 'fingerprint', must match pattern/);
    const unknown = readError(serialiseBaseline(valid()).replace('"count": 1,', '"count": 1, "line": 4,'));
    expect(unknown.message).toBe(`base/.odlint-baseline.json:${countLine}:19: entry 1 has an unknown property 'line' (allowed: file, ruleId, fingerprint, count, message, field).`);
    const noEntries = readError('{ "version": 1, "tool": "odlint", "standard": { "id": "a", "version": "1" } }');
    expect(noEntries.message).toBe("base/.odlint-baseline.json:1:1: the baseline is missing the required property 'entries'.");
    const noFile = readError(serialiseBaseline(valid()).replace(/"file": "a.csv",\n/, ''));
    expect(noFile.message).toMatch(/^base\/\.odlint-baseline\.json:9:5: entry 1 is missing the required property 'file'\.$/);
    const backslash = readError(serialiseBaseline(valid()).replace('"file": "a.csv"', '"file": "data\\\\a.csv"'));
    expect(backslash.message).toMatch(/entry 1, property 'file', must match pattern/);
  });
});

describe('applyBaseline', () => {
  const cwd = '/repo';
  const location = { baselineFile: '.odlint-baseline.json', cwd };

  it('counts: accepts up to the entry count, reports the surplus (the last in report order) as new', () => {
    const then = sortFindings([typeFinding('v.csv', 3, 'x'), typeFinding('v.csv', 4, 'x'), typeFinding('v.csv', 5, 'x')]);
    const baseline = createBaseline(then, { ...location, standard: STANDARD });
    const now = sortFindings([2, 3, 4, 5, 6].map((line) => typeFinding('v.csv', line, 'x')));
    const r = applyBaseline(now, baseline, location);
    expect(r.suppressed).toBe(3);
    expect(r.findings).toEqual([now[3], now[4]]);
    expect(r.fixed).toEqual([]);
  });

  it('fixed: an entry with fewer occurrences, by how many fewer; an entry with none, by its count', () => {
    const then = sortFindings([
      typeFinding('v.csv', 3, 'x'),
      typeFinding('v.csv', 4, 'x'),
      typeFinding('v.csv', 5, 'x'),
      blankRow('v.csv', 9),
      duplicate('a.csv', 7, 2),
    ]);
    const baseline = createBaseline(then, { ...location, standard: STANDARD });
    const now = [typeFinding('v.csv', 6, 'x'), typeFinding('v.csv', 8, 'y')];
    const r = applyBaseline(now, baseline, location);
    expect(r.findings).toEqual([now[1]]);
    expect(r.suppressed).toBe(1);
    expect(r.fixed).toEqual([
      { file: 'a.csv', ruleId: 'format/unique', fingerprint: findingFingerprint(then[0]!), message: then[0]!.message, count: 1 },
      { file: 'v.csv', ruleId: 'format/blank-row', fingerprint: findingFingerprint(blankRow('v.csv', 9)), message: 'The row is blank', count: 1 },
      { file: 'v.csv', ruleId: 'format/type', fingerprint: findingFingerprint(now[0]!), message: "'x' in field 'visits' is not an integer", count: 2 },
    ]);
  });

  it('keeps the order of the new findings', () => {
    const baseline = createBaseline([blankRow('b.csv', 4)], { ...location, standard: STANDARD });
    const now = sortFindings([typeFinding('a.csv', 9, 'q'), blankRow('b.csv', 2), typeFinding('b.csv', 1, 'z'), typeFinding('c.csv', 3, 'x')]);
    expect(applyBaseline(now, baseline, location).findings).toEqual(now.filter((f) => f.ruleId !== 'format/blank-row'));
  });

  it('does not match a finding of another file, rule or value', () => {
    const baseline = createBaseline([typeFinding('v.csv', 3, 'x')], { ...location, standard: STANDARD });
    const now = [typeFinding('w.csv', 3, 'x'), typeFinding('v.csv', 3, 'y'), { ...typeFinding('v.csv', 3, 'x'), ruleId: 'format/range' }];
    const r = applyBaseline(now, baseline, location);
    expect(r.findings).toEqual(now);
    expect(r.fixed.map((e) => e.count)).toEqual([1]);
  });

  it('works from another working directory: files are matched relative to the baseline folder', () => {
    // Written from the repository root, baseline in data/; applied from inside data/ and from its parent's parent.
    const atRoot = [typeFinding('data/v.csv', 3, 'x'), {
      ruleId: 'linking/key-type-drift' as const, category: 'linking' as const, severity: 'warning' as const, file: 'data/edu/datapackage.json', line: 40,
      message: "field 'emis_number' of schools holds zero-padded codes such as '010503214' (data/edu/schools.csv line 11, 3 in all)",
      messageId: 'typeDriftPaddedThere', data: { field: 'emis_number', target: 'schools', example: "'010503214'", exampleFile: 'data/edu/schools.csv', exampleLine: 11, count: 3 },
    }];
    const baseline = createBaseline(atRoot, { baselineFile: 'data/.odlint-baseline.json', cwd: '/repo', standard: STANDARD });
    expect(baseline.entries.map((e) => e.file)).toEqual(['edu/datapackage.json', 'v.csv']);
    const inData = atRoot.map((f) => ({ ...f, file: f.file.replace(/^data\//, ''), message: f.message.replace('data/edu/', 'edu/'), data: f.data && { ...f.data, ...('exampleFile' in f.data ? { exampleFile: 'edu/schools.csv' } : {}) } }));
    expect(applyBaseline(inData, baseline, { baselineFile: '.odlint-baseline.json', cwd: '/repo/data' })).toEqual({ findings: [], suppressed: 2, fixed: [] });
    const above = atRoot.map((f) => ({ ...f, file: `repo/${f.file}`, message: f.message.replace('data/edu/', 'repo/data/edu/'), data: f.data && { ...f.data, ...('exampleFile' in f.data ? { exampleFile: 'repo/data/edu/schools.csv' } : {}) } }));
    expect(applyBaseline(above, baseline, { baselineFile: 'repo/data/.odlint-baseline.json', cwd: '/' })).toEqual({ findings: [], suppressed: 2, fixed: [] });
  });

  it('reports fixed entries with paths relative to the working directory, like findings', () => {
    const baseline = createBaseline([blankRow('data/v.csv', 3)], { baselineFile: 'data/.odlint-baseline.json', cwd: '/repo', standard: STANDARD });
    const fixed = applyBaseline([], baseline, { baselineFile: '.odlint-baseline.json', cwd: '/repo/data' }).fixed;
    expect(fixed.map((e) => e.file)).toEqual(['v.csv']);
    expect(applyBaseline([], baseline, { baselineFile: 'data/.odlint-baseline.json', cwd: '/repo' }).fixed.map((e) => e.file)).toEqual(['data/v.csv']);
  });

  it('accepts the sum of an entry listed twice (a hand-merged baseline)', () => {
    const one = createBaseline([typeFinding('v.csv', 3, 'x')], { ...location, standard: STANDARD });
    const twice: Baseline = { ...one, entries: [one.entries[0]!, one.entries[0]!] };
    const r = applyBaseline([typeFinding('v.csv', 3, 'x'), typeFinding('v.csv', 5, 'x'), typeFinding('v.csv', 6, 'x')], twice, location);
    expect(r.suppressed).toBe(2);
    expect(r.findings.map((f) => f.line)).toEqual([6]);
  });

  it('toReportBaseline: the report block names the baseline relative to the working directory', () => {
    const baseline = createBaseline([blankRow('v.csv', 3)], { ...location, standard: STANDARD });
    const applied = applyBaseline([], baseline, { baselineFile: '/repo/ci/../.odlint-baseline.json', cwd });
    expect(toReportBaseline(applied, { baselineFile: '/repo/ci/../.odlint-baseline.json', cwd })).toEqual({ file: '.odlint-baseline.json', suppressed: 0, fixed: applied.fixed });
    expect(applied.fixed).toHaveLength(1);
  });
});

describe('baselines of format 1 (odlint before message ids)', () => {
  const cwd = '/repo';
  const location = { baselineFile: 'data/.odlint-baseline.json', cwd };
  // As odlint wrote them: fingerprints of the normalised message, files relative to the baseline folder.
  const accepted = [typeFinding('data/v.csv', 5, '1 234'), duplicate('data/v.csv', 20, 19)];
  const v1: Baseline = {
    version: 1,
    tool: 'odlint',
    standard: STANDARD,
    entries: accepted.map((f) => ({ file: 'v.csv', ruleId: f.ruleId, fingerprint: legacyFingerprint({ ...f, file: 'v.csv' }), count: 1, message: f.message, ...(f.field ? { field: f.field } : {}) })),
  };

  it('are read and still honoured: the same findings are suppressed, on moved rows too', () => {
    const moved = [typeFinding('data/v.csv', 9, '1 234'), { ...duplicate('data/v.csv', 31, 30) }];
    const dir = tempDir();
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'data', '.odlint-baseline.json'), serialiseBaseline(v1));
    const read = readBaseline('data/.odlint-baseline.json', dir);
    expect(read.version).toBe(1);
    expect(applyBaseline(moved, read, location)).toEqual({ findings: [], suppressed: 2, fixed: [] });
    const other = typeFinding('data/v.csv', 9, '1 235');
    expect(applyBaseline([other], read, location).findings).toEqual([other]);
  });

  it('are written again as format 2, whose fingerprints ignore the wording', () => {
    const rewritten = createBaseline(accepted, { ...location, standard: STANDARD });
    expect(rewritten.version).toBe(2);
    expect(rewritten.entries.map((e) => e.fingerprint)).not.toEqual(v1.entries.map((e) => e.fingerprint));
    const reworded = accepted.map((f) => ({ ...f, message: `${f.message} (reworded)` }));
    expect(applyBaseline(reworded, rewritten, location).suppressed).toBe(2);
  });
});

