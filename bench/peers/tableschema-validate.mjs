#!/usr/bin/env node
// Peer: the JavaScript Table Schema library of the Frictionless project (npm tableschema 1.12) validating the same
// Data Packages as odlint. Each CSV resource is streamed with Table.load(path, { schema }).iter({ forceCast: true }),
// which casts every cell to its field's type and checks its constraints (required, pattern, enum, minimum, maxLength…),
// and checks unique fields and the primary key; forceCast hands back each failing row as an error instead of stopping
// at the first, so the whole file is validated. Foreign keys are checked here, against a Set of the referenced
// resource's keys collected while that resource is validated: tableschema's own `relations` option searches the
// whole list of reference rows for every row (O(rows × keys), hours for 1M rows and 100k keys).
// Prints {"records": n, "errors": {"type[amount]": n, "unique": n, "foreign-key[supplier_id]": n, …}}.
//
//   node bench/peers/tableschema-validate.mjs <datapackage.json>…
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import tableschema from 'tableschema';

const { Table } = tableschema;
const asList = (v) => (Array.isArray(v) ? v : [v]);

/** A referenced package is named by its folder or its datapackage.json, relative to the referencing package. */
function packageDir(dir, reference) {
  if (!reference) return dir;
  const target = path.resolve(dir, reference);
  return statSync(target).isDirectory() ? target : path.dirname(target);
}

const resources = [];
for (const descriptorPath of process.argv.slice(2)) {
  const dir = path.dirname(path.resolve(descriptorPath));
  const descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8'));
  for (const r of descriptor.resources) {
    resources.push({ id: `${dir}#${r.name}`, file: path.join(dir, r.path), schema: r.schema, dir });
  }
}

// Every foreign key, and the key sets it needs: resource id → fields (comma-joined) → Set of joined values.
const keySets = new Map();
for (const r of resources) {
  r.foreignKeys = (r.schema.foreignKeys ?? []).map((fk) => {
    const target = `${packageDir(r.dir, fk.reference.package)}#${fk.reference.resource}`;
    const refFields = asList(fk.reference.fields);
    if (!keySets.has(target)) keySets.set(target, new Map());
    const sets = keySets.get(target);
    if (!sets.has(refFields.join())) sets.set(refFields.join(), new Set());
    return { fields: asList(fk.fields), keys: sets.get(refFields.join()), label: asList(fk.fields).join() };
  });
}
// Referenced resources first, so that their keys are complete before anything is checked against them.
resources.sort((a, b) => Number(keySets.has(b.id)) - Number(keySets.has(a.id)));

let records = 0;
const errors = {};
const count = (what) => { errors[what] = (errors[what] ?? 0) + 1; };

/** Names one cast or constraint error of a cell: 'type[amount]', 'pattern[municipality_code]', … */
function cellError(error, fieldNames) {
  const field = fieldNames[error.columnNumber - 1];
  const constraint = /to the "(\w+)" constraint/.exec(error.message);
  return `${constraint ? constraint[1] : 'type'}[${field}]`;
}

for (const r of resources) {
  const table = await Table.load(r.file, { schema: r.schema, delimiter: ',' });
  const fieldNames = table.schema.fieldNames;
  const collect = [...(keySets.get(r.id) ?? new Map())].map(([fields, set]) => ({ indexes: fields.split(',').map((f) => fieldNames.indexOf(f)), set }));
  const checks = r.foreignKeys.map((fk) => ({ ...fk, indexes: fk.fields.map((f) => fieldNames.indexOf(f)) }));
  for await (const row of await table.iter({ forceCast: true })) {
    records++;
    if (row instanceof Error) {
      if (row.errors?.length) for (const e of row.errors) count(cellError(e, fieldNames));
      else if (/unique constraint/.test(row.message)) count('unique');
      else count(row.message);
      continue;
    }
    for (const { indexes, set } of collect) set.add(indexes.map((i) => String(row[i])).join('\u0000'));
    for (const fk of checks) {
      const values = fk.indexes.map((i) => row[i]);
      if (values.some((v) => v === null)) continue;
      if (!fk.keys.has(values.map(String).join('\u0000'))) count(`foreign-key[${fk.label}]`);
    }
  }
}
process.stdout.write(`${JSON.stringify({ records, errors })}\n`);
