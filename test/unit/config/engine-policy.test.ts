// The engine with a per-file rule policy: a rule off for some files reports only elsewhere, option variants of one rule
// each report only in their own files, and a rule off in the standard runs where an override turns it on.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { RulePolicy } from '../../../src/config/rule-policy.js';
import type { LoadedConfig } from '../../../src/config/load-config.js';
import { discover } from '../../../src/datasets/discover.js';
import { Engine, type FileRules } from '../../../src/engine/lint.js';
import { RuleOptionsValidator } from '../../../src/standard/load.js';
import type { Standard } from '../../../src/model/standard.js';
import { parseSource } from '../../../src/util/source.js';
import { buildStandard, cleanupTempDirs, makeTempDir, TEST_NOW, writeFiles, type Finding, type RuleSpec } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

const checks = checkRegistry();

interface Run {
  files: Record<string, string>;
  rules: RuleSpec[];
  /** The config's overrides, as YAML (the `overrides:` block). */
  overrides: string;
  /** Changes the built standard before linting (e.g. turns a rule off). */
  adjust?: (s: Standard) => Standard;
  jobs?: number;
  splitMinBytes?: number;
  engine?: typeof Engine;
  registry?: ReadonlyMap<string, unknown>;
}

/**
 * Writes the files and a .odlintrc.yaml holding the overrides into a temp folder, builds the policy from it, and lints
 * the folder with an Engine given that policy. Finding.file is relative to the temp folder.
 */
async function lintWithPolicy(run: Run): Promise<{ findings: Finding[]; policy: RulePolicy; dir: string }> {
  const dir = makeTempDir();
  writeFiles(dir, { ...run.files, '.odlintrc.yaml': run.overrides });
  const standard = (run.adjust ?? ((s) => s))(buildStandard(run.rules));
  const file = path.join(dir, '.odlintrc.yaml');
  const doc = parseSource(fs.readFileSync(file, 'utf8'), 'yaml');
  const loaded: LoadedConfig = { file, dir, config: doc.value as LoadedConfig['config'], doc, base: '' };
  const previous = process.cwd();
  let moved = false;
  try {
    process.chdir(dir);
    moved = true;
  } catch {
    // worker threads cannot chdir: paths are then relative to the real working directory, which the policy uses too
  }
  try {
    const policy = RulePolicy.fromConfig(standard, loaded, checks, new RuleOptionsValidator());
    const { datasets } = discover(['.'], dir);
    const EngineClass = run.engine ?? Engine;
    const engine = new EngineClass(standard, (run.registry ?? checks) as never, policy as FileRules);
    const { findings } = await engine.lint(datasets, { now: TEST_NOW, jobs: run.jobs ?? 1, splitMinBytes: run.splitMinBytes });
    const cwd = process.cwd();
    return { findings: findings.map((f) => ({ ...f, file: path.relative(dir, path.resolve(cwd, f.file)).split(path.sep).join('/') })), policy, dir };
  } finally {
    if (moved) process.chdir(previous);
  }
}

/** "severity file:line" per rule, sorted. */
function summary(findings: Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findings) (out[f.ruleId] ??= []).push(`${f.severity} ${f.file}${f.line ? `:${f.line}` : ''}`);
  for (const list of Object.values(out)) list.sort();
  return out;
}

const BLANK = 'id,name\n1,a\n,\n2,b\n'; // a blank row on line 3
const LF = 'id,name\n1,a\n2,b\n';
const CRLF = 'id,name\r\n1,a\r\n2,b\r\n';

describe('Engine with a rule policy', () => {
  it('a rule off for one glob reports only in the other files', async () => {
    const { findings } = await lintWithPolicy({
      files: { 'drafts/a.csv': BLANK, 'drafts/deep/b.csv': BLANK, 'final/c.csv': BLANK, 'd.csv': BLANK },
      rules: [{ check: 'blank-row', severity: 'warning' }],
      overrides: 'overrides:\n  - files: ["drafts/**"]\n    rules: { format/blank-row: off }\n',
    });
    expect(summary(findings)).toEqual({ 'format/blank-row': ['warning d.csv:3', 'warning final/c.csv:3'] });
  });

  it('an override changes the severity of findings in its files only', async () => {
    const { findings } = await lintWithPolicy({
      files: { 'strict/a.csv': BLANK, 'loose/b.csv': BLANK },
      rules: [{ check: 'blank-row', severity: 'warning' }, { check: 'bom', severity: 'info' }],
      overrides: 'overrides:\n  - files: ["strict/**"]\n    rules: { format/blank-row: error }\n',
    });
    expect(summary(findings)).toEqual({ 'format/blank-row': ['error strict/a.csv:3', 'warning loose/b.csv:3'] });
  });

  it('two option variants of one rule each report only in their own files', async () => {
    const files = {
      'only-crlf/lf.csv': LF, 'only-crlf/crlf.csv': CRLF,
      'only-lf/lf.csv': LF, 'only-lf/crlf.csv': CRLF,
      'either/lf.csv': LF, 'either/crlf.csv': CRLF,
    };
    const { findings, policy, dir } = await lintWithPolicy({
      files,
      rules: [{ check: 'line-endings', severity: 'error' }],
      overrides: `overrides:
  - files: ["only-crlf/**"]
    rules:
      format/line-endings:
        with: { allowed: [CRLF] }
  - files: ["only-lf/**"]
    rules:
      format/line-endings:
        with: { allowed: [LF] }
`,
    });
    expect(summary(findings)).toEqual({ 'format/line-endings': ['error only-crlf/lf.csv:1', 'error only-lf/crlf.csv:1'] });
    expect(findings.find((f) => f.file === 'only-crlf/lf.csv')!.message).toMatch(/^Line 1 ends with .*LF/);
    expect(findings.find((f) => f.file === 'only-lf/crlf.csv')!.message).toMatch(/^Line 1 ends with .*CRLF/);
    // The policy gives the three folders three different option sets.
    const options = (rel: string) => policy.rulesFor(path.join(dir, rel)).get('format/line-endings')!.options;
    expect([options('only-crlf/lf.csv'), options('only-lf/lf.csv'), options('either/lf.csv')]).toEqual([{ allowed: ['CRLF'] }, { allowed: ['LF'] }, { allowed: ['CRLF', 'LF'] }]);
  });

  it('a rule off in the standard but on in an override runs for the matched files only', async () => {
    const { findings } = await lintWithPolicy({
      files: { 'strict/a.csv': BLANK, 'strict/b.csv': LF, 'other/c.csv': BLANK, 'd.csv': BLANK },
      rules: [{ check: 'blank-row', severity: 'warning' }, { check: 'bom', severity: 'info' }],
      adjust: (s) => ({ ...s, rules: s.rules.map((r) => (r.id === 'format/blank-row' ? { ...r, severity: 'off' } : r)) }),
      overrides: 'overrides:\n  - files: ["strict/**"]\n    rules: { format/blank-row: error }\n',
    });
    expect(summary(findings)).toEqual({ 'format/blank-row': ['error strict/a.csv:3'] });
  });

  it('the last matching override wins for the files both match', async () => {
    const { findings } = await lintWithPolicy({
      files: { 'data/a.csv': BLANK, 'data/keep/b.csv': BLANK, 'c.csv': BLANK },
      rules: [{ check: 'blank-row', severity: 'warning' }],
      overrides: 'overrides:\n  - files: ["data/**"]\n    rules: { format/blank-row: off }\n  - files: ["data/keep/**"]\n    rules: { format/blank-row: error }\n',
    });
    expect(summary(findings)).toEqual({ 'format/blank-row': ['error data/keep/b.csv:3', 'warning c.csv:3'] });
  });

  it('applies overrides to the metadata file of a data package for dataset-level findings', async () => {
    const pkg = (name: string) => JSON.stringify({ name, resources: [{ name: 'r', path: 'r.csv' }] });
    const { findings } = await lintWithPolicy({
      files: { 'a/datapackage.json': pkg('a'), 'a/r.csv': LF, 'b/datapackage.json': pkg('b'), 'b/r.csv': LF },
      rules: [{ check: 'schema-missing', severity: 'warning' }],
      overrides: 'overrides:\n  - files: ["a/datapackage.json"]\n    rules: { format/schema-missing: off }\n',
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(['b/datapackage.json']));
  });
});

describe('Engine with a rule policy and worker threads', () => {
  // Workers load compiled JavaScript (dist/engine/worker.js), so this runs the build that tsc -p tsconfig.json makes.
  it('keeps variants and per-file severities apart in parts read by workers', async () => {
    const built = (await import('../../../dist/engine/lint.js' as string)) as { Engine: typeof Engine };
    const builtChecks = (await import('../../../dist/checks/index.js' as string)) as { checkRegistry: typeof checkRegistry };
    // Count the parts handed to workers, so the test fails if the files were read by this thread alone.
    const pool = (await import('../../../dist/engine/worker-pool.js' as string)) as { WorkerPool: { prototype: { run: (...a: unknown[]) => unknown } } };
    const run = pool.WorkerPool.prototype.run;
    let parts = 0;
    pool.WorkerPool.prototype.run = function (this: unknown, ...a: unknown[]) {
      parts++;
      return run.apply(this, a);
    };
    const rows = (eol: string, n: number) => `id,name${eol}${Array.from({ length: n }, (_, i) => (i % 50 === 10 ? ',' : `${i},n${i}`)).join(eol)}${eol}`;
    const { findings } = await lintWithPolicy({
      files: { 'off/a.csv': rows('\n', 400), 'err/b.csv': rows('\n', 400), 'c.csv': rows('\n', 400) },
      rules: [{ check: 'blank-row', severity: 'warning' }],
      overrides: 'overrides:\n  - files: ["off/**"]\n    rules: { format/blank-row: off }\n  - files: ["err/**"]\n    rules: { format/blank-row: error }\n',
      jobs: 2,
      splitMinBytes: 1024,
      engine: built.Engine,
      registry: builtChecks.checkRegistry(),
    }).finally(() => {
      pool.WorkerPool.prototype.run = run;
    });
    // Two files with the rule on, each cut in two parts: this thread reads the first, a worker the second.
    expect(parts).toBeGreaterThanOrEqual(2);
    const s = summary(findings)['format/blank-row']!;
    expect(s.filter((x) => x.includes('off/'))).toEqual([]);
    expect(s.filter((x) => x.includes('err/b.csv')).every((x) => x.startsWith('error '))).toBe(true);
    expect(s.filter((x) => x.includes(' c.csv')).every((x) => x.startsWith('warning '))).toBe(true);
    expect(s.filter((x) => x.includes('err/b.csv'))).toHaveLength(8);
    expect(s.filter((x) => x.includes(' c.csv'))).toHaveLength(8);
  });
});
