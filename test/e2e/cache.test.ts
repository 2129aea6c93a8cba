// --cache: a run that reuses the findings of unchanged datasets gives the report a run without the cache gives, byte
// for byte, and sees every change that matters: a data file, a register another package's foreign key reads, a new
// package a reference resolves to, the date, the rules. A cache it cannot trust is ignored with a notice.
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, lint } from '../../src/index.js';
import type { LintOptions } from '../../src/run/lint.js';
import { run as runCli } from '../../src/cli/program.js';
import { cleanupTempDirs, makeTempDir, NOW, REPO_ROOT } from './helpers.js';

afterAll(cleanupTempDirs);

interface Run {
  json: string;
  notices: string[];
}

/** lint() from `dir`, as the JSON report's text, with the notices it gave. */
async function run(dir: string, options: LintOptions = {}): Promise<Run> {
  const previous = process.cwd();
  process.chdir(dir);
  const notices: string[] = [];
  try {
    const report = await lint({ paths: ['fixtures'], now: NOW, config: false, locale: 'en', jobs: 1, ...options, notice: (m) => notices.push(m) });
    return { json: formatReport(report, 'json'), notices };
  } finally {
    process.chdir(previous);
  }
}

const cacheNotice = (r: Run) => r.notices.filter((n) => n.startsWith('cache:'));

/** A copy of the demo datasets in a folder of its own, where the test may change them. */
function fixturesCopy(): string {
  const dir = makeTempDir('odlint-cache-');
  cpSync(path.join(REPO_ROOT, 'fixtures'), path.join(dir, 'fixtures'), { recursive: true });
  return dir;
}

/** A cached run must equal the uncached one; returns the cached run. */
async function expectSameAsUncached(dir: string, options: LintOptions = {}, plainOptions: LintOptions = {}): Promise<Run> {
  const cached = await run(dir, { cache: true, ...options });
  const plain = await run(dir, { ...options, cache: false, ...plainOptions });
  expect(cached.json).toBe(plain.json);
  return cached;
}

describe('--cache', () => {
  it('gives the same report cold and warm, reusing every dataset the second time, and writes .odlintcache in the working folder', async () => {
    const dir = fixturesCopy();
    const plain = await run(dir);
    const cold = await run(dir, { cache: true });
    expect(cold.json).toBe(plain.json);
    expect(cacheNotice(cold)).toEqual(['cache: 0 of 8 datasets unchanged, their findings reused (.odlintcache).']);
    expect(existsSync(path.join(dir, '.odlintcache'))).toBe(true);
    const warm = await run(dir, { cache: true });
    expect(warm.json).toBe(plain.json);
    expect(cacheNotice(warm)).toEqual(['cache: 8 of 8 datasets unchanged, their findings reused (.odlintcache).']);
  });

  it('sees a changed data file, and reads only its dataset again', async () => {
    const dir = fixturesCopy();
    const before = await run(dir, { cache: true });
    appendFileSync(path.join(dir, 'fixtures/education/learner-counts.csv'), '999999999,2025-07,1,50.0\n');
    const after = await expectSameAsUncached(dir);
    expect(after.json).not.toBe(before.json);
    expect(after.json).toContain("'999999999' in field 'emis_number'");
    expect(cacheNotice(after)[0]).toMatch(/^cache: 7 of 8 datasets unchanged/);
  });

  it('reads again every dataset whose foreign keys read a changed register, in another package', async () => {
    const dir = fixturesCopy();
    await run(dir, { cache: true });
    const register = path.join(dir, 'fixtures/municipal-register/municipalities.csv');
    // BUF leaves the register: the packages whose rows name it now fail to join.
    writeFileSync(register, readFileSync(register, 'utf8').replace(/^BUF,.*\n/m, ''));
    const after = await expectSameAsUncached(dir);
    // Unchanged: the lone file only. Treasury lists the register's file among its own resources (one group with the
    // register); the five other packages' foreign keys or register codes read it.
    expect(cacheNotice(after)[0]).toMatch(/^cache: 1 of 8 datasets unchanged/);
    const findings = JSON.parse(after.json).findings as { file: string; message: string }[];
    expect(findings.some((f) => f.file.startsWith('fixtures/health/') && f.message.startsWith("'BUF' in field"))).toBe(true);
  });

  it('starts again when a package appears that a reference resolves to', async () => {
    const dir = fixturesCopy();
    const before = await run(dir, { cache: true });
    expect(before.json).toContain("references the package '../land-register'");
    mkdirSync(path.join(dir, 'fixtures/land-register'));
    writeFileSync(path.join(dir, 'fixtures/land-register/parcels.csv'), 'parcel_id,area\nN0FT02650000123400000,1\nT0JR00000000567800000,2\n');
    writeFileSync(path.join(dir, 'fixtures/land-register/datapackage.json'), JSON.stringify({
      name: 'land-register',
      resources: [{ name: 'parcels', path: 'parcels.csv', schema: { fields: [{ name: 'parcel_id', type: 'string' }, { name: 'area', type: 'integer' }], primaryKey: 'parcel_id' } }],
    }));
    const after = await expectSameAsUncached(dir);
    expect(after.json).not.toContain("references the package '../land-register'");
    expect(cacheNotice(after)).toEqual([
      'cache: .odlintcache starts empty again: the catalogue changed (a dataset added or removed, or a resource, its file or its schema changed).',
      'cache: 0 of 9 datasets unchanged, their findings reused (.odlintcache).',
    ]);
  });

  it('starts again when a resource a reference could not find is renamed to its name', async () => {
    const dir = fixturesCopy();
    const education = path.join(dir, 'fixtures/education/datapackage.json');
    writeFileSync(education, readFileSync(education, 'utf8').replace('"resource": "municipalities"', '"resource": "municipality"'));
    const before = await run(dir, { cache: true });
    expect(before.json).toMatch(/has no resource 'municipality'|no resource named 'municipality'|'municipality'/);
    const register = path.join(dir, 'fixtures/municipal-register/datapackage.json');
    writeFileSync(register, readFileSync(register, 'utf8').replace('"name": "municipalities"', '"name": "municipality"'));
    const after = await expectSameAsUncached(dir);
    expect(after.json).not.toBe(before.json);
    expect(cacheNotice(after)[0]).toMatch(/starts empty again: the catalogue changed/);
  });

  it('starts again when the reference date changes', async () => {
    const dir = fixturesCopy();
    await run(dir, { cache: true });
    const later = await expectSameAsUncached(dir, { now: '2027-06-30' });
    expect(cacheNotice(later)[0]).toBe(`cache: .odlintcache starts empty again: the reference date changed (${NOW} → 2027-06-30).`);
  });

  it("starts again when the config changes a rule, and reads again only the files an override's change reaches", async () => {
    const dir = fixturesCopy();
    writeFileSync(path.join(dir, 'a.yaml'), 'rules:\n  format/type: warning\n');
    writeFileSync(path.join(dir, 'b.yaml'), 'rules:\n  format/type: warning\noverrides:\n  - files: ["fixtures/water/**"]\n    rules: { format/json-syntax: off }\n');
    await run(dir, { cache: true });
    const ruleChanged = await expectSameAsUncached(dir, { config: 'a.yaml' });
    expect(cacheNotice(ruleChanged)[0]).toBe("cache: .odlintcache starts empty again: the standard or the config's rules changed.");
    expect(ruleChanged.json).toMatch(/"ruleId": "format\/type",\s*"category": "format",\s*"severity": "warning"/);
    const overridden = await expectSameAsUncached(dir, { config: 'b.yaml' });
    expect(cacheNotice(overridden)).toEqual(['cache: 7 of 8 datasets unchanged, their findings reused (.odlintcache).']);
    const rules = (r: Run) => (JSON.parse(r.json).findings as { ruleId: string }[]).map((f) => f.ruleId);
    expect(rules(ruleChanged)).toContain('format/json-syntax');
    expect(rules(overridden)).not.toContain('format/json-syntax');
  });

  it('ignores a corrupt cache, one of another version and one of another shape, with a notice, and writes it anew', async () => {
    const dir = fixturesCopy();
    const file = path.join(dir, 'cache', 'here.json');
    const first = await run(dir, { cacheLocation: 'cache/here.json' });
    const good = readFileSync(file, 'utf8');

    writeFileSync(file, good.slice(0, good.length / 2));
    const corrupt = await run(dir, { cacheLocation: 'cache/here.json' });
    expect(corrupt.json).toBe(first.json);
    expect(cacheNotice(corrupt)[0]).toBe("cache: cache/here.json is ignored, as it is not valid JSON (a write cut short, or another program's file); it is written anew at the end of this run.");
    expect(JSON.parse(readFileSync(file, 'utf8')).odlintCache).toBe(1);

    const other = JSON.parse(good);
    other.key.tool = '0.0.1';
    writeFileSync(file, JSON.stringify(other));
    const version = await run(dir, { cacheLocation: 'cache/here.json' });
    expect(version.json).toBe(first.json);
    expect(cacheNotice(version)[0]).toMatch(/^cache: cache\/here\.json starts empty again: it was written by odlint 0\.0\.1, not /);

    // A finding of the wrong shape is never trusted, even under the right key.
    const planted = JSON.parse(good);
    const entry = Object.values(planted.groups as Record<string, { findings: unknown[] }>)[0]!;
    entry.findings.push({ ruleId: 'x', file: 3 });
    writeFileSync(file, JSON.stringify(planted));
    const shape = await run(dir, { cacheLocation: 'cache/here.json' });
    expect(shape.json).toBe(first.json);
    expect(cacheNotice(shape)[0]).toBe('cache: cache/here.json is ignored, as its contents are not what odlint writes; it is written anew at the end of this run.');
    expect(cacheNotice(shape)[1]).toMatch(/^cache: 0 of 8/);
  });

  it('is not linted as data when kept among the datasets, and is shared by an English and a French run', async () => {
    const dir = fixturesCopy();
    const english = await run(dir, { cacheLocation: 'fixtures/odlint-cache.json' });
    expect(english.json).not.toContain('odlint-cache.json');
    const french = await expectSameAsUncached(dir, { cacheLocation: 'fixtures/odlint-cache.json', locale: 'fr' }, { ignorePatterns: ['fixtures/odlint-cache.json'] });
    expect(french.json).toContain('"locale": "fr"');
    expect(cacheNotice(french)[0]).toMatch(/^cache: 8 of 8 datasets unchanged/);
    expect(french.json).not.toContain('odlint-cache.json');
  });

  it('works with a baseline: the findings it records are matched after the cache gives them', async () => {
    const dir = fixturesCopy();
    await run(dir, { baselineWrite: 'baseline.json' });
    appendFileSync(path.join(dir, 'fixtures/treasury/spending.csv'), '26999,Planted row,NOPE,1.00,2026-10-07,construction\n');
    const cold = await expectSameAsUncached(dir, { baseline: 'baseline.json' });
    expect(cold.json).toContain("'NOPE' in field 'municipality_code'");
    const warm = await expectSameAsUncached(dir, { baseline: 'baseline.json' });
    expect(cacheNotice(warm)[0]).toMatch(/^cache: 8 of 8 datasets unchanged/);
    expect(JSON.parse(warm.json).summary.suppressed).toBeGreaterThan(0);
  });

  it('gives a shard the report the shard gives without the cache', async () => {
    const dir = fixturesCopy();
    for (const index of [1, 2]) {
      await run(dir, { cacheLocation: `shard-${index}/`, shard: { index, total: 2 } });
      const warm = await expectSameAsUncached(dir, { cacheLocation: `shard-${index}/`, shard: { index, total: 2 } });
      expect(cacheNotice(warm)[0]).toMatch(/^cache: (\d+) of \1 datasets? unchanged/);
    }
  });

  it('gives the corpus of real published data the same report, cold and warm', async () => {
    const dir = makeTempDir('odlint-cache-corpus-');
    const paths = [path.join(REPO_ROOT, 'test/corpus')];
    const plain = await run(REPO_ROOT, { paths, cache: false });
    const cold = await run(REPO_ROOT, { paths, cacheLocation: path.join(dir, 'c') });
    const warm = await run(REPO_ROOT, { paths, cacheLocation: path.join(dir, 'c') });
    expect(cold.json).toBe(plain.json);
    expect(warm.json).toBe(plain.json);
    expect(cacheNotice(warm)[0]).toMatch(/^cache: (\d+) of \1 datasets unchanged/);
  });

  it('is turned on by the config (cacheLocation, inside the project), and off for one run by cache: false', async () => {
    const dir = fixturesCopy();
    writeFileSync(path.join(dir, '.odlintrc.yaml'), 'cacheLocation: caches/\n');
    const on = await run(dir, { config: '.odlintrc.yaml' });
    expect(cacheNotice(on)).toEqual(['cache: 0 of 8 datasets unchanged, their findings reused (caches/.odlintcache).']);
    expect(existsSync(path.join(dir, 'caches/.odlintcache'))).toBe(true);
    expect(cacheNotice(await run(dir, { config: '.odlintrc.yaml', cache: false }))).toEqual([]);
    writeFileSync(path.join(dir, '.odlintrc.yaml'), 'cache: true\ncacheLocation: ../outside/c.json\n');
    await expect(run(dir, { config: '.odlintrc.yaml' })).rejects.toThrow(/the cache \.\.\/outside\/c\.json is outside the project/);
  });

  it('on the command line: --cache-location alone turns the cache on, and a folder that does not exist is created', async () => {
    const dir = fixturesCopy();
    // The CLI in this process (cli/program.ts run), as bin/odlint.js runs it: no process to start.
    const cli = async (args: string[]) => {
      const previous = process.cwd();
      process.chdir(dir);
      let stdout = '';
      let stderr = '';
      try {
        const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdoutColor: false });
        return { code, stdout, stderr };
      } finally {
        process.chdir(previous);
      }
    };
    const args = ['lint', 'fixtures', '--now', NOW, '--no-config', '--locale', 'en', '-f', 'json', '--cache-location', 'new/folder/'];
    const cold = await cli(args);
    expect(cold.code).toBe(1);
    expect(existsSync(path.join(dir, 'new/folder/.odlintcache'))).toBe(true);
    const warm = await cli(args);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stderr).toContain('odlint: cache: 8 of 8 datasets unchanged, their findings reused (new/folder/.odlintcache).');
    expect((await cli(['lint', '--help'])).stdout).toMatch(/--cache-location <path>[\s\S]*implies --cache/);
  });
});
