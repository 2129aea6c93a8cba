// Installs as users make them, each giving a working `odlint` in another folder: the packed tarball (what the npm
// registry would serve) installed globally and into a project, and a global install from git. They need the npm
// registry for odlint's dependencies (CI has it). The package is packed from a clone of this repository's last commit,
// never from the working folder, whose dist/ the other tests use.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, cliEnv, makeTempDir, NOW, REPO_ROOT } from './helpers.js';

afterAll(cleanupTempDirs);

interface Done { code: number | null; stdout: string; stderr: string }

function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Done> {
  return new Promise((resolve, reject) => {
    // prefer-offline: the dependencies' metadata from npm's cache when it has them, as CI runs again and again.
    const child = spawn(command, args, { cwd, env: cliEnv({ npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true', ...env }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const git = (args: string[], cwd: string) => spawnSync('git', args, { cwd, encoding: 'utf8' });
const haveGit = git(['--version'], REPO_ROOT).status === 0 && git(['rev-parse', 'HEAD'], REPO_ROOT).status === 0;

describe.skipIf(!haveGit)('installing odlint', () => {
  const work = makeTempDir('odlint-install-');
  const clone = path.join(work, 'clone');
  const data = path.join(work, 'data');
  let tarball = '';
  let pack: Done;

  beforeAll(async () => {
    expect(git(['clone', '-q', REPO_ROOT, clone], work).status).toBe(0);
    // The clone borrows this checkout's dependencies to build, as a developer's clone after npm ci would have them.
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    pack = await run('npm', ['pack', '--pack-destination', work], clone);
    tarball = readdirSync(work).find((f) => f.endsWith('.tgz')) ?? '';
    writeFileSync(path.join(work, 'package.json'), '{}\n');
    spawnSync('cp', ['-r', path.join(REPO_ROOT, 'fixtures'), data]);
  }, 120_000);

  it('packs dist/ without source maps, tests or sources, and without the prepare script', () => {
    expect(pack.code, pack.stderr).toBe(0);
    expect(tarball).toMatch(/^odlint-\d+\.\d+\.\d+\.tgz$/);
    const list = spawnSync('tar', ['tzf', path.join(work, tarball)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(list).toContain('package/dist/cli/main.js');
    expect(list).toContain('package/rules/standard.yaml');
    expect(list).toContain('package/rules/scoring.yaml');
    expect(list).toContain('package/schemas/report.schema.json');
    expect(list.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(list.filter((f) => /^package\/(src|test|fixtures|bench)\//.test(f))).toEqual([]);
    const manifest = JSON.parse(spawnSync('tar', ['xzf', path.join(work, tarball), '-O', 'package/package.json'], { encoding: 'utf8' }).stdout) as { scripts: Record<string, string> };
    expect(manifest.scripts.prepare).toBeUndefined();
    // postpack put the clone's package.json back as it was.
    expect(git(['status', '--porcelain'], clone).stdout).toBe('');
  });

  it('installs from the tarball globally and into a project, each giving a working odlint elsewhere', async () => {
    const globalPrefix = path.join(work, 'global-tgz');
    const project = path.join(work, 'project');
    spawnSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), '{"name":"p","private":true}\n');
    const [global, local] = await Promise.all([
      run('npm', ['install', '--global', '--prefix', globalPrefix, path.join(work, tarball)], work),
      run('npm', ['install', path.join(work, tarball)], project),
    ]);
    expect(global.code, global.stderr).toBe(0);
    expect(local.code, local.stderr).toBe(0);
    // No install script to allow: the packed package has none.
    expect(global.stderr).not.toContain('install-scripts');
    for (const bin of [path.join(globalPrefix, 'bin', 'odlint'), path.join(project, 'node_modules', '.bin', 'odlint')]) {
      const lint = await run(bin, ['lint', '.', '--now', NOW, '-f', 'json'], data);
      expect(lint.code, lint.stderr).toBe(1);
      expect((JSON.parse(lint.stdout) as { summary: { datasets: number } }).summary.datasets).toBe(8);
    }
  }, 180_000);

  it('installs globally from git (npm install -g --install-links git+file://…), building in the clone npm makes', async () => {
    const globalPrefix = path.join(work, 'global-git');
    const install = await run('npm', ['install', '--global', '--install-links', '--prefix', globalPrefix, `git+file://${clone}`], work);
    expect(install.code, install.stderr).toBe(0);
    const bin = path.join(globalPrefix, 'bin', 'odlint');
    expect(existsSync(path.join(globalPrefix, 'lib', 'node_modules', 'odlint', 'dist', 'cli', 'main.js'))).toBe(true);
    const lint = await run(bin, ['lint', '.', '--now', NOW], data);
    expect(lint.code, lint.stderr).toBe(1);
    expect(lint.stdout).toContain('in 16 files in 8 datasets');
    expect(readFileSync(path.join(globalPrefix, 'lib', 'node_modules', 'odlint', 'package.json'), 'utf8')).toContain('"name": "odlint"');
  }, 240_000);
});
