#!/usr/bin/env node
// Writes two deterministic Data Packages for measuring the linking checks' memory and speed:
//   <folder>/municipal-register  a register of K keys (default 100,000), primaryKey code
//   <folder>/spending            N rows (default 1,000,000), primaryKey transaction_id, and a foreign key to the
//                                register through reference.package ("../municipal-register")
// About one row in 10,000 holds a code that is not in the register (a near miss: case, white space, lost zeros, or a
// code that is simply unknown), so the run also exercises the findings and their hints.
//
//   node bench/linking-memory.mjs [folder] [rows] [keys]
//   /usr/bin/time -v node bin/odlint.js lint .bench/linking --now 2026-11-27 > /dev/null
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from './random.mjs';

const [folder = '.bench/linking', rowsArg = '1000000', keysArg = '100000'] = process.argv.slice(2);
const rows = Number(rowsArg);
const keys = Number(keysArg);

const { random, pick } = seededRandom();

// Codes look like the Municipal Demarcation Board's: a province prefix and digits ('KZN00212', 'EC04321').
const provinces = ['EC', 'FS', 'GT', 'KZN', 'LIM', 'MP', 'NC', 'NW', 'WC'];
const codeOf = (i) => `${provinces[i % provinces.length]}${String(Math.floor(i / provinces.length)).padStart(5, '0')}`;

/** Writes lines produced by next() to a file, respecting back-pressure; resolves when done. */
function writeLines(file, header, count, next) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('error', reject);
    out.write(`${header}\n`);
    let i = 0;
    const writeSome = () => {
      let ok = true;
      while (i < count && ok) ok = out.write(`${next(i++)}\n`);
      if (i < count) out.once('drain', writeSome);
      else out.end();
    };
    out.on('finish', resolve);
    writeSome();
  });
}

// Complete package metadata, so that only the linking findings show in the report.
const metadata = {
  licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
  modified: '2026-11-20',
  accrualPeriodicity: 'R/P1M',
};

const registerDir = path.join(folder, 'municipal-register');
const spendingDir = path.join(folder, 'spending');
mkdirSync(registerDir, { recursive: true });
mkdirSync(spendingDir, { recursive: true });

writeFileSync(path.join(registerDir, 'datapackage.json'), JSON.stringify({
  name: 'municipal-register',
  title: 'Generated municipal register (benchmark)',
  ...metadata,
  resources: [{
    name: 'municipalities', path: 'municipalities.csv', format: 'csv', encoding: 'utf-8',
    schema: {
      fields: [
        { name: 'code', type: 'string', constraints: { required: true } },
        { name: 'name', type: 'string' },
        { name: 'province_code', type: 'string' },
      ],
      primaryKey: 'code',
    },
  }],
}, null, 2));

writeFileSync(path.join(spendingDir, 'datapackage.json'), JSON.stringify({
  name: 'generated-spending-linked',
  title: 'Generated spending linked to the register (benchmark)',
  ...metadata,
  resources: [{
    name: 'spending', path: 'spending.csv', format: 'csv', encoding: 'utf-8',
    schema: {
      fields: [
        { name: 'transaction_id', type: 'integer', constraints: { required: true } },
        { name: 'municipality_code', type: 'string' },
        { name: 'supplier_name', type: 'string' },
        { name: 'amount', type: 'number' },
        { name: 'paid_date', type: 'date' },
      ],
      primaryKey: 'transaction_id',
      foreignKeys: [{ fields: 'municipality_code', reference: { package: '../municipal-register', resource: 'municipalities', fields: 'code' } }],
    },
  }],
}, null, 2));

const suppliers = ['Ubuntu Civils (Pty) Ltd', 'Karoo Water Works', 'Café Durban', '"Smith, Jones & Co"', 'Ndlovu Security Services'];
const misses = [
  (c) => c.toLowerCase(),
  (c) => `${c} `,
  (c) => c.replace(/^([A-Z]+)0+(?=\d)/, '$1'),
  () => 'XX99999',
];
let planted = 0;

await writeLines(path.join(registerDir, 'municipalities.csv'), 'code,name,province_code', keys, (i) => `${codeOf(i)},Municipality ${i + 1},${provinces[i % provinces.length]}`);
await writeLines(path.join(spendingDir, 'spending.csv'), 'transaction_id,municipality_code,supplier_name,amount,paid_date', rows, (i) => {
  let code = codeOf(Math.floor(random() * keys));
  if (random() < 0.0001) {
    code = pick(misses)(code);
    planted++;
  }
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  return `${i + 1},"${code}",${pick(suppliers)},${(random() * 100000).toFixed(2)},2026-${month}-${day}`;
});
process.stdout.write(`wrote ${keys} register keys to ${registerDir} and ${rows} rows (${planted} with a code not in the register) to ${spendingDir}\n`);
