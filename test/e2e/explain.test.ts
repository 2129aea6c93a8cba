// `odlint explain <ruleId>`: one rule's documentation in text, Markdown and JSON; unknown ids and check ids are usage
// errors (exit 2) that say what was meant; --standard explains a rule as another standard defines it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RuleDoc } from '../../src/docs/rule-doc.js';
import { cleanupTempDirs, expectNoCrash, makeTempDir, odlint, REPO_ROOT, type RunResult, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

/** An OdlintError: exit 2, nothing on stdout, the message (and its hint) on stderr, no stack trace. */
function expectOdlintError(r: RunResult, mentions: RegExp): void {
  expectNoCrash(r);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^odlint: /);
  expect(r.stderr).toMatch(mentions);
}

/** The line of `key:` in a YAML file, 1-based. */
function lineOf(file: string, key: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;
}

describe('odlint explain <ruleId>', () => {
  it('explains a rule as plain text by default', () => {
    const r = odlint(['explain', 'format/delimiter', '--no-config']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const line = lineOf(path.join(REPO_ROOT, 'rules', 'format', 'csv.yaml'), 'format/delimiter');
    expect(r.stdout).toMatch(/^format\/delimiter\n {2}Cells are separated by commas\.\n/);
    for (const expected of [
      '  category  format\n',
      '  severity  error\n',
      '  check     delimiter\n',
      'Sources\n  - RFC 4180, section 2 (fields separated by commas)\n    https://www.rfc-editor.org/rfc/rfc4180\n',
      '  expected = ","  (string; default ",")\n',
      'Fails: a dataset like this is reported\n  | A file "code;name;amount" with no dialect in its metadata.\n',
      'Passes: a dataset like this passes\n',
      `  by the standard national-open-data in rules/format/csv.yaml:${line}\n`,
      'Turn it off or change its severity in .odlintrc.yaml:\n  rules:\n    format/delimiter: off\n',
    ]) expect(r.stdout).toContain(expected);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints, as Markdown, exactly the committed docs page', () => {
    for (const id of ['format/bom', 'licence/open', 'freshness/overdue']) {
      const r = odlint(['explain', id, '--format', 'markdown', '--no-config']);
      expectNoCrash(r);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8'));
    }
  });

  it('prints the same content as a JSON object', () => {
    const r = odlint(['explain', 'licence/open', '-f', 'json', '--no-config']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as RuleDoc;
    expect(doc).toMatchObject({
      id: 'licence/open',
      category: 'licence',
      severity: 'error',
      standard: { id: 'national-open-data' },
      check: { id: 'licence-open' },
      rationaleFrom: 'rule',
      definedIn: { standard: 'national-open-data', file: 'rules/licence.yaml', line: lineOf(path.join(REPO_ROOT, 'rules', 'licence.yaml'), 'licence/open') },
      changes: [],
      configure: { file: '.odlintrc.yaml', off: 'rules:\n  licence/open: off\n' },
    });
    expect(doc.sources.length).toBeGreaterThan(0);
    expect(doc.examples.failing).toContain('CC-BY-NC-4.0');
    expect(doc.options.find((o) => o.name === 'allowGeneric')).toEqual({
      name: 'allowGeneric', type: 'boolean', description: expect.any(String) as unknown, default: false, value: false,
    });
    // Deterministic: the same bytes on a second run.
    expect(odlint(['explain', 'licence/open', '-f', 'json', '--no-config']).stdout).toBe(r.stdout);
  });

  it('refuses an unknown rule id with a suggestion and no stack trace', () => {
    const r = odlint(['explain', 'format/bmo']);
    expectOdlintError(r, /'format\/bmo' is not a rule of national-open-data 1\.2\.0: did you mean 'format\/bom'\?/);
    expect(r.stderr).toContain('Run odlint rules');
  });

  it('suggests the full id for a rule name given without its category', () => {
    expectOdlintError(odlint(['explain', 'header-paded']), /did you mean 'format\/header-padded'\?/);
  });

  it('says only that the id is unknown when nothing is close', () => {
    const r = odlint(['explain', 'nothing-like-it']);
    expectOdlintError(r, /'nothing-like-it' is not a rule of national-open-data 1\.2\.0\.\n/);
    expect(r.stderr).not.toContain('did you mean');
  });

  it('names the rules that configure a check given in place of a rule', () => {
    const r = odlint(['explain', 'pattern']);
    expectOdlintError(r, /'pattern' is a check, not a rule\. Rules of national-open-data 1\.2\.0 that configure it: 'format\/pattern'\./);
    expect(r.stderr).toContain('Run odlint explain format/pattern.');
  });

  it('rejects an unknown format as a usage error', () => {
    const r = odlint(['explain', 'format/bom', '--format', 'html']);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/'html'/);
  });

  it('needs a rule id', () => {
    const r = odlint(['explain']);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ruleId/);
  });

  it('is listed by odlint --help', () => {
    const r = odlint(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/explain \[options\] <ruleId>/);
  });
});

describe('odlint explain with a project config', () => {
  const CONFIG = 'rules:\n  format/delimiter:\n    severity: warning\n    with:\n      expected: ";"\n';

  it('shows the severity and options the config sets, and names the config as a change', () => {
    const dir = makeTempDir('odlint-explain-config-');
    writeTree(dir, { '.odlintrc.yaml': CONFIG });
    const doc = JSON.parse(odlint(['explain', 'format/delimiter', '-f', 'json'], { cwd: dir }).stdout) as RuleDoc;
    expect(doc.severity).toBe('warning');
    expect(doc.options.find((o) => o.name === 'expected')).toMatchObject({ default: ',', value: ';' });
    expect(doc.changes).toEqual([expect.objectContaining({ by: 'config', file: '.odlintrc.yaml', severity: 'warning', options: { expected: ';' } })]);
    const text = odlint(['explain', 'format/delimiter'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/then changed, in this order:\n {4}- by the project config in \.odlintrc\.yaml:\d+: severity warning; options \{"expected":";"\}\n/);
  });

  it('ignores the config with --no-config and reads the one --config names', () => {
    const dir = makeTempDir('odlint-explain-config-');
    writeTree(dir, { '.odlintrc.yaml': CONFIG, 'other/strict.yaml': 'rules:\n  format/delimiter: info\n' });
    const none = JSON.parse(odlint(['explain', 'format/delimiter', '-f', 'json', '--no-config'], { cwd: dir }).stdout) as RuleDoc;
    expect(none).toMatchObject({ severity: 'error', changes: [] });
    const named = JSON.parse(odlint(['explain', 'format/delimiter', '-f', 'json', '--config', 'other/strict.yaml'], { cwd: dir }).stdout) as RuleDoc;
    expect(named.severity).toBe('info');
  });
});

describe('odlint explain --standard', () => {
  /** A copy of the bundled standard in a temp folder, with format/bom at warning and a second rule on `pattern`. */
  function editedStandard(): string {
    const dir = makeTempDir('odlint-explain-std-');
    cpSync(path.join(REPO_ROOT, 'rules'), dir, { recursive: true });
    const files = path.join(dir, 'format', 'files.yaml');
    const text = readFileSync(files, 'utf8');
    const bom = text.indexOf('  format/bom:');
    expect(bom).toBeGreaterThan(0);
    writeFileSync(files, text.slice(0, bom) + text.slice(bom).replace('severity: info', 'severity: warning'));
    const values = path.join(dir, 'format', 'values.yaml');
    writeFileSync(values, `${readFileSync(values, 'utf8').trimEnd()}\n${[
      '  format/code-pattern:',
      '    check: pattern',
      '    category: format',
      '    severity: warning',
      '    description: Codes match their pattern.',
      '    source:',
      '      title: Frictionless Table Schema, constraints',
      '      url: https://specs.frictionlessdata.io/table-schema/#constraints',
      '',
    ].join('\n')}`);
    return dir;
  }

  it('explains the rule as that standard defines it, from that file', () => {
    const dir = editedStandard();
    const r = odlint(['explain', 'format/bom', '--standard', dir, '--format', 'json', '--no-config']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as RuleDoc;
    expect(doc.severity).toBe('warning');
    expect(doc.definedIn.file.endsWith(`${path.basename(dir)}/format/files.yaml`)).toBe(true);
    expect(doc.definedIn.line).toBe(lineOf(path.join(dir, 'format', 'files.yaml'), 'format/bom'));
    // A rule already at warning is shown how to go down to info.
    expect(doc.configure.severity).toBe('rules:\n  format/bom:\n    severity: info\n');
  });

  it('names every rule of that standard that configures a check', () => {
    const dir = editedStandard();
    const r = odlint(['explain', 'pattern', '--standard', dir]);
    expectOdlintError(r, /Rules of national-open-data 1\.2\.0 that configure it: 'format\/code-pattern', 'format\/pattern'\./);
    expect(r.stderr).toContain(`Run odlint explain format/code-pattern.`);
  });

  it('points the hint at the same standard', () => {
    const dir = editedStandard();
    const r = odlint(['explain', 'format/code-patern', '--standard', dir]);
    expectOdlintError(r, /did you mean 'format\/code-pattern'\?/);
    expect(r.stderr).toContain(`Run odlint rules --standard ${dir} to list the rule ids`);
  });

  it('fails as a usage error when the standard is missing', () => {
    expectOdlintError(odlint(['explain', 'format/bom', '--standard', path.join(makeTempDir(), 'nowhere')]), /no such file or folder/);
  });
});
