import { describe, expect, it } from 'vitest';
import {
  attributeFindings,
  categoryScore,
  computeScorecard,
  countsByCategory,
  departmentOf,
  formatScore,
  linkingBreaks,
  NO_PUBLISHER,
  scoreBand,
} from '../../../src/report/scorecard.js';
import { summarise } from '../../../src/report/summary.js';
import type { LintReport } from '../../../src/model/report.js';
import { finding, sampleAuditReport } from './sample-audit-report.js';

describe('categoryScore', () => {
  it('takes 25 per distinct error rule and 10 per warning-only rule from 100, never below 0', () => {
    expect(categoryScore(0, 0)).toBe(100);
    expect(categoryScore(1, 0)).toBe(75);
    expect(categoryScore(0, 1)).toBe(90);
    expect(categoryScore(2, 1)).toBe(40);
    expect(categoryScore(4, 0)).toBe(0);
    expect(categoryScore(9, 9)).toBe(0);
  });
});

describe('formatScore and scoreBand', () => {
  it('round for display, and the band follows the rounded number', () => {
    expect(formatScore(86.25)).toBe('86');
    expect(formatScore(89.5)).toBe('90');
    expect(scoreBand(89.5)).toBe('good');
    expect(scoreBand(89.4)).toBe('fair');
    expect(scoreBand(59.5)).toBe('fair');
    expect(scoreBand(59.4)).toBe('poor');
    expect(formatScore(null)).toBe('—');
    expect(scoreBand(null)).toBe('none');
  });
});

describe('attributeFindings', () => {
  it('gives omitted entries the dataset, category and target of the listed findings of the same rule and file', () => {
    const report = sampleAuditReport();
    const attributed = attributeFindings(report);
    expect(attributed.slice(0, report.findings.length).map((a) => a.ruleId)).toEqual(report.findings.map((f) => f.ruleId));
    const omitted = attributed.filter((a) => !a.listed);
    expect(omitted).toEqual([
      { ruleId: 'format/type', category: 'format', severity: 'error', file: 'x/a.csv', dataset: 'a', count: 5, listed: false },
      { ruleId: 'linking/foreign-key', category: 'linking', severity: 'error', file: 'x/a.csv', dataset: 'a', count: 4, listed: false, target: 'c', targetKind: 'dataset' },
      { ruleId: 'format/range', category: 'format', severity: 'error', file: 'x/a.csv', dataset: 'a', count: 2, listed: false },
    ]);
  });

  it('gives a finding without a dataset the dataset listing its file, else stands the file in for a dataset', () => {
    const report = sampleAuditReport();
    report.findings.push(finding('format/type', 'error', 'y/c.csv', undefined, 9), finding('format/type', 'error', 'stray.csv', undefined, 2));
    const attributed = attributeFindings(report);
    expect(attributed.find((a) => a.file === 'y/c.csv' && a.ruleId === 'format/type')!.dataset).toBe('c');
    expect(attributed.find((a) => a.file === 'stray.csv')!.dataset).toBe('stray.csv');
    const card = computeScorecard(report);
    const stray = card.datasets.find((d) => d.dataset.name === 'stray.csv')!;
    expect(stray.department).toBe(NO_PUBLISHER);
    expect(stray.categories.format.score).toBe(75);
  });
});

describe('countsByCategory', () => {
  it('counts listed and omitted findings, adding up to the summary', () => {
    const report = sampleAuditReport();
    const counts = countsByCategory(report);
    expect(counts).toEqual({
      format: { errors: 3 + 5 + 2, warnings: 2, infos: 1 },
      licence: { errors: 1, warnings: 0, infos: 0 },
      freshness: { errors: 0, warnings: 0, infos: 0 },
      linking: { errors: 3 + 4, warnings: 0, infos: 0 },
    });
    const sum = (k: 'errors' | 'warnings' | 'infos') => Object.values(counts).reduce((n, c) => n + c[k], 0);
    expect([sum('errors'), sum('warnings'), sum('infos')]).toEqual([report.summary.errors, report.summary.warnings, report.summary.infos]);
  });
});

describe('computeScorecard', () => {
  const card = computeScorecard(sampleAuditReport());
  const dataset = (name: string) => card.datasets.find((d) => d.dataset.name === name)!;

  it('scores each dataset per category by the distinct rules it breaks', () => {
    const a = dataset('a');
    // format: format/type and format/range (omitted only) at error, format/blank-row warning; the info costs nothing.
    expect(a.categories.format).toMatchObject({ score: 40, errorRules: ['format/range', 'format/type'], warningRules: ['format/blank-row'], errors: 10, warnings: 1, infos: 1 });
    expect(a.categories.licence.score).toBe(75);
    expect(a.categories.freshness.score).toBe(100);
    // Two foreign-key targets, one rule: one problem to fix.
    expect(a.categories.linking).toMatchObject({ score: 75, errors: 6 });
    expect(a.score).toBe((40 + 75 + 100 + 75) / 4);
    expect(dataset('b').score).toBe(100);
    expect(dataset('c').categories.linking.score).toBe(75);
  });

  it('leaves licence and freshness of a file without metadata unassessed, and out of the means', () => {
    const loose = dataset('loose.csv');
    expect(loose.department).toBe(NO_PUBLISHER);
    expect(loose.categories.format.score).toBe(90);
    expect(loose.categories.licence.score).toBeNull();
    expect(loose.categories.freshness.score).toBeNull();
    expect(loose.categories.linking.score).toBe(100);
    expect(loose.score).toBe(95);
  });

  it('averages datasets into departments and departments into the overall score, no publisher last', () => {
    expect(card.departments.map((d) => d.department)).toEqual(['Dept X', 'Dept Y', NO_PUBLISHER]);
    const [x, y, none] = card.departments;
    expect(x!.datasets).toEqual(['a', 'b']);
    expect(x!.categories).toEqual({ format: 70, licence: 87.5, freshness: 100, linking: 87.5 });
    expect(x!.score).toBe(86.25);
    expect(x!.errors).toBe(3 + 5 + 2 + 1 + 2 + 4);
    expect(y!.score).toBe(93.75);
    expect(none!.categories).toEqual({ format: 90, licence: null, freshness: null, linking: 100 });
    expect(none!.score).toBe(95);
    expect(card.overall.score).toBeCloseTo((86.25 + 93.75 + 95) / 3, 10);
    expect(card.overall.categories.format).toBeCloseTo((70 + 100 + 90) / 3, 10);
    expect(card.overall.categories.licence).toBe((87.5 + 100) / 2);
  });

  it('scores a report without findings 100 everywhere', () => {
    const clean = sampleAuditReport();
    clean.findings = [];
    clean.omitted = [];
    clean.summary = summarise([], [], 4, 4);
    const c = computeScorecard(clean);
    expect(c.overall.score).toBe(100);
    expect(c.departments.every((d) => d.score === 100)).toBe(true);
  });

  it('counts datasets with a blank publisher under no publisher', () => {
    expect(departmentOf({ name: 'z', publisher: '  ', files: [] })).toBe(NO_PUBLISHER);
    expect(departmentOf({ name: 'z', publisher: ' Dept Z ', files: [] })).toBe('Dept Z');
  });
});

describe('linkingBreaks', () => {
  it('counts linking findings by the department that fails to join and the department, register or reference joined', () => {
    const breaks = linkingBreaks(sampleAuditReport());
    expect(breaks.columns).toEqual([
      { kind: 'department', label: 'Dept Y' },
      { kind: 'register', label: 'za-provinces' },
      { kind: 'unresolved', label: '../land-register' },
    ]);
    expect(breaks.rows).toEqual([
      // 1 listed + 4 omitted whose listed sibling joins c (Dept Y); 1 to a package that was not found.
      { department: 'Dept X', counts: [5, 0, 1], total: 6 },
      { department: 'Dept Y', counts: [0, 1, 0], total: 1 },
    ]);
    expect(breaks.unattributed).toBe(0);
  });

  it('leaves omitted findings whose listed siblings join different targets out of the table, counted apart', () => {
    const report: LintReport = sampleAuditReport();
    report.findings.push(finding('linking/foreign-key', 'error', 'x/a.csv', 'a', 8, { target: 'b', targetKind: 'dataset' }));
    const breaks = linkingBreaks(report);
    expect(breaks.unattributed).toBe(4);
    const row = breaks.rows.find((r) => r.department === 'Dept X')!;
    expect(breaks.columns[0]).toEqual({ kind: 'department', label: 'Dept X' });
    expect(row.counts.slice(0, 2)).toEqual([1, 1]);
  });
});
