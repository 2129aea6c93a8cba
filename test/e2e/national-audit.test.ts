// The audit of a generated national set (test/helpers/national-audit.ts: 60 departments, 3 datasets each, a register,
// loose files) through the real CLI: the scores an auditor signs. A department publishing only under a licence that
// is not open is Poor on licence; files without metadata score below 60 and below every documented dataset; a
// department without keys has linking "not assessed"; the JSON scorecard is what the Markdown and HTML reports show;
// and --compare shows each department's change since an earlier report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/model/report.js';
import { CATEGORIES } from '../../src/model/finding.js';
import { BAND_LABELS, formatScore, NO_PUBLISHER, scoreChange } from '../../src/report/scorecard.js';
import { departmentName, writeNationalAudit } from '../helpers/national-audit.js';
import { cleanupTempDirs, expectNoCrash, makeTempDir, NOW, odlint } from './helpers.js';

const SHAPE = { departments: 60, datasetsPerDepartment: 3, rows: 30, looseFiles: 3 };

describe('a national audit of 60 departments', () => {
  const earlierDir = makeTempDir('odlint-national-');
  const laterDir = makeTempDir('odlint-national-');
  const set = writeNationalAudit(path.join(earlierDir, 'portal'), SHAPE);
  writeNationalAudit(path.join(laterDir, 'portal'), { ...SHAPE, later: true });
  afterAll(cleanupTempDirs);

  // One run writes every format from the same report.
  const run = odlint(['lint', 'portal', '--now', NOW, '--output-file', 'json=report.json', '--output-file', 'markdown=report.md', '--output-file', 'html=report.html'], { cwd: earlierDir });
  const report = JSON.parse(readFileSync(path.join(earlierDir, 'report.json'), 'utf8')) as LintReport;
  const card = report.scorecard!;
  const department = (name: string) => card.departments.find((d) => d.name === name)!;

  it('runs cleanly and scores every department', () => {
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(card.departments.map((d) => d.name)).toEqual([...set.departmentNames, NO_PUBLISHER]);
    expect(card.overall.departments).toBe(61);
    expect(card.method.id).toBe('odlint-share-2026');
  });

  it('is Poor on licence for a department whose licences are not open', () => {
    expect(set.nonOpen.length).toBeGreaterThanOrEqual(8);
    for (const name of set.nonOpen) {
      expect(department(name).bands.licence, name).toBe('poor');
      expect(department(name).scores.licence).toBe(0);
    }
    const open = department(departmentName(1));
    expect(open.scores.licence).toBe(100);
  });

  it('scores files without metadata below 60 and below every documented dataset', () => {
    const loose = card.datasets.filter((d) => d.metadataFile === undefined);
    expect(loose).toHaveLength(3);
    const documented = card.datasets.filter((d) => d.metadataFile !== undefined);
    const lowestDocumented = Math.min(...documented.map((d) => d.scores.overall!));
    for (const d of loose) {
      expect(d.scores.overall!).toBeLessThan(60);
      expect(d.scores.overall!).toBeLessThan(lowestDocumented);
      expect([d.scores.licence, d.scores.freshness]).toEqual([0, 0]);
    }
    expect(department(NO_PUBLISHER).bands.overall).toBe('poor');
  });

  it('leaves linking of a department without keys not assessed, and says how many datasets declare keys', () => {
    for (const name of set.withoutKeys) {
      expect(department(name).scores.linking, name).toBeNull();
      expect(department(name).datasetsWithKeys).toBe(0);
    }
    expect(card.overall.datasetsWithKeys).toBe(card.datasets.filter((d) => d.keys > 0).length);
    expect(card.overall.datasetsWithKeys).toBe(1 + (60 - set.withoutKeys.length) * 3);
  });

  it('does not look all green when errors are spread across departments', () => {
    expect(set.withErrors.length).toBeGreaterThan(20);
    for (const name of set.withErrors) expect(department(name).bands.format, name).not.toBe('good');
    expect(card.overall.band).not.toBe('good');
  });

  it('shows in Markdown and HTML exactly the scores of the JSON scorecard', () => {
    const markdown = readFileSync(path.join(earlierDir, 'report.md'), 'utf8');
    const html = readFileSync(path.join(earlierDir, 'report.html'), 'utf8');
    const shown = (s: number | null, band: keyof typeof BAND_LABELS) => (s === null ? '—' : `${formatScore(s)} ${BAND_LABELS[band]}`);
    for (const d of card.departments) {
      const cells = [...CATEGORIES.map((c) => shown(d.scores[c], d.bands[c])), shown(d.scores.overall, d.bands.overall)];
      expect(markdown).toContain(`| ${d.name} | ${d.datasets} | ${cells.join(' | ')} | ${d.errors} | ${d.warnings} |`);
      const row = new RegExp(`<tr class="department"[^>]*data-department="${d.name}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
      expect(row, d.name).toBeDefined();
      const values = [...row!.matchAll(/<td class="score band-([a-z-]+)"[^>]*><span class="score-value">([^<]*)<\/span>/g)].map((m) => `${m[2]} ${m[1]}`);
      expect(values.slice(0, 5)).toEqual([...CATEGORIES.map((c) => `${formatScore(d.scores[c])} ${d.bands[c]}`), `${formatScore(d.scores.overall)} ${d.bands.overall}`]);
    }
    expect(markdown).toContain(`**Compliance score ${formatScore(card.overall.score)} ${BAND_LABELS[card.overall.band]}**`);
  });

  it('--compare shows each department its change since the earlier report, and the findings new and fixed', () => {
    const later = odlint(['lint', 'portal', '--now', NOW, '--compare', path.join(earlierDir, 'report.json'), '--output-file', 'json=report.json', '--output-file', 'markdown=report.md'], { cwd: laterDir });
    expectNoCrash(later);
    const now = (JSON.parse(readFileSync(path.join(laterDir, 'report.json'), 'utf8')) as LintReport).scorecard!;
    const markdown = readFileSync(path.join(laterDir, 'report.md'), 'utf8');
    const d2 = now.departments.find((d) => d.name === departmentName(2))!;
    const d4 = now.departments.find((d) => d.name === departmentName(4))!;
    // Department 2 fixed its bad rows; department 4 broke rows in every dataset.
    expect(d2.previous!.scores).toEqual(department(departmentName(2)).scores);
    expect(d2.scores.overall!).toBeGreaterThan(d2.previous!.scores.overall!);
    expect(d2.previous!.fixedFindings).toBeGreaterThan(0);
    expect(d2.previous!.newFindings).toBe(0);
    expect(d4.scores.overall!).toBeLessThan(d4.previous!.scores.overall!);
    expect(d4.previous!.newFindings).toBeGreaterThan(0);
    expect(scoreChange(d2.scores.overall, d2.previous!.scores.overall)).toMatch(/^▲ \d+$/);
    expect(scoreChange(d4.scores.overall, d4.previous!.scores.overall)).toMatch(/^▼ \d+$/);
    expect(markdown).toContain(`| ${scoreChange(d2.scores.overall, d2.previous!.scores.overall)} | 0 | ${d2.previous!.fixedFindings} |`);
    expect(markdown).toContain(`| ${scoreChange(d4.scores.overall, d4.previous!.scores.overall)} | ${d4.previous!.newFindings} | 0 |`);
    // A department whose data did not change: same scores, nothing new or fixed.
    const same = now.departments.find((d) => d.name === departmentName(10))!;
    expect(same.previous).toMatchObject({ scores: same.scores, newFindings: 0, fixedFindings: 0 });
    expect(now.overall.previous!.report).toEqual({ now: NOW, standard: `${report.standard.id} ${report.standard.version}` });
    expect(now.overall.previous!.newFindings).toBe(now.departments.reduce((n, d) => n + (d.previous?.newFindings ?? 0), 0));
  });

  it('--compare with something that is not an earlier report says so, before linting', () => {
    const missing = odlint(['lint', 'portal', '--now', NOW, '--compare', 'nope.json'], { cwd: laterDir });
    expectNoCrash(missing);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--compare nope.json: the earlier report does not exist.');
    const notReport = odlint(['lint', 'portal', '--now', NOW, '--compare', 'portal/d001-register/datapackage.json'], { cwd: laterDir });
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toContain('this is not an odlint JSON report');
  });
});
