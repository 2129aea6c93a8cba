// loadStandard: root files, included rule files and inline rules, `extends` chains and their changes, vocabularies,
// and the messages for every kind of mistake — on real YAML files in temporary folders.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { loadStandard } from '../../../src/standard/load.js';
import type { Rule, Standard } from '../../../src/model/standard.js';
import { displayPath } from '../../../src/util/paths.js';
import { cleanupTempDirs, makeTempDir, writeFiles } from '../../helpers/lint-files.js';
import { errorOf } from '../../helpers/odlint-error.js';

const checks = checkRegistry();
afterEach(cleanupTempDirs);

function rule(standard: Standard, id: string): Rule {
  const r = standard.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in ${standard.rules.map((x) => x.id).join(', ')}`);
  return r;
}

/** The display path of a file in a temp folder, as messages and Rule.file give it. */
const shown = (dir: string, rel: string) => displayPath(path.join(dir, rel));

/** A base standard: three rules in an included file, one inline, and a licence vocabulary. */
const BASE_ROOT = `id: base
version: 1.0.0
title: Base standard
description: The base.
publisher: Open data team
include:
  - rules/format.yaml
rules:
  format/bom:
    check: bom
    category: format
    severity: info
    description: No byte-order mark.
    source: { title: Base guide, url: https://example.org/bom }
vocabularies:
  licences: vocab/licences.json
`;
const BASE_RULES = `rules:
  format/delimiter:
    check: delimiter
    category: format
    severity: error
    with:
      expected: ";"
    description: Cells are separated by semicolons.
    rationale: Commas are decimal marks here.
    source:
      - title: Base guide
        url: https://example.org/delimiter
  format/line-endings:
    check: line-endings
    category: format
    severity: error
    description: One kind of line ending.
    source: { title: RFC 4180, url: https://www.rfc-editor.org/rfc/rfc4180 }
  format/blank-row:
    check: blank-row
    category: format
    severity: warning
    description: No blank rows.
    source: { title: Base guide, url: https://example.org/blank }
`;
const BASE_LICENCES = JSON.stringify({
  licences: {
    'CC-BY-4.0': { title: 'CC BY 4.0', open: true, family: 'CC-BY', urls: ['https://creativecommons.org/licenses/by/4.0/'] },
  },
});

function withBase(dir: string, extra: Record<string, string> = {}): void {
  writeFiles(dir, { 'base/standard.yaml': BASE_ROOT, 'base/rules/format.yaml': BASE_RULES, 'base/vocab/licences.json': BASE_LICENCES, ...extra });
}

/** Line (1-based) of the first line of text that contains needle. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`'${needle}' not found`);
  return i + 1;
}

describe('loadStandard: one standard', () => {
  it('reads the root file, its included rule files and inline rules, sorted by id, with file, line and defaults', () => {
    const dir = makeTempDir();
    withBase(dir);
    const std = loadStandard('base', checks, { fromDir: dir });
    expect(std).toMatchObject({ id: 'base', version: '1.0.0', title: 'Base standard', description: 'The base.', publisher: 'Open data team' });
    expect(std.rootFile).toBe(shown(dir, 'base/standard.yaml'));
    expect(std.rules.map((r) => r.id)).toEqual(['format/blank-row', 'format/bom', 'format/delimiter', 'format/line-endings']);
    expect(std.layers).toEqual([{ id: 'base', version: '1.0.0', title: 'Base standard', rootFile: shown(dir, 'base/standard.yaml') }]);

    const delimiter = rule(std, 'format/delimiter');
    expect(delimiter).toEqual({
      id: 'format/delimiter',
      check: 'delimiter',
      category: 'format',
      severity: 'error',
      description: 'Cells are separated by semicolons.',
      rationale: 'Commas are decimal marks here.',
      sources: [{ title: 'Base guide', url: 'https://example.org/delimiter' }],
      options: { expected: ';', allowDeclared: false }, // the check's default for allowDeclared applied
      file: shown(dir, 'base/rules/format.yaml'),
      line: lineOf(BASE_RULES, 'format/delimiter:'),
      standard: 'base',
      changes: [],
    });
    expect(rule(std, 'format/line-endings').options).toEqual({ allowed: ['CRLF', 'LF'] });
    // An inline rule: defined in the root file, its single source made a list.
    const bom = rule(std, 'format/bom');
    expect(bom.file).toBe(shown(dir, 'base/standard.yaml'));
    expect(bom.line).toBe(lineOf(BASE_ROOT, 'format/bom:'));
    expect(bom.sources).toEqual([{ title: 'Base guide', url: 'https://example.org/bom' }]);
    expect(bom.options).toEqual({});
    expect(std.vocabularies.get('licences')).toEqual(JSON.parse(BASE_LICENCES));
  });

  it('resolves a path relative to fromDir, and accepts the root file itself', () => {
    const dir = makeTempDir();
    withBase(dir);
    expect(loadStandard('./base/standard.yaml', checks, { fromDir: dir }).rules).toHaveLength(4);
    expect(loadStandard(path.join(dir, 'base'), checks).id).toBe('base');
  });

  it('loads the bundled standard by name', () => {
    const std = loadStandard('national-open-data', checks);
    expect(std.id).toBe('national-open-data');
    expect(std.rules.length).toBeGreaterThan(20);
    expect(std.rules.every((r) => r.standard === 'national-open-data' && r.changes.length === 0)).toBe(true);
    expect([...std.vocabularies.keys()]).toEqual(expect.arrayContaining(['frequencies', 'licences']));
  });

  it('uses the label in messages about the reference', () => {
    const dir = makeTempDir();
    expect(errorOf(() => loadStandard('./missing', checks, { fromDir: dir, label: '.odlintrc.yaml:1:11: standard' })).message)
      .toBe('.odlintrc.yaml:1:11: standard ./missing: no such file or folder.');
    expect(errorOf(() => loadStandard('./missing', checks, { fromDir: dir })).message).toBe('--standard ./missing: no such file or folder.');
  });

  it('rejects a standard with no include, rules or extends', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 's/standard.yaml': 'id: s\nversion: 1.0.0\ntitle: S\n' });
    expect(errorOf(() => loadStandard('s', checks, { fromDir: dir })).message)
      .toBe(`${shown(dir, 's/standard.yaml')}: the standard has no rules: it needs 'include' (rule files), 'rules', or 'extends' (a standard to build on).`);
  });

  it('rejects an id defined twice in one standard (rule file and root file), naming both places', () => {
    const dir = makeTempDir();
    const root = 'id: s\nversion: 1.0.0\ntitle: S\ninclude: [r.yaml]\nrules:\n  format/bom:\n    check: bom\n    category: format\n    severity: info\n    description: d\n    source: { title: t, url: https://example.org }\n';
    const rules = 'rules:\n  format/bom:\n    check: bom\n    category: format\n    severity: info\n    description: d\n    source: { title: t, url: https://example.org }\n';
    writeFiles(dir, { 's/standard.yaml': root, 's/r.yaml': rules });
    expect(errorOf(() => loadStandard('s', checks, { fromDir: dir })).message)
      .toBe(`${shown(dir, 's/standard.yaml')}:6:3: rule 'format/bom' is already defined in ${shown(dir, 's/r.yaml')}:2.`);
  });

  it('names a missing included file and a missing vocabulary file with their line', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'a/standard.yaml': 'id: a\nversion: 1.0.0\ntitle: A\ninclude:\n  - here.yaml\n  - gone.yaml\n',
      'a/here.yaml': 'rules: {}\n',
      'b/standard.yaml': 'id: b\nversion: 1.0.0\ntitle: B\nrules: {}\nvocabularies:\n  licences: nope.json\n',
    });
    expect(errorOf(() => loadStandard('a', checks, { fromDir: dir })).message).toBe(`${shown(dir, 'a/standard.yaml')}:6:5: the included rule file 'gone.yaml' does not exist.`);
    expect(errorOf(() => loadStandard('b', checks, { fromDir: dir })).message).toBe(`${shown(dir, 'b/standard.yaml')}:6:13: the vocabulary 'licences' names a file that does not exist: 'nope.json'.`);
  });

  it('reports a root file against its schema with file:line:column', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 's/standard.yaml': 'id: s\nversion: one\ntitle: S\nrules: {}\n' });
    expect(errorOf(() => loadStandard('s', checks, { fromDir: dir })).message).toMatch(new RegExp(`^${escape(shown(dir, 's/standard.yaml'))}:2:10: the standard, property 'version', must match pattern`));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('loadStandard: defining a rule', () => {
  function defining(entry: string, extra: Record<string, string> = {}, extendsBase = false) {
    const dir = makeTempDir();
    withBase(dir);
    const root = `id: s\nversion: 1.0.0\ntitle: S\n${extendsBase ? 'extends: ../base\n' : ''}rules:\n${entry}`;
    writeFiles(dir, { 's/standard.yaml': root, ...extra });
    return { dir, root, load: () => loadStandard('s', checks, { fromDir: dir }) };
  }

  it('requires check, category, severity and source, naming the first missing one', () => {
    const { dir, load } = defining('  format/bom:\n    category: format\n    severity: info\n    description: d\n    source: { title: t, url: https://example.org }\n');
    const err = errorOf(load);
    expect(err.message).toBe(`${shown(dir, 's/standard.yaml')}:5:3: rule 'format/bom' is missing the required property 'check'.`);
    expect(err.hint).toBe('A rule needs check, category, severity, source.');

    const noSource = defining('  format/bom:\n    check: bom\n    category: format\n    severity: info\n    description: d\n');
    expect(errorOf(noSource.load).message).toMatch(/rule 'format\/bom' is missing the required property 'source'\.$/);

    // Without a description, the rule says what its check says.
    const noDescription = defining('  format/bom:\n    check: bom\n    category: format\n    severity: info\n    source: { title: t, url: https://example.org }\n');
    expect(noDescription.load().rules.find((r) => r.id === 'format/bom')!.description).toBe(checkRegistry().get('bom')!.description);
  });

  it('a severity alone for a new id is a definition without its check', () => {
    const { dir, load } = defining('  format/bom: warning\n');
    expect(errorOf(load).message).toBe(`${shown(dir, 's/standard.yaml')}:5:3: rule 'format/bom' is missing the required property 'check'.`);
  });

  it('in an extending standard, says the id is not one of the base and how to list them', () => {
    const { dir, load } = defining('  format/bomb: off\n', {}, true);
    const err = errorOf(load);
    expect(err.message).toBe(`${shown(dir, 's/standard.yaml')}:6:3: rule 'format/bomb' is missing the required property 'check', and it is not a rule of the standard this one extends, so it needs a whole definition.`);
    expect(err.hint).toMatch(/^Check the rule id \(odlint rules --standard <the base standard> lists them\)/);
  });

  it('requires the id to start with the category', () => {
    const { dir, load } = defining('  format/open-data:\n    check: licence-open\n    category: licence\n    severity: error\n    description: d\n    source: { title: t, url: https://example.org }\n');
    expect(errorOf(load).message).toBe(`${shown(dir, 's/standard.yaml')}:5:3: rule 'format/open-data' has category 'licence', so its id must start with 'licence/'.`);
  });

  it('rejects an unknown check, listing the known ones', () => {
    const { dir, load } = defining('  format/bom:\n    check: byte-order\n    category: format\n    severity: info\n    description: d\n    source: { title: t, url: https://example.org }\n');
    const err = errorOf(load);
    expect(err.message).toBe(`${shown(dir, 's/standard.yaml')}:6:12: rule 'format/bom' configures an unknown check 'byte-order'.`);
    expect(err.hint).toMatch(/^Known checks: .*\bbom\b.*\bdelimiter\b/);
  });

  it("validates a definition's options against its check, naming the property and its line", () => {
    const { dir, load } = defining('  format/delimiter:\n    check: delimiter\n    category: format\n    severity: error\n    with:\n      expected: 5\n    description: d\n    source: { title: t, url: https://example.org }\n');
    expect(errorOf(load).message).toBe(`${shown(dir, 's/standard.yaml')}:10:17: rule 'format/delimiter', property 'with.expected', must be of type string.`);
    const unknown = defining('  format/delimiter:\n    check: delimiter\n    category: format\n    severity: error\n    with:\n      sep: ";"\n    description: d\n    source: { title: t, url: https://example.org }\n');
    expect(errorOf(unknown.load).message).toBe(`${shown(unknown.dir, 's/standard.yaml')}:10:7: rule 'format/delimiter', property 'with', has an unknown property 'sep' (allowed: expected, allowDeclared).`);
  });
});

describe('loadStandard: extending a standard', () => {
  it('applies severity shorthands and records each change with the standard, file and line', () => {
    const dir = makeTempDir();
    const child = 'id: child\nversion: 2.0.0\ntitle: Child\nextends: ../base\nrules:\n  format/bom: off\n  format/blank-row: error\n';
    withBase(dir, { 'child/standard.yaml': child });
    const std = loadStandard('child', checks, { fromDir: dir });
    expect(std).toMatchObject({ id: 'child', version: '2.0.0', title: 'Child', rootFile: shown(dir, 'child/standard.yaml') });
    expect(std.description).toBeUndefined();
    expect(std.layers.map((l) => l.id)).toEqual(['base', 'child']);
    const bom = rule(std, 'format/bom');
    expect(bom.severity).toBe('off');
    expect(bom.standard).toBe('base'); // still defined by the base
    expect(bom.file).toBe(shown(dir, 'base/standard.yaml'));
    expect(bom.changes).toEqual([{ by: 'child', file: shown(dir, 'child/standard.yaml'), line: 6, severity: 'off' }]);
    expect(rule(std, 'format/blank-row').changes).toEqual([{ by: 'child', file: shown(dir, 'child/standard.yaml'), line: 7, severity: 'error' }]);
    // Untouched rules are the base's, unchanged.
    expect(rule(std, 'format/delimiter')).toEqual(rule(loadStandard('base', checks, { fromDir: dir }), 'format/delimiter'));
  });

  it('deep-merges options into the rule, replaces arrays, validates again with defaults and records what it merged', () => {
    const dir = makeTempDir();
    const child = `id: child
version: 1.0.0
title: Child
extends: ../base
include: [changes.yaml]
`;
    const changes = `rules:
  format/delimiter:
    with: { allowDeclared: true }
  format/line-endings:
    severity: warning
    with:
      allowed: [LF]
`;
    withBase(dir, { 'child/standard.yaml': child, 'child/changes.yaml': changes });
    const std = loadStandard('child', checks, { fromDir: dir });
    const delimiter = rule(std, 'format/delimiter');
    expect(delimiter.options).toEqual({ expected: ';', allowDeclared: true }); // the base's expected kept
    expect(delimiter.severity).toBe('error');
    expect(delimiter.changes).toEqual([{ by: 'child', file: shown(dir, 'child/changes.yaml'), line: 2, options: { allowDeclared: true } }]);
    const endings = rule(std, 'format/line-endings');
    expect(endings.options).toEqual({ allowed: ['LF'] });
    expect(endings.severity).toBe('warning');
    expect(endings.changes).toEqual([{ by: 'child', file: shown(dir, 'child/changes.yaml'), line: 4, severity: 'warning', options: { allowed: ['LF'] } }]);
  });

  it('validates merged options against the check, naming the changing file', () => {
    const dir = makeTempDir();
    withBase(dir, { 'child/standard.yaml': 'id: child\nversion: 1.0.0\ntitle: Child\nextends: ../base\nrules:\n  format/line-endings:\n    with: { allowed: [LF, NEL] }\n' });
    expect(errorOf(() => loadStandard('child', checks, { fromDir: dir })).message)
      .toBe(`${shown(dir, 'child/standard.yaml')}:7:27: rule 'format/line-endings', property 'with.allowed.1', must be one of 'CRLF', 'LF', 'CR'.`);
  });

  it('changes the wording: description, rationale and sources', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'child/standard.yaml': `id: child
version: 1.0.0
title: Child
extends: ../base
rules:
  format/blank-row:
    description: No spacing rows.
    rationale: Our portal rejects them.
    source: { title: Department guide, url: https://example.org/dept }
`,
    });
    const r = rule(loadStandard('child', checks, { fromDir: dir }), 'format/blank-row');
    expect(r.description).toBe('No spacing rows.');
    expect(r.rationale).toBe('Our portal rejects them.');
    expect(r.sources).toEqual([{ title: 'Department guide', url: 'https://example.org/dept' }]);
    expect(r.severity).toBe('warning');
    expect(r.changes).toEqual([{ by: 'child', file: shown(dir, 'child/standard.yaml'), line: 6 }]);
  });

  it('a change cannot give a rule another check or category', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'c1/standard.yaml': 'id: c1\nversion: 1.0.0\ntitle: C\nextends: ../base\nrules:\n  format/bom:\n    check: encoding\n    severity: error\n',
      'c2/standard.yaml': 'id: c2\nversion: 1.0.0\ntitle: C\nextends: ../base\nrules:\n  format/bom:\n    category: licence\n',
      'c3/standard.yaml': 'id: c3\nversion: 1.0.0\ntitle: C\nextends: ../base\nrules:\n  format/bom:\n    check: bom\n    category: format\n    severity: error\n',
    });
    const e1 = errorOf(() => loadStandard('c1', checks, { fromDir: dir }));
    expect(e1.message).toBe(`${shown(dir, 'c1/standard.yaml')}:7:12: rule 'format/bom' is defined in ${shown(dir, 'base/standard.yaml')}:9 with check 'bom'; a change cannot give it another check.`);
    expect(e1.hint).toBe('Give a rule with another check its own id.');
    expect(errorOf(() => loadStandard('c2', checks, { fromDir: dir })).message)
      .toBe(`${shown(dir, 'c2/standard.yaml')}:7:15: rule 'format/bom' is in category 'format'; a change cannot move it to 'licence'.`);
    // Naming the same check and category is allowed: it is a change.
    const same = rule(loadStandard('c3', checks, { fromDir: dir }), 'format/bom');
    expect(same.severity).toBe('error');
    expect(same.changes).toHaveLength(1);
  });

  it('a whole definition of an inherited id is a change: wording, severity and options change, the origin stays', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'child/standard.yaml': `id: child
version: 1.0.0
title: Child
extends: ../base
rules:
  format/delimiter:
    check: delimiter
    category: format
    severity: warning
    description: Tabs.
    source: { title: Tab guide, url: https://example.org/tab }
    with: { expected: "\\t" }
`,
    });
    const r = rule(loadStandard('child', checks, { fromDir: dir }), 'format/delimiter');
    expect(r).toMatchObject({ standard: 'base', severity: 'warning', description: 'Tabs.', options: { expected: '\t', allowDeclared: false } });
    expect(r.sources).toEqual([{ title: 'Tab guide', url: 'https://example.org/tab' }]);
    expect(r.changes).toEqual([{ by: 'child', file: shown(dir, 'child/standard.yaml'), line: 6, severity: 'warning', options: { expected: '\t' } }]);
  });

  it('defines new rules next to inherited ones', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'child/standard.yaml': 'id: child\nversion: 1.0.0\ntitle: Child\nextends: ../base\nrules:\n  format/header-duplicate:\n    check: header-duplicate\n    category: format\n    severity: error\n    description: d\n    source: { title: t, url: https://example.org }\n',
    });
    const std = loadStandard('child', checks, { fromDir: dir });
    expect(std.rules.map((r) => r.id)).toEqual(['format/blank-row', 'format/bom', 'format/delimiter', 'format/header-duplicate', 'format/line-endings']);
    expect(rule(std, 'format/header-duplicate')).toMatchObject({ standard: 'child', options: { caseSensitive: false } });
  });

  it('reads a chain of several levels, each change recorded in order with its standard', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'mid/standard.yaml': 'id: mid\nversion: 1.0.0\ntitle: Mid\nextends: ../base/standard.yaml\nrules:\n  format/blank-row: error\n  format/delimiter:\n    with: { expected: "|" }\n',
      'top/standard.yaml': 'id: top\nversion: 3.1.4\ntitle: Top\nextends: ../mid\nrules:\n  format/blank-row: info\n  format/delimiter:\n    with: { allowDeclared: true }\n',
    });
    const std = loadStandard('top', checks, { fromDir: dir });
    expect(std.layers).toEqual([
      { id: 'base', version: '1.0.0', title: 'Base standard', rootFile: shown(dir, 'base/standard.yaml') },
      { id: 'mid', version: '1.0.0', title: 'Mid', rootFile: shown(dir, 'mid/standard.yaml') },
      { id: 'top', version: '3.1.4', title: 'Top', rootFile: shown(dir, 'top/standard.yaml') },
    ]);
    const blank = rule(std, 'format/blank-row');
    expect(blank.severity).toBe('info');
    expect(blank.changes.map((c) => [c.by, c.severity])).toEqual([['mid', 'error'], ['top', 'info']]);
    const delimiter = rule(std, 'format/delimiter');
    expect(delimiter.options).toEqual({ expected: '|', allowDeclared: true });
    expect(delimiter.changes.map((c) => [c.by, c.file, c.options])).toEqual([
      ['mid', shown(dir, 'mid/standard.yaml'), { expected: '|' }],
      ['top', shown(dir, 'top/standard.yaml'), { allowDeclared: true }],
    ]);
  });

  it('extends several standards in order: a later base replaces an earlier base’s rule', () => {
    const dir = makeTempDir();
    const other = 'id: other\nversion: 1.0.0\ntitle: Other\nrules:\n  format/blank-row:\n    check: blank-row\n    category: format\n    severity: error\n    description: Other blank rows.\n    source: { title: Other, url: https://example.org/other }\n  format/bom:\n    check: bom\n    category: format\n    severity: error\n    description: Other bom.\n    source: { title: Other, url: https://example.org/other }\n';
    withBase(dir, {
      'other/standard.yaml': other,
      'ab/standard.yaml': 'id: ab\nversion: 1.0.0\ntitle: AB\nextends: [../base, ../other]\n',
      'ba/standard.yaml': 'id: ba\nversion: 1.0.0\ntitle: BA\nextends:\n  - ../other\n  - ../base\n',
    });
    const ab = loadStandard('ab', checks, { fromDir: dir });
    expect(ab.layers.map((l) => l.id)).toEqual(['base', 'other', 'ab']);
    expect(rule(ab, 'format/blank-row')).toMatchObject({ standard: 'other', severity: 'error', description: 'Other blank rows.' });
    expect(rule(ab, 'format/bom').standard).toBe('other');
    expect(rule(ab, 'format/delimiter').standard).toBe('base'); // only the base has it
    const ba = loadStandard('ba', checks, { fromDir: dir });
    expect(ba.layers.map((l) => l.id)).toEqual(['other', 'base', 'ba']);
    expect(rule(ba, 'format/blank-row')).toMatchObject({ standard: 'base', severity: 'warning' });
  });

  it('lists a standard reached twice (a diamond) once in the layers', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'left/standard.yaml': 'id: left\nversion: 1.0.0\ntitle: L\nextends: ../base\nrules:\n  format/bom: warning\n',
      'right/standard.yaml': 'id: right\nversion: 1.0.0\ntitle: R\nextends: ../base\nrules:\n  format/blank-row: error\n',
      'top/standard.yaml': 'id: top\nversion: 1.0.0\ntitle: T\nextends: [../left, ../right]\n',
    });
    const std = loadStandard('top', checks, { fromDir: dir });
    expect(std.layers.map((l) => l.id)).toEqual(['base', 'left', 'right', 'top']);
    expect(rule(std, 'format/blank-row').severity).toBe('error');
  });

  it('reports a cycle between standards, naming every file in it', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'a/standard.yaml': 'id: a\nversion: 1.0.0\ntitle: A\nextends: ../b\n',
      'b/standard.yaml': 'id: b\nversion: 1.0.0\ntitle: B\nextends: ../c\n',
      'c/standard.yaml': 'id: c\nversion: 1.0.0\ntitle: C\nextends: ../a\n',
    });
    const err = errorOf(() => loadStandard('a', checks, { fromDir: dir }));
    const [a, b, c] = ['a', 'b', 'c'].map((x) => shown(dir, `${x}/standard.yaml`));
    expect(err.message).toBe(`${c}:4:10: extends ../a: the standards extend each other in a cycle: ${a} → ${b} → ${c} → ${a}.`);
    expect(err.hint).toMatch(/cannot extend itself/);
  });

  it('reports a standard that extends itself, by folder or by file', () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'self/standard.yaml': 'id: self\nversion: 1.0.0\ntitle: S\nextends: .\n',
      'file/standard.yaml': 'id: file\nversion: 1.0.0\ntitle: F\nextends: [national-open-data, ./standard.yaml]\n',
    });
    const self = shown(dir, 'self/standard.yaml');
    expect(errorOf(() => loadStandard('self', checks, { fromDir: dir })).message).toBe(`${self}:4:10: extends .: the standards extend each other in a cycle: ${self} → ${self}.`);
    const file = shown(dir, 'file/standard.yaml');
    expect(errorOf(() => loadStandard('file', checks, { fromDir: dir })).message).toBe(`${file}:4:31: extends ./standard.yaml: the standards extend each other in a cycle: ${file} → ${file}.`);
  });

  it('names the extends entry that cannot be resolved', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 's/standard.yaml': 'id: s\nversion: 1.0.0\ntitle: S\nextends:\n  - national-open-data\n  - ../missing\n' });
    expect(errorOf(() => loadStandard('s', checks, { fromDir: dir })).message).toBe(`${shown(dir, 's/standard.yaml')}:6:5: extends ../missing: no such file or folder.`);
  });

  it('deep-merges vocabularies of the same name and keeps the others', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'child/standard.yaml': 'id: child\nversion: 1.0.0\ntitle: Child\nextends: ../base\nvocabularies:\n  licences: licences.yaml\n  registers: registers.json\n',
      'child/licences.yaml': 'licences:\n  CC-BY-4.0:\n    title: Creative Commons Attribution 4.0\n    urls: [https://example.org/ccby]\n  ZA-OL-1.0:\n    title: ZA Open Licence\n    open: true\n',
      'child/registers.json': '{"municipalities": ["CPT", "JHB"]}',
    });
    const std = loadStandard('child', checks, { fromDir: dir });
    expect(std.vocabularies.get('licences')).toEqual({
      licences: {
        'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0', open: true, family: 'CC-BY', urls: ['https://example.org/ccby'] },
        'ZA-OL-1.0': { title: 'ZA Open Licence', open: true },
      },
    });
    expect(std.vocabularies.get('registers')).toEqual({ municipalities: ['CPT', 'JHB'] });
    // The base, loaded on its own, is unchanged.
    expect(loadStandard('base', checks, { fromDir: dir }).vocabularies.get('licences')).toEqual(JSON.parse(BASE_LICENCES));
  });

  it('merges the vocabularies of several bases in order', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'other/standard.yaml': 'id: other\nversion: 1.0.0\ntitle: O\nextends: ../base\nvocabularies:\n  licences: l.json\n',
      'other/l.json': '{"licences": {"OGL-UK-3.0": {"open": true}}}',
      'third/standard.yaml': 'id: third\nversion: 1.0.0\ntitle: T\nrules: {}\nvocabularies:\n  licences: l.json\n',
      'third/l.json': '{"licences": {"X-1": {"open": false}}}',
      'top/standard.yaml': 'id: top\nversion: 1.0.0\ntitle: Top\nextends: [../other, ../third]\n',
    });
    const licences = loadStandard('top', checks, { fromDir: dir }).vocabularies.get('licences') as { licences: Record<string, unknown> };
    expect(Object.keys(licences.licences).sort()).toEqual(['CC-BY-4.0', 'OGL-UK-3.0', 'X-1']);
  });

  it('extends the bundled standard by name and changes its rules', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'dept/standard.yaml': 'id: dept\nversion: 1.0.0\ntitle: Dept\nextends: national-open-data\nrules:\n  format/header-padded: off\n  format/line-endings:\n    with: { allowed: [LF] }\n' });
    const national = loadStandard('national-open-data', checks);
    const std = loadStandard('dept', checks, { fromDir: dir });
    expect(std.rules.map((r) => r.id)).toEqual(national.rules.map((r) => r.id));
    expect(rule(std, 'format/header-padded').severity).toBe('off');
    expect(rule(std, 'format/line-endings').options).toEqual({ allowed: ['LF'] });
    expect(std.layers.map((l) => l.id)).toEqual(['national-open-data', 'dept']);
    expect(std.vocabularies.get('licences')).toEqual(national.vocabularies.get('licences'));
  });

  it('extends an npm package found from the extending file’s folder upward', () => {
    const dir = makeTempDir();
    withBase(dir, {
      'node_modules/@gov/open-std/package.json': '{"name":"@gov/open-std","odlintStandard":"std"}',
      'node_modules/@gov/open-std/std/standard.yaml': 'id: gov\nversion: 1.0.0\ntitle: Gov\nextends: ../../../../base\n',
      'project/standards/city/standard.yaml': 'id: city\nversion: 1.0.0\ntitle: City\nextends: "@gov/open-std"\nrules:\n  format/bom: error\n',
    });
    const std = loadStandard('./project/standards/city', checks, { fromDir: dir });
    expect(std.layers.map((l) => l.id)).toEqual(['base', 'gov', 'city']);
    expect(rule(std, 'format/bom').severity).toBe('error');
  });
});
