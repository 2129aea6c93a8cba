// Finding and reading a project config: every file name, the upward search that stops at the repository root, the
// nearest config winning, empty files, schema errors with file:line:column, and JavaScript configs that throw.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAMES, CONFIG_MODULE } from '../../../src/config/files.js';
import { findConfig, loadConfigFile } from '../../../src/config/load-config.js';
import { displayPath, repositoryRoot } from '../../../src/util/paths.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';
import { errorOfAsync } from '../../helpers/odlint-error.js';

afterEach(cleanupTempDirs);

/** A repository: a temp folder with a .git folder, so no search leaves it. */
function repo(files: Record<string, string> = {}): string {
  const dir = makeTempDir();
  fs.mkdirSync(path.join(dir, '.git'));
  writeFiles(dir, files);
  return dir;
}

const shown = (dir: string, rel: string) => displayPath(path.join(dir, rel));

/** The same config written in each format cosmiconfig is asked to read. */
const CONFIG = { standard: 'national-open-data', rules: { 'format/bom': 'off' }, now: '2026-11-27' };
const YAML_CONFIG = 'standard: national-open-data\nrules:\n  format/bom: off\nnow: "2026-11-27"\n';
const BY_NAME: Record<(typeof CONFIG_FILE_NAMES)[number], string> = {
  'package.json': JSON.stringify({ name: 'p', version: '1.0.0', [CONFIG_MODULE]: CONFIG }, null, 2),
  '.odlintrc': YAML_CONFIG,
  '.odlintrc.json': JSON.stringify(CONFIG, null, 2),
  '.odlintrc.yaml': YAML_CONFIG,
  '.odlintrc.yml': YAML_CONFIG,
  'odlint.config.js': `module.exports = ${JSON.stringify(CONFIG)};\n`,
  'odlint.config.mjs': `export default ${JSON.stringify(CONFIG)};\n`,
  'odlint.config.cjs': `module.exports = ${JSON.stringify(CONFIG)};\n`,
};

describe('the config file names', () => {
  it('are searched in this order', () => {
    expect(CONFIG_MODULE).toBe('odlint');
    expect([...CONFIG_FILE_NAMES]).toEqual(['package.json', '.odlintrc', '.odlintrc.json', '.odlintrc.yaml', '.odlintrc.yml', 'odlint.config.js', 'odlint.config.mjs', 'odlint.config.cjs']);
  });

  for (const name of CONFIG_FILE_NAMES) {
    it(`finds and reads ${name}`, async () => {
      const dir = repo({ [name]: BY_NAME[name] });
      const found = await findConfig(dir);
      expect(found).toBeDefined();
      expect(found!.file).toBe(path.join(dir, name));
      expect(found!.dir).toBe(dir);
      expect(found!.config).toEqual(CONFIG);
      expect(found!.base).toBe(name === 'package.json' ? '/odlint' : '');
      const loaded = await loadConfigFile(name, dir);
      expect(loaded.config).toEqual(CONFIG);
      expect(loaded.file).toBe(path.join(dir, name));
    });
  }

  it('reads .odlintrc as YAML, and JSON in it too (JSON is YAML)', async () => {
    const dir = repo({ '.odlintrc': '{"rules": {"format/bom": "warning"}}' });
    expect((await findConfig(dir))!.config).toEqual({ rules: { 'format/bom': 'warning' } });
  });

  it('keeps positions for YAML and JSON configs, none for JavaScript ones', async () => {
    const yaml = await loadConfigFile('.odlintrc.yaml', repo({ '.odlintrc.yaml': YAML_CONFIG }));
    expect(yaml.doc.locate('/rules/format~1bom')).toEqual({ line: 3, column: 15 });
    const pkg = await loadConfigFile('package.json', repo({ 'package.json': BY_NAME['package.json'] }));
    expect(pkg.doc.locateKey('/odlint/now')).toEqual({ line: 9, column: 5 });
    const js = await loadConfigFile('odlint.config.cjs', repo({ 'odlint.config.cjs': BY_NAME['odlint.config.cjs'] }));
    expect(js.doc.value).toEqual(CONFIG);
    expect(js.doc.locate('/rules')).toBeUndefined();
  });

  it('takes the first name in order when a folder has several', async () => {
    const dir = repo({ '.odlintrc.yaml': 'now: "2026-01-01"\n', '.odlintrc.json': '{"now": "2026-02-02"}', 'odlint.config.cjs': 'module.exports = { now: "2026-03-03" };' });
    expect((await findConfig(dir))!.file).toBe(path.join(dir, '.odlintrc.json'));
  });

  it('passes over a package.json without an odlint key', async () => {
    const dir = repo({ 'package.json': '{"name": "x"}', '.odlintrc.yml': 'now: "2026-01-01"\n' });
    const found = await findConfig(dir);
    expect(found!.file).toBe(path.join(dir, '.odlintrc.yml'));
    expect(found!.base).toBe('');
  });
});

describe('findConfig: the upward search', () => {
  it('finds a config in a folder above the working directory, up to the repository root', async () => {
    const dir = repo({ '.odlintrc.yaml': YAML_CONFIG, 'data/2024/q1/.keep': '' });
    const found = await findConfig(path.join(dir, 'data/2024/q1'));
    expect(found!.file).toBe(path.join(dir, '.odlintrc.yaml'));
    expect(found!.dir).toBe(dir);
  });

  it('stops at the folder holding .git: a config above it is not found', async () => {
    const outer = makeTempDir();
    writeFiles(outer, { '.odlintrc.yaml': YAML_CONFIG, 'project/data/.keep': '' });
    fs.mkdirSync(path.join(outer, 'project/.git'));
    expect(repositoryRoot(path.join(outer, 'project/data'))).toBe(path.join(outer, 'project'));
    expect(await findConfig(path.join(outer, 'project/data'))).toBeUndefined();
    expect(await findConfig(path.join(outer, 'project'))).toBeUndefined();
    // Without the .git folder, the search goes on and finds it.
    fs.rmSync(path.join(outer, 'project/.git'), { recursive: true });
    expect((await findConfig(path.join(outer, 'project/data')))?.file).toBe(path.join(outer, '.odlintrc.yaml'));
  });

  it('a .git file (a worktree or submodule) marks the repository root too', async () => {
    const outer = makeTempDir();
    writeFiles(outer, { '.odlintrc.yaml': YAML_CONFIG, 'sub/.git': 'gitdir: ../.git/modules/sub\n', 'sub/data/.keep': '' });
    expect(await findConfig(path.join(outer, 'sub/data'))).toBeUndefined();
  });

  it('searches the repository root itself', async () => {
    const dir = repo({ 'package.json': BY_NAME['package.json'], 'a/.keep': '' });
    expect((await findConfig(path.join(dir, 'a')))!.file).toBe(path.join(dir, 'package.json'));
  });

  it('the nearest config wins', async () => {
    const dir = repo({ '.odlintrc.yaml': 'now: "2026-01-01"\n', 'team/odlint.config.cjs': 'module.exports = { now: "2026-06-06" };', 'team/data/.keep': '' });
    const found = await findConfig(path.join(dir, 'team/data'));
    expect(found!.file).toBe(path.join(dir, 'team/odlint.config.cjs'));
    expect(found!.config.now).toBe('2026-06-06');
    expect((await findConfig(dir))!.config.now).toBe('2026-01-01');
  });

  it('returns undefined when the repository has no config', async () => {
    const dir = repo({ 'a/b/.keep': '', 'a/package.json': '{"name": "a"}' });
    expect(await findConfig(path.join(dir, 'a/b'))).toBeUndefined();
  });

  // cosmiconfig would pass over an empty or all-commented file and use a config further up: the nearest config wins
  // even when it is empty (a regression test).
  it('an empty .odlintrc.yaml is found as an empty config, and wins over one further up', async () => {
    const dir = repo({ '.odlintrc.yaml': 'rules:\n  format/bom: off\n', 'sub/.odlintrc.yaml': '' });
    const found = await findConfig(path.join(dir, 'sub'));
    expect(found?.file).toBe(path.join(dir, 'sub/.odlintrc.yaml'));
    expect(found?.config).toEqual({});
  });

  it('a .odlintrc.yaml holding only comments is found as an empty config', async () => {
    const dir = repo({ '.odlintrc.yaml': '# everything commented out\n# rules:\n#   format/bom: off\n' });
    const found = await findConfig(dir);
    expect(found?.file).toBe(path.join(dir, '.odlintrc.yaml'));
    expect(found?.config).toEqual({});
  });

  it('reports a config file that does not parse, with file:line:column', async () => {
    const dir = repo({ '.odlintrc.yaml': 'rules:\n  format/bom: [off\n', 'sub/.keep': '' });
    const err = await errorOfAsync(() => findConfig(path.join(dir, 'sub')));
    expect(err.message).toMatch(new RegExp(`^${esc(shown(dir, '.odlintrc.yaml'))}:\\d+:\\d+: the config file is not valid YAML: `));
    const json = repo({ '.odlintrc.json': '{ "rules": { "format/bom": "off", } }' });
    expect((await errorOfAsync(() => findConfig(json))).message).toMatch(new RegExp(`^${esc(shown(json, '.odlintrc.json'))}:1:\\d+: the config file is not valid JSON: `));
  });
});

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('loadConfigFile', () => {
  it('reads a config named relative to cwd, or by absolute path, whatever its name', async () => {
    const dir = repo({ 'configs/strict.yaml': 'rules:\n  format/bom: error\n' });
    const rel = await loadConfigFile('configs/strict.yaml', dir);
    expect(rel).toMatchObject({ file: path.join(dir, 'configs/strict.yaml'), dir: path.join(dir, 'configs'), base: '', config: { rules: { 'format/bom': 'error' } } });
    expect((await loadConfigFile(path.join(dir, 'configs/strict.yaml'), '/')).config).toEqual({ rules: { 'format/bom': 'error' } });
  });

  it('reads an empty .odlintrc.yaml, or one holding only comments, as an empty config', async () => {
    const dir = repo({ '.odlintrc.yaml': '', 'commented.yaml': '# nothing yet\n', '.odlintrc': '\n\n' });
    expect((await loadConfigFile('.odlintrc.yaml', dir)).config).toEqual({});
    expect((await loadConfigFile('commented.yaml', dir)).config).toEqual({});
    expect((await loadConfigFile('.odlintrc', dir)).config).toEqual({});
  });

  it('reports a missing file, or a folder, with a hint', async () => {
    const dir = repo({ 'folder/.keep': '' });
    const missing = await errorOfAsync(() => loadConfigFile('nowhere.yaml', dir));
    expect(missing.message).toBe('--config nowhere.yaml: no such file.');
    expect(missing.hint).toContain('odlint init');
    expect(missing.hint).toContain('.odlintrc.yaml');
    expect((await errorOfAsync(() => loadConfigFile('folder', dir))).message).toBe('--config folder: no such file.');
  });

  it('reports a package.json without an odlint key', async () => {
    const dir = repo({ 'package.json': '{"name": "x"}' });
    const err = await errorOfAsync(() => loadConfigFile('package.json', dir));
    expect(err.message).toBe("--config package.json: this package.json has no 'odlint' key.");
    expect(err.hint).toContain('"odlint": {');
  });

  it('reports a file whose extension has no loader', async () => {
    const dir = repo({ 'odlint.toml': 'now = "2026-01-01"\n' });
    const err = await errorOfAsync(() => loadConfigFile('odlint.toml', dir));
    expect(err.message).toMatch(/^--config odlint\.toml: the file cannot be read as a config: /);
    expect(err.hint).toMatch(/YAML .* JSON .* JavaScript/);
  });
});

describe('schema errors', () => {
  it('name the file, line and column of the property at fault', async () => {
    const dir = repo({ '.odlintrc.yaml': 'standard: national-open-data\nrule:\n  format/bom: off\n' });
    const err = await errorOfAsync(() => findConfig(dir));
    expect(err.message).toMatch(new RegExp(`^${esc(shown(dir, '.odlintrc.yaml'))}:2:1: the config has an unknown property 'rule' \\(allowed: standard, rules, overrides, `));
  });

  it('name a bad severity inside rules and inside an override', async () => {
    const dir = repo({ '.odlintrc.yaml': 'rules:\n  format/bom: fatal\n' });
    expect((await errorOfAsync(() => findConfig(dir))).message).toBe(`${shown(dir, '.odlintrc.yaml')}:2:15: rule 'format/bom' must be one of 'error', 'warning', 'info', 'off'.`);
    const o = repo({ '.odlintrc.yaml': 'overrides:\n  - files: ["a/**"]\n    rules:\n      format/bom: loud\n' });
    expect((await errorOfAsync(() => findConfig(o))).message).toMatch(new RegExp(`^${esc(shown(o, '.odlintrc.yaml'))}:4:19: .*must be one of 'error', 'warning', 'info', 'off'\\.$`));
  });

  it('name the wrong type and an impossible date', async () => {
    const dir = repo({ '.odlintrc.yml': 'ignorePatterns: drafts\n' });
    expect((await errorOfAsync(() => findConfig(dir))).message).toBe(`${shown(dir, '.odlintrc.yml')}:1:17: the config, property 'ignorePatterns', must be of type array.`);
    const date = repo({ '.odlintrc.yml': 'now: "2026-02-30"\n' });
    const err = await errorOfAsync(() => findConfig(date));
    expect(err.message).toBe(`${shown(date, '.odlintrc.yml')}:1:6: 'now' is not a real date: '2026-02-30'.`);
    expect(err.hint).toBe('Give the date as YYYY-MM-DD.');
    expect((await findConfig(repo({ '.odlintrc.yml': 'now: "2024-02-29"\n' })))!.config.now).toBe('2024-02-29');
  });

  it('in package.json, are located under /odlint', async () => {
    const pkg = '{\n  "name": "x",\n  "odlint": {\n    "maxWarnings": -1\n  }\n}\n';
    const dir = repo({ 'package.json': pkg });
    expect((await errorOfAsync(() => findConfig(dir))).message).toBe(`${shown(dir, 'package.json')}:4:20: the config, property 'maxWarnings', must be >= 0.`);
    const notObject = repo({ 'package.json': '{ "name": "x",\n  "odlint": ["format/bom"] }' });
    expect((await errorOfAsync(() => loadConfigFile('package.json', notObject))).message).toBe(`${shown(notObject, 'package.json')}:2:13: the config, property 'odlint', must be of type object.`);
  });

  it('in a JSON config, name the line of the unknown property', async () => {
    const dir = repo({ '.odlintrc.json': '{\n  "now": "2026-01-01",\n  "colour": true\n}\n' });
    expect((await errorOfAsync(() => findConfig(dir))).message).toMatch(new RegExp(`^${esc(shown(dir, '.odlintrc.json'))}:3:3: the config has an unknown property 'colour'`));
  });

  it('in a JavaScript config, name the file without a position', async () => {
    const dir = repo({ 'odlint.config.cjs': 'module.exports = { jobs: 0 };\n' });
    expect((await errorOfAsync(() => findConfig(dir))).message).toBe(`${shown(dir, 'odlint.config.cjs')}: the config, property 'jobs', must be >= 1.`);
  });
});

describe('JavaScript configs', () => {
  it('a config that throws is reported with its message and a hint', async () => {
    for (const [name, body] of [
      ['odlint.config.mjs', 'throw new Error("no network here");\n'],
      ['odlint.config.cjs', 'throw new Error("no network here");\n'],
      ['odlint.config.js', 'throw new Error("no network here");\n'],
    ] as const) {
      const dir = repo({ [name]: body });
      const err = await errorOfAsync(() => findConfig(dir));
      expect(err.message).toBe(`${shown(dir, name)}: the config file cannot be loaded: no network here`);
      expect(err.hint).toBe('Fix the error in the file, or use a .odlintrc.yaml instead.');
      const viaLoad = await errorOfAsync(() => loadConfigFile(name, dir));
      expect(viaLoad.message).toBe(`${shown(dir, name)}: the config file cannot be loaded: no network here`);
    }
  });

  it('a config exporting a function or nothing is reported by the schema or read as empty', async () => {
    const fn = repo({ 'odlint.config.cjs': 'module.exports = () => ({});\n' });
    expect((await errorOfAsync(() => findConfig(fn))).message).toMatch(/must be of type object/);
    const none = repo({ 'odlint.config.mjs': 'export const x = 1;\n' });
    expect((await loadConfigFile('odlint.config.mjs', none)).config).toEqual({});
  });
});
