// A generated national audit: many departments, each publishing Data Packages of CSV files, written to a folder for
// the real CLI or run API to lint. Deterministic (a seed), so tests can name what each department is:
//   - department 1 ("Department 001") publishes a code register (primary key `code`) the others' foreign keys join;
//   - every 7th department publishes only under CC-BY-NC-4.0 (a licence that is not open);
//   - every 5th department declares no keys at all (linking not assessed);
//   - every 3rd dataset of the others has a few rows with bad values (type errors) and one code that fails to join;
//   - a folder of loose CSV files without metadata (no publisher);
//   - with `previous`, a second variant of the same set in which some problems are fixed and others appear, for
//     --compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from './seeded-random.js';

export interface NationalAuditOptions {
  departments: number;
  /** Datasets per department (the register's department publishes the register as well). */
  datasetsPerDepartment: number;
  /** Rows per CSV file. */
  rows: number;
  /** Loose CSV files without metadata. */
  looseFiles: number;
  /** The variant for --compare: department 2 fixes its problems, department 4 gets new ones. */
  later?: boolean;
  seed?: number;
}

export interface NationalAudit {
  root: string;
  departmentNames: string[];
  /** Departments publishing only under a licence that is not open. */
  nonOpen: string[];
  /** Departments that declare no keys. */
  withoutKeys: string[];
  /** Departments with bad rows. */
  withErrors: string[];
}

export const REGISTER_CODES = Array.from({ length: 40 }, (_, i) => `M${String(i + 1).padStart(3, '0')}`);

export function departmentName(i: number): string {
  return `Department ${String(i).padStart(3, '0')}`;
}

function csvText(rows: string[][]): string {
  return `${rows.map((r) => r.join(',')).join('\n')}\n`;
}

/** Writes the set into `root` (created) and says which department is which. */
export function writeNationalAudit(root: string, options: NationalAuditOptions): NationalAudit {
  const random = seededRandom(options.seed ?? 20261203);
  const out: NationalAudit = { root, departmentNames: [], nonOpen: [], withoutKeys: [], withErrors: [] };
  mkdirSync(root, { recursive: true });

  // The register the others join: one package of Department 001.
  const registerDir = path.join(root, 'd001-register');
  mkdirSync(registerDir, { recursive: true });
  writeFileSync(path.join(registerDir, 'codes.csv'), csvText([['code', 'name'], ...REGISTER_CODES.map((c, i) => [c, `Municipality ${i + 1}`])]));
  writeFileSync(path.join(registerDir, 'datapackage.json'), `${JSON.stringify({
    name: 'national-register',
    title: 'National register of municipalities',
    publisher: departmentName(1),
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    modified: '2026-11-02',
    accrualPeriodicity: 'R/P1Y',
    resources: [{ name: 'codes', path: 'codes.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { fields: [{ name: 'code', type: 'string', constraints: { required: true } }, { name: 'name', type: 'string' }], primaryKey: 'code' } }],
  }, null, 2)}\n`);

  for (let d = 1; d <= options.departments; d++) {
    const name = departmentName(d);
    out.departmentNames.push(name);
    const nonOpen = d % 7 === 0;
    const noKeys = d % 5 === 0;
    if (nonOpen) out.nonOpen.push(name);
    if (noKeys) out.withoutKeys.push(name);
    // --compare: department 2 fixes what it had; department 4 breaks what it had not.
    const broken = (k: number) => (options.later && d === 2 ? false : options.later && d === 4 ? true : (d * options.datasetsPerDepartment + k) % 3 === 0);
    let departmentHasErrors = false;
    for (let k = 1; k <= options.datasetsPerDepartment; k++) {
      const slug = `d${String(d).padStart(3, '0')}-ds${k}`;
      const dir = path.join(root, slug);
      mkdirSync(dir, { recursive: true });
      const bad = broken(k) && !nonOpen;
      if (bad) departmentHasErrors = true;
      const rows: string[][] = [['id', 'municipality', 'amount', 'date']];
      for (let r = 1; r <= options.rows; r++) {
        const code = REGISTER_CODES[Math.floor(random() * REGISTER_CODES.length)]!;
        const amount = (Math.floor(random() * 1_000_000) / 100).toFixed(2);
        const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
        rows.push([String(r), code, amount, `2026-10-${day}`]);
      }
      if (bad) {
        rows[2]![2] = 'n/a';
        rows[3]![3] = '31/10/2026';
        if (!noKeys) rows[4]![1] = 'M999';
      }
      writeFileSync(path.join(dir, 'data.csv'), csvText(rows));
      const schema: Record<string, unknown> = {
        fields: [
          { name: 'id', type: 'integer', constraints: { required: true } },
          { name: 'municipality', type: 'string', constraints: { required: true } },
          { name: 'amount', type: 'number' },
          { name: 'date', type: 'date' },
        ],
      };
      if (!noKeys) {
        schema.primaryKey = 'id';
        schema.foreignKeys = [{ fields: 'municipality', reference: { package: '../d001-register', resource: 'codes', fields: 'code' } }];
      }
      const licence = nonOpen
        ? { name: 'CC-BY-NC-4.0', path: 'https://creativecommons.org/licenses/by-nc/4.0/', title: 'Creative Commons Attribution-NonCommercial 4.0' }
        : { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };
      writeFileSync(path.join(dir, 'datapackage.json'), `${JSON.stringify({
        name: slug,
        title: `${name} dataset ${k}`,
        publisher: name,
        licenses: [licence],
        modified: '2026-11-20',
        accrualPeriodicity: 'R/P1M',
        resources: [{ name: 'data', path: 'data.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema }],
      }, null, 2)}\n`);
    }
    if (departmentHasErrors) out.withErrors.push(name);
  }

  const loose = path.join(root, 'loose');
  mkdirSync(loose, { recursive: true });
  for (let i = 1; i <= options.looseFiles; i++) {
    writeFileSync(path.join(loose, `extract-${i}.csv`), csvText([['region', 'count'], ...Array.from({ length: 10 }, (_, r) => [`R${r + 1}`, String(r * i)])]));
  }
  return out;
}
