#!/usr/bin/env node
// Deterministic benchmark data with planted errors and their ground truth.
//
//   node bench/generate.mjs [case…] [--root .bench]      (no case: every case; see CASES)
//   import { CASES, ensureCase } from './generate.mjs'
//
// Each case is a folder .bench/<case>/ holding data/ (what the tools read) and truth.json (what odlint must find;
// kept outside data/ so that it is not linted as a stray JSON file). truth.json is written last and records the
// generator version and the case's parameters: a case is regenerated only when it is missing, incomplete or stale.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './random.mjs';
import { METADATA_FORMS, writeLargeDescriptor, writeLargePackage, writeMetadataRecords } from './generate-metadata.mjs';

/** Bump whenever the bytes a case produces change, so cached cases are regenerated. */
export const GENERATOR_VERSION = 1;

export const CASES = {
  'csv-100k': { kind: 'spending', format: 'csv', rows: 100_000, title: 'spending CSV, 100k rows, and a 100k-key supplier register' },
  'csv-1m': { kind: 'spending', format: 'csv', rows: 1_000_000, title: 'spending CSV, 1M rows, and a 100k-key supplier register' },
  'csv-3m': { kind: 'spending', format: 'csv', rows: 3_000_000, title: 'spending CSV, 3M rows, and a 100k-key supplier register' },
  'ndjson-100k': { kind: 'spending', format: 'ndjson', rows: 100_000, title: 'spending NDJSON, 100k rows, and the supplier register (CSV)' },
  'ndjson-1m': { kind: 'spending', format: 'ndjson', rows: 1_000_000, title: 'spending NDJSON, 1M rows, and the supplier register (CSV)' },
  'json-100k': { kind: 'spending', format: 'json', rows: 100_000, title: 'spending JSON array, 100k rows, and the supplier register (CSV)' },
  'small-200': { kind: 'departments', datasets: 200, title: '200 small department packages (1–3 CSVs of 50–500 rows) and a shared 5k-key register' },
  'packages-41': { kind: 'departments', datasets: 41, rows: 40_000, templates: ['payments'], title: '41 department packages of one 40k-row payments CSV each, linked to a shared 5k-key register' },
  'portal-1000': { kind: 'departments', datasets: 1000, publishers: 50, title: 'a portal: 1,000 packages (1–3 CSVs of 50–500 rows) from 50 publishers, linked to a shared 5k-key register' },
  'metadata-dp-1000': { kind: 'metadata', datasets: 1000, forms: ['datapackage'], title: '1,000 datasets of one 20-row CSV, each described by a datapackage.json' },
  'metadata-mixed-1000': { kind: 'metadata', datasets: 1000, forms: METADATA_FORMS, revision: 2, title: '1,000 datasets of one 20-row CSV, described in turn by a Data Package, CSVW, data.json, DCAT-AP, CKAN and schema.org record' },
  'resources-10k': { kind: 'metadata', resources: 10_000, title: 'one Data Package of 10,000 resources, each a 20-row CSV with its own licence, date and Table Schema' },
  'descriptor-50mb': { kind: 'metadata', megabytes: 50, title: 'one datapackage.json of 50 MB (100,000 fields), over a CSV with 10 of them' },
};

const REGISTER_KEYS = 100_000;
const SMALL_REGISTER_KEYS = 5_000;
/** Planted errors of each kind, as a share of the spending rows. */
const ERROR_RATE = 0.001;

// Complete metadata, so that a package without planted errors lints with no finding at all (checked with the CLI).
const LICENCE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };
const metadata = (name, title, description) => ({
  name,
  title,
  description,
  licenses: [LICENCE],
  modified: '2026-11-01',
  accrualPeriodicity: 'R/P1M',
});

// ---------------------------------------------------------------------------------------------------------------
// Values

const MUNICIPALITIES = ['BUF', 'CPT', 'EKU', 'ETH', 'JHB', 'MAN', 'NMA', 'TSH', 'EC101', 'KZN212', 'GT481', 'WC011', 'LIM354', 'NC091', 'FS161', 'MP301', 'NW372'];
const CATEGORIES = ['goods', 'services', 'capital', 'transfers', 'grants'];
const PROVINCES = ['EC', 'FS', 'GT', 'KZN', 'LIM', 'MP', 'NC', 'NW', 'WC'];
const SURNAMES = ['Ubuntu', 'Karoo', 'Ndlovu', 'Mzansi', 'Dlamini', 'Naidoo', 'Van der Merwe', 'Botha', 'Mokoena', 'Khumalo', 'Pillay', 'Nkosi', 'Müller', 'Café Durban', 'Søren', 'Zulu', 'Mahlangu', 'Le Roux'];
const TRADES = ['Civils', 'Water Works', 'Security Services', 'Office Supplies', 'Engineering', 'Catering', 'Électrique', 'Plumbing', 'Fleet Hire', 'Consulting'];
const SUFFIXES = ['(Pty) Ltd', 'CC', 'Holdings', 'Trading', '& Sons', 'Cooperative'];
const DESCRIPTIONS = ['Routine payment', 'Road repairs, ward 12', 'Water meters', 'Catering — council', 'Office security', 'Stationery', 'Pothole repairs', 'Borehole service', 'IT support', 'Fuel card'];

// Non-values that both odlint and tableschema reject (tableschema strips white space from numbers, so '1 234.50'
// would pass there and make the peers' error counts incomparable).
const BAD_NUMBERS = ['12,50', 'R1200.00', 'n/a', '#VALUE!', '1.234.567', 'TBC'];
const BAD_DATES = ['2026-02-30', '14/10/2026', '2026-13-01', '2026-04-31', '31-12-2026', '2026/10/14', '10 Oct 2026', '2026-00-10'];

const supplierId = (n) => `SUP-${String(n).padStart(6, '0')}`;

/** Supplier names, some with commas, quotes and non-ASCII letters; index n-1 is supplier n. */
function supplierNames(count) {
  const { random, pick } = seededRandom(7001);
  return Array.from({ length: count }, () => {
    const r = random();
    if (r < 0.05) return `${pick(SURNAMES)}, ${pick(SURNAMES)} & Co`;
    if (r < 0.08) return `${pick(SURNAMES)} "Best" ${pick(TRADES)}`;
    return r < 0.5 ? `${pick(SURNAMES)} ${pick(TRADES)}` : `${pick(SURNAMES)} ${pick(TRADES)} ${pick(SUFFIXES)}`;
  });
}

const date = (random) => `2026-${String(1 + Math.floor(random() * 10)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
const amount = (random, max = 100_000) => (random() * max).toFixed(2);

// ---------------------------------------------------------------------------------------------------------------
// Planting

const KINDS = ['duplicateId', 'badNumber', 'badDate', 'unknownForeignKey'];

/**
 * Chooses the rows (0-based) that get a planted error: `counts[kind]` of each kind, no row planted twice. A duplicate
 * repeats the id of an earlier clean row (its target), which no other error touches either.
 */
function plantErrors(rows, counts, random) {
  const plan = new Map();
  const used = new Set();
  for (const kind of KINDS) {
    for (let n = 0; n < (counts[kind] ?? 0);) {
      const i = 1 + Math.floor(random() * (rows - 1));
      if (used.has(i)) continue;
      if (kind === 'duplicateId') {
        let j = i - 1;
        while (j >= 0 && used.has(j)) j--;
        if (j < 0) continue;
        used.add(j);
        plan.set(i, { kind, target: j });
      } else {
        plan.set(i, { kind });
      }
      used.add(i);
      n++;
    }
  }
  return plan;
}

/** The rule a planted error must trip, and the field its finding names. */
const EXPECTED = {
  badNumber: (fields) => ({ ruleId: 'format/type', field: fields.number }),
  badDate: (fields) => ({ ruleId: 'format/type', field: fields.date }),
  duplicateId: (fields) => ({ ruleId: 'linking/primary-key', field: fields.id }),
  unknownForeignKey: (fields) => ({ ruleId: 'linking/foreign-key', field: fields.foreignKey }),
};

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** Streams strings to a file in 64 KiB chunks, honouring back-pressure. */
async function writeStreamed(file, strings) {
  const out = createWriteStream(file);
  let buf = '';
  for (const s of strings) {
    buf += s;
    if (buf.length >= 65536) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await finished(out);
  return statSync(file).size;
}

const csvCell = (v) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (values) => `${values.map(csvCell).join(',')}\n`;

function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** A CSV resource from row objects; returns its size and the physical line each record starts on. */
async function writeCsv(file, fields, rows) {
  const lines = [];
  let line = 2;
  const bytes = await writeStreamed(file, (function* () {
    yield csvLine(fields);
    for (const row of rows) {
      lines.push(line);
      const text = csvLine(fields.map((f) => row[f]));
      // A record spans one physical line plus one per line break inside its quoted cells.
      for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) line++;
      yield text;
    }
  })());
  return { bytes, lines };
}

// ---------------------------------------------------------------------------------------------------------------
// The supplier register (shared by the spending cases, and a smaller one by the small departments)

const registerSchema = {
  fields: [
    { name: 'supplier_id', type: 'string', constraints: { required: true, pattern: 'SUP-[0-9]{6}' } },
    { name: 'supplier_name', type: 'string', constraints: { required: true, maxLength: 80 } },
    { name: 'province', type: 'string', constraints: { enum: PROVINCES } },
    { name: 'registered', type: 'date' },
  ],
  primaryKey: 'supplier_id',
};

async function writeRegister(dir, keys, names) {
  mkdirSync(dir, { recursive: true });
  writeJson(path.join(dir, 'datapackage.json'), {
    ...metadata('supplier-register', 'Supplier register (benchmark)', 'Every supplier a municipality may pay, keyed by supplier_id.'),
    resources: [{ name: 'suppliers', path: 'suppliers.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: registerSchema }],
  });
  const { random, pick } = seededRandom(7002);
  const rows = (function* () {
    for (let n = 1; n <= keys; n++) yield { supplier_id: supplierId(n), supplier_name: names[n - 1], province: pick(PROVINCES), registered: date(random).replace('2026', '2019') };
  })();
  const { bytes } = await writeCsv(path.join(dir, 'suppliers.csv'), registerSchema.fields.map((f) => f.name), rows);
  return { path: path.relative(path.dirname(dir), path.join(dir, 'suppliers.csv')), rows: keys, bytes };
}

const foreignKeyToRegister = (field) => ({ fields: field, reference: { package: '../register', resource: 'suppliers', fields: 'supplier_id' } });

// ---------------------------------------------------------------------------------------------------------------
// The spending case: one big resource, CSV, JSON array or NDJSON, with the same rows and planted errors

const SPENDING_FIELDS = ['transaction_id', 'municipality_code', 'supplier_id', 'supplier_name', 'amount', 'paid_date', 'category', 'description'];

const spendingSchema = {
  fields: [
    { name: 'transaction_id', type: 'integer', constraints: { required: true, unique: true } },
    { name: 'municipality_code', type: 'string', constraints: { required: true, pattern: '[A-Z]{2,3}[0-9]{0,3}' } },
    { name: 'supplier_id', type: 'string', constraints: { required: true, pattern: 'SUP-[0-9]{6}' } },
    { name: 'supplier_name', type: 'string', constraints: { maxLength: 80 } },
    { name: 'amount', type: 'number', constraints: { required: true, minimum: 0 } },
    { name: 'paid_date', type: 'date', constraints: { required: true } },
    { name: 'category', type: 'string', constraints: { enum: CATEGORIES } },
    { name: 'description', type: 'string' },
  ],
  primaryKey: 'transaction_id',
  foreignKeys: [foreignKeyToRegister('supplier_id')],
};

/** The spending rows: values are strings, except numbers in JSON where `typed` (bad values stay strings). */
function* spendingRows(rows, plan, names, typed) {
  const { random, pick } = seededRandom(7003);
  for (let i = 0; i < rows; i++) {
    const supplier = 1 + Math.floor(random() * names.length);
    const row = {
      transaction_id: typed ? i + 1 : String(i + 1),
      municipality_code: pick(MUNICIPALITIES),
      supplier_id: supplierId(supplier),
      supplier_name: names[supplier - 1],
      amount: typed ? Number(amount(random)) : amount(random),
      paid_date: date(random),
      category: pick(CATEGORIES),
      description: random() < 0.05 ? `${pick(DESCRIPTIONS)},\nsee order ${i + 1}` : pick(DESCRIPTIONS),
    };
    // Drawn for every row, so that a row's clean values do not depend on where the errors are.
    const bad = random();
    const p = plan.get(i);
    if (p?.kind === 'badNumber') row.amount = BAD_NUMBERS[Math.floor(bad * BAD_NUMBERS.length)];
    else if (p?.kind === 'badDate') row.paid_date = BAD_DATES[Math.floor(bad * BAD_DATES.length)];
    else if (p?.kind === 'duplicateId') row.transaction_id = typed ? p.target + 1 : String(p.target + 1);
    else if (p?.kind === 'unknownForeignKey') row.supplier_id = supplierId(REGISTER_KEYS + 1 + Math.floor(bad * 800_000));
    yield row;
  }
}

async function writeSpending(dir, { rows, format }) {
  const names = supplierNames(REGISTER_KEYS);
  const register = await writeRegister(path.join(dir, 'register'), REGISTER_KEYS, names);
  const perKind = Math.round(rows * ERROR_RATE);
  const plan = plantErrors(rows, Object.fromEntries(KINDS.map((k) => [k, perKind])), seededRandom(7004).random);

  const spendingDir = path.join(dir, 'spending');
  mkdirSync(spendingDir, { recursive: true });
  const file = `spending.${format}`;
  const mediatype = { csv: 'text/csv', json: 'application/json', ndjson: 'application/x-ndjson' }[format];
  writeJson(path.join(spendingDir, 'datapackage.json'), {
    ...metadata('municipal-spending', 'Municipal spending (benchmark)', 'Payments by municipalities to suppliers, one row per transaction.'),
    resources: [{ name: 'spending', path: file, format, mediatype, encoding: 'utf-8', schema: spendingSchema }],
  });

  let bytes;
  let lineOf;
  if (format === 'csv') {
    const written = await writeCsv(path.join(spendingDir, file), SPENDING_FIELDS, spendingRows(rows, plan, names, false));
    bytes = written.bytes;
    lineOf = (i) => written.lines[i];
  } else {
    // One record per line in both forms; the JSON array's '[' takes line 1.
    const records = spendingRows(rows, plan, names, true);
    bytes = await writeStreamed(path.join(spendingDir, file), (function* () {
      if (format === 'json') yield '[\n';
      let i = 0;
      for (const r of records) yield `${JSON.stringify(r)}${format === 'json' && ++i < rows ? ',' : ''}\n`;
      if (format === 'json') yield ']\n';
    })());
    lineOf = format === 'json' ? (i) => i + 2 : (i) => i + 1;
  }
  const findings = [];
  const planted = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const [i, p] of [...plan].sort((a, b) => a[0] - b[0])) {
    planted[p.kind]++;
    findings.push({ ...EXPECTED[p.kind]({ id: 'transaction_id', number: 'amount', date: 'paid_date', foreignKey: 'supplier_id' }), file: `spending/${file}`, line: lineOf(i), kind: p.kind });
  }
  return {
    files: [register, { path: `spending/${file}`, rows, bytes }],
    planted,
    findings,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The small departments case: many small packages, some of whose resources link to a shared register

const DEPARTMENT_TOPICS = ['Water and Sanitation', 'Health', 'Education', 'Transport', 'Human Settlements', 'Social Development', 'Public Works', 'Agriculture', 'Tourism', 'Energy'];

/** Resource templates: schema, row factory, and which fields take planted numbers, dates, ids and foreign keys. */
const TEMPLATES = {
  payments: {
    schema: {
      fields: [
        { name: 'payment_id', type: 'integer', constraints: { required: true, unique: true } },
        { name: 'supplier_id', type: 'string', constraints: { required: true, pattern: 'SUP-[0-9]{6}' } },
        { name: 'amount', type: 'number', constraints: { minimum: 0 } },
        { name: 'paid_date', type: 'date' },
        { name: 'category', type: 'string', constraints: { enum: CATEGORIES } },
      ],
      primaryKey: 'payment_id',
      foreignKeys: [foreignKeyToRegister('supplier_id')],
    },
    row: (i, { random, pick }) => ({ payment_id: i + 1, supplier_id: supplierId(1 + Math.floor(random() * SMALL_REGISTER_KEYS)), amount: amount(random, 50_000), paid_date: date(random), category: pick(CATEGORIES) }),
    fields: { id: 'payment_id', number: 'amount', date: 'paid_date', foreignKey: 'supplier_id' },
  },
  staff: {
    schema: {
      fields: [
        { name: 'staff_id', type: 'integer', constraints: { required: true, unique: true } },
        { name: 'name', type: 'string', constraints: { required: true } },
        { name: 'grade', type: 'string', constraints: { enum: ['A', 'B', 'C', 'D', 'E', 'F'] } },
        { name: 'salary', type: 'number', constraints: { minimum: 0 } },
        { name: 'start_date', type: 'date' },
      ],
      primaryKey: 'staff_id',
    },
    row: (i, { random, pick }) => ({ staff_id: 1000 + i, name: `${pick(SURNAMES)}, ${String.fromCharCode(65 + Math.floor(random() * 26))}.`, grade: pick(['A', 'B', 'C', 'D', 'E', 'F']), salary: amount(random, 900_000), start_date: date(random).replace('2026', String(2000 + Math.floor(random() * 26))) }),
    fields: { id: 'staff_id', number: 'salary', date: 'start_date' },
  },
  sites: {
    schema: {
      fields: [
        { name: 'site_id', type: 'integer', constraints: { required: true, unique: true } },
        { name: 'site_code', type: 'string', constraints: { pattern: '[A-Z]{3}-[0-9]{4}' } },
        { name: 'name', type: 'string' },
        { name: 'latitude', type: 'number', constraints: { minimum: -35, maximum: -22 } },
        { name: 'longitude', type: 'number', constraints: { minimum: 16, maximum: 33 } },
        { name: 'opened', type: 'date' },
      ],
      primaryKey: 'site_id',
    },
    row: (i, { random, pick }) => ({ site_id: i + 1, site_code: `${pick(PROVINCES).padEnd(3, 'X')}-${String(i).padStart(4, '0')}`, name: `${pick(SURNAMES)} ${pick(['clinic', 'depot', 'office', 'school', 'reservoir'])}`, latitude: (-34 + random() * 11).toFixed(5), longitude: (17 + random() * 15).toFixed(5), opened: date(random).replace('2026', String(1990 + Math.floor(random() * 36))) }),
    fields: { id: 'site_id', number: 'latitude', date: 'opened' },
  },
};

async function writeDepartments(dir, { datasets, rows: fixedRows, templates, publishers }) {
  const names = supplierNames(SMALL_REGISTER_KEYS);
  const files = [await writeRegister(path.join(dir, 'register'), SMALL_REGISTER_KEYS, names)];
  const rng = seededRandom(7005);
  const { random, pick } = rng;
  const findings = [];
  const planted = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (let d = 1; d <= datasets; d++) {
    const slug = `dept-${String(d).padStart(3, '0')}`;
    const topic = DEPARTMENT_TOPICS[d % DEPARTMENT_TOPICS.length];
    const kinds = templates ?? Object.keys(TEMPLATES).filter((k, idx) => idx === d % 3 || random() < 0.4).slice(0, 3);
    const resources = [];
    for (const kind of kinds) {
      const t = TEMPLATES[kind];
      const rows = fixedRows ?? 50 + Math.floor(random() * 451);
      // About one resource in eight gets one planted error, of a kind its template can hold.
      const kindsHere = KINDS.filter((k) => k !== 'unknownForeignKey' || t.fields.foreignKey);
      const plantKind = random() < 0.125 ? pick(kindsHere) : undefined;
      const plan = plantErrors(rows, plantKind ? { [plantKind]: 1 } : {}, random);
      const objects = [];
      for (let i = 0; i < rows; i++) {
        const row = t.row(i, rng);
        const p = plan.get(i);
        if (p?.kind === 'badNumber') row[t.fields.number] = pick(BAD_NUMBERS);
        else if (p?.kind === 'badDate') row[t.fields.date] = pick(BAD_DATES);
        else if (p?.kind === 'duplicateId') row[t.fields.id] = objects[p.target][t.fields.id];
        else if (p?.kind === 'unknownForeignKey') row[t.fields.foreignKey] = supplierId(SMALL_REGISTER_KEYS + 1 + Math.floor(random() * 900_000));
        objects.push(row);
      }
      const file = `${slug}/${kind}.csv`;
      mkdirSync(path.join(dir, slug), { recursive: true });
      const { bytes, lines } = await writeCsv(path.join(dir, file), t.schema.fields.map((f) => f.name), objects);
      files.push({ path: file, rows, bytes });
      for (const [i, p] of plan) {
        planted[p.kind]++;
        findings.push({ ...EXPECTED[p.kind](t.fields), file, line: lines[i], kind: p.kind });
      }
      resources.push({ name: kind, path: `${kind}.csv`, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: t.schema });
    }
    writeJson(path.join(dir, slug, 'datapackage.json'), {
      ...metadata(slug, `${topic} — department ${d} (benchmark)`, `Operational data of department ${d} (${topic}).`),
      ...(publishers ? { publisher: `Publisher ${String(1 + (d % publishers)).padStart(2, '0')}` } : {}),
      resources,
    });
  }
  return { files, planted, findings };
}

// ---------------------------------------------------------------------------------------------------------------

/** Generates a case's data and truth. */
async function generate(name, caseDir) {
  const params = CASES[name];
  rmSync(caseDir, { recursive: true, force: true });
  const dataDir = path.join(caseDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const { files, planted, findings } = params.kind === 'spending' ? await writeSpending(dataDir, params)
    : params.kind === 'metadata' ? (params.resources ? writeLargePackage(dataDir, params) : params.megabytes ? writeLargeDescriptor(dataDir, params) : writeMetadataRecords(dataDir, params))
      : await writeDepartments(dataDir, params);
  const expected = {};
  for (const f of findings) expected[f.ruleId] = (expected[f.ruleId] ?? 0) + 1;
  const truth = {
    case: name,
    generatorVersion: GENERATOR_VERSION,
    params,
    rows: files.reduce((n, f) => n + f.rows, 0),
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    files,
    planted,
    expected,
    // Paths relative to data/. Every finding odlint reports should be one of these, and no other.
    findings,
  };
  writeJson(path.join(caseDir, 'truth.json'), truth);
  return truth;
}

/** The case's folder and truth, generating it first when missing or stale. */
export async function ensureCase(name, root = '.bench', log = () => {}) {
  if (!CASES[name]) throw new Error(`unknown case '${name}' (known: ${Object.keys(CASES).join(', ')})`);
  const caseDir = path.resolve(root, name);
  const truthFile = path.join(caseDir, 'truth.json');
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
    if (truth.generatorVersion === GENERATOR_VERSION && JSON.stringify(truth.params) === JSON.stringify(CASES[name])) return { dir: caseDir, truth };
  }
  log(`generating ${name} (${CASES[name].title}) in ${path.relative(process.cwd(), caseDir)} …`);
  const started = performance.now();
  const truth = await generate(name, caseDir);
  log(`  ${truth.rows.toLocaleString('en')} rows, ${(truth.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir: caseDir, truth };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? args.splice(rootAt, 2)[1] : '.bench';
  for (const name of args.length ? args : Object.keys(CASES)) {
    const { dir, truth } = await ensureCase(name, root, (m) => process.stdout.write(`${m}\n`));
    process.stdout.write(`${name}: ${path.relative(process.cwd(), dir)}, expected ${JSON.stringify(truth.expected)}\n`);
  }
}
