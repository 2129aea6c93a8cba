// The rules as they apply to each file: the config's project-wide changes (applyConfigRules), then every matching
// override in order (RulePolicy), with options deep-merged, each change recorded, and mistakes reported up front.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { loadConfigFile, type LoadedConfig } from '../../../src/config/load-config.js';
import { applyConfigRules, RulePolicy } from '../../../src/config/rule-policy.js';
import { loadStandard, RuleOptionsValidator } from '../../../src/standard/load.js';
import type { Rule, Standard } from '../../../src/model/standard.js';
import { displayPath } from '../../../src/util/paths.js';
import { parseSource } from '../../../src/util/source.js';
import { cleanupTempDirs, makeTempDir } from '../../helpers/lint-files.js';
import { errorOf } from '../../helpers/odlint-error.js';

const checks = checkRegistry();
let national: Standard;
beforeAll(() => {
  national = loadStandard('national-open-data', checks);
});

afterEach(cleanupTempDirs);

/** Writes a .odlintrc.yaml into a new temp folder (with .git) and loads it. */
async function config(yaml: string, name = '.odlintrc.yaml'): Promise<LoadedConfig> {
  const dir = makeTempDir();
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, name), yaml);
  return loadConfigFile(name, dir);
}

function byId(standard: Standard, id: string): Rule {
  return standard.rules.find((r) => r.id === id)!;
}

function policy(loaded: LoadedConfig, standard = national): RulePolicy {
  const validator = new RuleOptionsValidator();
  return RulePolicy.fromConfig(applyConfigRules(standard, loaded, checks, validator), loaded, checks, validator);
}

describe('applyConfigRules', () => {
  it('returns the standard itself when the config changes no rule', async () => {
    const loaded = await config('now: "2026-01-01"\nrules: {}\n');
    expect(applyConfigRules(national, loaded, checks, new RuleOptionsValidator())).toBe(national);
  });

  it('applies severities and options, records them as config changes, and leaves the rest alone', async () => {
    const loaded = await config('rules:\n  format/bom: off\n  format/line-endings:\n    severity: warning\n    with: { allowed: [LF] }\n');
    const changed = applyConfigRules(national, loaded, checks, new RuleOptionsValidator());
    const file = displayPath(loaded.file);
    expect(byId(changed, 'format/bom').severity).toBe('off');
    expect(byId(changed, 'format/bom').changes).toEqual([{ by: 'config', file, line: 2, severity: 'off' }]);
    const endings = byId(changed, 'format/line-endings');
    expect(endings).toMatchObject({ severity: 'warning', options: { allowed: ['LF'] } });
    expect(endings.changes).toEqual([{ by: 'config', file, line: 3, severity: 'warning', options: { allowed: ['LF'] } }]);
    // Every other rule is the very same object; the order (by id) is kept; the standard given is not changed.
    expect(changed.rules.map((r) => r.id)).toEqual(national.rules.map((r) => r.id));
    for (const r of changed.rules) if (r.id !== 'format/bom' && r.id !== 'format/line-endings') expect(r).toBe(byId(national, r.id));
    expect(byId(national, 'format/bom').severity).toBe('info');
    expect(byId(national, 'format/line-endings').options).toEqual({ allowed: ['CRLF', 'LF'] });
    expect(changed.id).toBe(national.id);
    expect(changed.vocabularies).toBe(national.vocabularies);
  });

  it('deep-merges options into the standard’s, keeping the options it does not name', async () => {
    const loaded = await config('rules:\n  format/delimiter:\n    with: { allowDeclared: true }\n');
    const changed = applyConfigRules(national, loaded, checks, new RuleOptionsValidator());
    expect(byId(changed, 'format/delimiter').options).toEqual({ ...byId(national, 'format/delimiter').options, allowDeclared: true });
  });

  it('rejects a rule the standard does not have, suggesting the nearest id', async () => {
    const loaded = await config('now: "2026-01-01"\nrules:\n  format/header-paded: off\n');
    const err = errorOf(() => applyConfigRules(national, loaded, checks, new RuleOptionsValidator()));
    expect(err.message).toBe(`${displayPath(loaded.file)}:3:3: 'format/header-paded' is not a rule of the standard national-open-data 1.2.0 (did you mean 'format/header-padded'?).`);
    expect(err.hint).toMatch(/^odlint rules lists its rules/);
    const far = await config('rules:\n  linking/something-else: off\n');
    expect(errorOf(() => applyConfigRules(national, far, checks, new RuleOptionsValidator())).message).not.toContain('did you mean');
  });

  it('reports options the check does not accept, at their line', async () => {
    const loaded = await config('rules:\n  format/line-endings:\n    with: { allow: [LF] }\n');
    expect(errorOf(() => applyConfigRules(national, loaded, checks, new RuleOptionsValidator())).message)
      .toBe(`${displayPath(loaded.file)}:3:13: rule 'format/line-endings', property 'with', has an unknown property 'allow' (allowed: allowed).`);
  });

  it('locates rules of a package.json config under /odlint', async () => {
    const loaded = await config('{\n  "name": "x",\n  "odlint": {\n    "rules": {\n      "format/bomb": "off"\n    }\n  }\n}\n', 'package.json');
    expect(loaded.base).toBe('/odlint');
    expect(errorOf(() => applyConfigRules(national, loaded, checks, new RuleOptionsValidator())).message)
      .toBe(`${displayPath(loaded.file)}:5:7: 'format/bomb' is not a rule of the standard national-open-data 1.2.0 (did you mean 'format/bom'?).`);
  });
});

describe('RulePolicy', () => {
  it('without a config or overrides, gives every file the standard’s rules', () => {
    const p = RulePolicy.fromConfig(national, undefined, checks, new RuleOptionsValidator());
    expect(p.overrides).toEqual([]);
    const rules = p.rulesFor('/anywhere/a.csv');
    expect([...rules.keys()]).toEqual(national.rules.map((r) => r.id));
    expect(rules.get('format/bom')).toBe(byId(national, 'format/bom'));
    expect(p.rulesFor('/elsewhere/b.csv')).toBe(rules);
    expect(p.matching('/anywhere/a.csv')).toEqual([]);
  });

  it('applies an override to the files its globs match only, relative to the config folder', async () => {
    const loaded = await config('overrides:\n  - files: ["archive/**"]\n    rules:\n      format/bom: off\n      format/blank-row: error\n');
    const p = policy(loaded);
    const inArchive = p.rulesFor(path.join(loaded.dir, 'archive/2019/a.csv'));
    expect(inArchive.get('format/bom')!.severity).toBe('off');
    expect(inArchive.get('format/blank-row')!.severity).toBe('error');
    expect(inArchive.get('format/delimiter')).toBe(byId(national, 'format/delimiter'));
    const elsewhere = p.rulesFor(path.join(loaded.dir, 'data/archive/a.csv')); // anchored: not this archive
    expect(elsewhere.get('format/bom')!.severity).toBe('info');
    expect(elsewhere.get('format/bom')).toBe(byId(national, 'format/bom'));
    expect(p.rulesFor(path.join(path.dirname(loaded.dir), 'archive/a.csv')).get('format/bom')!.severity).toBe('info'); // outside the config folder
    expect(p.matching(path.join(loaded.dir, 'archive/x.csv')).map((o) => o.index)).toEqual([0]);
  });

  it('a glob without a slash matches at any depth', async () => {
    const loaded = await config('overrides:\n  - files: ["*.draft.csv"]\n    rules: { format/bom: error }\n');
    const p = policy(loaded);
    expect(p.rulesFor(path.join(loaded.dir, 'a/b/x.draft.csv')).get('format/bom')!.severity).toBe('error');
    expect(p.rulesFor(path.join(loaded.dir, 'x.csv')).get('format/bom')!.severity).toBe('info');
  });

  it('records each override change with by: override, its globs, file and line', async () => {
    const loaded = await config('rules:\n  format/bom: warning\noverrides:\n  - files: ["a/**", "b/*.csv"]\n    rules:\n      format/bom: error\n');
    const p = policy(loaded);
    const file = displayPath(loaded.file);
    expect(p.rulesFor(path.join(loaded.dir, 'b/x.csv')).get('format/bom')!.changes).toEqual([
      { by: 'config', file, line: 2, severity: 'warning' },
      { by: 'override', file, line: 6, severity: 'error', files: ['a/**', 'b/*.csv'] },
    ]);
    // The standard's rule (after the config) keeps only the config change.
    expect(byId(p.standard, 'format/bom').changes).toHaveLength(1);
    expect(p.rulesFor(path.join(loaded.dir, 'c.csv')).get('format/bom')!.changes).toHaveLength(1);
  });

  it('applies every matching override in order, so the last one wins per rule', async () => {
    const loaded = await config(`overrides:
  - files: ["data/**"]
    rules:
      format/bom: off
      format/blank-row: error
  - files: ["data/2024/**"]
    rules:
      format/bom: warning
  - files: ["nothing/**"]
    rules:
      format/bom: error
`);
    const p = policy(loaded);
    const r2024 = p.rulesFor(path.join(loaded.dir, 'data/2024/a.csv'));
    expect(r2024.get('format/bom')!.severity).toBe('warning');
    expect(r2024.get('format/blank-row')!.severity).toBe('error'); // from the first, untouched by the second
    expect(r2024.get('format/bom')!.changes.map((c) => [c.severity, c.files])).toEqual([['off', ['data/**']], ['warning', ['data/2024/**']]]);
    expect(p.rulesFor(path.join(loaded.dir, 'data/2023/a.csv')).get('format/bom')!.severity).toBe('off');
    expect(p.matching(path.join(loaded.dir, 'data/2024/a.csv')).map((o) => o.index)).toEqual([0, 1]);
  });

  it('the order of the overrides decides, not how specific their globs are', async () => {
    const loaded = await config('overrides:\n  - files: ["data/2024/**"]\n    rules: { format/bom: warning }\n  - files: ["data/**"]\n    rules: { format/bom: off }\n');
    expect(policy(loaded).rulesFor(path.join(loaded.dir, 'data/2024/a.csv')).get('format/bom')!.severity).toBe('off');
  });

  it('deep-merges the options of successive overrides, arrays replaced, defaults kept', async () => {
    const loaded = await config(`rules:
  format/delimiter:
    with: { expected: ";" }
overrides:
  - files: ["eu/**"]
    rules:
      format/delimiter:
        with: { allowDeclared: true }
      format/line-endings:
        with: { allowed: [LF] }
  - files: ["eu/legacy/**"]
    rules:
      format/line-endings:
        with: { allowed: [CRLF, CR] }
      format/delimiter:
        severity: warning
`);
    const p = policy(loaded);
    const legacy = p.rulesFor(path.join(loaded.dir, 'eu/legacy/a.csv'));
    expect(legacy.get('format/delimiter')).toMatchObject({ severity: 'warning', options: { expected: ';', allowDeclared: true } });
    expect(legacy.get('format/line-endings')!.options).toEqual({ allowed: ['CRLF', 'CR'] });
    const eu = p.rulesFor(path.join(loaded.dir, 'eu/a.csv'));
    expect(eu.get('format/delimiter')).toMatchObject({ severity: 'error', options: { expected: ';', allowDeclared: true } });
    expect(eu.get('format/line-endings')!.options).toEqual({ allowed: ['LF'] });
    expect(p.rulesFor(path.join(loaded.dir, 'a.csv')).get('format/delimiter')!.options).toEqual({ expected: ';', allowDeclared: false });
  });

  it('caches: files matching the same overrides share one map, others get their own', async () => {
    const loaded = await config('overrides:\n  - files: ["a/**"]\n    rules: { format/bom: off }\n  - files: ["*.json"]\n    rules: { format/bom: error }\n');
    const p = policy(loaded);
    const at = (rel: string) => path.join(loaded.dir, rel);
    const a1 = p.rulesFor(at('a/x.csv'));
    expect(p.rulesFor(at('a/x.csv'))).toBe(a1);
    expect(p.rulesFor(at('a/deep/y.csv'))).toBe(a1);
    const none = p.rulesFor(at('b/x.csv'));
    expect(none).not.toBe(a1);
    expect(p.rulesFor(at('c.csv'))).toBe(none);
    const both = p.rulesFor(at('a/d.json'));
    expect(both).not.toBe(a1);
    expect(both.get('format/bom')!.severity).toBe('error');
    expect(p.rulesFor(at('b/d.json'))).not.toBe(both);
    expect(p.rulesFor(at('b/d.json')).get('format/bom')!.severity).toBe('error');
  });

  it('resolves a relative file against its working directory', async () => {
    const loaded = await config('overrides:\n  - files: ["data/**"]\n    rules: { format/bom: off }\n');
    const validator = new RuleOptionsValidator();
    const base = RulePolicy.fromConfig(national, loaded, checks, validator);
    const p = new RulePolicy(national, base.overrides, checks, validator, loaded.dir);
    expect(p.rulesFor('data/a.csv').get('format/bom')!.severity).toBe('off');
    expect(p.rulesFor('other/a.csv').get('format/bom')!.severity).toBe('info');
    const fromSub = new RulePolicy(national, base.overrides, checks, validator, path.join(loaded.dir, 'data'));
    expect(fromSub.rulesFor('a.csv').get('format/bom')!.severity).toBe('off');
  });

  it('rejects an unknown rule in an override when built, with a suggestion', async () => {
    const loaded = await config('overrides:\n  - files: ["**"]\n    rules: { format/blank-rows: off }\n');
    const err = errorOf(() => policy(loaded));
    expect(err.message).toBe(`${displayPath(loaded.file)}:3:14: 'format/blank-rows' is not a rule of the standard national-open-data 1.2.0 (did you mean 'format/blank-row'?).`);
  });

  it('reports invalid override options when built, even if no file matches the override', async () => {
    const loaded = await config('overrides:\n  - files: ["no/such/folder/**"]\n    rules:\n      format/line-endings:\n        with: { allowed: [LF, MAC] }\n');
    const message = errorOf(() => policy(loaded)).message;
    expect(message.startsWith(`${displayPath(loaded.file)}:5:31: `)).toBe(true);
    // (Worded from the override's pointer: "the config, property 'overrides.0.rules.format/line-endings.with.allowed.1'".)
    expect(message).toContain('format/line-endings');
    expect(message).toContain('with.allowed.1');
    expect(message).toMatch(/must be one of 'CRLF', 'LF', 'CR'\.$/);
  });

  it('reports a negated glob in an override with its position', async () => {
    const loaded = await config('overrides:\n  - files: ["data/**", "!data/keep.csv"]\n    rules: { format/bom: off }\n');
    expect(errorOf(() => policy(loaded)).message).toBe(`${displayPath(loaded.file)}:2:24: the pattern '!data/keep.csv' is negated ('!'), which odlint does not support.`);
  });

  it('works with a config built by hand from parseSource', () => {
    const dir = makeTempDir();
    const text = 'overrides:\n  - files: ["x/**"]\n    rules:\n      format/bom: error\n';
    const doc = parseSource(text, 'yaml');
    const loaded: LoadedConfig = { file: path.join(dir, 'cfg.yaml'), dir, config: doc.value as LoadedConfig['config'], doc, base: '' };
    const p = policy(loaded);
    const rule = p.rulesFor(path.join(dir, 'x/y.csv')).get('format/bom')!;
    expect(rule.severity).toBe('error');
    expect(rule.changes).toEqual([{ by: 'override', file: displayPath(loaded.file), line: 4, severity: 'error', files: ['x/**'] }]);
  });
});
