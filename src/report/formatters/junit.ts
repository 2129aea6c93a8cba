// JUnit XML for CI test reports (GitLab, Jenkins): a test suite per file, a test case per active rule that applies to
// the file (its check reads the file's format, or checks metadata for a metadata file) and per rule that found
// something in it.
//
// Only error findings fail a case: errors are what fail the lint (the exit code), so the red count matches the job.
// Warnings and infos are listed in the case's <system-out> and the case passes. Rules that are off are not cases,
// unless an override turned one on for a file that has findings of it.
import type { Finding, OmittedFindings, Severity } from '../../model/finding.js';
import type { Formatter, LintReport } from '../../model/report.js';
import { position } from './locations.js';
import { plural } from '../../util/plural.js';
import { compareText } from '../../util/compare-text.js';

/**
 * Characters XML 1.0 forbids even as references: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and unpaired
 * surrogates. They become a visible \uXXXX, the way odlint's messages show invisible characters.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visible(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;' };

/** Element content: CR as a reference, because parsers turn a literal CR into LF. */
export function xmlText(s: string): string {
  return s.replace(XML_FORBIDDEN, visible).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Attribute values: tab, LF and CR as references too, because parsers normalise literal ones to spaces. */
export function xmlAttribute(s: string): string {
  return s.replace(XML_FORBIDDEN, visible).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

function attributes(attrs: Record<string, string | number>): string {
  return Object.entries(attrs).map(([k, v]) => ` ${k}="${xmlAttribute(String(v))}"`).join('');
}

interface RuleInFile {
  findings: Finding[];
  omitted: OmittedFindings[];
}

interface Case {
  name: string;
  failure?: { message: string; lines: string[] };
  out: string[];
}

function findingLine(f: Finding, withSeverity: boolean): string {
  const text = f.hint === undefined ? f.message : `${f.message} ↳ ${f.hint}`;
  return `${position(f)} ${withSeverity ? `${f.severity} ` : ''}${text}`;
}

function notListedLine(count: number, severity: Severity): string {
  return `… ${count} more ${severity} ${count === 1 ? 'finding' : 'findings'} not listed (--max-findings-per-rule)`;
}

function testCase(name: string, found: RuleInFile | undefined): Case {
  const findings = found?.findings ?? [];
  const omitted = found?.omitted ?? [];
  const errors = findings.filter((f) => f.severity === 'error');
  const errorsLeftOut = omitted.filter((o) => o.severity === 'error').reduce((n, o) => n + o.count, 0);
  const c: Case = { name, out: [] };
  if (errors.length + errorsLeftOut > 0) {
    const total = errors.length + errorsLeftOut;
    const message = errorsLeftOut > 0 ? `${plural(total, 'error')}, ${errorsLeftOut} not listed (--max-findings-per-rule)` : plural(total, 'error');
    const lines = errors.map((f) => findingLine(f, false));
    if (errorsLeftOut > 0) lines.push(notListedLine(errorsLeftOut, 'error'));
    c.failure = { message, lines };
  }
  for (const f of findings) if (f.severity !== 'error') c.out.push(findingLine(f, true));
  for (const o of omitted) if (o.severity !== 'error') c.out.push(notListedLine(o.count, o.severity));
  return c;
}

/** Every file the report knows: the datasets' metadata and data files, and any file only findings name. */
function reportFiles(report: LintReport): Map<string, string[]> {
  const datasetsOf = new Map<string, string[]>();
  const add = (file: string, dataset?: string): void => {
    const list = datasetsOf.get(file) ?? [];
    if (dataset !== undefined && !list.includes(dataset)) list.push(dataset);
    datasetsOf.set(file, list);
  };
  for (const d of report.datasets ?? []) {
    if (d.metadataFile !== undefined) add(d.metadataFile, d.name);
    for (const f of d.files) add(f, d.name);
  }
  for (const f of report.findings) add(f.file);
  for (const o of report.omitted) add(o.file);
  return new Map([...datasetsOf].sort(([a], [b]) => compareText(a, b)));
}

/** What each file is: a dataset's metadata, or data of a format; undefined when the report does not say. */
function fileKinds(report: LintReport): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const d of report.datasets ?? []) {
    for (const [file, format] of Object.entries(d.formats ?? {})) kinds.set(file, format);
    if (d.metadataFile !== undefined) kinds.set(d.metadataFile, 'metadata');
  }
  return kinds;
}

const junit: Formatter = (report) => {
  const activeRules = (report.rules ?? []).filter((r) => r.severity !== 'off');
  const kinds = fileKinds(report);
  // The rules that apply to a kind of file (all of them when the report does not say what a rule or file is).
  const activeFor = (file: string): string[] => {
    const kind = kinds.get(file);
    return activeRules.filter((r) => kind === undefined || r.appliesTo === undefined || r.appliesTo.includes(kind)).map((r) => r.id);
  };
  const byFileAndRule = new Map<string, Map<string, RuleInFile>>();
  const entry = (file: string, ruleId: string): RuleInFile => {
    let rules = byFileAndRule.get(file);
    if (!rules) byFileAndRule.set(file, (rules = new Map()));
    let e = rules.get(ruleId);
    if (!e) rules.set(ruleId, (e = { findings: [], omitted: [] }));
    return e;
  };
  for (const f of report.findings) entry(f.file, f.ruleId).findings.push(f);
  for (const o of report.omitted) entry(o.file, o.ruleId).omitted.push(o);

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, datasets] of reportFiles(report)) {
    const found = byFileAndRule.get(file);
    const names = [...new Set([...activeFor(file), ...(found?.keys() ?? [])])].sort();
    const cases = names.map((name) => testCase(name, found?.get(name)));
    const failed = cases.filter((c) => c.failure).length;
    tests += cases.length;
    failures += failed;
    const lines = [`  <testsuite${attributes({ name: file, tests: cases.length, failures: failed, errors: 0, skipped: 0 })}>`];
    if (datasets.length > 0) {
      lines.push('    <properties>');
      for (const d of datasets) lines.push(`      <property${attributes({ name: 'dataset', value: d })}/>`);
      lines.push('    </properties>');
    }
    for (const c of cases) {
      const open = `    <testcase${attributes({ classname: file, name: c.name })}`;
      if (!c.failure && c.out.length === 0) {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      if (c.failure) lines.push(`      <failure${attributes({ message: c.failure.message, type: c.name })}>${xmlText(c.failure.lines.join('\n'))}</failure>`);
      if (c.out.length > 0) lines.push(`      <system-out>${xmlText(c.out.join('\n'))}</system-out>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
    for (const l of lines) suites.push(l); // no spread: a file can have millions of lines
  }
  const name = `odlint: ${report.standard.id} ${report.standard.version}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name, tests, failures, errors: 0, skipped: 0 })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
export default junit;
