// The rules as they apply to each file: the standard's, changed by the project config's `rules`, then by every
// `overrides` entry whose globs match the file, in order, so for each rule the last matching entry wins.
import { escapePointerToken } from '../util/source.js';
import path from 'node:path';
import type { Check } from '../model/check.js';
import { changeRule, RuleOptionsValidator, type EntryLocation, type RuleEntry } from '../standard/load.js';
import type { Rule, Standard } from '../model/standard.js';
import { closest } from '../util/edit-distance.js';
import { OdlintError, where } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { compilePathPattern, matchesPath, type CompiledPattern } from './ignore.js';
import type { LoadedConfig } from './load-config.js';

export interface CompiledOverride {
  /** Position in the config's overrides list. */
  index: number;
  files: string[];
  patterns: CompiledPattern[];
  entries: { id: string; entry: RuleEntry; loc: EntryLocation }[];
}

function unknownRule(id: string, standard: Standard, loc: EntryLocation): OdlintError {
  const pos = loc.doc.locateKey(loc.pointer);
  const suggestion = closest(id, standard.rules.map((r) => r.id));
  return new OdlintError(
    `${where(displayPath(loc.file), pos?.line, pos?.column)}: '${id}' is not a rule of the standard ${standard.id} ${standard.version}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}.`,
    'odlint rules lists its rules. A config changes rules; to add one, write a standard that extends this one and name it in `standard:`.',
  );
}

/** The standard with the config's project-wide rule changes applied. */
export function applyConfigRules(standard: Standard, loaded: LoadedConfig, checks: ReadonlyMap<string, Check>, validator: RuleOptionsValidator): Standard {
  const changes = Object.entries(loaded.config.rules ?? {});
  if (changes.length === 0) return standard;
  const byId = new Map(standard.rules.map((r) => [r.id, r]));
  for (const [id, entry] of changes) {
    const loc: EntryLocation = { file: loaded.file, doc: loaded.doc, pointer: `${loaded.base}/rules/${escapePointerToken(id)}` };
    const rule = byId.get(id);
    if (!rule) throw unknownRule(id, standard, loc);
    byId.set(id, changeRule(rule, entry, 'config', loc, checks, validator, 'the config'));
  }
  return { ...standard, rules: [...byId.values()] };
}

export class RulePolicy {
  private readonly byId: ReadonlyMap<string, Rule>;
  /** Effective rules by the set of overrides that match ("0,2"), since many files share one. */
  private readonly combinations = new Map<string, ReadonlyMap<string, Rule>>();
  private readonly perFile = new Map<string, ReadonlyMap<string, Rule>>();

  constructor(
    readonly standard: Standard,
    readonly overrides: readonly CompiledOverride[],
    private readonly checks: ReadonlyMap<string, Check>,
    private readonly validator: RuleOptionsValidator,
    private readonly cwd = process.cwd(),
  ) {
    this.byId = new Map(standard.rules.map((r) => [r.id, r]));
    // Check every entry once against the standard's rule, so a mistake is reported even if no file matches it.
    for (const o of overrides) {
      for (const { id, entry, loc } of o.entries) {
        const rule = this.byId.get(id);
        if (!rule) throw unknownRule(id, standard, loc);
        changeRule(rule, entry, 'override', loc, checks, validator, 'the config');
      }
    }
  }

  static fromConfig(standard: Standard, loaded: LoadedConfig | undefined, checks: ReadonlyMap<string, Check>, validator: RuleOptionsValidator): RulePolicy {
    const overrides: CompiledOverride[] = (loaded?.config.overrides ?? []).map((o, index) => {
      const pointer = `${loaded!.base}/overrides/${index}`;
      return {
        index,
        files: o.files,
        patterns: o.files.map((pattern, i) => {
          const pos = loaded!.doc.locate(`${pointer}/files/${i}`);
          return compilePathPattern({ pattern, baseDir: loaded!.dir, source: where(displayPath(loaded!.file), pos?.line, pos?.column) });
        }),
        entries: Object.entries(o.rules).map(([id, entry]) => ({ id, entry, loc: { file: loaded!.file, doc: loaded!.doc, pointer: `${pointer}/rules/${escapePointerToken(id)}` } })),
      };
    });
    return new RulePolicy(standard, overrides, checks, validator);
  }

  /** The overrides whose globs match a file (absolute, or relative to the working directory). */
  matching(file: string): CompiledOverride[] {
    const abs = path.resolve(this.cwd, file);
    return this.overrides.filter((o) => o.patterns.some((p) => matchesPath(p, abs)));
  }

  /** Every rule as it applies to this file. */
  rulesFor(file: string): ReadonlyMap<string, Rule> {
    let rules = this.perFile.get(file);
    if (rules) return rules;
    const matched = this.overrides.length ? this.matching(file) : [];
    const key = matched.map((o) => o.index).join(',');
    rules = this.combinations.get(key);
    if (!rules) {
      const map = new Map(this.byId);
      for (const o of matched) {
        for (const { id, entry, loc } of o.entries) {
          const changed = changeRule(map.get(id)!, entry, 'override', loc, this.checks, this.validator, 'the config');
          changed.changes[changed.changes.length - 1]!.files = o.files;
          map.set(id, changed);
        }
      }
      rules = map;
      this.combinations.set(key, rules);
    }
    this.perFile.set(file, rules);
    return rules;
  }
}
