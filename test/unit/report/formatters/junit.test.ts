// The JUnit format, read back with a strict XML parser and checked against what GitLab and Jenkins rely on.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import junit, { xmlAttribute, xmlText } from '../../../../src/report/formatters/junit.js';
import type { LintReport } from '../../../../src/model/report.js';
import { AT_REPO_ROOT, demoReport, finding, reportWith } from '../../../helpers/format-reports.js';

/** Characters XML 1.0 does not allow anywhere in a document. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function parse(xml: string): Element {
  const doc = new DOMParser({
    // Warnings are not well-formedness errors: xmldom warns about U+FFFD, which the demo's encoding finding quotes.
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  return doc.documentElement!;
}

function children(el: Element, name: string): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === name);
}

function int(el: Element, attribute: string): number {
  const v = el.getAttribute(attribute);
  expect(v, `${el.tagName} has ${attribute}`).toMatch(/^\d+$/);
  return Number(v);
}

function render(report: LintReport): { xml: string; root: Element } {
  const xml = junit(report, AT_REPO_ROOT);
  return { xml, root: parse(xml) };
}

/** The GitLab and Jenkins rules every report must keep: counts add up, names are unique in a suite. */
function expectConsistent(root: Element): void {
  expect(root.tagName).toBe('testsuites');
  let tests = 0;
  let failures = 0;
  for (const suite of children(root, 'testsuite')) {
    const cases = children(suite, 'testcase');
    const names = cases.map((c) => c.getAttribute('name'));
    expect(new Set(names).size, `test case names in ${suite.getAttribute('name')} are unique`).toBe(names.length);
    expect(int(suite, 'tests')).toBe(cases.length);
    expect(int(suite, 'failures')).toBe(cases.filter((c) => children(c, 'failure').length > 0).length);
    expect(int(suite, 'errors')).toBe(0);
    expect(int(suite, 'skipped')).toBe(0);
    for (const c of cases) expect(c.getAttribute('classname')).toBe(suite.getAttribute('name'));
    tests += cases.length;
    failures += int(suite, 'failures');
  }
  expect(int(root, 'tests')).toBe(tests);
  expect(int(root, 'failures')).toBe(failures);
  expect(int(root, 'errors')).toBe(0);
}

describe('junit formatter on the demo report', () => {
  const report = demoReport();
  const { xml, root } = render(report);
  const suites = children(root, 'testsuite');
  const suite = (file: string) => suites.find((s) => s.getAttribute('name') === file)!;
  const testCase = (file: string, rule: string) => children(suite(file), 'testcase').find((c) => c.getAttribute('name') === rule)!;

  it('is well-formed XML whose counts add up and whose case names are unique per suite', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expectConsistent(root);
  });

  it('has a suite for every data and metadata file, clean ones too, sorted by path', () => {
    const expected = new Set<string>();
    for (const d of report.datasets!) {
      if (d.metadataFile) expected.add(d.metadataFile);
      for (const f of d.files) expected.add(f);
    }
    for (const f of report.findings) expected.add(f.file);
    const names = suites.map((s) => s.getAttribute('name')!);
    expect(names).toEqual([...expected].sort());
    // A clean file (no finding) is there, every case passing.
    const clean = names.find((n) => !report.findings.some((f) => f.file === n))!;
    expect(int(suite(clean), 'failures')).toBe(0);
  });

  it('has a case for every active rule that applies to the file (or found something in it), and none for rules that are off', () => {
    const kindOf = new Map<string, string>();
    for (const d of report.datasets!) {
      for (const [file, format] of Object.entries(d.formats ?? {})) kindOf.set(file, format);
      if (d.metadataFile) kindOf.set(d.metadataFile, 'metadata');
    }
    for (const s of suites) {
      const file = s.getAttribute('name')!;
      const found = new Set(report.findings.filter((f) => f.file === file).map((f) => f.ruleId));
      const expected = report.rules!.filter((r) => r.severity !== 'off' && (r.appliesTo!.includes(kindOf.get(file)!) || found.has(r.id))).map((r) => r.id);
      expect(children(s, 'testcase').map((c) => c.getAttribute('name')), file).toEqual(expected);
    }
    // No JSON syntax case for a CSV file, no licence case for a data file (issue 14: 44 cases for every file before).
    const csv = suites.find((s) => s.getAttribute('name') === 'fixtures/health/clinic-visits.csv')!;
    const csvCases = children(csv, 'testcase').map((c) => c.getAttribute('name'));
    expect(csvCases).not.toContain('format/json-syntax');
    expect(csvCases).toContain('format/type');
    const metadata = suites.find((s) => s.getAttribute('name') === 'fixtures/health/datapackage.json')!;
    expect(children(metadata, 'testcase').map((c) => c.getAttribute('name'))).toContain('licence/declared');
    expect(children(metadata, 'testcase').map((c) => c.getAttribute('name'))).not.toContain('format/type');
    const off = demoReport();
    off.rules = off.rules!.map((r) => (r.id === 'format/bom' || r.id === 'format/enum' ? { ...r, severity: 'off' } : r));
    const offRoot = render(off).root;
    expectConsistent(offRoot);
    const names = children(children(offRoot, 'testsuite')[0]!, 'testcase').map((c) => c.getAttribute('name'));
    expect(names).not.toContain('format/bom');
    // format/enum has a finding in clinic-visits.csv (an override may turn a rule on for some files): still a case there.
    const visits = children(offRoot, 'testsuite').find((s) => s.getAttribute('name') === 'fixtures/health/clinic-visits.csv')!;
    expect(children(visits, 'testcase').map((c) => c.getAttribute('name'))).toContain('format/enum');
  });

  it('fails a case with its error findings, one line each, and counts them in the message', () => {
    const c = testCase('fixtures/education/learner-counts.csv', 'linking/foreign-key');
    const [failure] = children(c, 'failure');
    const errors = report.findings.filter((f) => f.file === 'fixtures/education/learner-counts.csv' && f.ruleId === 'linking/foreign-key');
    expect(failure!.getAttribute('message')).toBe(`${errors.length} errors`);
    expect(failure!.getAttribute('type')).toBe('linking/foreign-key');
    expect(failure!.textContent!.split('\n')).toEqual(errors.map((f) => `${f.line}:${f.column} ${f.message} ↳ ${f.hint}`));
  });

  it('lists warnings and infos in the system-out of a passing case', () => {
    const c = testCase('fixtures/health/clinic-visits.csv', 'format/blank-row');
    expect(children(c, 'failure')).toHaveLength(0);
    const blank = report.findings.find((f) => f.ruleId === 'format/blank-row')!;
    expect(children(c, 'system-out')[0]!.textContent).toBe(`${blank.line} warning ${blank.message} ↳ ${blank.hint}`);
    const bom = report.findings.find((f) => f.severity === 'info')!;
    expect(children(testCase(bom.file, bom.ruleId), 'system-out')[0]!.textContent).toContain(`info ${bom.message}`);
  });

  it('fails exactly the rule and file pairs that have error findings', () => {
    const failing = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.file} ${f.ruleId}`));
    expect(int(root, 'failures')).toBe(failing.size);
    for (const key of failing) {
      const [file, rule] = key.split(' ') as [string, string];
      expect(children(testCase(file, rule), 'failure'), key).toHaveLength(1);
    }
  });

  it('names the datasets of a file as suite properties', () => {
    const shared = suite('fixtures/municipal-register/municipalities.csv');
    const values = children(children(shared, 'properties')[0]!, 'property').map((p) => [p.getAttribute('name'), p.getAttribute('value')]);
    expect(values).toEqual([['dataset', 'municipal-demarcation-register'], ['dataset', 'treasury-municipal-finance']]);
  });

  it('is the same bytes for the same report', () => {
    expect(junit(demoReport(), AT_REPO_ROOT)).toBe(xml);
  });
});

describe('junit with findings left out by the cap', () => {
  it('counts them in the failure message and says so in the text', () => {
    const capped = demoReport(['--max-findings-per-rule', '1']);
    const { root } = render(capped);
    expectConsistent(root);
    const o = capped.omitted.find((x) => x.severity === 'error')!;
    const s = children(root, 'testsuite').find((x) => x.getAttribute('name') === o.file)!;
    const failure = children(children(s, 'testcase').find((c) => c.getAttribute('name') === o.ruleId)!, 'failure')[0]!;
    expect(failure.getAttribute('message')).toBe(`${1 + o.count} errors, ${o.count} not listed (--max-findings-per-rule)`);
    expect(failure.textContent!.split('\n').at(-1)).toBe(`… ${o.count} more error ${o.count === 1 ? 'finding' : 'findings'} not listed (--max-findings-per-rule)`);
  });
});

describe('junit escaping', () => {
  const tricky = `A & B < C > D "quoted" 'single'\ttab\nnew line\r\nCRLF]]>`;
  const controls = 'bell\u0007 escape\u001B nul\u0000 lone\uD800 ffff\uFFFF';
  const file = `data/a&b "c" <d> 'e'.csv`;

  it('round-trips & < > " \' tab, LF and CR through a parser, in attributes and text', () => {
    const report = reportWith([finding({ file, message: tricky, hint: undefined }), finding({ file, severity: 'warning', ruleId: 'format/blank-row', message: tricky, hint: undefined })]);
    const { root } = render(report);
    expectConsistent(root);
    const s = children(root, 'testsuite').find((x) => x.getAttribute('name') === file)!;
    expect(s).toBeDefined();
    const failing = children(s, 'testcase').find((c) => c.getAttribute('name') === 'format/type')!;
    expect(failing.getAttribute('classname')).toBe(file);
    expect(children(failing, 'failure')[0]!.textContent).toBe(`5:5 ${tricky}`);
    const passing = children(s, 'testcase').find((c) => c.getAttribute('name') === 'format/blank-row')!;
    expect(children(passing, 'system-out')[0]!.textContent).toBe(`5:5 warning ${tricky}`);
  });

  it('replaces characters XML 1.0 forbids with a visible \\uXXXX', () => {
    const { xml, root } = render(reportWith([finding({ message: controls, hint: undefined, file: `bad\u0001name.csv` })]));
    expect(xml).not.toMatch(XML_FORBIDDEN);
    const s = children(root, 'testsuite').find((x) => x.getAttribute('name') === 'bad\\u0001name.csv')!;
    const failure = children(children(s, 'testcase').find((c) => c.getAttribute('name') === 'format/type')!, 'failure')[0]!;
    expect(failure.textContent).toBe('5:5 bell\\u0007 escape\\u001B nul\\u0000 lone\\uD800 ffff\\uFFFF');
  });

  it('keeps characters XML allows, including astral ones, as they are', () => {
    expect(xmlText('née 😀 \u00A0 tab\t')).toBe('née 😀 \u00A0 tab\t');
    expect(xmlAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(xmlAttribute(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
    expect(xmlText(`&<>"'\r`)).toBe(`&amp;&lt;&gt;"'&#13;`);
  });
});
