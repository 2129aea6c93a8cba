// Normal forms of licence ids, URLs and titles (src/licences/normalise.ts).
import { describe, expect, it } from 'vitest';
import { looksLikeUrl, normaliseId, normaliseTitle, normaliseUrl } from '../../../src/licences/normalise.js';

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
