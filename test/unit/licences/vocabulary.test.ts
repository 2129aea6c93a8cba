// The licence vocabulary's validation, and the bundled vocabulary and the script that builds it
// (src/licences/vocabulary.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledVocabularyMap } from '../../helpers/lint-files.js';
import { resolveLicence } from '../../../src/licences/resolve.js';
import { loadLicenceVocabulary, parseLicenceVocabulary, reasonText, type LicenceVocabulary } from '../../../src/licences/vocabulary.js';
import { OdlintError } from '../../../src/util/errors.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const REGISTER = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'licenses');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'build-licence-vocabulary.mjs');
const VOCABULARY_FILE = path.join(REPO_ROOT, 'rules', 'vocabularies', 'licences.json');

const vocabulary: LicenceVocabulary = loadLicenceVocabulary(bundledVocabularyMap(), 'licences');

describe('the licence vocabulary', () => {
  const minimal = () => ({ licences: { 'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0', open: true, urls: ['creativecommons.org/licenses/by/4.0'] } } });
  const malformed = (value: unknown) => {
    try {
      parseLicenceVocabulary(value, 'licences');
    } catch (err) {
      expect(err).toBeInstanceOf(OdlintError);
      expect((err as OdlintError).hint).toMatch(/build-licence-vocabulary/);
      return (err as Error).message;
    }
    throw new Error('the vocabulary was accepted');
  };

  it('accepts a minimal vocabulary and indexes it', () => {
    const v = parseLicenceVocabulary(minimal(), 'licences');
    expect(resolveLicence('https://creativecommons.org/licenses/by/4.0/', v)?.id).toBe('CC-BY-4.0');
    expect(resolveLicence({ title: 'Creative Commons Attribution 4.0' }, v)?.id).toBe('CC-BY-4.0');
    // NC/ND Creative Commons licences are judged even by a vocabulary that lists none, with the built-in reasons.
    expect(resolveLicence('CC-BY-NC-4.0', v)).toMatchObject({ open: false, reason: 'non-commercial' });
  });

  it.each([
    [[], "The licence vocabulary 'licences' is malformed: it must be an object with a 'licences' member, not a list."],
    [{}, "The licence vocabulary 'licences' is malformed: 'licences' must be an object mapping each licence id to its entry, not nothing."],
    [{ licences: {} }, "The licence vocabulary 'licences' is malformed: 'licences' lists no licence."],
    [{ licences: { 'CC-BY-4.0': 'yes' } }, "The licence vocabulary 'licences' is malformed: licence 'CC-BY-4.0' must be an object, not the string 'yes'."],
    [{ licences: { 'CC-BY-4.0': { open: true } } }, "The licence vocabulary 'licences' is malformed: licence 'CC-BY-4.0' needs a 'title' (a non-empty string)."],
    [{ licences: { 'CC-BY-4.0': { title: 'CC BY', open: 'yes' } } }, "The licence vocabulary 'licences' is malformed: licence 'CC-BY-4.0': 'open' must be true or false, not the string 'yes'."],
    [{ licences: { 'CC BY': { title: 'CC BY', open: true } } }, "The licence vocabulary 'licences' is malformed: the licence id 'CC BY' must be non-empty and contain no white space."],
    [{ licences: { X: { title: 'X', open: true, urls: 'http://x.org' } } }, "The licence vocabulary 'licences' is malformed: licence 'X': 'urls' must be a list of non-empty strings."],
    [{ licences: { X: { title: 'X', open: true, colour: 'red' } } }, expect.stringMatching(/^The licence vocabulary 'licences' is malformed: licence 'X' has an unknown property 'colour' \(allowed: title, open, /)],
    [{ licences: { X: { title: 'X', open: false } } }, expect.stringMatching(/^The licence vocabulary 'licences' is malformed: licence 'X' is not open, so it needs a 'reason' \(one of non-commercial, /)],
    [{ licences: { X: { title: 'X', open: false, reason: 'too-dear' } } }, expect.stringMatching(/licence 'X' gives the reason 'too-dear', which 'reasons' does not define/)],
    [{ reasons: { cost: { clause: '2.1.9' } }, licences: { X: { title: 'X', open: true } } }, "The licence vocabulary 'licences' is malformed: reason 'cost' must be an object with a non-empty 'text' and an optional 'clause' string."],
    [{ licences: { A: { title: 'A', open: true, aliases: ['b'] }, B: { title: 'B', open: true } } }, "The licence vocabulary 'licences' is malformed: the id 'b' names both 'B' and 'A'."],
    [{ licences: { A: { title: 'A', open: true, urls: ['https://x.org/l/'] }, B: { title: 'B', open: true, url: 'http://www.x.org/l' } } }, "The licence vocabulary 'licences' is malformed: the URL 'http://www.x.org/l' names both 'A' and 'B'."],
    [{ licences: { A: { title: 'The Licence', open: true }, B: { title: 'licence', open: true } } }, "The licence vocabulary 'licences' is malformed: the title 'licence' names both 'A' and 'B'."],
    [{ licences: { A: { title: 'A', open: true, supersededBy: 'C' } } }, "The licence vocabulary 'licences' is malformed: licence 'A' is superseded by 'C', which the vocabulary does not list."],
  ])('rejects a malformed vocabulary (%#)', (value, message) => {
    expect(malformed(value)).toEqual(message);
  });

  it('stops a run whose standard has no such vocabulary, naming the ones it has', () => {
    expect(() => loadLicenceVocabulary(new Map([['frequencies', {}]]), 'licences')).toThrow(OdlintError);
    expect(() => loadLicenceVocabulary(new Map([['frequencies', {}]]), 'licences')).toThrow("The standard has no vocabulary named 'licences', which its licence rules need.");
    expect(() => loadLicenceVocabulary(new Map([['licences', null]]), 'licences')).toThrow("The licence vocabulary 'licences' is malformed: it must be an object with a 'licences' member, not null.");
  });

  it("gives why a licence is not open as a sentence part, with the Open Definition clause when the reason has one", () => {
    expect(reasonText(vocabulary.licences.get('CC-BY-NC-4.0')!, vocabulary)).toBe('forbids commercial use, so the data is not open (Open Definition 2.1, 2.1.8 Application to Any Purpose)');
    const own = parseLicenceVocabulary({ reasons: { cost: { text: 'costs money' } }, licences: { X: { title: 'X', open: false, reason: 'cost' } } }, 'licences');
    expect(reasonText(own.licences.get('X')!, own)).toBe('costs money');
  });

  it('parses a vocabulary once per run, however many rules use it', () => {
    const raw = minimal();
    const map = new Map([['licences', raw]]);
    expect(loadLicenceVocabulary(map, 'licences')).toBe(loadLicenceVocabulary(map, 'licences'));
  });
});

describe('the bundled vocabulary (rules/vocabularies/licences.json)', () => {
  const raw = JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as { _source: string; register: { commit: string }; licences: Record<string, { open: boolean; origin: string }> };

  it('accepts the licences the Open Definition approves', () => {
    for (const l of ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0', 'ODC-By-1.0', 'PDDL-1.0', 'OGL-UK-3.0', 'OGL-UK-2.0', 'OGL-Canada-2.0', 'CC-BY-3.0', 'CC-BY-SA-3.0', 'CC-PDM-1.0']) {
      expect(vocabulary.licences.get(l)?.open, l).toBe(true);
    }
  });

  it('rejects non-commercial, no-derivatives and closed licences, each with a reason', () => {
    for (const l of ['CC-BY-NC-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-1.0', 'NCGL-UK-2.0', 'cc-nc', 'other-nc', 'other-closed', 'ukcrown', 'notspecified']) {
      const licence = vocabulary.licences.get(l)!;
      expect(licence.open, l).toBe(false);
      expect(vocabulary.reasons.has(licence.reason!), l).toBe(true);
    }
  });

  it('says where it comes from, and is sorted so that rebuilding it gives the same bytes', () => {
    expect(raw._source).toMatch(/okfn\/licenses, commit [0-9a-f]{7}/);
    expect(raw._source).toMatch(/PDDL/);
    expect(raw._source).toMatch(/[Aa]dded by hand/);
    expect(raw.register.commit).toMatch(/^[0-9a-f]{7,40}$/);
    const ids = Object.keys(raw.licences);
    expect(ids).toEqual([...ids].sort());
    expect(Object.values(raw.licences).filter((l) => l.origin === 'added').length).toBeGreaterThan(20);
  });

  it.skipIf(!existsSync(REGISTER))('is what scripts/build-licence-vocabulary.mjs builds from the register (--check)', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
    expect(r.stderr.replace(/^note: .*\n/gm, '')).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!existsSync(REGISTER))('the script takes the register folder and output file as arguments, and writes the same bytes every time', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'odlint-vocab-'));
    try {
      const out = path.join(dir, 'licences.json');
      execFileSync(process.execPath, [SCRIPT, REGISTER, out], { stdio: 'pipe' });
      const first = readFileSync(out, 'utf8');
      execFileSync(process.execPath, [SCRIPT, REGISTER, out], { stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(first);
      expect(first).toBe(readFileSync(VOCABULARY_FILE, 'utf8'));
      const missing = spawnSync(process.execPath, [SCRIPT, path.join(dir, 'nowhere'), out], { encoding: 'utf8' });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/Cannot read the licence register file .*all\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
