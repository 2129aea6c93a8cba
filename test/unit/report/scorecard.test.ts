import { describe, expect, it } from 'vitest';
import { attributeFindings, computeScorecard, countsByCategory, departmentOf, formatScore, NO_PUBLISHER, scoreBand, scorecardOf } from '../../../src/report/scorecard.js';
import { linkingMatrix } from '../../../src/report/linking-matrix.js';
import { defaultScoringMethod } from '../../../src/standard/scoring.js';
import type { ScoringMethod } from '../../../src/model/scorecard.js';
import { summarise } from '../../../src/report/summary.js';
import type { LintReport } from '../../../src/model/report.js';
import { finding, sampleAuditReport } from './sample-audit-report.js';

describe('formatScore and scoreBand', () => {
  const bands = { good: 90, fair: 60 };
  it('round for display, and the band follows the rounded number', () => {
    expect(formatScore(86.25)).toBe('86');
    expect(formatScore(89.5)).toBe('90');
    expect(scoreBand(89.5, bands)).toBe('good');
    expect(scoreBand(89.4, bands)).toBe('fair');
    expect(scoreBand(59.5, bands)).toBe('fair');
    expect(scoreBand(59.4, bands)).toBe('poor');
    expect(formatScore(null)).toBe('—');
    expect(scoreBand(null, bands)).toBe('not-assessed');
  });
});

describe('attributeFindings', () => {
  it('gives omitted entries the dataset, category and target of the listed findings of the same rule and file', () => {
    const report = sampleAuditReport();
    const attributed = attributeFindings(report);
    expect(attributed.slice(0, report.findings.length).map((a) => a.ruleId)).toEqual(report.findings.map((f) => f.ruleId));
    const omitted = attributed.filter((a) => !a.listed);
    expect(omitted).toEqual([
      { ruleId: 'format/type', category: 'format', severity: 'error', file: 'x/a.csv', dataset: 'a', count: 5, listed: false, perRecord: true },
      { ruleId: 'linking/foreign-key', category: 'linking', severity: 'error', file: 'x/a.csv', dataset: 'a', count: 4, listed: false, perRecord: true, target: 'c', targetKind: 'dataset' },
      { ruleId: 'format/range', category: 'format', severity: 'error', file: 'x/a.csv', dataset: 'a', count: 2, listed: false, perRecord: true },
    ]);
  });

  it('gives a finding without a dataset the dataset listing its file, else stands the file in for a dataset', () => {
    const report = sampleAuditReport();
    report.findings.push(finding('format/type', 'error', 'y/c.csv', undefined, 9), finding('format/type', 'error', 'stray.csv', undefined, 2));
    const attributed = attributeFindings(report);
    expect(attributed.find((a) => a.file === 'y/c.csv' && a.ruleId === 'format/type')!.dataset).toBe('c');
    expect(attributed.find((a) => a.file === 'stray.csv')!.dataset).toBe('stray.csv');
    const card = computeScorecard(report, defaultScoringMethod());
    const stray = card.datasets.find((d) => d.name === 'stray.csv')!;
    expect(stray.department).toBe(NO_PUBLISHER);
    // Not a dataset the report lists: scored as a file without metadata (45 + 15 for a finding without a record count).
    expect(stray.scores.format).toBe(0);
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

describe('computeScorecard by the default method', () => {
  const method = defaultScoringMethod();
  const card = computeScorecard(sampleAuditReport(), method);
  const dataset = (name: string) => card.datasets.find((d) => d.name === name)!;

  it('costs each distinct rule more the larger the share of records it affects, and fails a category on a failing rule', () => {
    const a = dataset('a');
    // format/type: 3 listed + 5 omitted of 100 records: 45 + 15 × 0.08 = 46.2; format/range (omitted only, about
    // records): 45 + 15 × 0.02 = 45.3; format/blank-row warning, 1 record: 10 + 10 × 0.01 = 10.1; the info is free.
    expect(a.scores.format).toBe(0);
    expect(a.rules.format).toEqual({ fails: [], errors: ['format/range', 'format/type'], warnings: ['format/blank-row'] });
    // licence/open fails licence.
    expect(a.scores.licence).toBe(0);
    expect(a.rules.licence.fails).toEqual(['licence/open']);
    expect(a.scores.freshness).toBe(100);
    // linking/foreign-key: one of its findings is about the metadata (a package not found): the whole, 60.
    expect(a.scores.linking).toBe(40);
    expect(a.scores.overall).toBe(35);
    expect(a.bands).toEqual({ format: 'poor', licence: 'poor', freshness: 'good', linking: 'poor', overall: 'poor' });
    expect([a.errors, a.warnings, a.infos]).toEqual([3 + 5 + 2 + 1 + 2 + 4, 1, 1]);
    // One register code miss in 20 records: 45 + 15 × 0.05 = 45.75.
    expect(dataset('c').scores.linking).toBe(54.3);
    expect(dataset('c').scores.overall).toBe(88.6);
  });

  it('leaves linking of a dataset without keys unassessed, and out of the means', () => {
    const b = dataset('b');
    expect(b.keys).toBe(0);
    expect(b.scores).toEqual({ format: 100, licence: 100, freshness: 100, linking: null, overall: 100 });
    expect(b.bands.linking).toBe('not-assessed');
  });

  it('fails licence and freshness of a file without metadata, and makes its format pay for the metadata', () => {
    const loose = dataset('loose.csv');
    expect(loose.department).toBe(NO_PUBLISHER);
    // format/metadata-missing (a warning about the file as a whole, 20) and the missing metadata (40).
    expect(loose.scores).toEqual({ format: 40, licence: 0, freshness: 0, linking: null, overall: 13.3 });
    expect(loose.bands.overall).toBe('poor');
  });

  it('averages datasets into departments and departments into the overall score, no publisher last', () => {
    expect(card.departments.map((d) => d.name)).toEqual(['Dept X', 'Dept Y', NO_PUBLISHER]);
    const [x, y, none] = card.departments;
    expect(x).toMatchObject({ datasets: 2, datasetsWithKeys: 1, scores: { format: 50, licence: 50, freshness: 100, linking: 40, overall: 60 }, errors: 17, warnings: 1, infos: 1 });
    expect(x!.bands.overall).toBe('fair');
    expect(y!.scores).toEqual({ format: 100, licence: 100, freshness: 100, linking: 54.3, overall: 88.6 });
    expect(none!.scores).toEqual({ format: 40, licence: 0, freshness: 0, linking: null, overall: 13.3 });
    expect(card.overall.scores.format).toBe(63.3);
    expect(card.overall.scores.licence).toBe(50);
    expect(card.overall.scores.freshness).toBe(66.7);
    expect(card.overall.scores.linking).toBe(47.1);
    // The overall score is the mean of the four category scores beside it (from their exact values).
    expect(card.overall.score).toBe(56.8);
    expect(card.overall).toMatchObject({ band: 'poor', departments: 3, datasets: 4, datasetsWithKeys: 2 });
    expect(card.datasets.map((d) => d.name)).toEqual(['a', 'b', 'c', 'loose.csv']);
  });

  it('scores a report without findings 100 everywhere, but a file without metadata still fails licence and freshness', () => {
    const clean = sampleAuditReport();
    clean.findings = [];
    clean.omitted = [];
    clean.summary = summarise([], [], 4, 4);
    const c = computeScorecard(clean, method);
    expect(c.departments.slice(0, 2).every((d) => d.scores.overall === 100)).toBe(true);
    expect(c.departments[2]!.scores).toEqual({ format: 60, licence: 0, freshness: 0, linking: null, overall: 20 });
  });

  it('follows a method that changes bands, penalties, failing rules, weights and files without metadata', () => {
    const lenient: ScoringMethod = {
      ...method,
      bands: { good: 50, fair: 20 },
      penalties: { error: { least: 10, most: 10 }, warning: { least: 0, most: 0 } },
      fails: { format: [], licence: [], freshness: [], linking: [] },
      withoutMetadata: { licence: null, freshness: null, formatPenalty: 0 },
      linkingWithoutKeys: 'full',
      weights: { format: 2, licence: 1, freshness: 1, linking: 0 },
    };
    const l = computeScorecard(sampleAuditReport(), lenient);
    const a = l.datasets.find((d) => d.name === 'a')!;
    expect(a.scores).toEqual({ format: 80, licence: 90, freshness: 100, linking: 90, overall: 87.5 });
    expect(a.bands.overall).toBe('good');
    expect(l.datasets.find((d) => d.name === 'b')!.scores.linking).toBe(100);
    expect(l.datasets.find((d) => d.name === 'loose.csv')!.scores).toEqual({ format: 100, licence: null, freshness: null, linking: 100, overall: 100 });
  });

  it('counts datasets with a blank publisher under no publisher', () => {
    expect(departmentOf({ publisher: '  ' })).toBe(NO_PUBLISHER);
    expect(departmentOf({ publisher: ' Dept Z ' })).toBe('Dept Z');
  });
});

describe('linking breaks', () => {
  it('counts linking findings by the department that fails to join and the department, register or reference joined', () => {
    const card = scorecardOf(sampleAuditReport());
    expect(card.linkingBreaks).toEqual([
      // 1 listed + 4 omitted whose listed sibling joins c (Dept Y); 1 to a package that was not found.
      { department: 'Dept X', targetKind: 'department', target: 'Dept Y', count: 5 },
      { department: 'Dept X', targetKind: 'unresolved', target: '../land-register', count: 1 },
      { department: 'Dept Y', targetKind: 'register', target: 'za-provinces', count: 1 },
    ]);
    const matrix = linkingMatrix(card.linkingBreaks);
    expect(matrix.columns).toEqual([
      { kind: 'department', label: 'Dept Y' },
      { kind: 'register', label: 'za-provinces' },
      { kind: 'unresolved', label: '../land-register' },
    ]);
    expect(matrix.rows).toEqual([
      { department: 'Dept X', counts: [5, 0, 1], total: 6 },
      { department: 'Dept Y', counts: [0, 1, 0], total: 1 },
    ]);
    expect(card.linkingUnattributed).toBe(0);
  });

  it('leaves omitted findings whose listed siblings join different targets out of the table, counted apart', () => {
    const report: LintReport = sampleAuditReport();
    report.findings.push(finding('linking/foreign-key', 'error', 'x/a.csv', 'a', 8, { target: 'b', targetKind: 'dataset' }));
    const card = scorecardOf(report);
    expect(card.linkingUnattributed).toBe(4);
    const matrix = linkingMatrix(card.linkingBreaks);
    expect(matrix.columns[0]).toEqual({ kind: 'department', label: 'Dept X' });
    expect(matrix.rows.find((r) => r.department === 'Dept X')!.counts.slice(0, 2)).toEqual([1, 1]);
  });
});
