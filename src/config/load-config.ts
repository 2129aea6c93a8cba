// Finds and reads a project's config file with cosmiconfig, validates it against schemas/config.schema.json, and keeps
// the parsed document so every message names the file, line and property at fault.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'cosmiconfig';
import type { ValidateFunction } from 'ajv';
import { isCalendarDate } from '../util/calendar.js';
import { OdlintError, where } from '../util/errors.js';
import { displayPath, repositoryRoot } from '../util/paths.js';
import { parseSource, SourceSyntaxError, type SourceDocument } from '../util/source.js';
import { explainRulesSchemaError, type RuleEntry } from '../standard/load.js';
import { schemaValidator } from '../util/json-schema.js';
import { CONFIG_FILE_NAMES, CONFIG_MODULE } from './files.js';

export interface ConfigOverride {
  files: string[];
  rules: Record<string, RuleEntry>;
}

/** The config as written (schemas/config.schema.json). */
export interface ProjectConfig {
  standard?: string;
  rules?: Record<string, RuleEntry>;
  overrides?: ConfigOverride[];
  ignorePatterns?: string[];
  format?: string | string[];
  output?: string;
  outputFile?: Record<string, string>;
  now?: string;
  locale?: string;
  maxWarnings?: number;
  maxFindingsPerRule?: number;
  maxRecordBytes?: number | string;
  jobs?: number;
  baseline?: string;
  cache?: boolean;
  cacheLocation?: string;
}

export interface LoadedConfig {
  /** Absolute path of the file holding the config. */
  file: string;
  /** Its folder: relative paths and globs in the config are relative to it. */
  dir: string;
  config: ProjectConfig;
  /** The parsed document, for positions; a JavaScript config has none. */
  doc: SourceDocument;
  /** Pointer of the config inside the document ('/odlint' in package.json). */
  base: string;
}

/** A document without positions, for configs that come from JavaScript. */
function positionless(value: unknown): SourceDocument {
  return { value, locate: () => undefined, locateKey: () => undefined };
}

function validateConfig(value: unknown): ValidateFunction {
  const validator = schemaValidator('config.schema.json');
  validator(value);
  return validator;
}

async function makeExplorer(docs: Map<string, SourceDocument>) {
  // Imported on first use: a run with --no-config, or a command that needs no config, does not pay for it.
  const { cosmiconfig, defaultLoaders } = await import('cosmiconfig');
  // Our own YAML and JSON loaders keep positions; cosmiconfig's would lose them.
  const load = (kind: 'json' | 'yaml'): Loader => (file, content) => {
    try {
      const doc = parseSource(content, kind);
      docs.set(file, doc);
      // A file of comments only parses to null: an empty config, which cosmiconfig would take for no config at all.
      return doc.value ?? {};
    } catch (err) {
      if (err instanceof SourceSyntaxError) {
        throw new OdlintError(`${where(displayPath(file), err.line, err.column)}: the config file is not valid ${kind === 'json' ? 'JSON' : 'YAML'}: ${err.message}.`);
      }
      throw err;
    }
  };
  const script = (loader: Loader): Loader => async (file, content) => {
    try {
      return await loader(file, content);
    } catch (err) {
      if (err instanceof OdlintError) throw err;
      throw new OdlintError(`${displayPath(file)}: the config file cannot be loaded: ${(err as Error).message}`, 'Fix the error in the file, or use a .odlintrc.yaml instead.');
    }
  };
  return cosmiconfig(CONFIG_MODULE, {
    // package.json is looked at by findConfig itself: cosmiconfig cannot tell one without an odlint key (keep looking)
    // from an empty config file (use it, as an empty config), and must not skip the latter.
    searchPlaces: CONFIG_FILE_NAMES.filter((name) => name !== 'package.json'),
    ignoreEmptySearchPlaces: false,
    searchStrategy: 'none',
    cache: false,
    loaders: {
      '.json': load('json'),
      '.yaml': load('yaml'),
      '.yml': load('yaml'),
      noExt: load('yaml'),
      '.js': script(defaultLoaders['.js']),
      '.mjs': script(defaultLoaders['.mjs']),
      '.cjs': script(defaultLoaders['.cjs']),
    },
  });
}

function finish(file: string, value: unknown, docs: Map<string, SourceDocument>): LoadedConfig {
  const isPackageJson = path.basename(file) === 'package.json';
  const doc = docs.get(file) ?? positionless(value);
  const base = isPackageJson ? `/${CONFIG_MODULE}` : '';
  if (value === null || value === undefined) value = {}; // an empty .odlintrc is an empty config
  const validate = validateConfig(value);
  if (validate.errors?.length) {
    const errors = validate.errors.map((e) => ({ ...e, instancePath: base + e.instancePath }));
    throw explainRulesSchemaError(file, doc, errors, 'the config');
  }
  const config = value as ProjectConfig;
  if (config.now !== undefined && !isCalendarDate(config.now)) {
    const pos = doc.locate(`${base}/now`);
    throw new OdlintError(`${where(displayPath(file), pos?.line, pos?.column)}: 'now' is not a real date: '${config.now}'.`, 'Give the date as YYYY-MM-DD.');
  }
  return { file, dir: path.dirname(file), config, doc, base };
}


/** Reads the config file named by --config. */
export async function loadConfigFile(file: string, cwd = process.cwd()): Promise<LoadedConfig> {
  const abs = path.resolve(cwd, file);
  if (!existsSync(abs) || !statSync(abs).isFile()) {
    throw new OdlintError(`--config ${file}: no such file.`, `Give the path of a config file (${CONFIG_FILE_NAMES.slice(1).join(', ')}), or run odlint init to write one.`);
  }
  const docs = new Map<string, SourceDocument>();
  let result;
  try {
    result = await (await makeExplorer(docs)).load(abs);
  } catch (err) {
    if (err instanceof OdlintError) throw err;
    throw new OdlintError(`--config ${file}: the file cannot be read as a config: ${(err as Error).message}`, 'Config files are YAML (.odlintrc, .yaml, .yml), JSON (.json) or JavaScript (.js, .mjs, .cjs).');
  }
  if (path.basename(abs) === 'package.json' && (result === null || result.isEmpty)) {
    throw new OdlintError(`--config ${file}: this package.json has no '${CONFIG_MODULE}' key.`, `Put the config under "${CONFIG_MODULE}": { … } or name a config file.`);
  }
  return finish(abs, result?.config, docs);
}

/** Looks for a config in the working directory, then each folder above it up to the repository root (the folder with .git). */
export async function findConfig(cwd = process.cwd()): Promise<LoadedConfig | undefined> {
  const docs = new Map<string, SourceDocument>();
  const explorer = await makeExplorer(docs);
  const stop = repositoryRoot(cwd);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const fromPackage = packageJsonConfig(dir, docs);
    if (fromPackage) return fromPackage;
    let result;
    try {
      result = await explorer.search(dir);
    } catch (err) {
      if (err instanceof OdlintError) throw err;
      throw new OdlintError(`${displayPath(dir)}: a config file there cannot be read: ${(err as Error).message}`, 'Fix it, or run with --no-config.');
    }
    if (result) return finish(result.filepath, result.config, docs);
    if (dir === stop || path.dirname(dir) === dir) return undefined;
  }
}

/** The `odlint` key of the folder's package.json, if it has one. */
function packageJsonConfig(dir: string, docs: Map<string, SourceDocument>): LoadedConfig | undefined {
  const file = path.join(dir, 'package.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // none here (or unreadable: not ours to report)
  }
  let doc: SourceDocument;
  try {
    doc = parseSource(text, 'json');
  } catch {
    return undefined; // a broken package.json is npm's business; it holds no odlint config we could read
  }
  const value = doc.value;
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, CONFIG_MODULE)) return undefined;
  docs.set(file, doc);
  return finish(file, (value as Record<string, unknown>)[CONFIG_MODULE], docs);
}
