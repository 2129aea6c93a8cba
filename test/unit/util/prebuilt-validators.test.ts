// The validators the build compiles (scripts/build-validators.mjs → dist/validators/) judge as the ones compiled at
// run time do, errors included, and are used only for the very schema they were compiled from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createAjv } from '../../../src/util/ajv.js';
import { safeRegExp } from '../../../src/util/safe-regex.js';
import { optionsSchemaHash, schemaHash, schemaReferences } from '../../../src/util/prebuilt-validators.js';
import { BUILT_IN_CHECKS } from '../../../src/checks/index.js';
import { REPO_ROOT } from '../../helpers/format-reports.js';

const requireDist = createRequire(path.join(REPO_ROOT, 'dist', 'validators', 'x.cjs'));
const schemaText = (name: string) => readFileSync(path.join(REPO_ROOT, 'schemas', name), 'utf8');

/** The build's validator of a schema (npm test builds first), and one compiled here. */
function both(name: string) {
  const factory = requireDist(`./${name}.cjs`);
  const text = schemaText(name);
  expect(factory.hash).toBe(schemaHash(name, [...schemaReferences(text).map(schemaText), text]));
  const ajv = createAjv({ verbose: true });
  for (const ref of schemaReferences(text)) ajv.addSchema(JSON.parse(schemaText(ref)), ref);
  return { built: factory(safeRegExp).validate, compiled: ajv.compile(JSON.parse(text)) };
}

const errorsOf = (v: { errors?: unknown[] | null }) => (v.errors ?? []).map((e) => {
  const { parentSchema: _p, schema: _s, ...rest } = e as Record<string, unknown>;
  return rest;
});

describe('validators compiled at build time', () => {
  it('judge reports, configs, standards and baselines as run-time ones do, with the same errors', () => {
    const golden = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'golden', 'fixtures.json'), 'utf8'));
    const standard = YAML.parse(readFileSync(path.join(REPO_ROOT, 'rules', 'standard.yaml'), 'utf8'));
    const cases: [string, unknown[]][] = [
      ['report.schema.json', [golden, { ...golden, now: 'yesterday' }, { ...golden, shard: { index: 0, total: 2 } }, { ...golden, findings: [{ ruleId: 1 }] }]],
      ['standard.schema.json', [standard, { ...standard, rules: { 'x/y': { severity: 'loud' } } }, { ...standard, id: 'Not An Id!' }]],
      ['config.schema.json', [{ standard: 'national-open-data', now: '2026-11-27' }, { now: 'soon' }, { formats: ['yaml'] }, { overrides: [{ files: 1 }] }]],
      ['baseline.schema.json', [{ version: 2, tool: 'odlint', standard: { id: 'a', version: '1' }, entries: [] }, { version: 3 }]],
      ['scoring.schema.json', [YAML.parse(readFileSync(path.join(REPO_ROOT, 'rules', 'scoring.yaml'), 'utf8')), { id: 1 }]],
    ];
    for (const [name, docs] of cases) {
      const { built, compiled } = both(name);
      docs.forEach((doc, i) => {
        expect(built(structuredClone(doc)), `${name} #${i}`).toBe(compiled(structuredClone(doc)));
        expect(errorsOf(built), `${name} #${i}`).toEqual(errorsOf(compiled));
      });
      expect(built(docs[0]), `${name} #0 is valid`).toBe(true);
      expect(built(docs[1]), `${name} #1 is not`).toBe(false);
    }
  });

  it("give the checks' options the same defaults and errors", () => {
    const options = requireDist('./options.cjs')(safeRegExp);
    const ajv = createAjv({ useDefaults: true, verbose: true });
    const withOptions = BUILT_IN_CHECKS.filter((c) => Object.keys((c.optionsSchema as { properties?: object }).properties ?? {}).length > 0);
    expect(withOptions.length).toBeGreaterThan(5);
    for (const check of withOptions) {
      const built = options[optionsSchemaHash(check.optionsSchema)];
      expect(built, check.id).toBeTypeOf('function');
      const compiled = ajv.compile(check.optionsSchema);
      for (const doc of [{}, { unknownOption: true }, { maxAge: 'P1X', columns: 7 }]) {
        const [a, b] = [structuredClone(doc), structuredClone(doc)];
        expect(built(a), check.id).toBe(compiled(b));
        expect(a, `${check.id}: defaults`).toEqual(b);
        expect(errorsOf(built), check.id).toEqual(errorsOf(compiled));
      }
    }
  });

  it('are found by the hash of their schema: another schema has none', () => {
    expect(optionsSchemaHash({ type: 'object' })).not.toBe(optionsSchemaHash({ type: 'object', properties: {} }));
    expect(schemaHash('a.json', ['x'])).not.toBe(schemaHash('a.json', ['y']));
  });
});
