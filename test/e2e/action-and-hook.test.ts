// The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml): their files are valid, and their
// commands work. The action's lint step — the script its composite run step calls, with the inputs it maps — runs
// here on the fixtures as GitHub would run it (GITHUB_ACTION_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP);
// the hook's entry and arguments run in a folder of data as pre-commit would run them, and pre-commit itself installs
// and runs the hook from a clone of this repository (`pre-commit try-repo`; .ci/run installs pre-commit, and without it
// that test fails under CI and is skipped otherwise).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanupTempDirs, cliEnv, expectNoCrash, makeTempDir, NOW, odlint, REPO_ROOT } from './helpers.js';

afterAll(cleanupTempDirs);

interface Step { uses?: string; with?: Record<string, string>; run?: string; shell?: string; env?: Record<string, string>; id?: string }
interface Action { name: string; description: string; inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;
const lintStep = action.runs.steps.find((s) => s.id === 'lint')!;

/** Runs the action's lint step in `cwd` with these inputs (the rest at their defaults), as the runner would. */
function runLintStep(cwd: string, inputs: Record<string, string>) {
  const runner = makeTempDir('odlint-action-');
  const summary = path.join(runner, 'summary.md');
  const output = path.join(runner, 'output.txt');
  const env: Record<string, string> = { GITHUB_ACTION_PATH: REPO_ROOT, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: runner };
  // The step's env maps each input with ${{ inputs.name }}: filled here from the inputs given, else their defaults.
  for (const [name, value] of Object.entries(lintStep.env!)) {
    const input = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value)![1]!;
    env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
  }
  const command = lintStep.run!.replace('"$GITHUB_ACTION_PATH/action/run.sh"', path.join(REPO_ROOT, 'action', 'run.sh'));
  const r = spawnSync('bash', ['-c', command], { cwd, env: cliEnv(env), encoding: 'utf8', timeout: 60_000 });
  const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: read(summary), outputs: read(output) };
}

describe('the GitHub Action', () => {
  it('is a composite action on Node 20 with the inputs the README documents, each mapped into the lint step', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'standard', 'config', 'formats', 'sarif', 'fail-on', 'args', 'node-version']);
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
    expect(action.runs.steps[0]).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': '${{ inputs.node-version }}' } });
    expect(action.inputs['node-version']!.default).toBe('20');
    expect(action.runs.steps[1]!.run).toContain('npm ci --prefix "$GITHUB_ACTION_PATH"');
    const mapped = Object.values(lintStep.env!).map((v) => /inputs\.([a-z-]+)/.exec(v)![1]);
    expect(mapped.sort()).toEqual(['args', 'config', 'fail-on', 'formats', 'paths', 'sarif', 'standard']);
    // No input is spliced into a command: only into environment variables.
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.lint.outputs.exit-code }}');
  });

  const workspace = makeTempDir('odlint-workspace-');
  cpSync(path.join(REPO_ROOT, 'fixtures'), path.join(workspace, 'fixtures'), { recursive: true });

  it('annotates, writes the job summary, SARIF and other reports, and fails on errors', () => {
    const r = runLintStep(workspace, { paths: 'fixtures', args: `--now ${NOW}`, formats: 'html=reports/audit.html\n json=reports/report.json \n' });
    expectNoCrash({ ...r, signal: null, stdoutBytes: Buffer.from(r.stdout) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=fixtures\/[^,]+,line=\d+/m);
    expect(r.summary).toMatch(/^## odlint: ✖ \d+ problems/);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'odlint.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    const report = JSON.parse(readFileSync(path.join(workspace, 'reports/report.json'), 'utf8')) as { summary: { errors: number; warnings: number; infos: number } };
    expect(sarif.runs[0]!.results.length).toBe(report.summary.errors + report.summary.warnings + report.summary.infos);
    expect(readFileSync(path.join(workspace, 'reports/audit.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(r.outputs).toBe('exit-code=1\nsarif=odlint.sarif\n');
  });

  it('fails on warnings when asked, never when asked (but still when odlint cannot run), and refuses a bad fail-on', () => {
    const clean = makeTempDir('odlint-workspace-');
    cpSync(path.join(REPO_ROOT, 'fixtures', 'municipal-register'), path.join(clean, 'register'), { recursive: true });
    writeFileSync(path.join(clean, 'register', 'extra.csv'), 'a,b\n1,2\n');
    const warnings = runLintStep(clean, { args: `--now ${NOW}`, 'fail-on': 'warnings', sarif: '' });
    expect(warnings.code).toBe(1);
    expect(warnings.stdout).toContain('::warning file=register/extra.csv');
    expect(runLintStep(clean, { args: `--now ${NOW}`, sarif: '' }).code).toBe(0);
    expect(runLintStep(workspace, { paths: 'fixtures', args: `--now ${NOW}`, 'fail-on': 'never', sarif: '' }).code).toBe(0);
    const broken = runLintStep(workspace, { paths: 'fixtures', args: '--now not-a-date', 'fail-on': 'never', sarif: '' });
    expect(broken.code).toBe(2);
    expect(broken.outputs).toContain('exit-code=2');
    const bad = runLintStep(workspace, { 'fail-on': 'sometimes' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain("::error title=odlint action::fail-on is 'sometimes': give errors, warnings or never.");
  });

  it('passes inputs as words, never as shell code', () => {
    const r = runLintStep(workspace, { paths: 'fixtures/loose', args: `--now ${NOW} $(touch pwned) ;touch pwned2`, sarif: '' });
    expect(existsSync(path.join(workspace, 'pwned'))).toBe(false);
    expect(existsSync(path.join(workspace, 'pwned2'))).toBe(false);
    expect(r.code).toBe(2); // odlint itself refuses the stray words as paths that do not exist or as options
  });
});

describe('the pre-commit hook', () => {
  const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
  const hook = hooks[0]!;

  it('is a valid manifest: id odlint, a node hook running odlint lint over the whole folder', () => {
    expect(hooks).toHaveLength(1);
    // pre-commit's manifest requires id, name, entry and language; language node installs the package with npm.
    expect(hook).toMatchObject({ id: 'odlint', name: 'odlint', entry: 'odlint lint', language: 'node', pass_filenames: false, args: ['.'], require_serial: true });
    // The bin the entry names is the package's.
    expect((JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.odlint).toBe('bin/odlint.js');
  });

  it('matches the data and metadata files odlint reads, and not other files', () => {
    // pre-commit uses Python regexes: (?i) at the start is a case-insensitive flag.
    const files = new RegExp((hook.files as string).replace(/^\(\?i\)/, ''), 'i');
    for (const f of ['data/spend.csv', 'x/Y.TSV', 'a/b.ndjson', 'p/datapackage.json', 'p/datapackage.yaml', 'c/catalog.jsonld', 'big.csv.gz', 'm/roads.geojson', '.odlintrc.yaml']) expect(files.test(f), f).toBe(true);
    for (const f of ['README.md', 'src/app.ts', 'notes.yaml', 'a.pdf']) expect(files.test(f), f).toBe(false);
  });

  it("runs its entry with its arguments in a repository's folder as pre-commit does, and fails the commit on errors", () => {
    const repo = makeTempDir('odlint-hook-');
    cpSync(path.join(REPO_ROOT, 'fixtures'), path.join(repo, 'data'), { recursive: true });
    const [command, ...entryArgs] = (hook.entry as string).split(' ');
    expect(command).toBe('odlint');
    const r = odlint([...entryArgs, '--now', NOW, ...(hook.args as string[])], { cwd: repo });
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data/education/schools.csv');
  });
});

const havePreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const haveCommit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).status === 0;

describe('pre-commit itself', () => {
  if (!havePreCommit && process.env.CI) {
    it('needs pre-commit in CI', () => {
      expect.fail('pre-commit is missing: install it (apt-get install -y pre-commit; .ci/run does) to run the hook through pre-commit.');
    });
  }

  it.skipIf(!havePreCommit || !haveCommit)('installs the hook from the repository with npm and fails a commit of data with errors', () => {
    const repo = makeTempDir('odlint-pre-commit-');
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    cpSync(path.join(REPO_ROOT, 'fixtures'), path.join(repo, 'data'), { recursive: true });
    git('add', '-A');
    // try-repo clones the repository's last commit and installs the hook as a user's pre-commit would; its own cache
    // keeps the runs of this test apart from the user's.
    const r = spawnSync('pre-commit', ['try-repo', REPO_ROOT, 'odlint', '--all-files', '--verbose'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 300_000,
      env: cliEnv({ PRE_COMMIT_HOME: path.join(repo, '.pre-commit-cache'), npm_config_fund: 'false', npm_config_audit: 'false', npm_config_prefer_offline: 'true' }),
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(1);
    expect(r.stdout).toMatch(/odlint\.+Failed/);
    expect(r.stdout).toContain('data/education/schools.csv');
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors/);
  }, 300_000);
});
