// Shards and merge: a run cut with --shard i/n and joined with `odlint merge` gives the whole run's report, byte for
// byte in every format, on the demo, the real corpus and a generated portal with cross-package keys; a merge of
// reports that are not the shards of one run is refused, naming what differs or which shard is missing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, lint, mergeReports, type LintOptions, type LintReport } from '../../src/index.js';
import { formatterOptions } from '../../src/run/format.js';
import { mergeReportFiles } from '../../src/run/merge.js';
import { writeNationalAudit } from '../helpers/national-audit.js';
import { cleanupTempDirs, makeTempDir, NOW, odlint, REPO_ROOT } from './helpers.js';

afterAll(cleanupTempDirs);

const FORMATS = ['json', 'sarif', 'html', 'markdown', 'junit', 'stylish', 'gitlab', 'github'];

/** A run through the API from the repo root, as the CLI would do it there. */
async function run(options: LintOptions): Promise<LintReport> {
  const previous = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    return await lint({ now: NOW, config: false, locale: 'en', jobs: 1, ...options });
  } finally {
    process.chdir(previous);
  }
}

/** Every shard of n, through the JSON report each would write, and their merge. */
async function shardsOf(n: number, options: LintOptions): Promise<{ shards: LintReport[]; merged: LintReport }> {
  const shards: LintReport[] = [];
  for (let index = 1; index <= n; index++) {
    // As odlint merge reads them: the JSON a shard writes.
    shards.push(JSON.parse(formatReport(await run({ ...options, shard: { index, total: n } }), 'json')) as LintReport);
  }
  return { shards, merged: mergeReports(shards.map((report, i) => ({ file: `shard-${i + 1}.json`, report }))) };
}

function expectSameInEveryFormat(merged: LintReport, whole: LintReport): void {
  const options = formatterOptions(REPO_ROOT);
  for (const format of FORMATS) expect(formatReport(merged, format, options), format).toBe(formatReport(whole, format, options));
}

describe('shard + merge equals one run', () => {
  it('on the demo (cross-package foreign keys to the municipal register), cut in 1, 2, 3 and 7 shards', async () => {
    const whole = await run({ paths: ['fixtures'] });
    expect(whole.findings.some((f) => f.ruleId === 'linking/foreign-key')).toBe(true);
    for (const n of [1, 2, 3, 7]) {
      const { shards, merged } = await shardsOf(n, { paths: ['fixtures'] });
      expectSameInEveryFormat(merged, whole);
      // Each shard says which it is and lists its datasets; together they are every dataset, each once.
      const positions = shards.flatMap((s) => s.shard!.positions).sort((a, b) => a - b);
      expect(positions).toEqual(whole.datasets!.map((_, i) => i));
      shards.forEach((s, i) => {
        expect(s.shard).toMatchObject({ index: i + 1, total: n, discovered: whole.datasets!.length });
        expect(s.summary.datasets).toBe(s.datasets!.length);
      });
    }
  });

  it('a shard finds broken keys into a register another shard owns, and reports nothing about that register', async () => {
    const whole = await run({ paths: ['fixtures'] });
    const { shards } = await shardsOf(3, { paths: ['fixtures'] });
    const fkShard = shards.find((s) => s.findings.some((f) => f.ruleId === 'linking/foreign-key'))!;
    const registerShard = shards.find((s) => s.datasets!.some((d) => d.metadataFile?.startsWith('fixtures/municipal-register/')))!;
    const fk = whole.findings.filter((f) => f.ruleId === 'linking/foreign-key');
    // Every broken key is found, wherever the register is.
    expect(shards.flatMap((s) => s.findings).filter((f) => f.ruleId === 'linking/foreign-key')).toEqual(fk);
    if (fkShard !== registerShard) expect(fkShard.findings.some((f) => f.file.startsWith('fixtures/municipal-register/'))).toBe(false);
  });

  it('on the real corpus, with French messages, --quiet, and a baseline', async () => {
    const dir = makeTempDir();
    const baselineFile = path.join(dir, 'baseline.json');
    // A baseline recorded from the demo, applied to a run of the demo and the corpus.
    await run({ paths: ['fixtures'], baselineWrite: baselineFile });
    for (const options of [
      { paths: ['test/corpus'], locale: 'fr' },
      { paths: ['test/corpus', 'fixtures'], quiet: true },
      { paths: ['fixtures', 'test/corpus/za-municipal-finance'], baseline: baselineFile },
    ] satisfies LintOptions[]) {
      const whole = await run(options);
      const { merged } = await shardsOf(3, options);
      expectSameInEveryFormat(merged, whole);
    }
  });

  it('on a portal of 60 departments with a shared register, also with --compare at the merge', async () => {
    const dir = makeTempDir();
    writeNationalAudit(path.join(dir, 'later', 'portal'), { departments: 60, datasetsPerDepartment: 2, rows: 30, looseFiles: 3, later: true });
    writeNationalAudit(path.join(dir, 'earlier', 'portal'), { departments: 60, datasetsPerDepartment: 2, rows: 30, looseFiles: 3 });
    const previous = process.cwd();
    process.chdir(path.join(dir, 'earlier'));
    let earlier: LintReport;
    try {
      earlier = await lint({ paths: ['portal'], now: NOW, config: false, locale: 'en', jobs: 1 });
    } finally {
      process.chdir(previous);
    }
    const earlierFile = path.join(dir, 'earlier.json');
    writeFileSync(earlierFile, formatReport(earlier, 'json'));
    process.chdir(path.join(dir, 'later'));
    try {
      const options: LintOptions = { paths: ['portal'], now: NOW, config: false, locale: 'en', jobs: 1 };
      const whole = await lint({ ...options, compare: earlierFile });
      const files: string[] = [];
      for (let index = 1; index <= 4; index++) {
        const file = path.join(dir, `shard-${index}.json`);
        writeFileSync(file, formatReport(await lint({ ...options, shard: { index, total: 4 } }), 'json'));
        files.push(file);
      }
      const merged = mergeReportFiles(files, { compare: earlierFile });
      expect(merged.scorecard!.departments.length).toBeGreaterThanOrEqual(60);
      expect(merged.scorecard!.departments.some((d) => d.previous !== undefined)).toBe(true);
      const formatOptions = formatterOptions(path.join(dir, 'later'));
      for (const format of ['json', 'html', 'markdown']) expect(formatReport(merged, format, formatOptions), format).toBe(formatReport(whole, format, formatOptions));
    } finally {
      process.chdir(previous);
    }
  });
});

describe('odlint merge refuses what is not the shards of one run', () => {
  let shards: LintReport[];
  beforeAll(async () => {
    shards = (await shardsOf(3, { paths: ['fixtures'] })).shards;
  });
  const merge = (reports: LintReport[]) => () => mergeReports(reports.map((report, i) => ({ file: `s${i + 1}.json`, report })));
  const changed = (i: number, change: (r: LintReport) => void) => shards.map((s, k) => {
    const copy = structuredClone(s);
    if (k === i) change(copy);
    return copy;
  });

  it('names the missing shards, and a shard given twice', () => {
    expect(merge([shards[0]!, shards[2]!])).toThrow(/shard 2 of 3 is missing \(given: 1, 3\)/);
    expect(merge([shards[0]!])).toThrow(/shards 2, 3 of 3 are missing/);
    expect(merge([shards[0]!, shards[1]!, shards[1]!, shards[2]!])).toThrow(/s2.json and s3.json are both shard 2 of 3/);
  });

  it('refuses another --now, version, standard, language, shard count, rules or scoring method', () => {
    expect(merge(changed(1, (r) => { r.now = '2026-11-28'; }))).toThrow(/s1.json has reference date \(--now\) 2026-11-27 but s2.json has 2026-11-28/);
    expect(merge(changed(2, (r) => { r.tool.version = '9.9.9'; }))).toThrow(/odlint version .* but s3.json has 9.9.9/);
    expect(merge(changed(1, (r) => { r.standard.version = '0.0.1'; }))).toThrow(/standard national-open-data .* but s2.json has national-open-data 0.0.1/);
    expect(merge(changed(1, (r) => { r.locale = 'fr'; }))).toThrow(/language \(--locale\) en but s2.json has fr/);
    expect(merge(changed(1, (r) => { r.shard!.total = 4; }))).toThrow(/shard count 3 but s2.json has 4/);
    expect(merge(changed(1, (r) => { r.rules![0]!.severity = 'off'; }))).toThrow(/s1.json and s2.json have different rules/);
    expect(merge(changed(1, (r) => { r.scorecard!.method.bands.good = 95; }))).toThrow(/different scoring method/);
    expect(merge(changed(2, (r) => { r.shard!.settings = '0'.repeat(16); }))).toThrow(/s1.json and s3.json have different options \(paths, --quiet/);
  });

  it('refuses a shard run with other options (here --quiet)', async () => {
    const quiet = JSON.parse(formatReport(await run({ paths: ['fixtures'], quiet: true, shard: { index: 2, total: 3 } }), 'json')) as LintReport;
    expect(merge([shards[0]!, quiet, shards[2]!])).toThrow(/s1.json and s2.json have different options/);
  });

  it('refuses a whole run, and shards of other paths', () => {
    expect(merge(changed(0, (r) => { delete r.shard; }))).toThrow(/s1.json: this is the report of a whole run, not of a shard/);
    expect(merge(changed(1, (r) => { r.shard!.positions = r.shard!.positions.map(() => 0); }))).toThrow(/not run on the same datasets/);
  });
});

describe('the CLI', () => {
  it('lint --shard and merge write what one run writes, with its exit code', () => {
    const dir = makeTempDir();
    const whole = odlint(['lint', 'fixtures', '--now', NOW, '-f', 'json', '-o', path.join(dir, 'whole.json'), '--output-file', `sarif=${path.join(dir, 'whole.sarif')}`]);
    expect(whole.code).toBe(1);
    const files = [1, 2].map((i) => path.join(dir, `shard-${i}.json`));
    files.forEach((file, i) => {
      const r = odlint(['lint', 'fixtures', '--now', NOW, '--shard', `${i + 1}/2`, '-f', 'json', '-o', file]);
      expect([0, 1]).toContain(r.code);
    });
    const merged = odlint(['merge', ...files, '-f', 'json', '-o', path.join(dir, 'merged.json'), '--output-file', `sarif=${path.join(dir, 'merged.sarif')}`]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(readFileSync(path.join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole.json'), 'utf8'));
    expect(readFileSync(path.join(dir, 'merged.sarif'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole.sarif'), 'utf8'));
    // --shard auto in a GitLab parallel: job.
    const auto = odlint(['lint', 'fixtures', '--now', NOW, '--shard', 'auto', '-f', 'json', '-o', path.join(dir, 'auto.json')], { env: { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '2' } });
    expect([0, 1]).toContain(auto.code);
    expect(readFileSync(path.join(dir, 'auto.json'), 'utf8')).toBe(readFileSync(files[1]!, 'utf8'));
  });

  it('says what is wrong, with exit code 2', () => {
    const dir = makeTempDir();
    const bad = odlint(['lint', 'fixtures', '--shard', '3/2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--shard '3\/2' is not a shard/);
    const file = path.join(dir, 'shard-1.json');
    odlint(['lint', 'fixtures', '--now', NOW, '--shard', '1/2', '-f', 'json', '-o', file]);
    const missing = odlint(['merge', file, '-o', path.join(dir, 'merged.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/shard 2 of 2 is missing \(given: 1\)/);
    const notJson = odlint(['merge', path.join(REPO_ROOT, 'README.md')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/README.md:1:1: the shard report given to odlint merge is not valid JSON/);
    const baselineWrite = odlint(['lint', 'fixtures', '--shard', '1/2', '--baseline-write', path.join(dir, 'b.json')]);
    expect(baselineWrite.code).toBe(2);
    expect(baselineWrite.stderr).toMatch(/--baseline-write records every finding of a run, and one shard has only some of them/);
  });
});
