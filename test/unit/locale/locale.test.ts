// Choosing the language (--locale, config, LC_ALL / LC_MESSAGES / LANG), the fallback chain per message, plural
// forms by the language's rules, and catalogues named by a standard: merged over its base's, refused with file and
// line when a message id is unknown or a placeholder differs.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { chooseLocale, fallbackChain, Localiser, localeFromEnvironment, normaliseLocaleTag } from '../../../src/locale/locale.js';
import { catalogueProblems } from '../../../src/locale/catalogue.js';
import { loadStandard } from '../../../src/standard/load.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';
import { errorOf } from '../../helpers/odlint-error.js';

afterEach(cleanupTempDirs);
const checks = checkRegistry();

describe('the locale of a run', () => {
  it('reads POSIX locale names and BCP 47 tags alike; C and POSIX are English', () => {
    expect(normaliseLocaleTag('fr_CA.UTF-8')).toBe('fr-CA');
    expect(normaliseLocaleTag('fr-ca')).toBe('fr-CA');
    expect(normaliseLocaleTag('FR')).toBe('fr');
    expect(normaliseLocaleTag('en_ZA@euro')).toBe('en-ZA');
    expect(normaliseLocaleTag('zh-hant-tw')).toBe('zh-Hant-TW');
    for (const english of ['C', 'POSIX', 'C.UTF-8', '', 'not a tag!']) expect(normaliseLocaleTag(english)).toBeUndefined();
  });

  it('takes LC_ALL, then LC_MESSAGES, then LANG; an empty variable is unset', () => {
    expect(localeFromEnvironment({ LANG: 'fr_CA.UTF-8' })).toBe('fr-CA');
    expect(localeFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'xh_ZA.UTF-8', LANG: 'fr_CA.UTF-8' })).toBe('xh-ZA');
    expect(localeFromEnvironment({ LC_ALL: 'C', LANG: 'fr_CA.UTF-8' })).toBe('en');
    expect(localeFromEnvironment({})).toBeUndefined();
  });

  it('prefers --locale (or the run API), then the config, then the environment, else English', () => {
    const env = { LANG: 'fr_CA.UTF-8' };
    expect(chooseLocale('xh', 'fr', env)).toBe('xh');
    expect(chooseLocale(undefined, 'en', env)).toBe('en');
    expect(chooseLocale(undefined, undefined, env)).toBe('fr-CA');
    expect(chooseLocale(undefined, undefined, {})).toBe('en');
  });

  it('looks a message up from the most specific tag to English', () => {
    expect(fallbackChain('fr-CA')).toEqual(['fr-CA', 'fr']);
    const english = { 'a.one': 'One {x}', 'a.two': 'Two', 'a.n': '{n, plural, one {# row} other {# rows}}' };
    const l = new Localiser('fr-CA', new Map<string, Record<string, string>>([['fr', { 'a.one': 'Un {x}', 'a.n': '{n, plural, one {# ligne} other {# lignes}}' }], ['fr-CA', { 'a.two': 'Deux (CA)' }]]), english);
    expect(l.resolved).toBe('fr-CA');
    expect(l.text('a.one', { x: 'y' })).toBe('Un y');
    expect(l.text('a.two')).toBe('Deux (CA)');
    // French counts 0 and 1 as one; English says "0 rows".
    expect(l.text('a.n', { n: 0 })).toBe('0 ligne');
    expect(l.text('a.n', { n: 2 })).toBe('2 lignes');
    expect(new Localiser('en', new Map(), english).text('a.n', { n: 0 })).toBe('0 rows');
    const unknown = new Localiser('xh', new Map([['fr', {}]]), english);
    expect([unknown.unknown, unknown.isEnglish, unknown.resolved]).toEqual([true, true, 'en']);
    expect(unknown.text('a.one', { x: 'y' })).toBe('One y');
  });

  it('finds what is wrong with a catalogue: an unknown id, a template that does not parse, other placeholders', () => {
    const english = { 'a.one': "'{value}' in field '{field}'" };
    expect(catalogueProblems({ 'a.one': "'{field}' : '{value}'" }, english)).toEqual([]);
    expect(catalogueProblems({ 'a.two': 'x' }, english)[0]!.problem).toContain("'a.two' is not a message of odlint");
    expect(catalogueProblems({ 'a.one': "'{value' }" }, english)[0]!.problem).toContain('not a valid message template');
    expect(catalogueProblems({ 'a.one': "'{valeur}' dans '{field}'" }, english)[0]!.problem).toBe("'a.one' has the placeholders {valeur}, {field}, but the English message has {value}, {field}");
  });
});

const ROOT = 'id: za\nversion: 1.0.0\ntitle: ZA\nextends: national-open-data\n';

describe('catalogues named by a standard', () => {
  it('adds a language, and merges its messages over the base catalogue of the same language', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'standard.yaml': `${ROOT}locales:\n  xh: locales/xh.json\n  fr: locales/fr.json\n`,
      'locales/xh.json': JSON.stringify({ 'blank-row.blank': 'Umqolo awunanto' }),
      'locales/fr.json': JSON.stringify({ 'blank-row.blank': 'La ligne est entièrement vide' }),
    });
    const standard = loadStandard(path.join(dir, 'standard.yaml'), checks);
    expect([...standard.locales!.keys()].sort()).toEqual(['en', 'fr', 'xh']);
    expect(standard.locales!.get('xh')).toEqual({ 'blank-row.blank': 'Umqolo awunanto' });
    expect(standard.locales!.get('fr')!['blank-row.blank']).toBe('La ligne est entièrement vide');
    expect(standard.locales!.get('fr')!['required.missingValue']).toBe("Le champ '{field}' est obligatoire, mais n'a pas de valeur");
  });

  it('refuses a catalogue with an unknown id or a changed placeholder, naming the file and line', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'standard.yaml': `${ROOT}locales:\n  xh: xh.json\n`,
      'xh.json': '{\n  "blank-row.blank": "Umqolo awunanto",\n  "required.missingValue": "Intsimi \'{intsimi}\' iyafuneka"\n}\n',
    });
    const e = errorOf(() => loadStandard(path.join(dir, 'standard.yaml'), checks));
    expect(e.message).toMatch(/xh\.json:3:\d+: 'required\.missingValue' has the placeholders \{intsimi\}, but the English message has \{field\}\./);
    writeFiles(dir, { 'xh.json': '{\n  "blank-row.blnk": "Umqolo awunanto"\n}\n' });
    expect(errorOf(() => loadStandard(path.join(dir, 'standard.yaml'), checks)).message).toMatch(/xh\.json:2:\d+: 'blank-row\.blnk' is not a message of odlint/);
    writeFiles(dir, { 'xh.json': '{ "blank-row.blank": 3 }' });
    expect(errorOf(() => loadStandard(path.join(dir, 'standard.yaml'), checks)).message).toContain('xh.json');
  });

  it('refuses a catalogue file outside the standard folder, or missing', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'out/xh.json': '{}', 'std/standard.yaml': `${ROOT}locales:\n  xh: ../out/xh.json\n` });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toContain("outside the standard's folder");
    writeFiles(dir, { 'std/standard.yaml': `${ROOT}locales:\n  xh: nowhere.json\n` });
    expect(errorOf(() => loadStandard(path.join(dir, 'std'), checks)).message).toContain("the catalogue 'xh' names a file that does not exist");
  });
});
