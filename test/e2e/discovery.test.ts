// The exit codes of runs that find nothing to lint, or only files odlint cannot read as data.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeTempDir, NOW, odlint, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

describe('a run that finds nothing to lint', () => {
  const dir = makeTempDir();
  writeTree(dir, { 'docs/README.md': '# Budget\n' });

  it('exits 2 and says what was searched (an empty folder, or a CI step pointed at the wrong path)', () => {
    const r = odlint(['lint', 'docs', '--no-config', '--now', NOW], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("odlint: nothing to lint in 'docs': no CSV, TSV, JSON, NDJSON, GeoJSON or metadata file (files seen: 1 .md).\n  Check the path; pass --allow-empty to let a run with nothing to lint pass.\n");
  });

  it('passes with --allow-empty, with an empty report', () => {
    const r = odlint(['lint', 'docs', '--no-config', '--now', NOW, '--allow-empty', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, warnings: 0, files: 0, datasets: 0 });
  });
});

it('a folder holding only a spreadsheet and a PDF exits 1 with a finding for each', () => {
  const dir = makeTempDir();
  writeTree(dir, { 'budget-2025.xlsx': 'PK\u0003\u0004', 'annual-report.pdf': '%PDF-1.7\n' });
  const r = odlint(['lint', '.', '--no-config', '--now', NOW, '-f', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
  const findings = JSON.parse(r.stdout).findings as Array<{ file: string; ruleId: string; message: string }>;
  expect(findings.map((f) => [f.file, f.ruleId, f.message])).toEqual([
    ['annual-report.pdf', 'format/file-format', "This file is in the format 'pdf', which is not open and machine-readable; it was not checked"],
    ['budget-2025.xlsx', 'format/file-format', "This file is in the format 'xlsx', which is not open and machine-readable; it was not checked"],
  ]);
});
