import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, positionOf } from '../../../helpers/lint-files.js';

const lint = lintWith('resource-path');
afterEach(cleanupTempDirs);

const pkg = (...resources: string[]) => `{\n  "name": "p",\n  "resources": [\n    ${resources.join(',\n    ')}\n  ]\n}\n`;

describe('resource-path', () => {
  it('passes a relative path to a file that exists, in a sub-folder too', async () => {
    const text = pkg('{"name": "a", "path": "a.csv"}', '{"name": "b", "path": "data/b.csv"}');
    expect(await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'data/b.csv': 'x\n1\n' })).toEqual([]);
  });

  it('passes a remote URL by default (it is not downloaded)', async () => {
    expect(await lint({ 'datapackage.json': pkg('{"name": "r", "path": "https://example.org/data.csv"}') })).toEqual([]);
  });

  it('passes inline data', async () => {
    expect(await lint({ 'datapackage.json': pkg('{"name": "i", "data": [{"a": 1}]}') })).toEqual([]);
  });

  it('reports a path to a missing file, at the path', async () => {
    const text = pkg('{"name": "visits", "path": "visits.csv"}');
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/resource-path', message: "Resource 'visits': the data file 'visits.csv' does not exist", file: 'datapackage.json', ...positionOf(text, '"visits.csv"') },
    ]);
    expect(findings[0]!.hint).toMatch(/relative to (\S*\/)?datapackage\.json/);
    expect(findings[0]).toMatchObject({ messageId: 'missingFile', data: { resource: "Resource 'visits'", path: 'visits.csv' } });
  });

  it("reports a path that climbs out of the package with '..', even when the file exists", async () => {
    const text = pkg('{"name": "budget", "path": "../shared/budget.csv"}');
    const findings = await lint({ 'pkg/datapackage.json': text, 'shared/budget.csv': 'a\n1\n' }, { paths: ['pkg'] });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/resource-path',
        message: "Resource 'budget': the path '../shared/budget.csv' uses '..' to reach outside the package folder, which the Data Package specification forbids",
        file: 'pkg/datapackage.json',
        ...positionOf(text, '"../shared/budget.csv"'),
      },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'outsidePackage', data: { resource: "Resource 'budget'", path: '../shared/budget.csv' } });
  });

  it('reports an absolute path', async () => {
    const text = pkg('{"name": "budget", "path": "/srv/data/budget.csv"}');
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/resource-path',
        message: "Resource 'budget': the path '/srv/data/budget.csv' is absolute; resource paths must be relative to the package folder",
        file: 'datapackage.json',
        ...positionOf(text, '"/srv/data/budget.csv"'),
      },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'absolutePath', data: { path: '/srv/data/budget.csv' } });
  });

  it('reports a remote URL when allowRemote is false', async () => {
    const text = pkg('{"name": "r", "path": "https://example.org/data.csv"}');
    const findings = await lint({ 'datapackage.json': text }, { options: { allowRemote: false } });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/resource-path',
        message: "Resource 'r': the path 'https://example.org/data.csv' is a URL; this standard wants the data inside the package",
        file: 'datapackage.json',
        ...positionOf(text, '"https://example.org/data.csv"'),
      },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'remotePath', data: { resource: "Resource 'r'", path: 'https://example.org/data.csv' } });
  });

  it('reports a path naming a folder, and a resource with neither path nor data', async () => {
    const text = pkg('{"name": "folder", "path": "data"}', '{"name": "nothing"}');
    const findings = await lint({ 'datapackage.json': text, 'data/x.txt': 'not data' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/resource-path', message: "Resource 'folder': the path 'data' is not a file", file: 'datapackage.json', ...positionOf(text, '"data"') },
      { ruleId: 'format/resource-path', message: "Resource 'nothing' has neither a path nor inline data", file: 'datapackage.json', ...positionOf(text, '{"name": "nothing"}') },
    ]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([
      ['notAFile', { resource: "Resource 'folder'", path: 'data' }],
      ['noPath', { resource: "Resource 'nothing'" }],
    ]);
  });

  it('names a resource without a name by its position', async () => {
    const text = pkg('{"name": "a", "path": "a.csv"}', '{"path": "gone.csv"}');
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/resource-path', message: "Resource 2: the data file 'gone.csv' does not exist", file: 'datapackage.json', ...positionOf(text, '"gone.csv"') },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'missingFile', data: { resource: 'Resource 2', path: 'gone.csv' } });
  });
});
