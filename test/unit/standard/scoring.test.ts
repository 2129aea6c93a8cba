// A standard's scoring method (its root file's `scoring:`): merged over the standards it extends and odlint's
// default, validated like the rule files, and refused with a message naming the file and line when it is wrong.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { loadStandard } from '../../../src/standard/load.js';
import { defaultScoringMethod } from '../../../src/standard/scoring.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';
import { errorOf } from '../../helpers/odlint-error.js';

const checks = checkRegistry();
afterEach(cleanupTempDirs);
const ROOT = 'id: dept\nversion: 1.0.0\ntitle: Department standard\nextends: national-open-data\n';

describe('scoring methods', () => {
  it("gives the bundled standard its scoring.yaml, declared by it, and a standard that names none its base's", () => {
    const bundled = loadStandard('national-open-data', checks);
    expect(bundled.scoring).toMatchObject({ id: 'odlint-share-2026', declaredIn: 'national-open-data', bands: { good: 90, fair: 60 }, linkingWithoutKeys: 'not-assessed', mqa: true });
    expect(bundled.scoring.fails.licence).toEqual(['licence/declared', 'licence/open']);
    expect(bundled.scoring).toEqual({ ...defaultScoringMethod(), declaredIn: 'national-open-data' });
    const dir = makeTempDir();
    writeFiles(dir, { 'std/standard.yaml': ROOT });
    expect(loadStandard(path.join(dir, 'std'), checks).scoring).toEqual(bundled.scoring);
  });

  it('merges an extending standard’s partial method over its base: objects key by key, arrays replaced', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'std/standard.yaml': `${ROOT}scoring: scoring.yaml\n`,
      'std/scoring.yaml': 'id: dept-2027\nbands:\n  good: 85\nfails:\n  licence: [licence/open]\nweights:\n  linking: 2\nmqa: false\n',
    });
    const method = loadStandard(path.join(dir, 'std'), checks).scoring;
    expect(method).toMatchObject({ id: 'dept-2027', declaredIn: 'dept', bands: { good: 85, fair: 60 }, weights: { format: 1, licence: 1, freshness: 1, linking: 2 }, mqa: false });
    expect(method.fails).toEqual({ format: [], licence: ['licence/open'], freshness: ['freshness/modified', 'freshness/update-frequency'], linking: [] });
    expect(method.title).toBe(defaultScoringMethod().title);
  });

  it('refuses a method the schema does not allow, naming the file and line', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'std/standard.yaml': `${ROOT}scoring: scoring.yaml\n`, 'std/scoring.yaml': 'bands:\n  good: 190\n' });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toMatch(/std\/scoring\.yaml:2:9: .*scoring method.*(<=|at most|maximum).*100/);
    writeFiles(dir, { 'std/scoring.yaml': 'penalty:\n  error: 5\n' });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toMatch(/std\/scoring\.yaml:1:1: .*penalty/);
  });

  it('refuses a failing rule the standard does not have, bands out of order, and a missing or outside file', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'std/standard.yaml': `${ROOT}scoring: scoring.yaml\n`, 'std/scoring.yaml': 'fails:\n  licence: [licence/declared, licence/opn]\n' });
    const e = errorOf(() => loadStandard(path.join(dir, 'std'), checks));
    expect(e.message).toMatch(/std\/scoring\.yaml:2:31: the scoring method fails licence on rule 'licence\/opn', which the standard does not have\./);
    writeFiles(dir, { 'std/scoring.yaml': 'bands:\n  good: 50\n  fair: 70\n' });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toContain("the scoring method's band fair (70) is above good (50)");
    writeFiles(dir, { 'std/scoring.yaml': 'penalties:\n  warning: { least: 30, most: 20 }\n' });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toContain('warning penalty costs more for one record (least: 30) than for all (most: 20)');
    writeFiles(dir, { 'std/standard.yaml': `${ROOT}scoring: nope.yaml\n` });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toMatch(/std\/standard\.yaml:5:10: the scoring method names a file that does not exist: 'nope\.yaml'\./);
    writeFiles(dir, { 'out.yaml': 'id: x\n', 'std/standard.yaml': `${ROOT}scoring: ../out.yaml\n` });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toContain("which is outside the standard's folder");
  });
});
