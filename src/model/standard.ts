// A standard as loaded: its rules (each configuring a check), their provenance, and its vocabularies.
import type { Category, RuleLevel } from './finding.js';
import type { ScoringMethod } from './scorecard.js';

export interface RuleSource { title: string; url: string; section?: string }

/** A change made to a rule after its definition: by an extending standard, the project config, or an override. */
export interface RuleChange {
  /** Who made it: the id of an extending standard, 'config', or 'override'. */
  by: string;
  /** Display path of the file that makes the change, and its line. */
  file: string;
  line?: number;
  /** The severity it sets, if it sets one. */
  severity?: RuleLevel;
  /** The options it merges in (deep-merged, arrays replaced), if any. */
  options?: Record<string, unknown>;
  /** Overrides only: the globs of the files it applies to. */
  files?: string[];
}

export interface Rule {
  id: string;
  check: string;
  category: Category;
  severity: RuleLevel;
  description: string;
  rationale?: string;
  sources: RuleSource[];
  /** Options after validation, with the check's defaults applied. */
  options: Record<string, unknown>;
  /** Where the rule is defined, for messages. */
  file: string;
  line?: number;
  /** Id of the standard that defines the rule. */
  standard: string;
  /** Changes made to it since its definition, in the order applied (severity and options above include them). */
  changes: RuleChange[];
}

/** One standard in an `extends` chain. */
export interface StandardLayer {
  id: string;
  version: string;
  title: string;
  /** Display path of its root file. */
  rootFile: string;
}

export interface Standard {
  id: string;
  version: string;
  title: string;
  description?: string;
  publisher?: string;
  /** Display path of the root file. */
  rootFile: string;
  /** Rules sorted by id. */
  rules: Rule[];
  /** Vocabularies by name, parsed from the files the root file names (merged with those of the standards it extends). */
  vocabularies: ReadonlyMap<string, unknown>;
  /** The standards it is built from, the furthest base first and this one last. */
  layers: StandardLayer[];
  /** How the audit report scores (its `scoring` file merged over those it extends and odlint's default). */
  scoring: ScoringMethod;
  /**
   * Message catalogues by language tag (`locales` of its root file, merged over those it extends), validated against
   * odlint's English messages. Optional for a standard built in code: without it, messages are in English.
   */
  locales?: ReadonlyMap<string, Readonly<Record<string, string>>>;
}
