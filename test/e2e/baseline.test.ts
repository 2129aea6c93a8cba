// Gradual adoption: write a baseline of today's findings, lint against it (only new findings count), move rows around
// (nothing comes back), fix a dataset (the baseline reports the fixed entry), prune it by writing it again.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, makeTempDir, NOW, odlint, REPO_ROOT, writeTree, type Report } from './helpers.js';

afterAll(cleanupTempDirs);

function demoCopy(): string {
  const dir = makeTempDir('odlint-baseline-');
  cpSync(path.join(REPO_ROOT, 'fixtures'), dir, { recursive: true });
  return dir;
}

function lint(dir: string, args: string[]): { code: number | null; report: Report; stderr: string; stdout: string } {
  const r = odlint(['lint', '.', '--now', NOW, '-f', 'json', ...args], { cwd: dir });
  expectNoCrash(r);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr, stdout: r.stdout };
}

interface BaselineFile { entries: { file: string; ruleId: string; count: number }[] }

describe('baseline workflow', () => {
  it('write → lint with it → rows moved → a new problem → a dataset fixed → pruned', () => {
    const dir = demoCopy();
    const plain = lint(dir, []);
    expect(plain.code).toBe(1);
    const total = plain.report.summary.errors + plain.report.summary.warnings + plain.report.summary.infos;

    // 1. Record today's findings. The run then reports against the new baseline: nothing new, exit 0.
    const written = lint(dir, ['--baseline-write', '.odlint-baseline.json']);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`recorded ${total} findings as `);
    const file = JSON.parse(readFileSync(path.join(dir, '.odlint-baseline.json'), 'utf8')) as BaselineFile;
    expect(file.entries.reduce((n, e) => n + e.count, 0)).toBe(total);
    expect(file.entries.some((e) => e.file === 'education/datapackage.json' && e.ruleId === 'licence/open')).toBe(true);

    // 2. Lint with it: only new findings are reported; the summary counts what it suppressed.
    const clean = lint(dir, ['--baseline', '.odlint-baseline.json']);
    expect(clean.code).toBe(0);
    expect(clean.report.findings).toEqual([]);
    expect(clean.report.summary.suppressed).toBe(total);
    expect(clean.report.summary.files).toBe(plain.report.summary.files); // the baseline is not linted as data
    expect(clean.report.baseline).toEqual({ file: '.odlint-baseline.json', suppressed: total, fixed: [] });

    // 3. Rows inserted above the problems move every line: nothing comes back.
    const spending = path.join(dir, 'treasury', 'spending.csv');
    // As bytes: the file has a planted encoding error that a round trip through a string would repair.
    const bytes = readFileSync(spending);
    const afterHeader = bytes.indexOf(0x0a) + 1;
    const inserted = Buffer.from('99001,Inserted Supplier,TSH,100.00,2026-10-01,goods\n99002,Inserted Supplier,CPT,200.00,2026-10-02,goods\n');
    writeFileSync(spending, Buffer.concat([bytes.subarray(0, afterHeader), inserted, bytes.subarray(afterHeader)]));
    const moved = lint(dir, ['--baseline', '.odlint-baseline.json']);
    expect(moved.report.findings).toEqual([]);
    expect(moved.report.summary.suppressed).toBe(total);

    // 4. A new problem fails the run, and only it is reported.
    const clinics = path.join(dir, 'health', 'clinics.csv');
    writeFileSync(clinics, `${readFileSync(clinics, 'utf8')}CLN-9999,New Clinic,TSH,not-a-date,4,true,-25.7,28.3\n`);
    const fresh = lint(dir, ['--baseline', '.odlint-baseline.json']);
    expect(fresh.code).toBe(1);
    const newOnes = fresh.report.findings.filter((f) => f.file === 'health/clinics.csv');
    expect(newOnes.map((f) => f.ruleId)).toEqual(['format/type']);
    expect(newOnes[0]!.message).toContain('not-a-date');

    // 5. Fix a dataset: the education licence becomes an open one. Its entry is reported as fixed.
    const pkgFile = path.join(dir, 'education', 'datapackage.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { licenses: unknown[] };
    pkg.licenses = [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }];
    writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
    const fixed = lint(dir, ['--baseline', '.odlint-baseline.json']);
    expect(fixed.report.baseline!.fixed.map((e) => `${e.file} ${e.ruleId}`)).toContain('education/datapackage.json licence/open');
    const stylish = odlint(['lint', '.', '--now', NOW, '--baseline', '.odlint-baseline.json'], { cwd: dir });
    expect(stylish.stdout).toMatch(/baseline entr(y is|ies are) fixed/);
    expect(stylish.stdout).toContain('--baseline-write');

    // 6. Prune: writing it again drops the fixed entry (and accepts the new problem — a deliberate choice).
    lint(dir, ['--baseline-write', '.odlint-baseline.json']);
    const pruned = JSON.parse(readFileSync(path.join(dir, '.odlint-baseline.json'), 'utf8')) as BaselineFile;
    expect(pruned.entries.some((e) => e.file === 'education/datapackage.json' && e.ruleId === 'licence/open')).toBe(false);
  });

  it('the config can name the baseline; --no-baseline turns it off; paths stay relative to the config', () => {
    const dir = demoCopy();
    writeTree(dir, { 'ci/.odlintrc.yaml': 'baseline: baseline.json\n' });
    lint(dir, ['--config', 'ci/.odlintrc.yaml', '--baseline-write', 'ci/baseline.json']);
    const withConfig = lint(dir, ['--config', 'ci/.odlintrc.yaml']);
    expect(withConfig.code).toBe(0);
    expect(withConfig.report.baseline?.file).toBe('ci/baseline.json');
    const off = lint(dir, ['--config', 'ci/.odlintrc.yaml', '--no-baseline']);
    expect(off.code).toBe(1);
    expect(off.report.baseline).toBeUndefined();
  });

  it('a baseline that is missing or broken stops the run with exit 2 and says what to do', () => {
    const dir = demoCopy();
    const missing = odlint(['lint', '.', '--baseline', 'nope.json'], { cwd: dir });
    expectNoCrash(missing);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    expect(missing.stderr).toContain('--baseline-write');
    writeTree(dir, { 'broken.json': '{ "version": 1, "entries": [ }' });
    const broken = odlint(['lint', '.', '--baseline', 'broken.json'], { cwd: dir });
    expectNoCrash(broken);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json:1:\d+/);
  });
});

describe('a baseline written by odlint before message ids (format 1)', () => {
  // test/golden/fixtures.baseline-v1.json: `odlint lint fixtures --baseline-write …` by the release before message ids.
  const V1 = 'test/golden/fixtures.baseline-v1.json';

  it('is still honoured: every demo finding suppressed, none fixed, and a notice to write it again', () => {
    const r = odlint(['lint', 'fixtures', '--now', NOW, '-f', 'json', '--no-config', '--baseline', V1]);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report & { baseline: { suppressed: number; fixed: unknown[] } };
    expect(report.findings).toEqual([]);
    expect(report.baseline.suppressed).toBe(57);
    expect(report.baseline.fixed).toEqual([]);
    expect(r.stderr).toContain(`the baseline ${V1} has format 1`);
    expect(r.stderr).toContain(`--baseline-write ${V1}`);
  });

  it('written again, is format 2 and suppresses the same findings', () => {
    const dir = makeTempDir('odlint-baseline-v1-');
    const copy = path.join(dir, 'baseline.json');
    writeFileSync(copy, readFileSync(path.join(REPO_ROOT, V1)));
    const write = odlint(['lint', 'fixtures', '--now', NOW, '-f', 'json', '--no-config', '--baseline-write', copy]);
    expectNoCrash(write);
    expect((JSON.parse(readFileSync(copy, 'utf8')) as { version: number }).version).toBe(2);
    const again = odlint(['lint', 'fixtures', '--now', NOW, '-f', 'json', '--no-config', '--baseline', copy]);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { summary: { suppressed: number } }).summary.suppressed).toBe(57);
    expect(again.stderr).toBe('');
  });
});
