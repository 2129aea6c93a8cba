// The run API: `import { lint, formatReport, loadStandard } from 'odlint'`, in this process and from another project
// that has odlint installed, gives the report the JSON format writes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeScorecard, formatReport, lint, loadStandard } from '../../src/index.js';
import { cleanupTempDirs, cliEnv, makeTempDir, NOW, REPO_ROOT } from './helpers.js';

const GOLDEN = path.join(REPO_ROOT, 'test', 'golden', 'fixtures.json');

afterAll(cleanupTempDirs);

describe('the run API', () => {
  it('lint() returns the report `odlint lint fixtures -f json` writes, byte for byte once formatted', async () => {
    const previous = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      // English whatever the developer's LANG: lint() reads LC_ALL / LC_MESSAGES / LANG as the CLI does.
      const report = await lint({ paths: ['fixtures'], now: NOW, config: false, locale: 'en' });
      expect(formatReport(report, 'json')).toBe(readFileSync(GOLDEN, 'utf8'));
      expect(report.findings.length).toBeGreaterThan(0);
      // The scorecard it carries is what anyone recomputes from the report and the standard's method.
      const { scorecard, ...rest } = report;
      expect(computeScorecard(rest, loadStandard('national-open-data').scoring)).toEqual(scorecard);
    } finally {
      process.chdir(previous);
    }
  });

  it('formatReport refuses an unknown format with the list of formats', () => {
    expect(() => formatReport({} as never, 'yaml')).toThrow(/'yaml' is not a report format/);
  });

  it('loadStandard loads the bundled standard by name', () => {
    const standard = loadStandard('national-open-data');
    expect(standard.id).toBe('national-open-data');
    expect(standard.rules.map((r) => r.id)).toContain('format/type');
  });

  it("works from another project with odlint installed: import('odlint').lint(...)", () => {
    const project = makeTempDir('odlint-api-');
    mkdirSync(path.join(project, 'node_modules'));
    symlinkSync(REPO_ROOT, path.join(project, 'node_modules', 'odlint'), 'dir');
    writeFileSync(path.join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
    writeFileSync(path.join(project, 'check.mjs'), [
      "const { lint, formatReport } = await import('odlint');",
      `const report = await lint({ paths: [${JSON.stringify(path.join(REPO_ROOT, 'fixtures'))}], now: '${NOW}', config: false });`,
      "process.stdout.write(formatReport(report, 'json'));",
    ].join('\n'));
    // The working folder is the repository, so findings name files as the golden does.
    const r = spawnSync(process.execPath, [path.join(project, 'check.mjs')], { cwd: REPO_ROOT, env: cliEnv(), encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
