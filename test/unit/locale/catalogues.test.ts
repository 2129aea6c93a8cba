// The bundled catalogues (rules/locales): en.json is what the checks and report labels give now, fr.json translates
// every one of its messages with the same placeholders, and both load with the bundled standard.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKS, checkRegistry } from '../../../src/checks/index.js';
import { catalogueProblems, englishCatalogue, englishCatalogueFile } from '../../../src/locale/catalogue.js';
import { BUNDLED_STANDARD, loadStandard } from '../../../src/standard/load.js';
import { compileTemplate } from '../../../src/util/message-template.js';
import { REPO_ROOT } from '../../helpers/rule-docs.js';

const LOCALES = path.join(REPO_ROOT, 'rules', 'locales');
const read = (tag: string): Record<string, string> => {
  const { $schema: _schema, ...messages } = JSON.parse(readFileSync(path.join(LOCALES, `${tag}.json`), 'utf8')) as Record<string, string>;
  return messages;
};
const english = englishCatalogue(BUILT_IN_CHECKS);

describe('rules/locales/en.json', () => {
  it('is what the checks and the report labels give now', () => {
    expect(readFileSync(path.join(LOCALES, 'en.json'), 'utf8'), 'rules/locales/en.json is outdated: run `npm run build && npm run docs` and commit it').toBe(englishCatalogueFile(BUILT_IN_CHECKS));
  });

  it('has every message of every check, every hint, the engine message and the report labels', () => {
    for (const check of BUILT_IN_CHECKS) {
      for (const id of Object.keys(check.messages)) expect(english).toHaveProperty([`${check.id}.${id}`]);
      for (const id of Object.keys(check.hints ?? {})) expect(english).toHaveProperty([`${check.id}.hint.${id}`]);
    }
    expect(english).toHaveProperty(['engine.internalError']);
    expect(Object.keys(english).filter((k) => k.startsWith('report.')).length).toBeGreaterThan(50);
  });

  it('has templates that all parse', () => {
    for (const [key, template] of Object.entries(english)) expect(() => compileTemplate(template), key).not.toThrow();
  });
});

describe('rules/locales/fr.json', () => {
  const french = read('fr');

  it('translates every message id of en.json, with the same placeholders, and nothing else', () => {
    expect(Object.keys(english).filter((k) => !Object.hasOwn(french, k)), 'ids without a French message').toEqual([]);
    expect(catalogueProblems(french, english)).toEqual([]);
  });

  it('is French: no message is left as the English one, except words French writes the same way', () => {
    const same = Object.keys(english).filter((k) => french[k] === english[k]);
    expect(same.sort()).toEqual([
      'hint.nearMiss.and', 'json-schema.invalidProperty', 'json-syntax.syntaxError', 'report.count.infos', 'report.markdown.infos', 'metadata-valid.invalid', 'metadata-valid.metadataError', 'quoting.unreadableRow',
      'report.categoryCount', 'report.category.format', 'report.category.licence', 'report.markdown.message', 'report.markdown.total',
      'report.html.category.format', 'report.html.category.licence', 'report.html.mqa', 'report.html.mqa.excellent',
      'report.severity.info', 'type.hint.expected.list', 'type.hint.explain.json.null',
      'type.hint.explain.phrase', 'type.hint.explain.sep.other', 'line-endings.hint.ending.CRLF', 'line-endings.hint.ending.LF', 'json-structure.hint.type.null',
    ].sort());
  });

  it('is named by the bundled standard with en, and loads', () => {
    const standard = loadStandard(BUNDLED_STANDARD, checkRegistry());
    expect([...standard.locales!.keys()].sort()).toEqual(['en', 'fr']);
    expect(standard.locales!.get('fr')!['type.notType']).toBe(french['type.notType']);
  });
});
