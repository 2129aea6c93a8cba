// The promise of a baseline on real output: a baseline of the demo's findings still suppresses every one of them after
// rows are inserted above the problems (positions, "first appears on line N", byte offsets and line counts in the
// messages all change) and when linting from another working directory. Runs the compiled CLI (npx tsc first).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, type Baseline } from '../../../src/baseline/baseline.js';
import { cleanupTempDirs, lintJson, makeTempDir, REPO_ROOT, type Report } from '../../e2e/helpers.js';

/** Inserts data rows right after the header line, keeping the file's bytes (the treasury file is not valid UTF-8). */
function insertAfterHeader(file: string, rows: string[], newline: string): void {
  const bytes = readFileSync(file);
  const headerEnd = bytes.indexOf(0x0a) + 1;
  writeFileSync(file, Buffer.concat([bytes.subarray(0, headerEnd), Buffer.from(rows.map((r) => r + newline).join('')), bytes.subarray(headerEnd)]));
}

describe('a baseline of the demo, after rows are inserted above its problems, linted from another folder', () => {
  let before: Report;
  let after: Report;
  let baseline: Baseline;
  let editedRoot: string;

  beforeAll(() => {
    const originalRoot = makeTempDir('odlint-baseline-a-');
    editedRoot = makeTempDir('odlint-baseline-b-');
    cpSync(path.join(REPO_ROOT, 'fixtures'), path.join(originalRoot, 'fixtures'), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'fixtures'), path.join(editedRoot, 'fixtures'), { recursive: true });
    const edited = (rel: string): string => path.join(editedRoot, 'fixtures', rel);
    // Valid rows (unique ids, known codes), so the edit adds no finding and moves the ones below.
    insertAfterHeader(edited('health/clinic-visits.csv'), ['VR-2026-900,CLN-0101,2026-09,primary-care,100,10,2026-10-03,', 'VR-2026-901,CLN-0101,2026-09,immunisation,50,12,2026-10-03,'], '\n');
    insertAfterHeader(edited('treasury/spending.csv'), ['26900,Test Supplier,TSH,100.00,2026-10-01,goods'], '\r\n');
    insertAfterHeader(edited('transport/road-incidents.csv'), ['N9,2025-10-01,1,RI-2025-09001,LIM354,collision,1,0,0'], '\n');

    before = lintJson(['fixtures'], { cwd: originalRoot }).report;
    baseline = createBaseline(before.findings, { baselineFile: 'fixtures/.odlint-baseline.json', cwd: originalRoot, standard: before.standard });
    after = lintJson(['.'], { cwd: path.join(editedRoot, 'fixtures') }).report;
  });
  afterAll(cleanupTempDirs);

  it('the edit moved findings and changed their messages, without adding or removing any', () => {
    expect(after.findings).toHaveLength(before.findings.length);
    const beforeMessages = new Set(before.findings.map((f) => f.message));
    const changed = after.findings.filter((f) => !beforeMessages.has(f.message)).map((f) => f.message);
    expect(changed).toEqual(
      expect.arrayContaining([
        "'VR-2026-017' in field 'report_id' must be unique but already appears on line 21",
        'Mixed line endings: 3 line(s) end with LF (Unix) (first on line 6) while 20 end with CRLF (Windows)',
        expect.stringMatching(/^Invalid UTF-8 byte sequence 0xE9 at byte 622 /),
        expect.stringContaining('(education/schools.csv line 11, 3 in all)'),
      ]),
    );
    const clinicLines = (r: Report, file: string) => r.findings.filter((f) => f.file === file).map((f) => f.line);
    expect(clinicLines(after, 'health/clinic-visits.csv')).toEqual(clinicLines(before, 'fixtures/health/clinic-visits.csv').map((l) => l! + 2));
  });

  it('every finding is still suppressed, none is new and no entry counts as fixed', () => {
    const applied = applyBaseline(after.findings, baseline, { baselineFile: '.odlint-baseline.json', cwd: path.join(editedRoot, 'fixtures') });
    expect(applied).toEqual({ findings: [], suppressed: before.findings.length, fixed: [] });
  });

  it('a fixed problem shows as a fixed entry, and a new one as a finding', () => {
    const gone = after.findings.filter((f) => !f.message.startsWith("'1 234'"));
    const extra = { ...after.findings.find((f) => f.message.startsWith("'1 234'"))!, line: 99, message: "'1 235' in field 'visits' is not an integer", data: { value: "'1 235'", field: 'visits', expected: 'an integer' } };
    const applied = applyBaseline([...gone, extra], baseline, { baselineFile: '.odlint-baseline.json', cwd: path.join(editedRoot, 'fixtures') });
    expect(applied.findings).toEqual([extra]);
    expect(applied.fixed.map((e) => [e.file, e.ruleId, e.message, e.count])).toEqual([['health/clinic-visits.csv', 'format/type', "'1 234' in field 'visits' is not an integer", 1]]);
  });
});
