import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintFiles, positionOf } from '../../../helpers/lint-files.js';
import { OdlintError } from '../../../../src/util/errors.js';

afterEach(cleanupTempDirs);
const lint = (files: Record<string, string>, vocabularies?: ReadonlyMap<string, unknown>) =>
  lintFiles(files, { rules: [{ check: 'licence-recognised', id: 'licence/recognised' }], vocabularies });

const pkg = (extra: Record<string, unknown>, resources: unknown[] = [{ name: 'spend', data: [{ a: 1 }] }]) =>
  `${JSON.stringify({ name: 'p', ...extra, resources }, null, 2)}\n`;

describe('licence-recognised', () => {
  it.each([
    [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    [{ url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', title: 'Open Government Licence 3.0 (United Kingdom)' }],
    [{ path: 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3' }],
    [{ path: 'https://creativecommons.org/licenses/by-nc/4.0/' }],
    [{ path: 'https://creativecommons.org/licenses/by/4.0/legalcode' }],
    [{ name: 'odc-by-1.0' }],
    [{ name: 'ODC-PDDL-1.0' }],
    [{ name: 'uk-ogl' }],
    [{ name: 'ca-ogl-lgo' }],
    [{ name: 'cc-by-nc-nd-3.0' }],
    [{ title: 'Open Government Licence v3.0' }],
    [{ title: 'Creative Commons Attribution-ShareAlike 4.0 International' }],
    [{ name: 'Departmental Licence', path: 'https://opendatacommons.org/licenses/odbl/1-0/' }],
    ['CC0-1.0'],
  ])('passes %j', async (licence) => {
    expect(await lint({ 'datapackage.json': pkg({ licenses: [licence] }) })).toEqual([]);
  });

  it('passes the singular license of older descriptors, and a licence given as an object instead of a list', async () => {
    expect(await lint({ 'datapackage.json': pkg({ license: 'ODbL-1.0' }) })).toEqual([]);
    expect(await lint({ 'datapackage.json': pkg({ licenses: { name: 'ODbL-1.0' } }) })).toEqual([]);
  });

  it('reports an id with a typo at its name, suggesting the id and URL it is closest to', async () => {
    const text = pkg({ licenses: [{ name: 'CC-BY-4' }] });
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/recognised', message: "The package declares the licence 'CC-BY-4', which is not a licence this standard recognises", file: 'datapackage.json', ...positionOf(text, '"CC-BY-4"') },
    ]);
    expect(findings[0]!.hint).toBe("Did you mean CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/)? Write its id as 'name' and its URL as 'path'");
    expect(findings[0]!.category).toBe('licence');
    expect(findings[0]).toMatchObject({ messageId: 'unrecognised', data: { licence: "'CC-BY-4'" } });
  });

  it('reports a mistyped URL, naming what was written', async () => {
    const text = pkg({ licenses: [{ path: 'https://creativecommons.org/licence/by-sa/4.0/', title: 'Our licence' }] });
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'licence/recognised',
        message: "The package declares the licence path 'https://creativecommons.org/licence/by-sa/4.0/', title 'Our licence', which is not a licence this standard recognises",
        file: 'datapackage.json',
        ...positionOf(text, '"https://creativecommons.org/licence/by-sa/4.0/"'),
      },
    ]);
    expect(findings[0]!.hint).toMatch(/^Did you mean CC-BY-SA-4\.0 \(https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\/\)\?/);
    expect(findings[0]!.data).toEqual({ licence: "path 'https://creativecommons.org/licence/by-sa/4.0/', title 'Our licence'" });
  });

  it('reports a licence of its own with no near miss, saying how to name one', async () => {
    const text = pkg({ licenses: [{ name: 'Departmental Data Licence', path: 'https://data.example.gov/licence' }] });
    const findings = await lint({ 'datapackage.json': text });
    expect(findings.map((f) => f.message)).toEqual([
      "The package declares the licence 'Departmental Data Licence' (path 'https://data.example.gov/licence'), which is not a licence this standard recognises",
    ]);
    expect(findings[0]!.hint).toBe("Name the licence by its SPDX or Open Definition id (e.g. CC-BY-4.0, OGL-UK-3.0, CC0-1.0) and give its URL as 'path'; a licence of your own must first be added to the standard's licence vocabulary ('licences')");
  });

  it('reports a licence file inside the package, asking for its id too', async () => {
    const findings = await lint({ 'datapackage.json': pkg({ licenses: [{ path: 'LICENSE.md' }] }) });
    expect(findings.map((f) => [f.message, f.hint])).toEqual([
      ["The package declares the licence path 'LICENSE.md', which is not a licence this standard recognises", "A licence file inside the package cannot be checked: give the licence's id as 'name' (e.g. CC-BY-4.0) as well"],
    ]);
  });

  it('reports an unknown licence of a resource and a string entry, each where it is written', async () => {
    const text = pkg({ licenses: ['CC-BY-4.0', 'Crown Copyright'] }, [{ name: 'spend', data: [], licenses: [{ name: 'cc-by-5.0' }] }]);
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/recognised', message: "The package declares the licence 'Crown Copyright', which is not a licence this standard recognises", file: 'datapackage.json', ...positionOf(text, '"Crown Copyright"') },
      { ruleId: 'licence/recognised', message: "Resource 'spend' declares the licence 'cc-by-5.0', which is not a licence this standard recognises", file: 'datapackage.json', ...positionOf(text, '"cc-by-5.0"') },
    ]);
    expect(findings[1]!.hint).toMatch(/^Did you mean CC-BY-4\.0 /);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['unrecognised', { licence: "'Crown Copyright'" }],
      ['resourceUnrecognised', { resource: "Resource 'spend'", licence: "'cc-by-5.0'" }],
    ]);
  });

  it('leaves licences that name nothing, missing licences, lone files and unreadable metadata to other rules', async () => {
    expect(await lint({ 'datapackage.json': pkg({ licenses: [{}, { title: '' }] }) })).toEqual([]);
    expect(await lint({ 'datapackage.json': pkg({}) })).toEqual([]);
    expect(await lint({ 'data.csv': 'a\n1\n' })).toEqual([]);
    expect(await lint({ 'datapackage.json': '{' })).toEqual([]);
  });

  it('stops the run when its vocabulary is malformed', async () => {
    const broken = new Map([['licences', { licences: { A: { title: 'A', open: false } } }]]);
    await expect(lint({ 'datapackage.json': pkg({ licenses: ['A'] }) }, broken)).rejects.toThrow(OdlintError);
    await expect(lint({ 'datapackage.json': pkg({ licenses: ['A'] }) }, broken)).rejects.toThrow(/^The licence vocabulary 'licences' is malformed: licence 'A' is not open, so it needs a 'reason'/);
  });
});
