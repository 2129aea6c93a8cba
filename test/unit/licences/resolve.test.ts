// Resolution of licence ids, URLs and titles, and Creative Commons read from the id or URL itself
// (src/licences/resolve.ts).
import { describe, expect, it } from 'vitest';
import { bundledVocabularyMap } from '../../helpers/lint-files.js';
import { agree, closestLicence, resolveLicence, resolveParts, resolveString } from '../../../src/licences/resolve.js';
import { loadLicenceVocabulary, type LicenceVocabulary } from '../../../src/licences/vocabulary.js';

const vocabulary: LicenceVocabulary = loadLicenceVocabulary(bundledVocabularyMap(), 'licences');
const id = (entry: Parameters<typeof resolveLicence>[0]) => resolveLicence(entry, vocabulary)?.id;

describe('licences real portals use (CKAN records of open.canada.ca, catalog.data.gov, GovData, data.norge.no, data.gouv.fr)', () => {
  const verdict = (written: string) => {
    const m = resolveString(written, vocabulary);
    return m && { id: m.licence.id, open: m.licence.open, reason: m.licence.reason };
  };
  it.each([
    ['ca-ogl-lgo', 'OGL-Canada-2.0', true],
    ['https://open.canada.ca/en/open-government-licence-canada', 'OGL-Canada-2.0', true],
    ['http://open.canada.ca/en/open-government-licence-canada', 'OGL-Canada-2.0', true],
    ['Open Government Licence - Canada', 'OGL-Canada-2.0', true],
    ['https://www.usa.gov/government-works', 'us-pd', true],
    ['http://www.usa.gov/publicdomain/label/1.0/', 'us-pd', true],
    ['us-pd', 'us-pd', true],
    ['https://creativecommons.org/publicdomain/mark/1.0/', 'CC-PDM-1.0', true],
    ['DL-DE-BY-2.0', 'DL-DE-BY-2.0', true],
    ['dl-by-de/2.0', 'DL-DE-BY-2.0', true],
    ['https://www.govdata.de/dl-de/by-2-0', 'DL-DE-BY-2.0', true],
    ['http://dcat-ap.de/def/licenses/dl-by-de/2.0', 'DL-DE-BY-2.0', true],
    ['Datenlizenz Deutschland – Namensnennung – Version 2.0', 'DL-DE-BY-2.0', true],
    ['dl-zero-de/2.0', 'DL-DE-ZERO-2.0', true],
    ['NLOD-2.0', 'NLOD-2.0', false],
    ['https://data.norge.no/nlod/no/2.0', 'NLOD-2.0', false],
    ['etalab-2.0', 'etalab-2.0', false],
    ['lo-2.0', 'etalab-2.0', false],
    ['fr-lo', 'etalab-2.0', false],
    ['lov2', 'etalab-2.0', false],
  ])('%s is %s (open: %s)', (written, expected, open) => {
    expect(verdict(written)).toMatchObject({ id: expected, open });
  });

  it.each([
    ['cc-by', 'CC-BY-4.0', true], ['cc-by-sa', 'CC-BY-SA-4.0', true], ['cc-zero', 'CC0-1.0', true], ['odc-by', 'ODC-By-1.0', true],
    ['odc-odbl', 'ODbL-1.0', true], ['odc-pddl', 'PDDL-1.0', true], ['uk-ogl', 'OGL-UK-3.0', true],
    ['gfdl', 'GFDL-1.3-no-cover-texts-no-invariant-sections', true], ['other-open', 'other-open', true], ['other-pd', 'other-pd', true],
    ['other-at', 'other-at', true], ['cc-nc', 'cc-nc', false], ['other-nc', 'other-nc', false], ['other-closed', 'other-closed', false],
    ['notspecified', 'notspecified', false],
  ])("CKAN's id %s is %s (open: %s)", (written, expected, open) => {
    expect(verdict(written)).toMatchObject({ id: expected, open });
  });

  it('names why the ones that are not open are not: non-commercial, no licence at all, not reviewed', () => {
    expect(verdict('cc-nc')?.reason).toBe('non-commercial');
    expect(verdict('notspecified')?.reason).toBe('no-licence');
    expect(verdict('NLOD-2.0')?.reason).toBe('not-reviewed');
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
