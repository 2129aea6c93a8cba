// Every kind of broken project config and extending standard: a precise message (file, line, the property at fault,
// what to do) and exit code 2, never a stack trace.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, makeTempDir, odlint, writeTree, type RunResult } from './helpers.js';

afterAll(cleanupTempDirs);

const DATA = { 'data/a.csv': 'id,name\n1,a\n' };

/** Lints `data` in a fresh folder holding the given files, and checks the run failed as a usage/config error. */
function lintIn(files: Record<string, string>, args: string[] = []): RunResult {
  const dir = makeTempDir('odlint-badcfg-');
  writeTree(dir, { ...DATA, ...files });
  const r = odlint(['lint', 'data', '--now', '2026-11-27', ...args], { cwd: dir });
  expectNoCrash(r);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^odlint: /);
  return r;
}

const DEPT = (body: string) => `id: dept\nversion: 1.0.0\ntitle: Dept\n${body}`;

describe('bad project configs', () => {
  const cases: [string, Record<string, string>, (string | RegExp)[], string[]?][] = [
    ['YAML that does not parse', { '.odlintrc.yaml': 'rules:\n  format/bom: [off\n' }, [/\.odlintrc\.yaml:\d+:\d+: the config file is not valid YAML/]],
    ['JSON that does not parse', { '.odlintrc.json': '{ "rules": { "format/bom": "off", } }' }, [/\.odlintrc\.json:1:\d+: the config file is not valid JSON/]],
    ['an unknown property', { '.odlintrc.yaml': 'standard: national-open-data\nrule:\n  format/bom: off\n' }, ['.odlintrc.yaml:2:1:', "unknown property 'rule'", 'allowed: standard, rules, overrides']],
    ['a property of the wrong type', { '.odlintrc.yaml': 'ignorePatterns: drafts\n' }, ['.odlintrc.yaml:1:17:', "property 'ignorePatterns'", 'must be of type array']],
    ['a severity that does not exist', { '.odlintrc.yaml': 'rules:\n  format/bom: fatal\n' }, ['.odlintrc.yaml:2:15:', "rule 'format/bom'", "'error', 'warning', 'info', 'off'"]],
    ['a rule the standard does not have', { '.odlintrc.yaml': 'rules:\n  format/header-paded: off\n' }, ['.odlintrc.yaml:2:3:', "'format/header-paded' is not a rule of the standard national-open-data", "did you mean 'format/header-padded'"]],
    ['an option the check does not take', { '.odlintrc.yaml': 'rules:\n  format/line-endings:\n    with: { allow: [LF] }\n' }, ['.odlintrc.yaml:3:13:', "unknown property 'allow'", 'allowed: allowed']],
    ['an option value of the wrong kind', { '.odlintrc.yaml': 'rules:\n  format/line-endings:\n    with: { allowed: [LF, MAC] }\n' }, ['.odlintrc.yaml:3:', 'must be one of']],
    ['an override without files', { '.odlintrc.yaml': 'overrides:\n  - rules: { format/bom: off }\n' }, ['.odlintrc.yaml:2:', "missing the required property 'files'"]],
    ['an override naming an unknown rule', { '.odlintrc.yaml': 'overrides:\n  - files: ["**"]\n    rules: { format/bogus: off }\n' }, ['.odlintrc.yaml:3:14:', "'format/bogus' is not a rule"]],
    ['a date that does not exist', { '.odlintrc.yaml': 'now: "2026-02-30"\n' }, ['.odlintrc.yaml:1:6:', "'now' is not a real date"]],
    ['a standard that does not exist', { '.odlintrc.yaml': 'standard: ./standards/missing\n' }, ['.odlintrc.yaml:1:11: standard ./standards/missing: no such file or folder']],
    ['an npm standard that is not installed', { '.odlintrc.yaml': 'standard: "@za-gov/standard"\n' }, ['.odlintrc.yaml:1:11: standard @za-gov/standard: no such file or folder, bundled standard or installed npm package', 'npm install @za-gov/standard']],
    ['an unknown output format', { '.odlintrc.yaml': 'format: xml\n' }, ['.odlintrc.yaml: format xml: unknown format', 'stylish']],
    ['a negated ignore pattern', { '.odlintrc.yaml': 'ignorePatterns: ["!keep.csv"]\n' }, ["ignorePatterns in .odlintrc.yaml:1:18: the pattern '!keep.csv' is negated"]],
    ['a package.json#odlint that is not an object', { 'package.json': '{ "name": "x", "odlint": ["format/bom"] }' }, ['package.json:1:', 'must be of type object']],
    ['a JavaScript config that throws', { 'odlint.config.mjs': 'throw new Error("no network here");\n' }, ['odlint.config.mjs: the config file cannot be loaded: no network here']],
    ['--config naming a missing file', {}, ['--config nowhere.yaml: no such file', 'odlint init'], ['--config', 'nowhere.yaml']],
    ['--config naming a package.json without odlint', { 'package.json': '{ "name": "x" }' }, ["--config package.json: this package.json has no 'odlint' key"], ['--config', 'package.json']],
  ];
  for (const [name, files, expected, args] of cases) {
    it(name, () => {
      const r = lintIn(files, args);
      for (const e of expected) {
        if (typeof e === 'string') expect(r.stderr).toContain(e);
        else expect(r.stderr).toMatch(e);
      }
    });
  }
});

describe('bad extending standards', () => {
  const cases: [string, Record<string, string>, (string | RegExp)[]][] = [
    ['extends that form a cycle', {
      'a/standard.yaml': DEPT('extends: ../b\n'),
      'b/standard.yaml': 'id: b\nversion: 1.0.0\ntitle: B\nextends: ../a/standard.yaml\n',
    }, ['b/standard.yaml:4:10: extends ../a/standard.yaml: the standards extend each other in a cycle: a/standard.yaml → b/standard.yaml → a/standard.yaml']],
    ['a standard that extends itself', { 'a/standard.yaml': DEPT('extends: ./standard.yaml\n') }, ['a/standard.yaml:4:10:', 'cycle: a/standard.yaml → a/standard.yaml']],
    ['extends naming nothing', { 'a/standard.yaml': DEPT('extends: ../national\n') }, ['a/standard.yaml:4:10: extends ../national: no such file or folder']],
    ['a standard with no rules at all', { 'a/standard.yaml': DEPT('') }, ["a/standard.yaml: the standard has no rules: it needs 'include' (rule files), 'rules', or 'extends'"]],
    ['a new rule without its check', { 'a/standard.yaml': DEPT('extends: national-open-data\nrules:\n  format/department-code:\n    severity: error\n') }, ['a/standard.yaml:6:3:', "rule 'format/department-code' is missing the required property 'check'", 'not a rule of the standard this one extends']],
    ['a change that gives an inherited rule another check', { 'a/standard.yaml': DEPT('extends: national-open-data\nrules:\n  format/bom:\n    check: delimiter\n') }, ['a/standard.yaml:7:12:', "rule 'format/bom' is defined in ", 'rules/format/files.yaml:', 'cannot give it another check']],
    ['a change with an option the check does not take', { 'a/standard.yaml': DEPT('extends: national-open-data\nrules:\n  format/delimiter:\n    with: { expect: ";" }\n') }, ['a/standard.yaml:7:13:', "unknown property 'expect'", 'allowed: expected, allowDeclared']],
    ['a severity shorthand that does not exist', { 'a/standard.yaml': DEPT('extends: national-open-data\nrules:\n  format/bom: disabled\n') }, ['a/standard.yaml:6:15:', "must be one of 'error', 'warning', 'info', 'off'"]],
    ['a vocabulary file that is missing', { 'a/standard.yaml': DEPT('extends: national-open-data\nvocabularies:\n  licences: extra.json\n') }, ["a/standard.yaml:6:13: the vocabulary 'licences' names a file that does not exist: 'extra.json'"]],
    ['a licence entry that breaks the vocabulary', {
      'a/standard.yaml': DEPT('extends: national-open-data\nvocabularies:\n  licences: extra.json\n'),
      'a/extra.json': JSON.stringify({ licences: { 'ZA-X': { title: 'X', open: 'yes' } } }),
    }, ["The licence vocabulary 'licences' is malformed", 'ZA-X']],
    ['an npm package whose odlintStandard is not a path', {
      'a/standard.yaml': DEPT('extends: bad-standard\n'),
      'node_modules/bad-standard/package.json': JSON.stringify({ name: 'bad-standard', odlintStandard: 42 }),
    }, ["a/standard.yaml:4:10: extends bad-standard: the package's package.json has an 'odlintStandard' that is not a path"]],
  ];
  for (const [name, files, expected] of cases) {
    it(name, () => {
      const r = lintIn(files, ['--no-config', '--standard', 'a']);
      for (const e of expected) {
        if (typeof e === 'string') expect(r.stderr).toContain(e);
        else expect(r.stderr).toMatch(e);
      }
    });
  }
});
