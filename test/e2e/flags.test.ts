// Command-line flags of `odlint lint` and `odlint rules`, --version and --help, and their exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BUILT_IN_CHECKS } from '../../src/checks/index.js';
import { BIN, cleanupTempDirs, cliEnv, expectNoCrash, lintJson, makeTempDir, NOW, odlint, REPO_ROOT, type Report, type RunResult, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

/** A commander usage error: exit 2, nothing on stdout, a one-line message on stderr and the pointer to --help. */
function expectUsageError(r: RunResult, mentions: RegExp): void {
  expectNoCrash(r);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(mentions);
  expect(r.stderr).toMatch(/^(odlint|error):/);
  expect(r.stderr).toContain('--help');
}

describe('--quiet', () => {
  it('drops warnings and infos and keeps every error (JSON)', () => {
    const all = lintJson(['fixtures']).report;
    const { run, report } = lintJson(['fixtures', '--quiet']);
    expect(run.code).toBe(1);
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(report.findings).toEqual(all.findings.filter((f) => f.severity === 'error'));
    expect(report.summary).toEqual({ ...all.summary, warnings: 0, infos: 0 });
    expect(all.summary.warnings + all.summary.infos).toBeGreaterThan(0); // the demo has both, so this test means something
  });

  it('drops warnings and infos from the stylish output', () => {
    const r = odlint(['lint', 'fixtures', '--now', NOW, '--quiet', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/^ {2}\S+ +(warning|info) {2}/m);
    expect(r.stdout).toMatch(/^ {2}\S+ +error {2}/m);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\)/);
  });

  it('on a folder with only warnings: no findings and exit 0', () => {
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--quiet']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ No problems/);
  });
});

describe('--max-warnings', () => {
  it('fixtures/loose has one warning (metadata-missing) and no errors: exit 0 without the flag', () => {
    const { run, report } = lintJson(['fixtures/loose']);
    expect(run.code).toBe(0);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['format/metadata-missing']);
  });

  it('--max-warnings 0 on it exits 1 and says why on stderr', () => {
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--max-warnings', '0']);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 warnings? found, more than --max-warnings 0/);
    expect(r.stdout).toContain('metadata-missing');
  });

  it('--max-warnings 1 on it exits 0', () => {
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--max-warnings', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('--quiet --max-warnings 0 exits 0 (what is shown decides the exit)', () => {
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--max-warnings', '0', '--quiet']);
    expect(r.code).toBe(0);
  });

  it.each([['abc'], ['-1'], ['1.5']])('--max-warnings %s is a usage error (exit 2)', (n) => {
    expectUsageError(odlint(['lint', 'fixtures/loose', '--now', NOW, `--max-warnings=${n}`]), new RegExp(`'${n.replace('.', '\\.')}' is not a whole number`));
  });
});

describe('--output', () => {
  it('writes the report to the file, prints nothing on stdout, leaves no temporary file', () => {
    const dir = makeTempDir();
    const out = path.join(dir, 'report.json');
    const r = odlint(['lint', 'fixtures', '--now', NOW, '--format', 'json', '--output', out]);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(readdirSync(dir)).toEqual(['report.json']);
    const direct = lintJson(['fixtures']).run.stdout;
    expect(readFileSync(out, 'utf8')).toBe(direct);
  });

  it('creates missing parent folders and writes stylish output without colour even when colour is forced', () => {
    const dir = makeTempDir();
    const out = path.join(dir, 'a', 'b', 'report.txt');
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--output', out], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toBe(odlint(['lint', 'fixtures/loose', '--now', NOW, '--no-color']).stdout);
    expect(readdirSync(path.join(dir, 'a', 'b'))).toEqual(['report.txt']);
  });

  it('overwrites an existing report', () => {
    const dir = makeTempDir();
    const [out] = Object.values(writeTree(dir, { 'report.json': 'old content\n' }));
    const r = odlint(['lint', 'fixtures/municipal-register', '--now', NOW, '--format', 'json', '-o', out!]);
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(out!, 'utf8')) as Report).findings).toEqual([]);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('an --output path that is a folder is a clear error, not an internal error (exit 2)', () => {
    const dir = makeTempDir();
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--output', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.basename(dir));
    expectNoCrash(r);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an --output path below a regular file is a clear error, not an internal error (exit 2)', () => {
    const dir = makeTempDir();
    const { f } = writeTree(dir, { f: 'x' });
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--output', path.join(f!, 'out.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('out.json');
    expectNoCrash(r);
  });

  it('an unwritable --output path exits 2 and leaves no temporary file (whatever the message)', () => {
    const dir = makeTempDir();
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--output', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(readdirSync(path.dirname(dir)).filter((n) => n.startsWith(`.${path.basename(dir)}.`))).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('--format and --now', () => {
  it('--format bogus exits 2 and names the allowed formats', () => {
    const r = odlint(['lint', 'fixtures/loose', '--format', 'bogus']);
    expectUsageError(r, /--format bogus: unknown format/);
    expect(r.stderr).toMatch(/stylish/);
    expect(r.stderr).toMatch(/json/);
  });

  it('--now 2026-02-30 exits 2 with a clear message', () => {
    const r = odlint(['lint', 'fixtures/loose', '--now', '2026-02-30']);
    expectUsageError(r, /--now/);
    expect(r.stderr).toContain("'2026-02-30' is not a date in the form YYYY-MM-DD");
  });

  it.each([['27/11/2026'], ['2026-13-01'], ['2026-11-27T00:00'], ['yesterday']])('--now %s exits 2', (value) => {
    expectUsageError(odlint(['lint', 'fixtures/loose', '--now', value]), /is not a date in the form YYYY-MM-DD/);
  });

  it('--now 2028-02-29 (a leap day) is accepted and echoed in the report', () => {
    const r = odlint(['lint', 'fixtures/municipal-register', '--now', '2028-02-29', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).now).toBe('2028-02-29');
  });

  it('an unknown option and an unknown command exit 2', () => {
    expectUsageError(odlint(['lint', 'fixtures/loose', '--bogus']), /--bogus/);
    expectUsageError(odlint(['frobnicate']), /frobnicate/);
  });
});

describe('colour', () => {
  it('is off in a pipe, and with NO_COLOR', () => {
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW]);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('FORCE_COLOR=1 turns it on, and --no-color beats FORCE_COLOR', () => {
    const forced = odlint(['lint', 'fixtures/loose', '--now', NOW], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    expect(forced.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(odlint(['lint', 'fixtures/loose', '--now', NOW]).stdout);
    const off = odlint(['lint', 'fixtures/loose', '--now', NOW, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(off.stdout).not.toMatch(/\u001b\[/);
  });

  it('JSON never has colour', () => {
    const r = odlint(['lint', 'fixtures/loose', '--now', NOW, '--format', 'json'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});

describe('--version and --help', () => {
  const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  it.each([['--version'], ['-v']])("%s prints package.json's version", (flag) => {
    const r = odlint([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
    expect(r.stderr).toBe('');
  });

  it('--help lists the commands', () => {
    const r = odlint(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: odlint /);
    for (const s of ['lint', 'rules', '--version', '--help']) expect(r.stdout).toContain(s);
  });

  it('lint --help lists every option, the examples and the exit codes', () => {
    const r = odlint(['lint', '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: odlint lint /);
    for (const opt of ['--standard', '--format', '--output', '--now', '--max-warnings', '--quiet', '--no-color', '--help']) {
      expect(r.stdout).toContain(opt);
    }
    expect(r.stdout).toContain('stylish');
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/\$ odlint lint fixtures --now 2026-11-27/);
    expect(r.stdout).toMatch(/Exit codes: 0 .*1 .*\n?.*2 /s);
  });

  it('rules --help lists its options', () => {
    const r = odlint(['rules', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--standard', '--format']) expect(r.stdout).toContain(opt);
  });

  it('no arguments at all prints the help and exits 2', () => {
    const r = odlint([]);
    expect(r.code).toBe(2);
    expect(`${r.stdout}${r.stderr}`).toMatch(/Usage: odlint /);
  });
});

describe('rules', () => {
  /** The rule ids the bundled standard defines, read from rules/standard.yaml and the rule files it includes. */
  function bundledRuleIds(): string[] {
    const root = parseYaml(readFileSync(path.join(REPO_ROOT, 'rules', 'standard.yaml'), 'utf8')) as { include: string[] };
    const ids = root.include.flatMap((rel) => Object.keys((parseYaml(readFileSync(path.join(REPO_ROOT, 'rules', rel), 'utf8')) as { rules: object }).rules));
    return ids.sort();
  }

  it('the bundled standard covers all four categories and configures every built-in check', () => {
    const ids = bundledRuleIds();
    for (const category of ['format', 'licence', 'freshness', 'linking']) {
      expect(ids.filter((id) => id.startsWith(`${category}/`)).length, category).toBeGreaterThan(0);
    }
    const r = odlint(['rules', '--format', 'json']);
    const used = new Set((JSON.parse(r.stdout) as { rules: { check: string }[] }).rules.map((rule) => rule.check));
    expect([...BUILT_IN_CHECKS.map((c) => c.id)].filter((id) => !used.has(id))).toEqual([]);
  });

  it('`rules` lists every rule of the bundled standard, sorted, with its count in the heading', () => {
    const ids = bundledRuleIds();
    const r = odlint(['rules']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [heading, blank, ...rows] = r.stdout.replace(/\n$/, '').split('\n');
    expect(heading).toMatch(new RegExp(`^National Open Data Standard for Tabular Data \\(national-open-data 1\\.2\\.0\\), ${ids.length} rules from rules/standard\\.yaml$`));
    expect(blank).toBe('');
    expect(rows).toHaveLength(ids.length);
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(ids);
    for (const row of rows) expect(row).toMatch(/^(format|licence|freshness|linking)\/[a-z0-9-]+ +(format|licence|freshness|linking) +(error|warning|info|off) +\S/);
  });

  it('`rules --format json` parses and lists the same rules with their options', () => {
    const r = odlint(['rules', '--format', 'json']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { standard: { id: string; version: string; title: string }; rules: Array<{ id: string; category: string; severity: string; check: string; description: string; sources: Array<{ title: string; url: string }>; options: object }> };
    expect(json.standard).toEqual({ id: 'national-open-data', version: '1.2.0', title: 'National Open Data Standard for Tabular Data', rootFile: 'rules/standard.yaml' });
    expect(json.rules.map((x) => x.id)).toEqual(bundledRuleIds());
    for (const rule of json.rules) {
      expect(rule.id.startsWith(`${rule.category}/`)).toBe(true);
      expect(['error', 'warning', 'info', 'off']).toContain(rule.severity);
      expect(rule.check).toMatch(/^[a-z0-9-]+$/);
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(typeof rule.options).toBe('object');
    }
    // Options come back with the check's defaults applied.
    expect(json.rules.find((x) => x.id === 'format/delimiter')?.options).toMatchObject({ expected: ',' });
  });

  it('`rules --format bogus` exits 2', () => {
    expectUsageError(odlint(['rules', '--format', 'bogus']), /'bogus'/);
  });

  it('`rules` does not need any data and does not touch the working directory', () => {
    const dir = makeTempDir();
    const r = odlint(['rules'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(dir) && readdirSync(dir)).toEqual([]);
  });
});

describe('--jobs and --max-findings-per-rule', () => {
  it('reject values that are not whole numbers in range, naming the option', () => {
    expectUsageError(odlint(['lint', 'fixtures', '--jobs', '0']), /--jobs <n>' argument '0' is invalid. '0' is not a whole number of 1 or more/);
    expectUsageError(odlint(['lint', 'fixtures', '--jobs', 'two']), /'two' is not a whole number/);
    expectUsageError(odlint(['lint', 'fixtures', '--max-findings-per-rule', '-1']), /--max-findings-per-rule <n>' argument '-1' is invalid/);
  });

  it('--max-findings-per-rule 1 lists one finding per rule and file and counts the rest in stylish output', () => {
    const r = odlint(['lint', 'fixtures/health', '--now', NOW, '--max-findings-per-rule', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/… \d+ more format\/type findings? not listed \(--max-findings-per-rule\)/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?(, \d+ infos?)?; \d+ not listed\)/);
  });
});

describe('a reader that closes the pipe early', () => {
  it('`odlint … | head -1` ends quietly, without an EPIPE stack trace, and keeps the exit code', () => {
    // Several runs: whether the reader has gone before odlint writes is a race.
    for (let i = 0; i < 5; i++) {
      for (const args of ['lint --help', `lint fixtures --now ${NOW} -f json --max-findings-per-rule 0`]) {
        const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args} | head -1 > /dev/null`], { cwd: REPO_ROOT, env: cliEnv(), encoding: 'utf8' });
        expect(r.stderr, args).not.toMatch(/EPIPE|\n\s+at /);
      }
    }
    const status = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" lint fixtures --now ${NOW} | head -1 > /dev/null; exit "\${PIPESTATUS[0]}"`], { cwd: REPO_ROOT, env: cliEnv(), encoding: 'utf8' });
    expect(status.status).toBe(1);
  });
});
