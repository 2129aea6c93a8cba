// Custom standards (--standard) that cannot be loaded: exit 2, nothing on stdout, a message on stderr that names the
// file, the line (and column) and what is wrong, never a stack trace. Each standard is written to a temp folder as
// standard.yaml (include: [r.yaml]) and r.yaml.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, makeTempDir, NOW, odlint, type RunResult, tail, writeTree } from './helpers.js';
import { checkRegistry } from '../../src/checks/index.js';

afterAll(cleanupTempDirs);

const STANDARD_YAML = 'id: custom\nversion: 1.0.0\ntitle: Custom standard\ninclude:\n  - r.yaml\n';

/** A valid rule file configuring one rule; `lines` are spliced in after line 5 (`    severity: ...`). */
function ruleFile(opts: { check?: string; severity?: string; extra?: string[] } = {}): string {
  return [
    'rules:', // 1
    '  format/delimiter:', // 2
    `    check: ${opts.check ?? 'delimiter'}`, // 3
    '    category: format', // 4
    `    severity: ${opts.severity ?? 'error'}`, // 5
    ...(opts.extra ?? []), // 6…
    '    description: Cells are separated by commas.',
    '    source:',
    '      title: RFC 4180',
    '      url: https://www.rfc-editor.org/rfc/rfc4180',
    '',
  ].join('\n');
}

function writeStandard(files: Record<string, string>): { dir: string; ruleFile: string } {
  const dir = makeTempDir('odlint-std-');
  writeTree(dir, files);
  return { dir, ruleFile: path.join(dir, 'r.yaml') };
}

/** Runs `lint` and `rules` with the standard: both must fail the same way. */
function withStandard(dir: string): RunResult {
  const lint = odlint(['lint', 'fixtures/municipal-register', '--now', NOW, '--standard', dir]);
  const rules = odlint(['rules', '--standard', dir]);
  expect(rules.code).toBe(lint.code);
  expect(rules.stderr).toBe(lint.stderr);
  return lint;
}

function expectStandardError(r: RunResult): void {
  expectNoCrash(r);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^odlint: /);
}

describe('custom standards', () => {
  it('a valid one-rule standard loads (the base the other cases break)', () => {
    const { dir } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile() });
    const r = odlint(['lint', 'fixtures/municipal-register', '--now', NOW, '--standard', dir]);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No problems: .* custom 1\.0\.0\./);
    const rules = odlint(['rules', '--standard', dir]);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^Custom standard \(custom 1\.0\.0\), 1 rules? from /);
    expect(rules.stdout).toMatch(/^format\/delimiter +format +error +custom +Cells are separated by commas\.$/m);
  });

  it('the root file can be given instead of the folder', () => {
    const { dir } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile() });
    const r = odlint(['rules', '--standard', path.join(dir, 'standard.yaml')]);
    expect(r.code).toBe(0);
  });

  it('a rule with an unknown property: names the file, line, column and the property', () => {
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile({ extra: ['    colour: red'] }) });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${tail(rf)}:6:5:`);
    expect(r.stderr).toContain("unknown property 'colour'");
  });

  it('the message names the rule as written (format/delimiter), not as an escaped JSON pointer (format~1delimiter)', () => {
    const { dir } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile({ extra: ['    colour: red'] }) });
    const r = withStandard(dir);
    expect(r.stderr).not.toContain('~1');
    expect(r.stderr).toContain('format/delimiter');
  });

  it.each([['3'], ['fatal'], ['Error'], ['[error]']])('severity: %s is rejected, naming the line and the allowed values', (severity) => {
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile({ severity }) });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${tail(rf)}:5:15:`);
    expect(r.stderr).toContain('severity');
    expect(r.stderr).toMatch(/'error', 'warning', 'info', 'off'/);
  });

  it('a missing required property (source)', () => {
    const text = ruleFile().replace('    source:\n      title: RFC 4180\n      url: https://www.rfc-editor.org/rfc/rfc4180\n', '');
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': text });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(tail(rf));
    expect(r.stderr).toMatch(/r\.yaml:[23]:\d+: /); // the rule's key (line 2) or the start of its body (line 3)
    expect(r.stderr).toContain("'source'");
  });

  it('a rule without a description says what its check says', () => {
    const text = ruleFile().replace('    description: Cells are separated by commas.\n', '');
    const { dir } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': text });
    const r = odlint(['rules', '--standard', dir, '--format', 'json', '--no-config']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as { rules?: Array<{ id: string; description: string }> } | Array<{ id: string; description: string }>;
    const list = Array.isArray(rules) ? rules : rules.rules!;
    expect(list.find((x) => x.id === 'format/delimiter')!.description).toBe(checkRegistry().get('delimiter')!.description);
  });

  it('an unknown check: names the line of `check:` and lists the known checks', () => {
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile({ check: 'no-such-check' }) });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${tail(rf)}:3:12:`);
    expect(r.stderr).toContain("unknown check 'no-such-check'");
    expect(r.stderr).toMatch(/Known checks: .*\bdelimiter\b.*\btype\b/);
  });

  it('`with` options of the wrong type for the check', () => {
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile({ extra: ['    with:', '      expected: 5'] }) });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${tail(rf)}:7:17:`);
    expect(r.stderr).toContain('expected');
    expect(r.stderr).toMatch(/must be of type string/);
  });

  it('`with` options the check does not have', () => {
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile({ extra: ['    with:', '      bogusOption: true'] }) });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${tail(rf)}:7:7:`);
    expect(r.stderr).toContain("unknown property 'bogusOption'");
  });

  it('`with` options out of range (encoding maxReported: 0)', () => {
    const text = ruleFile({ check: 'encoding', extra: ['    with:', '      maxReported: 0'] }).replace('format/delimiter', 'format/encoding');
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': text });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${tail(rf)}:7:`);
    expect(r.stderr).toContain('maxReported');
  });

  it('invalid YAML syntax: names the file and the line', () => {
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile({ severity: '[error' }) });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toMatch(new RegExp(`${tail(rf).replace('.', '\\.')}:\\d+:\\d+: `));
    expect(r.stderr).toMatch(/not valid YAML/);
  });

  it('invalid YAML in standard.yaml itself', () => {
    const { dir } = writeStandard({ 'standard.yaml': 'id: custom\nversion: 1.0.0\ntitle: "unclosed\ninclude: [r.yaml]\n', 'r.yaml': ruleFile() });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toMatch(/standard\.yaml:\d+(:\d+)?: /);
    expect(r.stderr).toMatch(/not valid YAML/);
  });

  it('an unknown property in standard.yaml', () => {
    const { dir } = writeStandard({ 'standard.yaml': `${STANDARD_YAML}colour: red\n`, 'r.yaml': ruleFile() });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${path.basename(dir)}/standard.yaml:6:1:`);
    expect(r.stderr).toContain("unknown property 'colour'");
  });

  it('a rule id whose prefix is not its category', () => {
    const text = ruleFile().replace('    category: format', '    category: licence');
    const { dir, ruleFile: rf } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': text });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${tail(rf)}:2:`);
    expect(r.stderr).toContain("must start with 'licence/'");
  });

  it('the same rule id in two included files', () => {
    const { dir } = writeStandard({
      'standard.yaml': 'id: custom\nversion: 1.0.0\ntitle: Custom standard\ninclude:\n  - r.yaml\n  - r2.yaml\n',
      'r.yaml': ruleFile(),
      'r2.yaml': ruleFile(),
    });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain('r2.yaml:2:');
    expect(r.stderr).toContain("'format/delimiter' is already defined");
  });

  it('an included rule file that does not exist: names the include line', () => {
    const { dir } = writeStandard({ 'standard.yaml': `${STANDARD_YAML}  - missing.yaml\n`, 'r.yaml': ruleFile() });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(`${path.basename(dir)}/standard.yaml:6:`);
    expect(r.stderr).toContain("'missing.yaml' does not exist");
  });

  it('a standard folder with no standard.yaml', () => {
    const { dir } = writeStandard({ 'r.yaml': ruleFile() });
    const r = withStandard(dir);
    expectStandardError(r);
    expect(r.stderr).toContain(path.basename(dir));
    expect(r.stderr).toMatch(/has no standard\.yaml/);
  });

  it('a --standard path that does not exist', () => {
    const r = withStandard('no-such-standard-folder');
    expectStandardError(r);
    expect(r.stderr).toContain('--standard no-such-standard-folder: no such file or folder');
  });

  it('a standard error wins over the data: nothing is linted, even with --output', () => {
    const { dir } = writeStandard({ 'standard.yaml': STANDARD_YAML, 'r.yaml': ruleFile({ severity: 'fatal' }) });
    const out = path.join(dir, 'report.json');
    const r = odlint(['lint', 'fixtures', '--now', NOW, '--standard', dir, '--output', out]);
    expectStandardError(r);
    expect(existsSync(out)).toBe(false);
    expect(odlint(['lint', 'fixtures', '--now', NOW, '--standard', dir, '--format', 'json']).stdout).toBe('');
  });
});
