// A project: the config file found for it (if any), the standard it resolves to with the config's rule changes, the
// per-file overrides, what is ignored, and the settings the config gives for flags the command line leaves unset.
import { parseByteSize } from '../util/byte-size.js';
import path from 'node:path';
import type { Check } from '../model/check.js';
import { checkRegistryWith } from '../checks/index.js';
import { BUNDLED_STANDARD, loadStandard, RuleOptionsValidator } from '../standard/load.js';
import type { Standard } from '../model/standard.js';
import { OdlintError, where } from '../util/errors.js';
import { displayPath, repositoryRoot } from '../util/paths.js';
import { confine, isWithin } from '../util/confine.js';
import { IgnoreRules, type IgnorePattern } from './ignore.js';
import { findConfig, loadConfigFile, type LoadedConfig } from './load-config.js';
import { applyConfigRules, RulePolicy } from './rule-policy.js';

export interface ProjectOptions {
  /** Folder the config search starts from and relative paths resolve against. Default: process.cwd(). */
  cwd?: string;
  /** A config file to use (--config), or false to use none (--no-config). Default: search. */
  config?: string | false;
  /** A standard named on the command line (--standard), or one built in code (the run API): wins over the config's. */
  standard?: string | Standard;
  /** --ignore-pattern values, relative to the working directory. */
  ignorePatterns?: string[];
  /** --no-ignore: lint everything, even node_modules and the config's ignorePatterns. */
  ignore?: boolean;
  /** Checks besides the built-in ones (the run API's): rules may name them in `check:`. */
  checks?: readonly Check[];
}

/** Settings a config may give, with its paths made absolute. Command-line flags win over them. */
export interface ConfigSettings {
  formats?: string[];
  output?: string;
  /** Format → absolute path. */
  outputFiles?: Record<string, string>;
  now?: string;
  /** The language of messages (a tag as written; locale/locale.ts normalises it). */
  locale?: string;
  maxWarnings?: number;
  maxFindingsPerRule?: number;
  /** The record size limit in bytes. */
  maxRecordBytes?: number;
  jobs?: number;
  baseline?: string;
  cache?: boolean;
  /** Absolute; ending in a separator when written as a folder. */
  cacheLocation?: string;
}

export interface Project {
  config?: LoadedConfig;
  /** The standard with the config's project-wide rule changes. */
  standard: Standard;
  checks: ReadonlyMap<string, Check>;
  /** The rules per file, with the config's overrides. */
  policy: RulePolicy;
  ignore: IgnoreRules;
  settings: ConfigSettings;
  /**
   * How to load this project again in another thread (functions do not cross): absent when it was given a standard
   * or checks built in code, which only this thread has.
   */
  reload?: ReloadOptions;
}

/** Project options another thread can be given: no standard or checks built in code. */
export interface ReloadOptions {
  cwd: string;
  config?: string | false;
  standard?: string;
  ignorePatterns?: string[];
  ignore?: boolean;
}

/** The project a config belongs to: its repository (the folder with .git), else the config's own folder. */
function configRoot(config: LoadedConfig): string {
  return repositoryRoot(config.dir) ?? config.dir;
}

/**
 * Whether a path odlint will write is inside `root`: written as a path below it, and its nearest existing folder (or
 * itself) really there, symbolic links resolved — a link on the way must not lead the write elsewhere.
 */
function writableWithin(file: string, root: string): boolean {
  const rootReal = confine(root, root).real ?? path.resolve(root);
  if (!isWithin(path.resolve(file), path.resolve(root)) && !isWithin(path.resolve(file), rootReal)) return false;
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    const found = confine(at, root);
    if (found.real !== undefined) return !found.outside;
    if (path.dirname(at) === at) return false;
  }
}

export async function loadProject(opts: ProjectOptions = {}): Promise<Project> {
  const cwd = opts.cwd ?? process.cwd();
  const checks = checkRegistryWith(opts.checks);
  const config = opts.config === false ? undefined : typeof opts.config === 'string' ? await loadConfigFile(opts.config, cwd) : await findConfig(cwd);
  const c = config?.config;
  const shown = config && displayPath(config.file, cwd);
  const locate = (pointer: string) => {
    const pos = config!.doc.locate(`${config!.base}${pointer}`);
    return where(shown!, pos?.line, pos?.column);
  };

  const standard = typeof opts.standard === 'object'
    ? opts.standard
    : opts.standard !== undefined
    ? loadStandard(opts.standard, checks, { fromDir: cwd, label: '--standard' })
    : c?.standard !== undefined
      ? loadStandard(c.standard, checks, { fromDir: config!.dir, label: `${locate('/standard')}: standard`, within: configRoot(config!) })
      : loadStandard(BUNDLED_STANDARD, checks, { fromDir: cwd });
  // A standard built in code has not been through loadStandard's validation: its rules must name known checks.
  for (const rule of standard.rules) {
    if (!checks.has(rule.check)) throw new OdlintError(`rule '${rule.id}' names the check '${rule.check}', which is not one odlint has.`, 'Pass the check in the checks option, or name a built-in check.');
  }
  const validator = new RuleOptionsValidator();
  const changed = config ? applyConfigRules(standard, config, checks, validator) : standard;

  const patterns: IgnorePattern[] = [
    ...(c?.ignorePatterns ?? []).map((pattern, i) => ({ pattern, baseDir: config!.dir, source: `ignorePatterns in ${locate(`/ignorePatterns/${i}`)}` })),
    ...(opts.ignorePatterns ?? []).map((pattern) => ({ pattern, baseDir: cwd, source: '--ignore-pattern' })),
  ];
  const ignore = new IgnoreRules(opts.ignore === false ? [] : patterns, opts.ignore !== false);
  const resolve = (p: string | undefined) => (p === undefined ? undefined : path.resolve(config!.dir, p));
  // A committed config may come from anyone: the baseline it names is read only from inside its project.
  const baseline = resolve(c?.baseline);
  if (baseline !== undefined && confine(baseline, configRoot(config!)).outside) {
    throw new OdlintError(`${locate('/baseline')}: the baseline ${displayPath(baseline, cwd)} is outside the project ${displayPath(configRoot(config!), cwd)} (a symbolic link or a path leading out of it), so it is not read.`, 'Keep the baseline inside the project, or give it with --baseline.');
  }
  // The same for the cache: a cache planted outside the project could hide findings.
  const cacheLocation = c?.cacheLocation === undefined ? undefined : resolve(c.cacheLocation)! + (/[\\/]$/.test(c.cacheLocation) ? path.sep : '');
  if (cacheLocation !== undefined && !writableWithin(cacheLocation, configRoot(config!))) {
    throw new OdlintError(`${locate('/cacheLocation')}: the cache ${displayPath(cacheLocation, cwd)} is outside the project ${displayPath(configRoot(config!), cwd)} (a symbolic link or a path leading out of it), so it is not used.`, 'Keep the cache inside the project, or give it with --cache-location.');
  }
  const settings: ConfigSettings = {
    formats: c?.format === undefined ? undefined : Array.isArray(c.format) ? c.format : [c.format],
    output: resolve(c?.output),
    outputFiles: c?.outputFile && Object.fromEntries(Object.entries(c.outputFile).map(([format, file]) => [format, resolve(file)!])),
    now: c?.now,
    locale: c?.locale,
    maxWarnings: c?.maxWarnings,
    maxFindingsPerRule: c?.maxFindingsPerRule,
    // The config schema admits only sizes parseByteSize reads.
    maxRecordBytes: typeof c?.maxRecordBytes === 'string' ? parseByteSize(c.maxRecordBytes) : c?.maxRecordBytes,
    jobs: c?.jobs,
    baseline,
    cache: c?.cache,
    cacheLocation,
  };
  const reload = typeof opts.standard === 'object' || (opts.checks?.length ?? 0) > 0 ? undefined
    : { cwd, config: opts.config, standard: opts.standard, ignorePatterns: opts.ignorePatterns, ignore: opts.ignore };
  return { config, standard: changed, checks, policy: RulePolicy.fromConfig(changed, config, checks, validator), ignore, settings, reload };
}
