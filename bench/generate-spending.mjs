#!/usr/bin/env node
// Writes a deterministic spending Data Package of N rows (default 1,000,000) into a folder, for memory and speed
// measurements: node bench/generate-spending.mjs <folder> [rows]
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from './random.mjs';

const [folder = '.bench/spending', rowsArg = '1000000'] = process.argv.slice(2);
const rows = Number(rowsArg);
mkdirSync(folder, { recursive: true });

const { random, pick } = seededRandom();
const municipalities = ['BUF', 'CPT', 'EKU', 'ETH', 'JHB', 'MAN', 'NMA', 'TSH', 'EC101', 'KZN212', 'GT481', 'WC011', 'LIM354', 'NC091'];
const suppliers = ['Ubuntu Civils (Pty) Ltd', 'Karoo Water Works', 'Café Durban', '"Smith, Jones & Co"', 'Ndlovu Security Services', 'Mzansi Office Supplies'];
const categories = ['goods', 'services', 'capital', 'transfers'];

writeFileSync(path.join(folder, 'datapackage.json'), JSON.stringify({
  name: 'generated-spending',
  title: 'Generated spending (benchmark)',
  licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
  modified: '2026-11-01',
  accrualPeriodicity: 'R/P1M',
  resources: [{
    name: 'spending', path: 'spending.csv', format: 'csv', encoding: 'utf-8',
    schema: {
      fields: [
        { name: 'transaction_id', type: 'integer', constraints: { required: true, unique: true } },
        { name: 'municipality_code', type: 'string', constraints: { pattern: '[A-Z]{2,3}[0-9]{0,3}' } },
        { name: 'supplier_name', type: 'string', constraints: { maxLength: 80 } },
        { name: 'amount', type: 'number', constraints: { minimum: 0 } },
        { name: 'paid_date', type: 'date' },
        { name: 'category', type: 'string', constraints: { enum: categories } },
        { name: 'description', type: 'string' },
      ],
      primaryKey: 'transaction_id',
    },
  }],
}, null, 2));

const out = createWriteStream(path.join(folder, 'spending.csv'));
out.write('transaction_id,municipality_code,supplier_name,amount,paid_date,category,description\n');
let i = 0;
function writeSome() {
  let ok = true;
  while (i < rows && ok) {
    i++;
    const supplier = pick(suppliers);
    const quoted = supplier.includes(',') || supplier.includes('"') ? `"${supplier.replace(/"/g, '""')}"` : supplier;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const note = random() < 0.05 ? '"Payment for services,\nsecond line"' : 'Routine payment';
    ok = out.write(`${i},${pick(municipalities)},${quoted},${(random() * 100000).toFixed(2)},2026-${month}-${day},${pick(categories)},${note}\n`);
  }
  if (i < rows) out.once('drain', writeSome);
  else out.end();
}
writeSome();
out.on('finish', () => process.stdout.write(`wrote ${rows} rows to ${path.join(folder, 'spending.csv')}\n`));
