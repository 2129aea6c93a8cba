import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, positionOf } from '../../../helpers/lint-files.js';
import { OdlintError } from '../../../../src/util/errors.js';

afterEach(cleanupTempDirs);
const lint = (files: Record<string, string>, options?: Record<string, unknown>, vocabularies?: ReadonlyMap<string, unknown>) =>
  lintFiles(files, { rules: [{ check: 'licence-consistent', id: 'licence/consistent', severity: 'warning', options }], vocabularies });

const pkg = (licenses: unknown, resources: unknown[] = [{ name: 'spend', data: [{ a: 1 }] }]) =>
  `${JSON.stringify({ name: 'p', ...(licenses === undefined ? {} : { licenses }), resources }, null, 2)}\n`;
const CC_BY = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };

describe('licence-consistent', () => {
  it.each([
    [CC_BY],
    [{ url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', title: 'Open Government Licence 3.0 (United Kingdom)' }],
    [{ name: 'ODC-BY-1.0', path: 'http://opendatacommons.org/licenses/by/1.0/', title: 'Open Data Commons Attribution License' }],
    [{ name: 'ogl-uk-3.0', path: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/open-government-licence.htm' }],
    // Written without a version, a CKAN id or title agrees with any version of its family.
    [{ name: 'uk-ogl', path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/' }],
    [{ name: 'cc-by', path: 'https://creativecommons.org/licenses/by/3.0/' }],
    [{ name: 'cc-nc', path: 'http://creativecommons.org/licenses/by-nc/2.0/' }],
    [{ path: 'https://creativecommons.org/licenses/by-sa/2.0/', title: 'Creative Commons Attribution Share-Alike' }],
    // A part nobody recognises cannot disagree (licence-recognised reports a licence with no known part).
    [{ name: 'CC-BY-4.0', path: 'https://data.example.gov/licence' }],
  ])('passes a licence whose parts agree: %j', async (licence) => {
    expect(await lint({ 'datapackage.json': pkg([licence]) })).toEqual([]);
  });

  it('reports an id and a URL that name different licences, at the URL', async () => {
    const text = pkg([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by-nc/4.0/' }]);
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'licence/consistent',
        message: "The package's licence names two different licences: name 'CC-BY-4.0' is CC-BY-4.0 but path 'https://creativecommons.org/licenses/by-nc/4.0/' is CC-BY-NC-4.0",
        file: 'datapackage.json',
        ...positionOf(text, '"https://creativecommons.org/licenses/by-nc/4.0/"'),
      },
    ]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.hint).toBe('Make the name and path name the same licence: CC-BY-4.0 is https://creativecommons.org/licenses/by/4.0/, CC-BY-NC-4.0 is https://creativecommons.org/licenses/by-nc/4.0/');
    expect(findings[0]).toMatchObject({
      messageId: 'twoLicences',
      data: { first: "name 'CC-BY-4.0'", firstId: 'CC-BY-4.0', second: "path 'https://creativecommons.org/licenses/by-nc/4.0/'", secondId: 'CC-BY-NC-4.0' },
    });
  });

  it('reports versions that disagree, and a title that names another licence', async () => {
    const text = pkg([
      { url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', title: 'Open Government Licence v2.0' },
      { name: 'ODbL-1.0', title: 'Creative Commons Attribution 4.0' },
    ]);
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'licence/consistent',
        message: "The package's licence names two different licences: url 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' is OGL-UK-3.0 but title 'Open Government Licence v2.0' is OGL-UK-2.0",
        file: 'datapackage.json',
        ...positionOf(text, '"Open Government Licence v2.0"'),
      },
      {
        ruleId: 'licence/consistent',
        message: "The package's licence names two different licences: name 'ODbL-1.0' is ODbL-1.0 but title 'Creative Commons Attribution 4.0' is CC-BY-4.0",
        file: 'datapackage.json',
        ...positionOf(text, '"Creative Commons Attribution 4.0"'),
      },
    ]);
  });

  it("reports a resource whose licence differs from the package's, at the resource's licences", async () => {
    const text = pkg([CC_BY], [
      { name: 'same', data: [], licenses: [{ name: 'cc-by-4.0' }] },
      { name: 'other', data: [], licenses: [{ name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' }] },
      { name: 'inherits', data: [] },
    ]);
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/consistent', message: "Resource 'other' is licensed under ODbL-1.0, but the package under CC-BY-4.0", file: 'datapackage.json', ...positionOf(text, '[\n        {\n          "name": "ODbL-1.0"') },
    ]);
    expect(findings[0]!.hint).toMatch(/^A resource's licences replace the package's for that resource/);
    expect(findings[0]).toMatchObject({ messageId: 'resourceDiffers', data: { resource: "Resource 'other'", licences: 'ODbL-1.0', packageLicences: 'CC-BY-4.0' } });
  });

  it('reports a resource that drops one of the package licences, and one that adds one', async () => {
    const text = pkg(['ODbL-1.0', 'CC-BY-4.0'], [
      { name: 'drops', data: [], licenses: ['ODbL-1.0'] },
      { name: 'adds', data: [], licenses: ['ODbL-1.0', 'CC-BY-4.0', 'CC0-1.0'] },
      { name: 'same', data: [], licenses: ['CC-BY-4.0', 'odc-odbl'] },
    ]);
    expect((await lint({ 'datapackage.json': text })).map((f) => f.message)).toEqual([
      "Resource 'drops' is licensed under ODbL-1.0, but the package under ODbL-1.0 and CC-BY-4.0",
      "Resource 'adds' is licensed under ODbL-1.0, CC-BY-4.0 and CC0-1.0, but the package under ODbL-1.0 and CC-BY-4.0",
    ]);
  });

  it("reports a resource's own licence whose parts disagree, naming the resource", async () => {
    const text = pkg(undefined, [{ name: 'spend', data: [], licenses: [{ name: 'ODbL-1.0', path: 'https://creativecommons.org/licenses/by/4.0/' }] }]);
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'licence/consistent',
        message: "Resource 'spend': the licence names two different licences: name 'ODbL-1.0' is ODbL-1.0 but path 'https://creativecommons.org/licenses/by/4.0/' is CC-BY-4.0",
        file: 'datapackage.json',
        ...positionOf(text, '"https://creativecommons.org/licenses/by/4.0/"'),
      },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'resourceTwoLicences', data: { resource: "Resource 'spend'", firstId: 'ODbL-1.0', secondId: 'CC-BY-4.0' } });
  });

  it('compares nothing when the package or the resource has no licence it recognises', async () => {
    expect(await lint({ 'datapackage.json': pkg(undefined, [{ name: 'a', data: [], licenses: ['CC-BY-4.0'] }]) })).toEqual([]);
    expect(await lint({ 'datapackage.json': pkg(['Our Licence'], [{ name: 'a', data: [], licenses: ['CC-BY-4.0'] }]) })).toEqual([]);
    expect(await lint({ 'datapackage.json': pkg(['CC-BY-4.0'], [{ name: 'a', data: [], licenses: ['Our Licence'] }]) })).toEqual([]);
  });

  it('can be told to look only within licences, or only across package and resources', async () => {
    const text = pkg([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by-nd/4.0/' }], [{ name: 'a', data: [], licenses: ['CC0-1.0'] }]);
    expect((await lint({ 'datapackage.json': text })).length).toBe(2);
    expect((await lint({ 'datapackage.json': text }, { withinLicence: false })).map((f) => f.message)).toEqual(["Resource 'a' is licensed under CC0-1.0, but the package under CC-BY-4.0"]);
    expect((await lint({ 'datapackage.json': text }, { packageAndResources: false })).map((f) => f.message)).toEqual([
      "The package's licence names two different licences: name 'CC-BY-4.0' is CC-BY-4.0 but path 'https://creativecommons.org/licenses/by-nd/4.0/' is CC-BY-ND-4.0",
    ]);
  });

  it('leaves lone files and unreadable metadata to other rules', async () => {
    expect(await lint({ 'data.csv': 'a\n1\n' })).toEqual([]);
    expect(await lint({ 'datapackage.json': '[1, 2' })).toEqual([]);
  });

  it('stops the run when its vocabulary is missing', async () => {
    await expect(lint({ 'datapackage.json': pkg([CC_BY]) }, { vocabulary: 'licenses' })).rejects.toThrow(OdlintError);
    await expect(lint({ 'datapackage.json': pkg([CC_BY]) }, { vocabulary: 'licenses' })).rejects.toThrow("The standard has no vocabulary named 'licenses', which its licence rules need.");
  });
});
