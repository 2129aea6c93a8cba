// The CI recipes of examples/ (a GitHub Actions matrix, a GitLab parallel: job, a Kubernetes Indexed Job) parse, agree
// with themselves (the shard count in the matrix and in --shard), and their commands run: the GitLab recipe's shards
// and merge on the demo give the whole run's report, and one shard of the other two runs as written.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { BIN, cleanupTempDirs, cliEnv, makeTempDir, NOW, odlint, REPO_ROOT } from './helpers.js';

afterAll(cleanupTempDirs);

const INSTALL = 'npm install --global --install-links github:odlint/odlint';
const read = (file: string) => YAML.parse(readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8'));

let work: string;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  // The recipes' folder: the demo datasets, and `odlint` on the PATH as an installed one would be.
  work = makeTempDir();
  const bin = path.join(work, '.bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'odlint'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(bin, 'odlint'), 0o755);
  spawnSync('cp', ['-R', path.join(REPO_ROOT, 'fixtures'), path.join(work, 'data')]);
  env = cliEnv({ PATH: `${bin}:${process.env.PATH}`, ODLINT_PATHS: 'data', ODLINT_ARGS: `--now ${NOW} --no-config` });
});

/** Runs a recipe's script as its runner would (GitHub: bash -e; GitLab and Kubernetes: sh), without installing odlint. */
function runScript(script: string, shell: string[], extra: Record<string, string>): { code: number | null; stderr: string } {
  expect(script).not.toContain('${{'); // GitHub expressions reach scripts through env:, never spliced into them
  const r = spawnSync(shell[0]!, [...shell.slice(1), script.replaceAll(INSTALL, 'true')], { cwd: work, env: { ...env, ...extra }, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

describe('examples/gitlab/gitlab-ci.yml', () => {
  it('shards with parallel: and --shard auto, and its merge gives the whole run’s Code Quality report and exit code', () => {
    const ci = read('gitlab/gitlab-ci.yml');
    const shard = ci['odlint-shard'];
    const merge = ci['odlint-merge'];
    expect(shard.parallel).toBeGreaterThan(1);
    expect(merge.needs).toEqual(['odlint-shard']);
    expect(merge.artifacts.reports.codequality).toBe('gl-code-quality.json');
    for (let i = 1; i <= shard.parallel; i++) {
      for (const line of [...shard.before_script, ...shard.script]) {
        const r = runScript(line, ['sh', '-ec'], { CI_NODE_INDEX: String(i), CI_NODE_TOTAL: String(shard.parallel) });
        expect(r.code, r.stderr).toBe(0); // findings (exit 1) pass the shard job: the merge decides
      }
    }
    const merged = runScript(merge.script.join('\n'), ['sh', '-ec'], {});
    expect(merged.code).toBe(1); // the demo has errors: the merge job fails as one run would
    const whole = odlint(['lint', 'data', '--now', NOW, '--no-config', '-f', 'gitlab'], { cwd: work });
    expect(readFileSync(path.join(work, 'gl-code-quality.json'), 'utf8')).toBe(whole.stdout);
    expect(readFileSync(path.join(work, 'odlint-audit.html'), 'utf8')).toContain('<html');
  });
});

describe('examples/github-actions/odlint-sharded.yml', () => {
  it('has one matrix job per shard, uploads each report, and a merge job that uploads SARIF and the HTML audit', () => {
    const wf = read('github-actions/odlint-sharded.yml');
    const shards: number[] = wf.jobs.shard.strategy.matrix.shard;
    expect(shards).toEqual(Array.from({ length: Number(wf.env.SHARDS) }, (_, i) => i + 1));
    expect(wf.jobs.shard.strategy['fail-fast']).toBe(false);
    expect(wf.jobs.merge.needs).toBe('shard');
    const uses = (job: string) => wf.jobs[job].steps.map((s: { uses?: string }) => s.uses).filter(Boolean);
    expect(uses('merge')).toEqual(expect.arrayContaining(['actions/download-artifact@v4', 'github/codeql-action/upload-sarif@v3', 'actions/upload-artifact@v4']));
    expect(wf.jobs.merge.permissions['security-events']).toBe('write');

    // Its lint step, as shard 2, writes what `odlint lint --shard 2/4` writes; its merge step merges those files.
    const lint = wf.jobs.shard.steps.find((s: { name?: string }) => s.name?.startsWith('Lint shard'));
    const fromGitLab = readFileSync(path.join(work, 'odlint-shard-2.json'), 'utf8');
    rmSync(path.join(work, 'odlint-shard-2.json'));
    const r = runScript(lint.run, ['bash', '-e', '-c'], { SHARD: '2', SHARDS: String(shards.length) });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(work, 'odlint-shard-2.json'), 'utf8')).toBe(fromGitLab);
    const shardsDir = path.join(work, 'shards');
    mkdirSync(shardsDir, { recursive: true });
    // The GitLab test wrote the four shards with the same options: the artifacts the download step gathers.
    for (let i = 1; i <= shards.length; i++) copyFileSync(path.join(work, `odlint-shard-${i}.json`), path.join(shardsDir, `odlint-shard-${i}.json`));
    const merge = wf.jobs.merge.steps.find((s: { name?: string }) => s.name === 'Merge the shards');
    expect(runScript(merge.run, ['bash', '-e', '-c'], {}).code).toBe(1);
    expect(readFileSync(path.join(work, 'odlint.sarif'), 'utf8')).toContain('"version": "2.1.0"');
  });
});

describe('examples/kubernetes', () => {
  it('is an Indexed Job whose completions equal the shard count, and its pod command lints one shard', () => {
    const job = read('kubernetes/odlint-indexed-job.yaml');
    expect(job.kind).toBe('Job');
    expect(job.spec.completionMode).toBe('Indexed');
    const container = job.spec.template.spec.containers[0];
    const command: string = container.args[0];
    expect(command).toContain(`--shard auto/${job.spec.completions}`);
    const pod = runScript(command, ['sh', '-c'], { JOB_COMPLETION_INDEX: '0', ODLINT_PATHS: 'data' });
    expect(pod.code, pod.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(work, 'reports', 'shard-0.json'), 'utf8'));
    expect(report.shard).toMatchObject({ index: 1, total: job.spec.completions });

    const merge = read('kubernetes/odlint-merge-job.yaml');
    expect(merge.spec.template.spec.containers[0].args[0]).toMatch(/odlint merge reports\/shard-\*\.json/);
    expect(merge.spec.template.spec.volumes).toEqual(job.spec.template.spec.volumes);
  });
});
