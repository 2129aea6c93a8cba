// Standards that departments share: a department standard extending the national one, a project config with
// per-glob overrides and ignore patterns, each change visible in the findings; and every kind of bad config or
// standard giving a precise message and exit code 2.
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, odlint, writeTree, type Finding, type Report } from './helpers.js';

afterAll(cleanupTempDirs);

/** A Data Package that the national standard finds four planted problems in, one for each change a department makes. */
function departmentData(licence = 'ZA-DPW-OL-1.0'): Record<string, string> {
  const field = (name: string, type = 'string') => ({ name, type });
  const resource = (name: string, file: string, fields: { name: string; type: string }[]) => ({
    name, path: file, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { fields },
  });
  return {
    'works/datapackage.json': JSON.stringify({
      name: 'public-works-projects',
      title: 'Public works projects',
      description: 'Capital projects of the Department of Public Works, by municipality.',
      publisher: { name: 'dpw', title: 'Department of Public Works' },
      licenses: [{ name: licence, path: 'https://www.dpw.gov.za/open-licence/1.0/', title: 'DPW Open Licence 1.0' }],
      modified: '2026-11-01',
      accrualPeriodicity: 'R/P1M',
      resources: [
        // A padded header cell: format/header-padded (warning nationally; the department turns it off).
        // A region code missing from the department's register: linking/region-code, a rule the department adds.
        resource('projects', 'projects.csv', [field('project_id'), field('municipality'), field('budget', 'number'), field('region_code')]),
        // A blank row: format/blank-row (warning nationally; the department makes it an error).
        resource('milestones', 'milestones.csv', [field('project_id'), field('milestone'), field('due', 'date')]),
        // CRLF line endings: fine nationally; the department allows LF only (an option of format/line-endings).
        resource('contractors', 'contractors.csv', [field('contractor_id'), field('name')]),
      ],
    }, null, 2),
    'works/projects.csv': 'project_id, municipality,budget,region_code\nP-001,CPT,1250000,WC-01\nP-002,JHB,980000.50,GT-03\n',
    'works/milestones.csv': 'project_id,milestone,due\nP-001,design,2026-01-31\n,,\nP-002,build,2026-06-30\n',
    'works/contractors.csv': 'contractor_id,name\r\nC-1,Ubuntu Builders\r\nC-2,Karoo Civils\r\n',
  };
}

/** The department's standard: extends the national one and changes each of the four rules. */
const DEPARTMENT_STANDARD = `id: za-dpw
version: 1.2.0
title: Department of Public Works open data standard
extends: national-open-data
vocabularies:
  licences: licences-dpw.json
  registers: registers-dpw.yaml
rules:
  format/header-padded: off
  format/blank-row: error
  format/line-endings:
    with: { allowed: [LF] }
  linking/region-code:
    check: register-code
    category: linking
    severity: warning
    with: { fields: { region_code: dpw-regions } }
    description: Region codes are codes of the department's region register.
    source: { title: DPW data policy, url: "https://www.dpw.gov.za/open-data/policy" }
`;

const DEPARTMENT_REGISTERS = `registers:
  dpw-regions:
    title: DPW regional offices
    codes:
      WC-01: { title: Cape Town regional office }
      GT-01: { title: Pretoria regional office }
      GT-02: { title: Johannesburg regional office, retired: "2024-03-31", replacedBy: GT-01 }
`;

const DEPARTMENT_LICENCES = JSON.stringify({
  licences: {
    'ZA-DPW-OL-1.0': {
      title: 'DPW Open Licence 1.0',
      url: 'https://www.dpw.gov.za/open-licence/1.0/',
      open: true,
      family: 'ZA-DPW-OL',
    },
  },
});

function byRule(findings: Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findings) (out[f.ruleId] ??= []).push(`${f.severity} ${f.file}${f.line ? `:${f.line}` : ''}`);
  return out;
}

function project(files: Record<string, string>): string {
  const dir = makeTempDir('odlint-config-');
  writeTree(dir, files);
  return dir;
}

describe('a department standard extending the national one', () => {
  it('turns a rule off, changes a severity, changes an option and adds a licence, each visible in the findings', () => {
    const dir = project({ ...departmentData(), 'standards/dpw/standard.yaml': DEPARTMENT_STANDARD, 'standards/dpw/licences-dpw.json': DEPARTMENT_LICENCES, 'standards/dpw/registers-dpw.yaml': DEPARTMENT_REGISTERS });

    const national = lintJson(['works', '--no-config'], { cwd: dir });
    expectNoCrash(national.run);
    const before = byRule(national.report.findings);
    expect(before['format/header-padded']).toEqual(['warning works/projects.csv:1']);
    expect(before['format/blank-row']).toEqual(['warning works/milestones.csv:3']);
    expect(before['format/line-endings']).toBeUndefined();
    expect(before['licence/recognised']?.[0]).toMatch(/^error works\/datapackage\.json/);
    expect(national.run.code).toBe(1);

    const department = lintJson(['works', '--no-config', '--standard', 'standards/dpw'], { cwd: dir });
    expectNoCrash(department.run);
    expect(department.report.standard).toEqual({ id: 'za-dpw', version: '1.2.0', title: 'Department of Public Works open data standard' });
    const after = byRule(department.report.findings);
    expect(after['format/header-padded']).toBeUndefined(); // turned off
    expect(after['format/blank-row']).toEqual(['error works/milestones.csv:3']); // warning → error
    expect(after['format/line-endings']).toEqual(['error works/contractors.csv:1']); // allowed: [LF]
    expect(department.report.findings.find((f) => f.ruleId === 'format/line-endings')!.message).toMatch(/CRLF/);
    expect(after['licence/recognised']).toBeUndefined(); // the department's licence is in its vocabulary
    expect(after['licence/open']).toBeUndefined(); // … and accepted as open
    expect(after['linking/region-code']).toEqual(['warning works/projects.csv:3']); // a rule the department added
    expect(department.report.findings.find((f) => f.ruleId === 'linking/region-code')!.message).toContain("'GT-03'");
    expect(after['linking/register-code']).toBeUndefined(); // the national rule, with its national fields only
    expect(Object.keys(after).sort()).toEqual(['format/blank-row', 'format/line-endings', 'linking/region-code']);
  });

  it('reads a chain of standards (national → provincial → department) and an npm package that ships one', () => {
    const dir = project({
      ...departmentData('CC-BY-4.0'),
      'node_modules/@za-gov/provincial-standard/package.json': JSON.stringify({ name: '@za-gov/provincial-standard', version: '1.0.0', odlintStandard: 'standard' }),
      'node_modules/@za-gov/provincial-standard/standard/standard.yaml': 'id: wc-provincial\nversion: 2.0.0\ntitle: Western Cape\nextends: national-open-data\nrules:\n  format/blank-row: info\n',
      'standards/dpw/standard.yaml': 'id: wc-dpw\nversion: 1.0.0\ntitle: WC public works\nextends: "@za-gov/provincial-standard"\nrules:\n  format/header-padded: error\n',
    });
    const { run, report } = lintJson(['works', '--no-config', '--standard', 'standards/dpw'], { cwd: dir });
    expectNoCrash(run);
    const after = byRule(report.findings);
    expect(after['format/blank-row']).toEqual(['info works/milestones.csv:3']);
    expect(after['format/header-padded']).toEqual(['error works/projects.csv:1']);

    const rules = odlint(['rules', '--no-config', '--standard', 'standards/dpw'], { cwd: dir });
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^WC public works \(wc-dpw 1\.0\.0, extending wc-provincial 2\.0\.0, which extends national-open-data 1\.2\.0\)/);
    expect(rules.stdout).toMatch(/^format\/blank-row +format +info +national-open-data > wc-provincial +No row/m);
    expect(rules.stdout).toMatch(/^format\/header-padded +format +error +national-open-data > wc-dpw /m);
    expect(rules.stdout).toMatch(/format\/blank-row: severity info by wc-provincial \(node_modules\/@za-gov\/provincial-standard\/standard\/standard\.yaml:6\)/);
  });
});

describe('a project config', () => {
  const config = `# The department's lint settings
standard: ./standards/dpw
rules:
  format/blank-row: warning
overrides:
  - files: ["works/contractors.csv"]
    rules:
      format/line-endings: { with: { allowed: [CRLF] } }
  - files: ["legacy/**"]
    rules:
      format/header-padded: off
      format/blank-row: off
ignorePatterns:
  - drafts/
now: "2026-11-27"
`;

  function configured(): string {
    return project({
      ...departmentData(),
      'standards/dpw/standard.yaml': DEPARTMENT_STANDARD,
      'standards/dpw/licences-dpw.json': DEPARTMENT_LICENCES,
      'standards/dpw/registers-dpw.yaml': DEPARTMENT_REGISTERS,
      '.odlintrc.yaml': config,
      'legacy/old.csv': 'id, name\n1,a\n,\n',
      'drafts/broken.csv': 'a,b\n1\n',
      'node_modules/pkg/data.csv': 'a,b\n1\n',
    });
  }

  it('is found from a sub-folder, sets the standard and now, and its rules and overrides change the findings', () => {
    const dir = configured();
    // From a sub-folder: the config is found by looking upward, and its paths stay relative to its own folder.
    const r = odlint(['lint', '..', '-f', 'json'], { cwd: path.join(dir, 'works') });
    expectNoCrash(r);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.standard.id).toBe('za-dpw');
    expect(report.now).toBe('2026-11-27');
    const after = byRule(report.findings);
    expect(after['format/blank-row']).toEqual(['warning milestones.csv:3']); // the config: error → warning; legacy off
    expect(after['format/line-endings']).toBeUndefined(); // the override allows CRLF in contractors.csv
    expect(after['format/header-padded']).toBeUndefined(); // off in the standard, and in legacy/**
    // Ignored: drafts/ by the config, node_modules by default.
    expect(report.findings.some((f) => f.file.includes('drafts/') || f.file.includes('node_modules/'))).toBe(false);
    expect(report.findings.some((f) => f.file.includes('legacy/old.csv'))).toBe(true); // metadata-missing still applies
  });

  it('the last matching override wins, for severity and for options', () => {
    const dir = project({
      ...departmentData('CC-BY-4.0'),
      '.odlintrc.yaml': `overrides:
  - files: ["works/**"]
    rules: { format/blank-row: error, format/line-endings: { with: { allowed: [LF] } } }
  - files: ["**/milestones.csv", "**/contractors.csv"]
    rules: { format/blank-row: info, format/line-endings: { with: { allowed: [LF, CRLF] } } }
`,
    });
    const { report } = lintJson(['works'], { cwd: dir });
    const after = byRule(report.findings);
    expect(after['format/blank-row']).toEqual(['info works/milestones.csv:3']);
    expect(after['format/line-endings']).toBeUndefined();
    const print = odlint(['print-config', 'works/milestones.csv'], { cwd: dir });
    expect(print.code).toBe(0);
    expect(print.stdout).toContain('Overrides: 1. works/**; 2. **/milestones.csv, **/contractors.csv');
    expect(print.stdout).toMatch(/format\/blank-row +info +national-open-data > override > override/);
    const json = JSON.parse(odlint(['print-config', 'works/projects.csv', '-f', 'json'], { cwd: dir }).stdout) as { rules: { id: string; severity: string; options: { allowed?: string[] } }[] };
    expect(json.rules.find((r) => r.id === 'format/blank-row')!.severity).toBe('error');
    expect(json.rules.find((r) => r.id === 'format/line-endings')!.options.allowed).toEqual(['LF']);
  });

  it('--no-config ignores it, --config names another, and flags win over it', () => {
    const dir = configured();
    writeTree(dir, { 'other.json': JSON.stringify({ rules: { 'format/blank-row': 'off' }, format: 'json' }) });
    const none = lintJson(['works', '--no-config'], { cwd: dir });
    expect(none.report.standard.id).toBe('national-open-data');
    const other = odlint(['lint', 'works', '--config', 'other.json', '--now', '2026-11-27'], { cwd: dir });
    const otherReport = JSON.parse(other.stdout) as Report; // format: json from the config
    expect(otherReport.findings.some((f) => f.ruleId === 'format/blank-row')).toBe(false);
    const flags = lintJson(['works', '--standard', 'national-open-data', '--now', '2026-12-31'], { cwd: dir });
    expect(flags.report.standard.id).toBe('national-open-data');
  });

  it('is read from package.json#odlint and from odlint.config.mjs', () => {
    const pkg = project({ ...departmentData('CC-BY-4.0'), 'package.json': JSON.stringify({ name: 'x', odlint: { rules: { 'format/blank-row': 'error' } } }) });
    expect(byRule(lintJson(['works'], { cwd: pkg }).report.findings)['format/blank-row']).toEqual(['error works/milestones.csv:3']);
    const mjs = project({ ...departmentData('CC-BY-4.0'), 'odlint.config.mjs': "export default { rules: { 'format/blank-row': 'off' } };\n" });
    expect(byRule(lintJson(['works'], { cwd: mjs }).report.findings)['format/blank-row']).toBeUndefined();
  });

  it('an ignored path named explicitly is reported as ignored, not silently skipped; --no-ignore lints it', () => {
    const dir = configured();
    const r = odlint(['lint', 'drafts/broken.csv', 'works', '--now', '2026-11-27'], { cwd: dir });
    expectNoCrash(r);
    expect(r.stderr).toContain("drafts/broken.csv is ignored (pattern 'drafts/', ignorePatterns in .odlintrc.yaml:14:5)");
    expect(r.stderr).toContain('--no-ignore');
    const only = odlint(['lint', 'drafts/broken.csv'], { cwd: dir });
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('every path given is ignored');
    const all = lintJson(['.', '--no-ignore'], { cwd: dir });
    expect(all.report.findings.some((f) => f.file === 'drafts/broken.csv')).toBe(true);
    expect(all.report.findings.some((f) => f.file === 'node_modules/pkg/data.csv')).toBe(true);
    const extra = lintJson(['.', '--ignore-pattern', 'legacy'], { cwd: dir });
    expect(extra.report.findings.some((f) => f.file.startsWith('legacy/'))).toBe(false);
  });
});
