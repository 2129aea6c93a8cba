// Issue 13 problem 6: time grew faster than the number of resources in a package (a check filtered every resource
// for each resource; each position lookup scanned a map's members). Generated here: a package of thousands of
// resources, all pointing at missing files, linted within a generous bound; and the locator's per-map index.
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/util/source.js';
import { datapackage, lintFiles, cleanupTempDirs } from '../helpers/lint-files.js';

afterEach(cleanupTempDirs);

const RESOURCES = 3000;

describe('a package with thousands of resources', () => {
  it('is linted in time linear in the number of resources', async () => {
    const resources = Array.from({ length: RESOURCES }, (_, i) => ({ name: `r${i}`, path: `f${i}.csv`, schema: { fields: [{ name: 'id', type: 'integer' }] } }));
    const started = Date.now();
    const findings = await lintFiles({ 'datapackage.json': datapackage(resources) }, { rules: [{ check: 'resource-path' }, { check: 'resource-remote' }, { check: 'data-currency' }] });
    const missing = findings.filter((f) => f.messageId === 'missingFile');
    expect(missing).toHaveLength(1000); // the cap per rule and file; the rest are counted
    expect(missing[999]!.line).toBeGreaterThan(1000); // each located in the descriptor
    // Quadratic cost took minutes at this size on a loaded machine; linear takes a few seconds.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

describe('locating members of a large map', () => {
  it('finds every member, the first of duplicate keys, and a member added late in the text', () => {
    const n = 5_000;
    const members = Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(',\n');
    const doc = parseSource(`{\n${members},\n"k0": "again"\n}`, 'json');
    expect(doc.locate('/k0')).toEqual({ line: 2, column: 7 });
    expect(doc.locate(`/k${n - 1}`)?.line).toBe(n + 1);
    // Lookups after the first are constant time: a scan per lookup made this quadratic.
    const started = Date.now();
    for (let i = 0; i < n; i++) expect(doc.locateKey(`/k${i}`)?.line).toBe(i + 2);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
