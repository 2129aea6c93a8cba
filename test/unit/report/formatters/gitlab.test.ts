// The GitLab Code Quality format: the keys and types GitLab requires, unique and stable fingerprints.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import gitlab, { type CodeQualityIssue } from '../../../../src/report/formatters/gitlab.js';
import { findingFingerprint } from '../../../../src/report/fingerprint.js';
import { AT_REPO_ROOT, demoReport, finding, REPO_ROOT, reportWith } from '../../../helpers/format-reports.js';

function issues(text: string): CodeQualityIssue[] {
  expect(text.endsWith('\n')).toBe(true);
  const parsed = JSON.parse(text) as unknown;
  expect(Array.isArray(parsed)).toBe(true);
  return parsed as CodeQualityIssue[];
}

function expectCodeQuality(list: CodeQualityIssue[]): void {
  for (const issue of list) {
    expect(typeof issue.description).toBe('string');
    expect(issue.description.length).toBeGreaterThan(0);
    expect(typeof issue.check_name).toBe('string');
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{16}(?:-\d+)?$/);
    expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
    expect(typeof issue.location.path).toBe('string');
    expect(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1).toBe(true);
  }
  const fingerprints = list.map((i) => i.fingerprint);
  expect(new Set(fingerprints).size).toBe(fingerprints.length);
}

describe('gitlab formatter on the demo report', () => {
  const report = demoReport();
  const text = gitlab(report, AT_REPO_ROOT);
  const list = issues(text);

  it('is a JSON array of issues with every required key, of the right type, fingerprints unique', () => {
    expect(list).toHaveLength(report.findings.length);
    expectCodeQuality(list);
  });

  it('maps each finding: rule, severity, path from the repository root, line or 1', () => {
    list.forEach((issue, i) => {
      const f = report.findings[i]!;
      expect(issue.check_name).toBe(f.ruleId);
      expect(issue.severity).toBe({ error: 'major', warning: 'minor', info: 'info' }[f.severity]);
      expect(issue.location).toEqual({ path: f.file, lines: { begin: f.line ?? 1 } });
      expect(issue.description).toBe(f.hint === undefined ? f.message : `${f.message} ↳ ${f.hint}`);
    });
  });

  it('uses the line-independent fingerprint, with a counter for findings that share it', () => {
    // The demo's three identical foreign-key findings in learner-counts.csv differ only by line.
    const same = list.filter((i) => i.check_name === 'linking/foreign-key' && i.location.path === 'fixtures/education/learner-counts.csv');
    expect(same).toHaveLength(3);
    const base = findingFingerprint(report.findings.find((f) => f.file === 'fixtures/education/learner-counts.csv' && f.ruleId === 'linking/foreign-key')!);
    expect(same.map((i) => i.fingerprint)).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  it('is the same bytes for the same report', () => {
    expect(gitlab(demoReport(), AT_REPO_ROOT)).toBe(text);
  });
});

describe('gitlab fingerprints and paths', () => {
  it('keep each issue its fingerprint when rows move', () => {
    const before = issues(gitlab(reportWith([finding({ line: 5 }), finding({ line: 8 })]), AT_REPO_ROOT)).map((i) => i.fingerprint);
    const after = issues(gitlab(reportWith([finding({ line: 12 }), finding({ line: 20 })]), AT_REPO_ROOT)).map((i) => i.fingerprint);
    expect(after).toEqual(before);
    expect(before[0]).not.toBe(before[1]);
  });

  it('do not depend on the folder odlint ran in', () => {
    const fromRoot = issues(gitlab(reportWith([finding()]), AT_REPO_ROOT))[0]!;
    const fromFixtures = issues(gitlab(reportWith([finding({ file: 'health/clinic-visits.csv' })]), { color: false, cwd: path.join(REPO_ROOT, 'fixtures'), repositoryRoot: REPO_ROOT }))[0]!;
    expect(fromFixtures.location.path).toBe('fixtures/health/clinic-visits.csv');
    expect(fromFixtures.fingerprint).toBe(fromRoot.fingerprint);
  });

  it('adds one issue per rule and file whose findings the cap left out, with a fingerprint that ignores the count', () => {
    const capped = demoReport(['--max-findings-per-rule', '1']);
    const list = issues(gitlab(capped, AT_REPO_ROOT));
    expectCodeQuality(list);
    expect(list).toHaveLength(capped.findings.length + capped.omitted.length);
    const o = capped.omitted[0]!;
    const note = list[capped.findings.length]!;
    expect(note).toMatchObject({ check_name: o.ruleId, location: { path: o.file, lines: { begin: 1 } } });
    expect(note.description).toContain(`${o.count} more ${o.ruleId}`);
    const more = structuredClone(capped);
    more.omitted[0]!.count += 5;
    expect(issues(gitlab(more, AT_REPO_ROOT))[capped.findings.length]!.fingerprint).toBe(note.fingerprint);
  });

  it('is an empty array for a clean report', () => {
    expect(gitlab(reportWith([]), AT_REPO_ROOT)).toBe('[]\n');
  });
});
