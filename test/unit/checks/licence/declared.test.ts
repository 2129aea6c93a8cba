import { afterEach, describe, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { brief, cleanupTempDirs, lintFiles, positionOf } from '../../../helpers/lint-files.js';

afterEach(cleanupTempDirs);
const lint = (files: Record<string, string>) => lintFiles(files, { rules: [{ check: 'licence-declared', id: 'licence/declared' }] });

const CC_BY = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };
const pkg = (extra: Record<string, unknown>, resources: unknown[] = [{ name: 'spend', data: [{ a: 1 }] }]) =>
  `${JSON.stringify({ name: 'p', ...extra, resources }, null, 2)}\n`;

describe('licence-declared', () => {
  it('passes a package licence, which covers every resource', async () => {
    expect(await lint({ 'datapackage.json': pkg({ licenses: [CC_BY] }, [{ name: 'a', data: [] }, { name: 'b', data: [] }]) })).toEqual([]);
  });

  it('passes resources that each declare their own licence, with none on the package', async () => {
    const resources = [{ name: 'a', data: [], licenses: [CC_BY] }, { name: 'b', data: [], licenses: [{ name: 'ODbL-1.0' }] }];
    expect(await lint({ 'datapackage.json': pkg({}, resources) })).toEqual([]);
  });

  it('passes the older forms: a licence with only a url, a licence as a string, the singular license', async () => {
    const oxford = { url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', title: 'Open Government Licence 3.0 (United Kingdom)' };
    expect(await lint({ 'datapackage.json': pkg({ licenses: [oxford] }) })).toEqual([]);
    expect(await lint({ 'datapackage.json': pkg({ licenses: ['CC-BY-4.0'] }) })).toEqual([]);
    expect(await lint({ 'datapackage.json': pkg({ license: 'CC-BY-4.0' }) })).toEqual([]);
  });

  it('passes a resource whose empty licenses list leaves the package licence in force', async () => {
    expect(await lint({ 'datapackage.json': pkg({ licenses: [CC_BY] }, [{ name: 'a', data: [], licenses: [] }]) })).toEqual([]);
  });

  it('reports a package with no licence anywhere once, at the top of datapackage.json', async () => {
    const text = pkg({}, [{ name: 'a', data: [] }, { name: 'b', data: [] }]);
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/declared', message: "The package declares no licence: neither datapackage.json nor any of its resources has 'licenses'", file: 'datapackage.json', line: 1, column: 1 },
    ]);
    expect(findings[0]!.hint).toMatch(/^Add "licenses": \[\{"name": "CC-BY-4\.0", "path": "https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/"/);
    expect(findings[0]!.category).toBe('licence');
    expect(findings[0]).toMatchObject({ messageId: 'noLicenceAnywhere' });
    expect(findings[0]!.data).toBeUndefined();
  });

  it('reports an empty licenses list at the list', async () => {
    const text = pkg({ licenses: [] });
    expect(brief(await lint({ 'datapackage.json': text }))).toEqual([
      { ruleId: 'licence/declared', message: "The package declares no licence: neither datapackage.json nor any of its resources has 'licenses'", file: 'datapackage.json', ...positionOf(text, '[]') },
    ]);
  });

  it('reports a package with no resources and no licence', async () => {
    const findings = await lint({ 'datapackage.json': pkg({}, []) });
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/declared', message: 'The package declares no licence', file: 'datapackage.json', line: 1, column: 1 },
    ]);
    expect(findings[0]!.messageId).toBe('noLicence');
  });

  it('reports each resource left without a licence when others have their own and the package has none', async () => {
    const text = pkg({}, [{ name: 'a', data: [], licenses: [CC_BY] }, { name: 'b', data: [] }, { data: [] }]);
    const findings = await lint({ 'datapackage.json': text });
    const b = positionOf(text, '{\n      "name": "b"');
    const third = text.indexOf('{', text.indexOf('"name": "b"'));
    const before = text.slice(0, third);
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/declared', message: "Resource 'b' has no licence: it declares none and the package declares none", file: 'datapackage.json', ...b },
      { ruleId: 'licence/declared', message: 'Resource 3 has no licence: it declares none and the package declares none', file: 'datapackage.json', line: before.split('\n').length, column: third - before.lastIndexOf('\n') },
    ]);
    expect(findings[0]!.hint).toBe("Add 'licenses' to the package, where it covers every resource, or to this resource");
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['resourceNoLicence', { resource: "Resource 'b'" }],
      ['resourceNoLicence', { resource: 'Resource 3' }],
    ]);
  });

  it('reports licences that name nothing, on the package and on a resource', async () => {
    const text = pkg({ licenses: [{}] }, [{ name: 'a', data: [], licenses: [{ title: ' ' }] }]);
    const findings = await lint({ 'datapackage.json': text });
    const pkgList = positionOf(text, '[\n    {}');
    const resList = positionOf(text, '[\n        {\n          "title"');
    expect(brief(findings)).toEqual([
      { ruleId: 'licence/declared', message: "The package's 'licenses' names no licence: each licence needs a 'name' (its id) or a 'path' (its URL)", file: 'datapackage.json', ...pkgList },
      { ruleId: 'licence/declared', message: "Resource 'a': its 'licenses' names no licence: each licence needs a 'name' (its id) or a 'path' (its URL)", file: 'datapackage.json', ...resList },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['packageNamesNone', { key: 'licenses' }],
      ['resourceNamesNone', { resource: "Resource 'a'", key: 'licenses' }],
    ]);
  });

  it('does not report lone data files (metadata-missing does) nor an unreadable datapackage.json (metadata-valid does)', async () => {
    expect(await lint({ 'data.csv': 'a\n1\n' })).toEqual([]);
    expect(await lint({ 'datapackage.json': '{"name": "p", "resources": [' })).toEqual([]);
  });
});

// Each message by id, in the table form: the singular 'license' of older descriptors is named as written.
testCheck('licence-declared', {
  valid: [{ name: 'a singular license on the package', files: { 'datapackage.json': pkg({ license: 'CC-BY-4.0' }) } }],
  invalid: [
    { name: "a singular license that names nothing", files: { 'datapackage.json': pkg({ license: { title: '' } }) }, findings: [{ messageId: 'packageNamesNone', data: { key: 'license' }, message: "The package's 'license' names no licence: each licence needs a 'name' (its id) or a 'path' (its URL)" }] },
    { name: "a resource's singular license that names nothing", files: { 'datapackage.json': pkg({ licenses: ['CC-BY-4.0'] }, [{ name: 's', data: [], license: {} }]) }, findings: [{ messageId: 'resourceNamesNone', data: { resource: "Resource 's'", key: 'license' } }] },
    { name: 'no licence and no resources', files: { 'datapackage.json': pkg({}, []) }, findings: [{ messageId: 'noLicence', line: 1, column: 1 }] },
    { name: 'no licence anywhere', files: { 'datapackage.json': pkg({}) }, findings: [{ messageId: 'noLicenceAnywhere', line: 1, column: 1 }] },
    { name: 'a resource left without a licence', files: { 'datapackage.json': pkg({}, [{ name: 'a', data: [], licenses: ['CC0-1.0'] }, { name: 'b', data: [] }]) }, findings: [{ messageId: 'resourceNoLicence', data: { resource: "Resource 'b'" } }] },
  ],
});
