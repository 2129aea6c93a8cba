import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, datapackage, lintWith, packageWith } from '../../../helpers/lint-files.js';

const lint = lintWith('metadata-missing');
afterEach(cleanupTempDirs);

describe('metadata-missing', () => {
  it('passes a data file that a datapackage.json lists', async () => {
    expect(await lint(packageWith('data.csv', 'a\n1\n', { fields: [{ name: 'a' }] }))).toEqual([]);
  });

  it('reports a data file with no metadata, with no line', async () => {
    const findings = await lint({ 'data.csv': 'a\n1\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/metadata-missing', message: 'This file has no metadata: no datapackage.json describes it, so only its structure was checked', file: 'data.csv' },
    ]);
    expect(findings[0]!.dataset).toBe('data.csv');
    expect(findings[0]!.messageId).toBe('noMetadata');
  });

  it('points a CSV file at odlint init, quoting a path the shell would split; not a JSON file', async () => {
    const [csv] = await lint({ 'my data.csv': 'a\n1\n' });
    expect(csv!.hint).toContain("odlint init --datapackage 'my data.csv' --skip-config drafts one from the data");
    const [json] = await lint({ 'other.json': '[{"a": 1}]\n' });
    expect(json!.hint).not.toContain('odlint init');
  });

  it('reports a file beside a package that does not list it', async () => {
    const findings = await lint({ 'datapackage.json': datapackage([{ name: 'listed', path: 'listed.csv' }]), 'listed.csv': 'a\n1\n', 'other.json': '[{"a": 1}]\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/metadata-missing', message: expect.stringContaining('This file has no metadata'), file: 'other.json' },
    ]);
  });
});
