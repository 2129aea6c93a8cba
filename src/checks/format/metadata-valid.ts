import type { ErrorObject, ValidateFunction } from 'ajv';
import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { distinctResources, resourceLabel } from '../../util/resources.js';
import type { Dataset } from '../../model/dataset.js';
import { schemaValidator } from '../../util/json-schema.js';
import { formatMessage } from '../../util/message-template.js';
import { compileSafe } from '../../util/safe-regex.js';

function profile(): ValidateFunction {
  return schemaValidator('data-package.schema.json');
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

/**
 * The messages of a profile error. {where} names the place: 'The package' for the descriptor itself, else its path in
 * quotes ('resources.0.name'); lists of values and alternatives are written out quoted.
 */
const PROFILE_MESSAGES = {
  missingProperty: "{where} is missing the required property '{property}'",
  patternMismatch: '{where} does not match the pattern {pattern}',
  notAllowed: '{where} must be one of {allowed}',
  wrongType: '{where} must be of type {type}',
  needsOneOf: '{where} needs one of the properties {alternatives}',
  badFormat: '{where} is not a valid {format}',
  tooFewItems: '{where} must have at least {limit} item(s)',
  // Any other keyword, in ajv's words ('must NOT have additional properties' …).
  invalid: '{where} {reason}',
} as const;

type Message = { messageId: keyof typeof PROFILE_MESSAGES | keyof typeof OTHER_MESSAGES; data?: Record<string, string | number> };

function profileMessage(e: ErrorObject): Message {
  const where = e.instancePath === '' ? 'The package' : `'${e.instancePath.slice(1).replace(/\//g, '.')}'`;
  switch (e.keyword) {
    case 'required':
      return { messageId: 'missingProperty', data: { where, property: String(e.params.missingProperty) } };
    case 'pattern':
      return { messageId: 'patternMismatch', data: { where, pattern: String(e.params.pattern) } };
    case 'enum':
      return { messageId: 'notAllowed', data: { where, allowed: (e.params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ') } };
    case 'type':
      return { messageId: 'wrongType', data: { where, type: String(e.params.type) } };
    case 'anyOf':
      return { messageId: 'needsOneOf', data: { where, alternatives: (e.params.alternatives as string[]).map((a) => `'${a}'`).join(' or ') } };
    case 'format':
      return { messageId: 'badFormat', data: { where, format: String(e.params.format) } };
    case 'minItems':
      return { messageId: 'tooFewItems', data: { where, limit: Number(e.params.limit) } };
    default:
      return { messageId: 'invalid', data: { where, reason: e.message ?? 'is invalid' } };
  }
}

/** The messages of the metadata file's own problems, and of the schemas' meaning. {resource} is "Resource 'x'" or "Resource 2". */
const OTHER_MESSAGES = {
  unreadable: 'The metadata file cannot be read ({code})',
  invalidJson: 'datapackage.json is not valid JSON: {reason}',
  notAnObject: 'datapackage.json must hold a JSON object (the package descriptor)',
  // A metadata error worded otherwise, as the loader gives it.
  metadataError: '{reason}',
  schemaError: '{resource}: {reason}',
  unknownKeyField: "{resource}: primaryKey names the field '{field}', which the schema does not have",
  unknownForeignKeyField: "{resource}: foreign key {foreignKey} names the field '{field}', which the schema does not have",
  badPattern: "{resource}: field '{field}' has a pattern that is not a valid regular expression: {pattern}",
  unsupportedPattern: "{resource}: field '{field}' has a pattern that uses a feature odlint's linear-time engine does not support ({feature}), so it is not checked: {pattern}",
} as const;

/**
 * The loader (datasets/datapackage.ts) describes a metadata file it cannot read in prose: its known wordings get a
 * message of their own, with the same text.
 */
function metadataErrorMessage(message: string): Message {
  const unreadable = /^The metadata file cannot be read \((.*)\)$/s.exec(message);
  if (unreadable) return { messageId: 'unreadable', data: { code: unreadable[1]! } };
  const json = /^datapackage\.json is not valid JSON: (.*)$/s.exec(message);
  if (json) return { messageId: 'invalidJson', data: { reason: json[1]! } };
  if (message === OTHER_MESSAGES.notAnObject) return { messageId: 'notAnObject' };
  return { messageId: 'metadataError', data: { reason: message } };
}

const HINTS: Array<[RegExp, string]> = [
  [/resources\.\d+\.name' does not match/, 'resourceName'],
  [/^'name' does not match/, 'packageName'],
  [/licenses\.\d+' needs one of/, 'licenceParts'],
];

function schemaSemantics(dataset: Dataset, report: (m: Message, pointer: string) => void): void {
  for (const r of distinctResources(dataset)) {
    const resource = resourceLabel(r);
    if (r.schemaError) report({ messageId: 'schemaError', data: { resource, reason: r.schemaError } }, `${r.pointer}/schema`);
    const schema = r.schema;
    if (!schema || !Array.isArray(schema.fields)) continue;
    const names = new Set(schema.fields.map((f) => f?.name));
    const list = (v: unknown) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : []);
    for (const name of list(schema.primaryKey)) {
      if (!names.has(name)) report({ messageId: 'unknownKeyField', data: { resource, field: String(name) } }, `${r.pointer}/schema/primaryKey`);
    }
    (schema.foreignKeys ?? []).forEach((fk, position) => {
      const i = fk.sourceIndex ?? position;
      for (const name of list(fk?.fields)) {
        if (!names.has(name)) report({ messageId: 'unknownForeignKeyField', data: { resource, foreignKey: i + 1, field: String(name) } }, `${r.pointer}/schema/foreignKeys/${i}`);
      }
    });
    schema.fields.forEach((f, i) => {
      const p = f?.constraints?.pattern;
      if (typeof p !== 'string') return;
      const compiled = compileSafe(p, { anchored: true });
      if (compiled.ok) return;
      const pointer = `${r.pointer}/schema/fields/${i}/constraints/pattern`;
      if (compiled.kind === 'invalid') report({ messageId: 'badPattern', data: { resource, field: String(f.name), pattern: p } }, pointer);
      else report({ messageId: 'unsupportedPattern', data: { resource, field: String(f.name), feature: compiled.feature, pattern: p } }, pointer);
    });
  }
}

/** datapackage.json parses and follows the Data Package profile. */
const check: Check = {
  id: 'metadata-valid',
  description: 'datapackage.json is valid JSON and follows the Data Package profile, with a readable Table Schema for each resource.',
  docs: {
    rationale: 'Publishing portals and tools read the metadata to know what the data is; a malformed or non-conforming descriptor silently loses the schema, licence or resources.',
    failing: '{"name": "Clinic Visits", "resources": []}: the name has capitals and spaces, and there are no resources.',
    passing: '{"name": "clinic-visits", "resources": [{"name": "visits", "path": "visits.csv"}]}',
  },
  messages: { ...PROFILE_MESSAGES, ...OTHER_MESSAGES },
  hints: {
    resourceName: "Resource names must be lower case letters, digits, '-', '.', '_' or '/', e.g. 'spending-2024-q1'",
    packageName: "Package names must be lower case letters, digits, '-', '.', '_' or '/'",
    licenceParts: "Give each licence a 'name' (an Open Definition or SPDX id such as 'CC-BY-4.0') and/or a 'path' (its URL); 'url' is an older, non-standard form",
    fixSyntax: 'Fix the {syntax} syntax; nothing else in this package was checked',
    fixMetadata: 'Fix the metadata; nothing else in it was checked',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    if (!dataset.metadataFile) return;
    if (dataset.metadataError) {
      const syntax = / is not valid (JSON|YAML): /.test(dataset.metadataError.message);
      report({
        ...metadataErrorMessage(dataset.metadataError.message),
        line: dataset.metadataError.line,
        column: dataset.metadataError.column,
        hint: syntax ? { id: 'fixSyntax', data: { syntax: /YAML: /.test(dataset.metadataError.message) ? 'YAML' : 'JSON' } } : { id: 'fixMetadata' },
      });
      return;
    }
    const at = (pointer: string) => dataset.locate(pointer);
    const validateProfile = profile();
    // Other forms are mapped into Data Package terms by their readers, which report what they cannot read.
    if (dataset.form === 'datapackage' && !validateProfile(dataset.descriptor)) {
      for (const e of usefulErrors(validateProfile.errors ?? [])) {
        const m = profileMessage(e);
        // The hints are chosen by the message's wording.
        const message = formatMessage(PROFILE_MESSAGES[m.messageId as keyof typeof PROFILE_MESSAGES], m.data);
        const pos = at(e.instancePath);
        const hint = HINTS.find(([re]) => re.test(message))?.[1];
        report({ ...m, line: pos?.line, column: pos?.column, hint: hint === undefined ? undefined : { id: hint } });
      }
    }
    schemaSemantics(dataset, (m, pointer) => {
      const pos = at(pointer);
      report({ ...m, line: pos?.line, column: pos?.column });
    });
  },
};
export default check;
