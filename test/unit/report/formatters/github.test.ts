// The GitHub Actions format: workflow commands GitHub can read back, and a summary line that says what it hid.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty, GITHUB_ANNOTATIONS_PER_LEVEL } from '../../../../src/report/formatters/github.js';
import type { Finding } from '../../../../src/model/finding.js';
import { AT_REPO_ROOT, demoReport, finding, REPO_ROOT, reportWith } from '../../../helpers/format-reports.js';

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

/** Reads a command line the way the Actions runner does: '::name k=v,k=v::message', values unescaped. */
function parseCommand(line: string): Command {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: m[1]!, properties, message: unescapeData(m[3]!) };
}

function lines(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

describe('escapeData and escapeProperty', () => {
  it("escape '%', CR and LF in data, so a message stays one command", () => {
    expect(escapeData('100% done\r\nnext\nline')).toBe('100%25 done%0D%0Anext%0Aline');
    expect(escapeData('a: b, c')).toBe('a: b, c');
  });

  it("escape ':' and ',' too in property values, which separate properties", () => {
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
  });

  it("escape '%' first, so an escape sequence in the input is not mistaken for one", () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(unescapeData(escapeData('%0A literally'))).toBe('%0A literally');
  });
});

describe('github formatter on the demo report', () => {
  const report = demoReport();
  const text = github(report, AT_REPO_ROOT);
  const out = lines(text);
  const commands = out.slice(0, -1).map(parseCommand);

  it('has one command per finding, in report order, with the level GitHub knows', () => {
    expect(commands).toHaveLength(report.findings.length);
    commands.forEach((c, i) => {
      const f = report.findings[i]!;
      expect(c.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[f.severity]);
      expect(c.properties.title).toBe(f.ruleId);
      expect(c.properties.file).toBe(f.file);
      expect(c.message).toBe(f.hint === undefined ? f.message : `${f.message}\nHint: ${f.hint}`);
      if (f.line === undefined) expect(c.properties.line).toBeUndefined();
      else expect(c.properties.line).toBe(String(f.line));
    });
  });

  it('gives a column only where odlint counts characters (JSON), not for CSV cell positions', () => {
    const json = report.findings.findIndex((f) => f.file.endsWith('.json') && f.column !== undefined);
    expect(commands[json]!.properties.col).toBe(String(report.findings[json]!.column));
    const csv = report.findings.findIndex((f) => f.file.endsWith('.csv') && f.column !== undefined);
    expect(commands[csv]!.properties.col).toBeUndefined();
  });

  it('ends with a plain summary line: totals, and how many findings of each level GitHub will not annotate', () => {
    const summary = out.at(-1)!;
    expect(summary.startsWith('::')).toBe(false);
    const s = report.summary;
    expect(summary).toContain(`${s.errors + s.warnings + s.infos} problems (${s.errors} errors, ${s.warnings} warnings, 1 info) in ${s.files} files in ${s.datasets} datasets`);
    expect(s.errors).toBeGreaterThan(GITHUB_ANNOTATIONS_PER_LEVEL);
    expect(s.warnings).toBeLessThanOrEqual(GITHUB_ANNOTATIONS_PER_LEVEL);
    expect(summary).toContain(`${s.errors - GITHUB_ANNOTATIONS_PER_LEVEL} errors not annotated`);
    expect(summary).not.toMatch(/warnings? not annotated/);
  });

  it('is the same bytes for the same report', () => {
    expect(github(demoReport(), AT_REPO_ROOT)).toBe(text);
  });
});

describe('github formatter details', () => {
  it('round-trips all five special characters in messages, titles and file names', () => {
    const f = finding({ file: 'data/a,b:c%d.csv', ruleId: 'custom:rule,1', message: '50% of rows\r\nare bad: see, here', hint: undefined });
    const [command] = lines(github(reportWith([f]), AT_REPO_ROOT)).map((l) => (l.startsWith('::') ? parseCommand(l) : undefined));
    expect(command).toEqual({ command: 'error', properties: { file: 'data/a,b:c%d.csv', line: '5', title: 'custom:rule,1' }, message: '50% of rows\r\nare bad: see, here' });
    // Escaped, the command holds no raw line break and no separator inside a value.
    const raw = lines(github(reportWith([f]), AT_REPO_ROOT))[0]!;
    expect(raw).toBe('::error file=data/a%2Cb%3Ac%25d.csv,line=5,title=custom%3Arule%2C1::50%25 of rows%0D%0Aare bad: see, here');
  });

  it('names files relative to the repository root, wherever odlint ran', () => {
    const f = finding({ file: 'health/clinic-visits.csv' });
    const text = github(reportWith([f]), { color: false, cwd: path.join(REPO_ROOT, 'fixtures'), repositoryRoot: REPO_ROOT });
    expect(parseCommand(lines(text)[0]!).properties.file).toBe('fixtures/health/clinic-visits.csv');
  });

  it('gives a file-level finding no line', () => {
    const f = finding({ line: undefined, column: undefined, record: undefined, severity: 'warning', ruleId: 'format/metadata-missing' });
    expect(lines(github(reportWith([f]), AT_REPO_ROOT))[0]).toMatch(/^::warning file=fixtures\/health\/clinic-visits\.csv,title=format\/metadata-missing::/);
  });

  it('says nothing is hidden when no level has more than 10, and counts each level that has', () => {
    const few = Array.from({ length: 10 }, (_, i) => finding({ line: i + 2 }));
    expect(lines(github(reportWith(few), AT_REPO_ROOT)).at(-1)).not.toContain('not annotated');
    const many: Finding[] = [
      ...Array.from({ length: 12 }, (_, i) => finding({ line: i + 2 })),
      ...Array.from({ length: 11 }, (_, i) => finding({ line: i + 2, severity: 'info', ruleId: 'format/bom' })),
    ];
    const summary = lines(github(reportWith(many), AT_REPO_ROOT)).at(-1)!;
    expect(summary).toContain('2 errors, 1 info not annotated');
  });

  it('says when the cap per rule left findings out, and when there are no problems', () => {
    const capped = demoReport(['--max-findings-per-rule', '1']);
    expect(lines(github(capped, AT_REPO_ROOT)).at(-1)).toContain(`${capped.summary.omitted} not listed (--max-findings-per-rule)`);
    const clean = github(reportWith([]), AT_REPO_ROOT);
    expect(clean).toBe(`odlint: no problems in ${demoReport().summary.files} files in ${demoReport().summary.datasets} datasets, checked against national-open-data 1.2.0.\n`);
  });
});
