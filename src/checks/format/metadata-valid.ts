import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { distinctResources, resourceLabel } from '../../util/resources.js';
import type { Dataset } from '../../model/dataset.js';
import { createAjv } from '../../util/ajv.js';
import { PACKAGE_ROOT } from '../../util/package-root.js';

let validate: ValidateFunction | undefined;
function profile(): ValidateFunction {
  validate ??= createAjv().compile(JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', 'data-package.schema.json'), 'utf8')));
  return validate;
}

/**
 * One error per problem: ajv reports every failed branch of a oneOf/anyOf. An anyOf whose branches each require a
 * property ("a licence needs a name or a path") becomes one error listing the alternatives; 'type' errors beside a
 * more specific error at the same place are noise from a failed oneOf branch.
 */
function usefulErrors(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword !== 'required') continue;
    const parent = errors.find((a) => a.keyword === 'anyOf' && a.instancePath === e.instancePath && e.schemaPath.startsWith(`${a.schemaPath}/`));
    if (!parent) continue;
    const list = alternatives.get(e.instancePath) ?? [];
    list.push(String(e.params.missingProperty));
    alternatives.set(e.instancePath, list);
  }
  const kept = new Map<string, ErrorObject>();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'if' || e.keyword === 'not') continue;
    if (e.keyword === 'required' && alternatives.has(e.instancePath) && alternatives.get(e.instancePath)!.includes(String(e.params.missingProperty))) continue;
    if (e.keyword === 'anyOf' && !alternatives.has(e.instancePath)) continue;
    const params = e.keyword === 'anyOf' ? { alternatives: alternatives.get(e.instancePath) } : e.params;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(params)}`;
    if (!kept.has(key)) kept.set(key, { ...e, params });
  }
  const list = [...kept.values()];
  // A 'type' error is noise from a failed oneOf branch when another error sits deeper, or a non-type error at the
  // same place; several type errors at one place (string or array) become one.
  const deeper = (p: string) => list.some((e) => e.instancePath.startsWith(`${p}/`));
  const samePlace = (p: string) => list.some((e) => e.keyword !== 'type' && e.instancePath === p);
  const types = new Map<string, ErrorObject>();
  const out: ErrorObject[] = [];
  for (const e of list) {
    if (e.keyword !== 'type') { out.push(e); continue; }
    if (deeper(e.instancePath) || samePlace(e.instancePath)) continue;
    const seen = types.get(e.instancePath);
    if (seen) seen.params = { type: `${String(seen.params.type)} or ${String(e.params.type)}` };
    else { const copy = { ...e, params: { ...e.params } }; types.set(e.instancePath, copy); out.push(copy); }
  }
  return out;
}

function sentence(e: ErrorObject): string {
  const where = e.instancePath === '' ? 'The package' : `'${e.instancePath.slice(1).replace(/\//g, '.')}'`;
  switch (e.keyword) {
    case 'required':
      return `${where} is missing the required property '${String(e.params.missingProperty)}'`;
    case 'pattern':
      return `${where} does not match the pattern ${String(e.params.pattern)}`;
    case 'enum':
      return `${where} must be one of ${(e.params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ')}`;
    case 'type':
      return `${where} must be of type ${String(e.params.type)}`;
    case 'anyOf':
      return `${where} needs one of the properties ${(e.params.alternatives as string[]).map((a) => `'${a}'`).join(' or ')}`;
    case 'format':
      return `${where} is not a valid ${String(e.params.format)}`;
    case 'minItems':
      return `${where} must have at least ${String(e.params.limit)} item(s)`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

const HINTS: Array<[RegExp, string]> = [
  [/resources\.\d+\.name' does not match/, "Resource names must be lower case letters, digits, '-', '.', '_' or '/', e.g. 'spending-2024-q1'"],
  [/^'name' does not match/, "Package names must be lower case letters, digits, '-', '.', '_' or '/'"],
  [/licenses\.\d+' needs one of/, "Give each licence a 'name' (an Open Definition or SPDX id such as 'CC-BY-4.0') and/or a 'path' (its URL); 'url' is an older, non-standard form"],
];

function schemaSemantics(dataset: Dataset, report: (m: string, pointer: string) => void): void {
  for (const r of distinctResources(dataset)) {
    const label = resourceLabel(r);
    if (r.schemaError) report(`${label}: ${r.schemaError}`, `${r.pointer}/schema`);
    const schema = r.schema;
    if (!schema || !Array.isArray(schema.fields)) continue;
    const names = new Set(schema.fields.map((f) => f?.name));
    const list = (v: unknown) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : []);
    for (const name of list(schema.primaryKey)) {
      if (!names.has(name)) report(`${label}: primaryKey names the field '${name}', which the schema does not have`, `${r.pointer}/schema/primaryKey`);
    }
    (schema.foreignKeys ?? []).forEach((fk, position) => {
      const i = fk.sourceIndex ?? position;
      for (const name of list(fk?.fields)) {
        if (!names.has(name)) report(`${label}: foreign key ${i + 1} names the field '${name}', which the schema does not have`, `${r.pointer}/schema/foreignKeys/${i}`);
      }
    });
    schema.fields.forEach((f, i) => {
      const p = f?.constraints?.pattern;
      if (typeof p !== 'string') return;
      try {
        new RegExp(`^(?:${p})$`, 'u');
      } catch {
        report(`${label}: field '${f.name}' has a pattern that is not a valid regular expression: ${p}`, `${r.pointer}/schema/fields/${i}/constraints/pattern`);
      }
    });
  }
}

/** datapackage.json parses and follows the Data Package profile. */
const check: Check = {
  id: 'metadata-valid',
  category: 'format',
  description: 'datapackage.json is valid JSON and follows the Frictionless Data Package profile (resources, names, licences, Table Schema).',
  docs: {
    rationale: 'Publishing portals and tools read the metadata to know what the data is; a malformed or non-conforming descriptor silently loses the schema, licence or resources.',
    failing: '{"name": "Clinic Visits", "resources": []}: the name has capitals and spaces, and there are no resources.',
    passing: '{"name": "clinic-visits", "resources": [{"name": "visits", "path": "visits.csv"}]}',
  },
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    if (!dataset.metadataFile) return;
    if (dataset.metadataError) {
      report({ line: dataset.metadataError.line, column: dataset.metadataError.column, message: dataset.metadataError.message, hint: 'Fix the JSON syntax; nothing else in this package was checked' });
      return;
    }
    const at = (pointer: string) => dataset.locate(pointer);
    const validateProfile = profile();
    if (!validateProfile(dataset.descriptor)) {
      for (const e of usefulErrors(validateProfile.errors ?? [])) {
        const message = sentence(e);
        const pos = at(e.instancePath);
        report({ line: pos?.line, column: pos?.column, message, hint: HINTS.find(([re]) => re.test(message))?.[1] });
      }
    }
    schemaSemantics(dataset, (message, pointer) => {
      const pos = at(pointer);
      report({ line: pos?.line, column: pos?.column, message });
    });
  },
};
export default check;
