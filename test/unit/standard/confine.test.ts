// A standard reads only its own files: includes and vocabularies whose real path leaves its folder (or its npm
// package) are refused with an OdlintError naming the path, before anything of them is read (issue 13, problem 2).
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { loadStandard } from '../../../src/standard/load.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';
import { errorOf } from '../../helpers/odlint-error.js';

const checks = checkRegistry();
afterEach(cleanupTempDirs);
const SECRET = 'TOPSECRET77';
const ROOT = 'id: s\nversion: 1.0.0\ntitle: S\nextends: national-open-data\n';

describe('loadStandard: confinement', () => {
  it('refuses a vocabulary that is a link out of the folder, or an absolute path, naming it but not its contents', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'out/l.json': JSON.stringify(SECRET), 'std/standard.yaml': `${ROOT}vocabularies:\n  licences: l.json\n` });
    symlinkSync('../out/l.json', path.join(dir, 'std/l.json'));
    const e = errorOf(() => loadStandard(path.join(dir, 'std'), checks));
    expect(e.message).toMatch(/std\/standard\.yaml:6:13: the vocabulary 'licences' names 'l\.json', which is outside the standard's folder .*std/);
    expect(`${e.message} ${e.hint}`).not.toContain(SECRET);
    writeFiles(dir, { 'std/standard.yaml': `${ROOT}vocabularies:\n  licences: ${path.join(dir, 'out/l.json')}\n` });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toContain('outside the standard\'s folder');
  });

  it('refuses an include leading out of the folder, and accepts a link that stays inside it', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'out/r.yaml': 'rules: {}\n', 'std/real/r.yaml': 'rules: {}\n', 'std/standard.yaml': `${ROOT}include:\n  - ../out/r.yaml\n` });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toContain("the included rule file '../out/r.yaml', which is outside the standard's folder");
    symlinkSync('real/r.yaml', path.join(dir, 'std/r.yaml'));
    writeFiles(dir, { 'std/standard.yaml': `${ROOT}include:\n  - r.yaml\n` });
    expect(loadStandard(path.join(dir, 'std'), checks).id).toBe('s');
  });

  it("an npm package's standard may use any folder of the package, but not leave it", () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'node_modules/std-a/package.json': JSON.stringify({ name: 'std-a', odlintStandard: 'standards/main' }),
      'node_modules/std-a/standards/main/standard.yaml': `${ROOT}include:\n  - ../common/r.yaml\n`,
      'node_modules/std-a/standards/common/r.yaml': 'rules: {}\n',
      'node_modules/std-b/package.json': JSON.stringify({ name: 'std-b', odlintStandard: '../../elsewhere' }),
      'elsewhere/standard.yaml': ROOT,
    });
    expect(loadStandard('std-a', checks, { fromDir: dir }).id).toBe('s');
    expect(errorOf(() => loadStandard('std-b', checks, { fromDir: dir })).message).toContain('is outside its npm package');
  });
});
