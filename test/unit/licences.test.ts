// The licence module: normal forms, resolution of ids, URLs and titles, Creative Commons read from the id or URL
// itself, the vocabulary's validation, and the bundled vocabulary and the script that builds it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledVocabularyMap } from '../helpers/lint-files.js';
import { looksLikeUrl, normaliseId, normaliseTitle, normaliseUrl } from '../../src/licences/normalise.js';
import { agree, closestLicence, resolveLicence, resolveParts, resolveString } from '../../src/licences/resolve.js';
import { loadLicenceVocabulary, parseLicenceVocabulary, type LicenceVocabulary } from '../../src/licences/vocabulary.js';
import { OdlintError } from '../../src/util/errors.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REGISTER = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'licenses');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'build-licence-vocabulary.mjs');
const VOCABULARY_FILE = path.join(REPO_ROOT, 'rules', 'vocabularies', 'licences.json');

const vocabulary: LicenceVocabulary = loadLicenceVocabulary(bundledVocabularyMap(), 'licences');
const id = (entry: Parameters<typeof resolveLicence>[0]) => resolveLicence(entry, vocabulary)?.id;

describe('normal forms', () => {
  it.each([
    ['https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', 'nationalarchives.gov.uk/doc/open-government-licence/version/3'],
    ['http://nationalarchives.gov.uk/doc/open-government-licence/version/3', 'nationalarchives.gov.uk/doc/open-government-licence/version/3'],
    ['HTTPS://CreativeCommons.org/licenses/by/4.0/legalcode', 'creativecommons.org/licenses/by/4.0'],
    ['https://creativecommons.org/licenses/by/4.0/legalcode.en', 'creativecommons.org/licenses/by/4.0'],
    ['https://creativecommons.org/licenses/by-sa/4.0/deed.zh-hans', 'creativecommons.org/licenses/by-sa/4.0'],
    ['https://creativecommons.org/licenses/by/4.0/deed.en#ref', 'creativecommons.org/licenses/by/4.0'],
    ['https://opendatacommons.org/licenses/odbl/1-0/index.html', 'opendatacommons.org/licenses/odbl/1-0'],
    ['  http://example.org/licence?lang=en  ', 'example.org/licence'],
  ])('normaliseUrl(%s)', (url, expected) => {
    expect(normaliseUrl(url)).toBe(expected);
  });

  it('normalises ids: case, white space and underscores', () => {
    expect(normaliseId(' CC BY 4.0 ')).toBe('cc-by-4.0');
    expect(normaliseId('ODC_BY-1.0')).toBe('odc-by-1.0');
    expect(normaliseId('cc  -  by')).toBe('cc-by');
  });

  it('normalises titles: case, punctuation, licence/license, versions, accents, a leading "the"', () => {
    const a = normaliseTitle('Open Government Licence v3.0');
    expect(a).toBe('opengovernmentlicence3');
    for (const t of ['open government license 3', 'The Open Government Licence version 3.0', 'OPEN GOVERNMENT LICENCE – V3']) expect(normaliseTitle(t)).toBe(a);
    expect(normaliseTitle('Licence du gouvernement ouvert – Canada')).toBe(normaliseTitle('Licence du gouvernement ouvert - Canada'));
    expect(normaliseTitle('Attribution-ShareAlike')).toBe(normaliseTitle('Attribution Share-Alike'));
    expect(normaliseTitle('Licence Ouverte Étalab')).toBe('licenceouverteetalab');
  });

  it('tells URLs from ids', () => {
    expect(looksLikeUrl('https://example.org')).toBe(true);
    expect(looksLikeUrl('creativecommons.org/licenses/by/4.0/')).toBe(true);
    expect(looksLikeUrl('CC-BY-4.0')).toBe(false);
    expect(looksLikeUrl('data/LICENSE.md')).toBe(false);
  });
});

describe('resolveLicence', () => {
  it.each([
    // The examples, and the Oxford corpus's older `url` form.
    ['https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', 'OGL-UK-3.0'],
    ['http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', 'OGL-UK-3.0'],
    ['https://nationalarchives.gov.uk/doc/open-government-licence/version/3', 'OGL-UK-3.0'],
    ['http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/open-government-licence.htm', 'OGL-UK-3.0'],
    ['http://www.nationalarchives.gov.uk/doc/open-government-licence/', 'OGL-UK-3.0'],
    ['http://reference.data.gov.uk/id/open-government-licence', 'OGL-UK-3.0'],
    ['https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/', 'OGL-UK-2.0'],
    ['http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/open-government-licence.htm', 'OGL-UK-1.0'],
    ['https://www.nationalarchives.gov.uk/doc/non-commercial-government-licence/version/2/', 'NCGL-UK-2.0'],
    ['https://creativecommons.org/licenses/by-nc/4.0/', 'CC-BY-NC-4.0'],
    ['https://creativecommons.org/licenses/by/4.0/', 'CC-BY-4.0'],
    ['http://creativecommons.org/licenses/by/4.0', 'CC-BY-4.0'],
    ['https://creativecommons.org/licenses/by/4.0/legalcode', 'CC-BY-4.0'],
    ['https://creativecommons.org/licenses/by/4.0/deed.en', 'CC-BY-4.0'],
    ['https://creativecommons.org/licenses/by-sa/4.0/legalcode.de', 'CC-BY-SA-4.0'],
    ['https://creativecommons.org/licenses/by-nd/4.0/', 'CC-BY-ND-4.0'],
    ['http://creativecommons.org/licenses/by-nc-sa/2.5/', 'CC-BY-NC-SA-2.5'],
    ['https://creativecommons.org/licenses/by-nd-nc/1.0/', 'CC-BY-NC-ND-1.0'],
    ['https://creativecommons.org/licenses/by/3.0/', 'CC-BY-3.0'],
    ['https://creativecommons.org/publicdomain/zero/1.0/', 'CC0-1.0'],
    ['http://creativecommons.org/publicdomain/zero/1.0/legalcode', 'CC0-1.0'],
    ['https://creativecommons.org/publicdomain/mark/1.0/', 'CC-PDM-1.0'],
    ['https://opendatacommons.org/licenses/odbl/1-0/', 'ODbL-1.0'],
    ['http://opendatacommons.org/licenses/odbl/1.0/', 'ODbL-1.0'],
    ['https://opendatacommons.org/licenses/odbl/', 'ODbL-1.0'],
    ['https://opendatacommons.org/licenses/by/1-0/', 'ODC-By-1.0'],
    ['https://opendatacommons.org/licenses/pddl/', 'PDDL-1.0'],
    ['http://www.opendefinition.org/licenses/odc-pddl', 'PDDL-1.0'],
    ['http://www.opendefinition.org/licenses/cc-by', 'CC-BY-4.0'],
    ['https://open.canada.ca/en/open-government-licence-canada', 'OGL-Canada-2.0'],
    ['https://open.canada.ca/fr/licence-du-gouvernement-ouvert-canada/', 'OGL-Canada-2.0'],
  ])('the URL %s is %s', (url, expected) => {
    expect(id({ path: url })).toBe(expected);
    expect(id({ url })).toBe(expected);
  });

  it.each([
    // SPDX ids in any case, the register's ids and legacy ids, CKAN ids.
    ['CC-BY-4.0', 'CC-BY-4.0'], ['cc-by-4.0', 'CC-BY-4.0'], ['Cc-By-4.0', 'CC-BY-4.0'], ['CC BY 4.0', 'CC-BY-4.0'],
    ['ODC-By-1.0', 'ODC-By-1.0'], ['ODC-BY-1.0', 'ODC-By-1.0'], ['odc-by-1.0', 'ODC-By-1.0'],
    ['PDDL-1.0', 'PDDL-1.0'], ['ODC-PDDL-1.0', 'PDDL-1.0'], ['odbl-1.0', 'ODbL-1.0'], ['cc0-1.0', 'CC0-1.0'],
    ['OGL-UK-3.0', 'OGL-UK-3.0'], ['ogl-uk-2.0', 'OGL-UK-2.0'], ['OGL-Canada-2.0', 'OGL-Canada-2.0'], ['OGL-CA-2.0', 'OGL-Canada-2.0'],
    ['cc-by', 'CC-BY-4.0'], ['cc-by-sa', 'CC-BY-SA-4.0'], ['cc-zero', 'CC0-1.0'], ['odc-odbl', 'ODbL-1.0'], ['odc-by', 'ODC-By-1.0'],
    ['odc-pddl', 'PDDL-1.0'], ['uk-ogl', 'OGL-UK-3.0'], ['UK-OGL', 'OGL-UK-3.0'], ['ca-ogl-lgo', 'OGL-Canada-2.0'], ['gfdl', 'GFDL-1.3-no-cover-texts-no-invariant-sections'],
    ['cc-nc', 'cc-nc'], ['other-nc', 'other-nc'], ['other-closed', 'other-closed'], ['other-open', 'other-open'], ['other-pd', 'other-pd'],
    ['other-at', 'other-at'], ['notspecified', 'notspecified'], ['CC-PDM-1.0', 'CC-PDM-1.0'], ['NCGL-UK-2.0', 'NCGL-UK-2.0'],
    ['LO-FR-2.0', 'etalab-2.0'], ['MIT', 'MIT'],
  ])('the id %s is %s', (name, expected) => {
    expect(id({ name })).toBe(expected);
    expect(id(name)).toBe(expected);
  });

  it.each([
    ['Open Government Licence 3.0 (United Kingdom)', 'OGL-UK-3.0'],
    ['Open Government Licence v3.0', 'OGL-UK-3.0'],
    ['open government license version 3', 'OGL-UK-3.0'],
    ['UK Open Government Licence (OGL)', 'OGL-UK-3.0'],
    ['Open Government Licence v2.0', 'OGL-UK-2.0'],
    ['Open Government Licence - Canada', 'OGL-Canada-2.0'],
    ['Creative Commons Attribution 4.0', 'CC-BY-4.0'],
    ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0'],
    ['Attribution 4.0 International (CC BY 4.0)', 'CC-BY-4.0'],
    ['CC BY 4.0', 'CC-BY-4.0'],
    ['Creative Commons Attribution-ShareAlike 4.0 International', 'CC-BY-SA-4.0'],
    ['Creative Commons Attribution Share-Alike 4.0', 'CC-BY-SA-4.0'],
    ['Creative Commons Attribution-NonCommercial 4.0 International', 'CC-BY-NC-4.0'],
    ['Creative Commons Attribution-NoDerivs 3.0 Unported', 'CC-BY-ND-3.0'],
    ['Creative Commons CCZero', 'CC0-1.0'],
    ['Open Data Commons Open Database License (ODbL)', 'ODbL-1.0'],
    ['Open Data Commons Attribution License', 'ODC-By-1.0'],
    ['Open Data Commons Public Domain Dedication and Licence 1.0', 'PDDL-1.0'],
    ['License not specified', 'notspecified'],
  ])('the title %s is %s', (title, expected) => {
    expect(id({ title })).toBe(expected);
  });

  it('reads an entry by name, then path, then url, then title', () => {
    expect(id({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by-nc/4.0/' })).toBe('CC-BY-4.0');
    expect(id({ name: 'Departmental Licence', path: 'https://creativecommons.org/licenses/by-sa/4.0/' })).toBe('CC-BY-SA-4.0');
    expect(id({ title: 'CC0 1.0' })).toBe('CC0-1.0');
    expect(id({ name: 'https://creativecommons.org/licenses/by/4.0/' })).toBe('CC-BY-4.0');
    expect(id({ name: 'Creative Commons Attribution 4.0' })).toBe('CC-BY-4.0');
    expect(id({ name: 'Our Data Licence' })).toBeUndefined();
    expect(id({ path: 'LICENSE.md' })).toBeUndefined();
    expect(id({})).toBeUndefined();
    expect(id('')).toBeUndefined();
    expect(resolveParts({ name: 42, path: '', title: 'CC0 1.0' }, vocabulary).map((p) => p.part)).toEqual(['title']);
  });

  it('reads any Creative Commons URL or id: ports, versions and NC/ND licences the vocabulary does not list', () => {
    const port = resolveLicence({ path: 'https://creativecommons.org/licenses/by/3.0/au/deed.en' }, vocabulary)!;
    expect(port).toMatchObject({ id: 'CC-BY-3.0-AU', open: true, family: 'CC-BY', derived: true, url: 'https://creativecommons.org/licenses/by/3.0/au/' });
    expect(resolveLicence('https://creativecommons.org/licenses/by-sa/2.1/jp/', vocabulary)).toMatchObject({ id: 'CC-BY-SA-2.1-JP', open: true });
    expect(resolveLicence('https://creativecommons.org/licenses/by-nd/3.0/de/', vocabulary)).toMatchObject({ id: 'CC-BY-ND-3.0-DE', open: false, reason: 'no-derivatives' });
    expect(resolveLicence('CC-BY-NC-SA-3.0-IGO', vocabulary)).toMatchObject({ id: 'CC-BY-NC-SA-3.0-IGO', open: false, reason: 'non-commercial' });
    // A NonCommercial or NoDerivatives licence is not open whatever its version, even one that does not exist.
    expect(resolveLicence('https://creativecommons.org/licenses/by-nc/5.0/', vocabulary)).toMatchObject({ id: 'CC-BY-NC-5.0', open: false, reason: 'non-commercial' });
    expect(resolveLicence('CC-BY-NC-ND', vocabulary)).toMatchObject({ id: 'CC-BY-NC-ND', open: false, reason: 'non-commercial-no-derivatives' });
    expect(resolveLicence('https://creativecommons.org/licenses/nd-nc/1.0/', vocabulary)).toMatchObject({ id: 'CC-NC-ND-1.0', open: false });
    // Without a version, BY and BY-SA are CKAN's cc-by and cc-by-sa: the current version.
    expect(id('https://creativecommons.org/licenses/by-sa/')).toBe('CC-BY-SA-4.0');
    // A BY licence of a version that never existed is not guessed.
    expect(id('https://creativecommons.org/licenses/by/5.0/')).toBeUndefined();
    expect(id('https://creativecommons.org/licenses/foo/4.0/')).toBeUndefined();
    expect(id('https://creativecommons.org/licenses/by-by/4.0/')).toBeUndefined();
  });

  it('every version of every NonCommercial and NoDerivatives licence is not open', () => {
    for (const type of ['by-nc', 'by-nd', 'by-nc-sa', 'by-nc-nd']) {
      for (const version of ['1.0', '2.0', '2.5', '3.0', '4.0']) {
        const l = resolveLicence({ path: `https://creativecommons.org/licenses/${type}/${version}/` }, vocabulary)!;
        expect(l.open, `${type} ${version}`).toBe(false);
        expect(l.derived, `${type} ${version} is listed`).toBeUndefined();
        expect(resolveLicence(`CC-${type.toUpperCase()}-${version}`, vocabulary)!.id).toBe(l.id);
      }
    }
  });

  it('says which readings agree: one licence, or one family written without a version', () => {
    const m = (s: string, part: 'name' | 'path' | 'title' = 'name') => resolveString(s, vocabulary, part)!;
    expect(agree(m('CC-BY-4.0'), m('https://creativecommons.org/licenses/by/4.0/', 'path'))).toBe(true);
    expect(agree(m('cc-by'), m('https://creativecommons.org/licenses/by/3.0/', 'path'))).toBe(true);
    expect(agree(m('uk-ogl'), m('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/', 'path'))).toBe(true);
    expect(agree(m('CC-BY-4.0'), m('CC-BY-3.0'))).toBe(false);
    expect(agree(m('CC-BY-4.0'), m('https://creativecommons.org/licenses/by-nc/4.0/', 'path'))).toBe(false);
    expect(agree(m('cc-by'), m('CC-BY-SA-4.0'))).toBe(false);
  });

  it('suggests the closest known licence for a near miss, and nothing for a stranger', () => {
    expect(closestLicence('CC-BY-4', vocabulary)?.id).toBe('CC-BY-4.0');
    expect(closestLicence('OGL-UK-3', vocabulary)?.id).toBe('OGL-UK-3.0');
    expect(closestLicence('CC-BY-5.0', vocabulary)?.id).toBe('CC-BY-4.0');
    expect(closestLicence('ODBL 1.0', vocabulary)?.id).toBe('ODbL-1.0');
    expect(closestLicence('https://creativecommons.org/licence/by/4.0/', vocabulary, 'path')?.id).toBe('CC-BY-4.0');
    expect(closestLicence('Open Goverment Licence v3.0', vocabulary, 'title')?.id).toBe('OGL-UK-3.0');
    expect(closestLicence('Our Data Licence', vocabulary)).toBeUndefined();
    expect(closestLicence('x', vocabulary)).toBeUndefined();
  });
});

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
