// The starter .odlintrc.yaml: valid YAML in the config format, every key explained, the standard written safely.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_DOCS_URL, starterConfig } from '../../../src/init/starter-config.js';
import { createAjv } from '../../../src/util/ajv.js';
import { PACKAGE_ROOT } from '../../../src/util/package-root.js';

describe('starterConfig', () => {
  it('parses to the standard and empty rules, overrides and ignorePatterns', () => {
    expect(parse(starterConfig())).toEqual({ standard: 'national-open-data', rules: {}, overrides: [], ignorePatterns: [] });
  });

  it('is valid against the project config schema', () => {
    const schema = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas/config.schema.json'), 'utf8')) as object;
    const validate = createAjv().compile(schema);
    expect(validate(parse(starterConfig('./standards/city'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('explains every key with a commented example, and links the README section', () => {
    const text = starterConfig();
    expect(text).toContain(CONFIG_DOCS_URL);
    expect(text).toContain('"Configuration"');
    for (const example of ['#     freshness/overdue: warning', '#     - files: ["archive/**"]', '#     - "drafts/**"', '# now: 2026-11-27', '# locale: fr', '# format: stylish', '# baseline: .odlint-baseline.json']) {
      expect(text).toContain(example);
    }
    // The commented examples are themselves valid YAML of the right shape once uncommented.
    const uncommented = text.split('\n').filter((l) => /^#   /.test(l)).map((l) => l.slice(4)).join('\n');
    const examples = parse(uncommented) as Record<string, unknown>;
    expect(examples.rules).toEqual({ 'freshness/overdue': 'warning', 'format/delimiter': { severity: 'error', with: { allowDeclared: true } } });
    expect(examples.overrides).toEqual([{ files: ['archive/**'], rules: { 'freshness/overdue': 'off' } }]);
    expect(examples.ignorePatterns).toEqual(['drafts/**']);
  });

  it('writes the standard as given, quoting it only when YAML needs it', () => {
    expect(starterConfig('./standards/city')).toContain('\nstandard: ./standards/city\n');
    for (const tricky of ['@gov/open-data-standard', 'my standard: v2', '#hash', 'yes', '123']) {
      expect((parse(starterConfig(tricky)) as { standard: unknown }).standard).toBe(tricky);
    }
  });
});
