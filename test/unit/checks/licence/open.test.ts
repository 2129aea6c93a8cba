import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, positionOf, type RuleSpec } from '../../../helpers/lint-files.js';
import { OdlintError } from '../../../../src/util/errors.js';

afterEach(cleanupTempDirs);
const lint = (files: Record<string, string>, options?: Record<string, unknown>, vocabularies?: ReadonlyMap<string, unknown>) =>
  lintFiles(files, { rules: [{ check: 'licence-open', id: 'licence/open', options } satisfies RuleSpec], vocabularies });

const pkg = (licenses: unknown, resources: unknown[] = [{ name: 'spend', data: [{ a: 1 }] }]) =>
  `${JSON.stringify({ name: 'p', ...(licenses === undefined ? {} : { licenses }), resources }, null, 2)}\n`;
const CC_BY = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };
const NC_MESSAGE = 'forbids commercial use, so the data is not open (Open Definition 2.1, 2.1.8 Application to Any Purpose)';

describe('licence-open', () => {
  it('passes CC-BY-4.0 written as the fixtures write it (name, path and title)', async () => {
    expect(await lint({ 'datapackage.json': pkg([CC_BY]) })).toEqual([]);
  });

  it('passes the Oxford corpus licence: the older url form of OGL-UK-3.0, with a title', async () => {
    const oxford = { url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', title: 'Open Government Licence 3.0 (United Kingdom)' };
    expect(await lint({ 'datapackage.json': pkg([oxford]) })).toEqual([]);
  });

  it.each([
    'CC-BY-4.0', 'cc-by-sa-4.0', 'CC0-1.0', 'ODbL-1.0', 'ODC-By-1.0', 'ODC-BY-1.0', 'PDDL-1.0', 'ODC-PDDL-1.0', 'OGL-UK-3.0', 'OGL-UK-2.0',
    'OGL-Canada-2.0', 'OGL-CA-2.0', 'CC-BY-3.0', 'CC-BY-SA-2.5', 'CC-PDM-1.0', 'cc-by', 'cc-by-sa', 'cc-zero', 'odc-odbl', 'odc-by', 'odc-pddl', 'uk-ogl', 'ca-ogl-lgo',
  ])('passes the open licence %s', async (name) => {
    expect(await lint({ 'datapackage.json': pkg([{ name }]) })).toEqual([]);
  });

  it.each([
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3',
    'https://creativecommons.org/licenses/by/4.0/legalcode',
    'http://creativecommons.org/licenses/by-sa/4.0/deed.en',
    'https://creativecommons.org/licenses/by/3.0/au/',
    'https://creativecommons.org/publicdomain/zero/1.0/',
    'https://opendatacommons.org/licenses/odbl/1-0/',
    'https://open.canada.ca/en/open-government-licence-canada',
  ])('passes the open licence at %s', async (path) => {
    expect(await lint({ 'datapackage.json': pkg([{ path }]) })).toEqual([]);
  });

  it('reports CC-BY-NC-4.0, saying why, at its name, and suggests CC-BY-4.0', async () => {
    const text = pkg([{ name: 'CC-BY-NC-4.0', path: 'https://creativecommons.org/licenses/by-nc/4.0/' }]);
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/open', message: `The package's licence CC-BY-NC-4.0 ${NC_MESSAGE}`, file: 'datapackage.json', ...positionOf(text, '"CC-BY-NC-4.0"') },
    ]);
    expect(findings[0]!.hint).toBe('Publish the data under an open licence such as CC-BY-4.0, CC0-1.0, ODbL-1.0');
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]).toMatchObject({ messageId: 'notOpen', data: { licence: 'CC-BY-NC-4.0', reason: NC_MESSAGE } });
  });

  it.each(['1.0', '2.0', '2.5', '3.0', '4.0'])('reports CC BY-NC %s, by id and by URL', async (version) => {
    const url = `https://creativecommons.org/licenses/by-nc/${version}/`;
    const byUrl = await lint({ 'datapackage.json': pkg([{ path: url }]) });
    expect(byUrl.map((f) => f.message)).toEqual([`The package's licence CC-BY-NC-${version} ('${url}') ${NC_MESSAGE}`]);
    const byId = await lint({ 'datapackage.json': pkg([{ name: `cc-by-nc-${version}` }]) });
    expect(byId.map((f) => f.message)).toEqual([`The package's licence CC-BY-NC-${version} ${NC_MESSAGE}`]);
  });

  it('reports a CC BY-NC port and a version that does not exist: any NC is not open', async () => {
    const findings = await lint({ 'datapackage.json': pkg([{ path: 'https://creativecommons.org/licenses/by-nc-sa/3.0/de/' }, { name: 'CC-BY-NC-5.0' }]) });
    expect(findings.map((f) => f.message)).toEqual([
      `The package's licence CC-BY-NC-SA-3.0-DE ('https://creativecommons.org/licenses/by-nc-sa/3.0/de/') ${NC_MESSAGE}`,
      `The package's licence CC-BY-NC-5.0 ${NC_MESSAGE}`,
    ]);
    expect(findings[0]!.hint).toMatch(/^Publish the data under an open licence such as CC-BY-SA-4\.0, /);
  });

  it.each([
    ['https://creativecommons.org/licenses/by-nd/4.0/', "CC-BY-ND-4.0 ('https://creativecommons.org/licenses/by-nd/4.0/') forbids changes and derived works, so the data is not open (Open Definition 2.1, 2.1.3 Modification)"],
    ['http://creativecommons.org/licenses/by-nd/2.0/legalcode', "CC-BY-ND-2.0 ('http://creativecommons.org/licenses/by-nd/2.0/legalcode') forbids changes and derived works, so the data is not open (Open Definition 2.1, 2.1.3 Modification)"],
    ['https://creativecommons.org/licenses/by-nc-nd/4.0/', "CC-BY-NC-ND-4.0 ('https://creativecommons.org/licenses/by-nc-nd/4.0/') forbids commercial use and derived works, so the data is not open (Open Definition 2.1, 2.1.3 Modification and 2.1.8 Application to Any Purpose)"],
  ])('reports the no-derivatives licence at %s', async (path, message) => {
    expect((await lint({ 'datapackage.json': pkg([{ path }]) })).map((f) => f.message)).toEqual([`The package's licence ${message}`]);
  });

  it.each([
    ['cc-nc', "cc-nc forbids commercial use, so the data is not open (Open Definition 2.1, 2.1.8 Application to Any Purpose)"],
    ['other-nc', 'other-nc forbids commercial use, so the data is not open (Open Definition 2.1, 2.1.8 Application to Any Purpose)'],
    ['NCGL-UK-2.0', 'NCGL-UK-2.0 forbids commercial use, so the data is not open (Open Definition 2.1, 2.1.8 Application to Any Purpose)'],
    ['other-closed', 'other-closed says by its own name that it is not an open licence (Open Definition 2.1, 1.1 Open License or Status)'],
    ['ukcrown', 'ukcrown reserves all rights and grants no licence to re-use, so the data is not open (Open Definition 2.1, 1.1 Open License or Status)'],
    ['notspecified', 'notspecified says that no licence is specified, so the data is not open (Open Definition 2.1, 1.1 Open License or Status)'],
    ['ukpsi', 'ukpsi was rejected by the Open Definition licence review, so the data is not open (Open Definition 2.1, 2 Open Licenses)'],
  ])('reports %s, which is not open', async (name, message) => {
    expect((await lint({ 'datapackage.json': pkg([{ name }]) })).map((f) => f.message)).toEqual([`The package's licence ${message}`]);
  });

  it('reports a licence the Open Definition has not reviewed, and says a standard can allow it', async () => {
    const findings = await lint({ 'datapackage.json': pkg([{ name: 'mit' }]) });
    expect(findings.map((f) => f.message)).toEqual([
      "The package's licence MIT is not among the licences approved as conforming to the Open Definition, so the data cannot be accepted as open (Open Definition 2.1, 1.1 Open License or Status)",
    ]);
    expect(findings[0]!.hint).toBe("Publish the data under an open licence such as CC-BY-4.0, CC0-1.0, ODbL-1.0. If it is open, the standard can list it under this rule's 'allow' option");
  });

  it('reports a superseded licence that is not open, pointing at the current version', async () => {
    const findings = await lint({ 'datapackage.json': pkg([{ path: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/open-government-licence.htm' }]) });
    expect(findings.map((f) => f.message)).toEqual([
      "The package's licence OGL-UK-1.0 ('http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/open-government-licence.htm') is not among the licences approved as conforming to the Open Definition, so the data cannot be accepted as open (Open Definition 2.1, 1.1 Open License or Status); it is superseded by OGL-UK-3.0",
    ]);
    expect(findings[0]!.hint).toMatch(/^Use OGL-UK-3\.0/);
    expect(findings[0]).toMatchObject({ messageId: 'notOpenSuperseded', data: { supersededBy: 'OGL-UK-3.0' } });
  });

  it("reports CKAN's placeholders that name no licence, unless allowGeneric", async () => {
    const text = pkg([{ name: 'other-open' }, { name: 'other-at' }, { name: 'other-pd' }]);
    const findings = await lint({ 'datapackage.json': text });
    expect(findings.map((f) => f.message)).toEqual([
      "The package's licence other-open (Other (Open)) says the data is open without naming the licence, so nobody can check its terms (Open Definition 2.1, 1.1 Open License or Status)",
      "The package's licence other-at (Other (Attribution)) says the data is open without naming the licence, so nobody can check its terms (Open Definition 2.1, 1.1 Open License or Status)",
      "The package's licence other-pd (Other (Public Domain)) says the data is open without naming the licence, so nobody can check its terms (Open Definition 2.1, 1.1 Open License or Status)",
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'generic', data: { licence: 'other-open', title: 'Other (Open)' } });
    expect(await lint({ 'datapackage.json': text }, { allowGeneric: true })).toEqual([]);
  });

  it('reports a resource licence that overrides the package licence with one that is not open, at the resource', async () => {
    const text = pkg([CC_BY], [{ name: 'spend', data: [], licenses: [{ name: 'CC-BY-NC-SA-4.0' }] }, { name: 'other', data: [] }]);
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/open', message: `Resource 'spend': the licence CC-BY-NC-SA-4.0 ${NC_MESSAGE}`, file: 'datapackage.json', ...positionOf(text, '"CC-BY-NC-SA-4.0"') },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'resourceNotOpen', data: { resource: "Resource 'spend'", licence: 'CC-BY-NC-SA-4.0', reason: NC_MESSAGE } });
  });

  it('judges every licence an entry names: an open name with a non-commercial path is reported at the path', async () => {
    const text = pkg([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by-nc/4.0/' }]);
    expect(brief(await lint({ 'datapackage.json': text }))).toEqual([
      { ruleId: 'licence/open', message: `The package's licence CC-BY-NC-4.0 ('https://creativecommons.org/licenses/by-nc/4.0/') ${NC_MESSAGE}`, file: 'datapackage.json', ...positionOf(text, '"https://creativecommons.org/licenses/by-nc/4.0/"') },
    ]);
  });

  it('judges a version-less id once when a versioned part names the same licence', async () => {
    const text = pkg([{ name: 'cc-nc', path: 'http://creativecommons.org/licenses/by-nc/2.0/' }]);
    expect((await lint({ 'datapackage.json': text })).map((f) => f.message)).toEqual([
      `The package's licence CC-BY-NC-2.0 ('http://creativecommons.org/licenses/by-nc/2.0/') ${NC_MESSAGE}`,
    ]);
  });

  it('accepts licences the rule allows and refuses those it denies, by any of their ids', async () => {
    expect(await lint({ 'datapackage.json': pkg([{ name: 'MIT' }]) }, { allow: ['mit'] })).toEqual([]);
    const findings = await lint({ 'datapackage.json': pkg([{ name: 'cc-by-sa' }]) }, { deny: ['CC-BY-SA-4.0', 'ODbL-1.0'] });
    expect(findings.map((f) => f.message)).toEqual(["The package's licence CC-BY-SA-4.0 ('cc-by-sa') is one this standard does not accept"]);
    expect(findings[0]!.hint).toBe('Publish the data under an open licence such as CC-BY-4.0, CC0-1.0');
    expect(findings[0]).toMatchObject({ messageId: 'denied', data: { licence: "CC-BY-SA-4.0 ('cc-by-sa')" } });
    // A denied licence is never suggested, not even as the open form of a non-commercial one.
    const nc = await lint({ 'datapackage.json': pkg([{ name: 'CC-BY-NC-4.0' }]) }, { deny: ['CC-BY-4.0'] });
    expect(nc[0]!.hint).toBe('Publish the data under an open licence such as CC0-1.0, ODbL-1.0');
  });

  it('stops the run before reading anything when allow or deny names an unknown licence', async () => {
    const run = lint({ 'datapackage.json': pkg([CC_BY]) }, { allow: ['Our-Licence-1.0'] });
    await expect(run).rejects.toThrow(OdlintError);
    await expect(lint({ 'datapackage.json': pkg([CC_BY]) }, { deny: ['nope'] })).rejects.toThrow(
      "The licence-open rule's option 'deny' names 'nope', which is not a licence id in the licence vocabulary 'licences'.",
    );
  });

  it('stops the run when the vocabulary is missing or malformed (prepare throws, so the CLI exits with code 2)', async () => {
    await expect(lint({ 'datapackage.json': pkg([CC_BY]) }, undefined, new Map())).rejects.toThrow("The standard has no vocabulary named 'licences', which its licence rules need.");
    const broken = new Map([['licences', { licences: { 'CC-BY-4.0': { title: 'CC BY', open: 'yes' } } }]]);
    await expect(lint({ 'datapackage.json': pkg([CC_BY]) }, undefined, broken)).rejects.toThrow(
      "The licence vocabulary 'licences' is malformed: licence 'CC-BY-4.0': 'open' must be true or false, not the string 'yes'.",
    );
    // Even with nothing to lint: the vocabulary is checked first.
    await expect(lint({}, undefined, broken)).rejects.toBeInstanceOf(OdlintError);
  });

  it('uses the vocabulary the rule names', async () => {
    const custom = new Map([['house', { licences: { 'House-1.0': { title: 'House Licence 1.0', open: true }, 'Closed-1.0': { title: 'Closed', open: false, reason: 'not-open' } } }]]);
    expect(await lint({ 'datapackage.json': pkg([{ name: 'house-1.0' }]) }, { vocabulary: 'house' }, custom)).toEqual([]);
    const findings = await lint({ 'datapackage.json': pkg([{ name: 'Closed-1.0' }]) }, { vocabulary: 'house', recommended: ['House-1.0', 'CC-BY-4.0'] }, custom);
    expect(findings.map((f) => [f.message, f.hint])).toEqual([
      ["The package's licence Closed-1.0 says by its own name that it is not an open licence (Open Definition 2.1, 1.1 Open License or Status)", 'Publish the data under an open licence such as House-1.0'],
    ]);
  });

  it("gives a vocabulary's reason without a clause as it is written", async () => {
    const custom = new Map([['house', { reasons: { 'too-dear': { text: 'costs money to re-use' } }, licences: { 'Dear-1.0': { title: 'Dear', open: false, reason: 'too-dear' } } }]]);
    const findings = await lint({ 'datapackage.json': pkg([{ name: 'Dear-1.0' }]) }, { vocabulary: 'house' }, custom);
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([['notOpen', "The package's licence Dear-1.0 costs money to re-use"]]);
  });

  it('names the resource whose own licence is denied, not open and superseded, or generic', async () => {
    const resources = [
      { name: 'a', data: [], licenses: [{ name: 'ODbL-1.0' }] },
      { name: 'b', data: [], licenses: [{ name: 'OGL-UK-1.0' }] },
      { name: 'c', data: [], licenses: [{ name: 'other-open' }] },
    ];
    const findings = await lint({ 'datapackage.json': pkg([CC_BY], resources) }, { deny: ['ODbL-1.0'] });
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([
      ['resourceDenied', "Resource 'a': the licence ODbL-1.0 is one this standard does not accept"],
      [
        'resourceNotOpenSuperseded',
        "Resource 'b': the licence OGL-UK-1.0 is not among the licences approved as conforming to the Open Definition, so the data cannot be accepted as open (Open Definition 2.1, 1.1 Open License or Status); it is superseded by OGL-UK-3.0",
      ],
      [
        'resourceGeneric',
        "Resource 'c': the licence other-open (Other (Open)) says the data is open without naming the licence, so nobody can check its terms (Open Definition 2.1, 1.1 Open License or Status)",
      ],
    ]);
    expect(findings[1]!.data).toEqual({ resource: "Resource 'b'", licence: 'OGL-UK-1.0', reason: expect.stringMatching(/^is not among/), supersededBy: 'OGL-UK-3.0' });
  });

  it('leaves unrecognised licences, lone files and unreadable metadata to other rules', async () => {
    expect(await lint({ 'datapackage.json': pkg([{ name: 'Our Data Licence' }]) })).toEqual([]);
    expect(await lint({ 'data.csv': 'a\n1\n' })).toEqual([]);
    expect(await lint({ 'datapackage.json': '{"licenses": [' })).toEqual([]);
  });
});
