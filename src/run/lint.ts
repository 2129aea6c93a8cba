// The whole run of `odlint lint`, for the CLI and for programs (`import { lint } from 'odlint'`): load the project,
// discover the datasets, run the engine, apply the baseline and the findings cap, and assemble the report. Writing
// outputs, standard error and exit codes are the CLI's.
import path from 'node:path';
import { applyBaseline, createBaseline, readBaseline, toReportBaseline, writeBaseline } from '../baseline/baseline.js';
import { loadProject, type Project } from '../config/project.js';
import { discover } from '../datasets/discover.js';
import { DEFAULT_MAX_FINDINGS_PER_RULE, type ProgressListener } from '../engine/lint.js';
import { runEngine } from './run-engine.js';
import type { Check } from '../model/check.js';
import type { LintReport } from '../model/report.js';
import type { Standard } from '../model/standard.js';
import { FindingCollector } from '../report/collector.js';
import { summarise } from '../report/summary.js';
import { OdlintError } from '../util/errors.js';
import { sha256 } from '../util/sha256.js';
import { toolVersion } from '../util/package-root.js';
import { displayPath } from '../util/paths.js';
import { plural } from '../util/plural.js';
import { computeScorecard } from '../report/scorecard.js';
import { compareWithPrevious } from '../report/compare.js';
import { readPreviousReport } from './previous-report.js';
import { chooseLocale } from '../locale/locale.js';
import { localiseFindings } from '../locale/localise.js';
import { standardLocaliser } from '../locale/standard.js';
import { reportDatasets, reportRules } from './report-parts.js';
import { shardOf, type ShardSpec } from './shard.js';
import { groupDatasets, namedFiles, partOfGroups, type DatasetGroup } from '../datasets/groups.js';
import { planCachedRun } from '../cache/cached-run.js';
import { runKey } from '../cache/key.js';
import { cacheFile } from '../cache/store.js';
import type { EnginePart } from '../engine/lint.js';

export interface LintOptions {
  /** Files, folders or glob patterns, relative to the working folder (process.cwd()). Default: the working folder. */
  paths?: string[];
  /**
   * The standard: a bundled one by name, a folder or root file, an npm package, or one already loaded or built in
   * code. Default: the config's, else national-open-data.
   */
  standard?: string | Standard;
  /** A config file to use, or false for none. Default: the nearest `.odlintrc.*` up to the repository root. */
  config?: string | false;
  /** Reference date of every time-dependent check, YYYY-MM-DD. Default: the config's `now`, else today. */
  now?: string;
  /**
   * The language of messages and hints: a BCP 47 tag (fr, fr-CA). Default: the config's `locale`, else LC_ALL,
   * LC_MESSAGES or LANG, else English. A message the standard's catalogues do not have is given in English.
   */
  locale?: string;
  /**
   * Threads: parts of a run over many datasets (when it has data enough to pay for a worker's start-up, and the
   * standard and checks are not built in code), and large CSV files (1: none). Default: the config's, else the number of cores.
   */
  jobs?: number;
  /** Findings listed per rule and file (0: all); the rest are counted. Default: the config's, else 1000. */
  maxFindingsPerRule?: number;
  /** Records larger than this (UTF-8 bytes) are reported and skipped (default DEFAULT_MAX_RECORD_BYTES, or the config's). */
  maxRecordBytes?: number;
  /** A baseline file: report only findings it does not record. false ignores the config's baseline. */
  baseline?: string | false;
  /** Record every finding of this run in this baseline file, then report against it. */
  baselineWrite?: string;
  /** Report errors only. */
  quiet?: boolean;
  /** A run that finds nothing to lint passes (an empty report) instead of failing with exit code 2. */
  allowEmpty?: boolean;
  /** More files to skip (globs relative to the working folder). */
  ignorePatterns?: string[];
  /** false: lint everything, even node_modules, .git and the config's ignorePatterns. */
  ignore?: boolean;
  /** Checks besides the built-in ones that the standard's rules may name (`check:`). */
  checks?: readonly Check[];
  /** Absolute paths never linted as data: the files the caller writes reports to. */
  ownFiles?: readonly string[];
  /** An earlier JSON report: each department's scores there go beside the current ones (scorecard.departments[].previous). */
  compare?: string;
  /**
   * Do one shard of the run (`--shard i/n`): the datasets rendezvous hashing gives this shard, with what they depend
   * on read for its keys only. The report says which shard it is; `merge` joins the shards' reports.
   */
  shard?: ShardSpec;
  /**
   * Reuse the findings of datasets whose files (and the registers they were checked against) are unchanged since the
   * run that wrote the cache, under the same standard, config, settings and odlint. Never changes the report. Default:
   * the config's `cache`, else true when a cache location is given, else false.
   */
  cache?: boolean;
  /** The cache file, or a folder to keep `.odlintcache` in (relative to the working folder). Default: the config's, else .odlintcache. */
  cacheLocation?: string;
  /** Told as each data file is read. Never changes the report. */
  progress?: ProgressListener;
  /** Told what a person should know that is not a finding (ignored paths, a baseline written). Default: nothing. */
  notice?: (message: string) => void;
}

/** Checks a project: returns the report the JSON format writes. */
export async function lint(options: LintOptions = {}): Promise<LintReport> {
  const project = await loadProject({ standard: options.standard, config: options.config, ignorePatterns: options.ignorePatterns, ignore: options.ignore, checks: options.checks });
  return lintProject(project, options);
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const OWN = "odlint's own config, baseline, report or cache";

/**
 * A run that finds no data and no metadata fails (exit 2), as ESLint does for patterns that match no files: an empty
 * folder, a folder of other files or a CI step pointed at the wrong path must not pass as "no problems".
 */
function nothingToLint(paths: readonly string[], skipped: Record<string, number>, notData: number): OdlintError {
  const where = (paths.length ? paths : ['.']).map((p) => `'${p}'`).join(', ');
  const looked = Object.entries(skipped).map(([ext, n]) => `${n} ${ext}`);
  const seen = looked.length ? ` (files seen: ${looked.join(', ')})` : notData ? '' : ' (no files at all)';
  return new OdlintError(
    `nothing to lint in ${where}: no CSV, TSV, JSON, NDJSON, GeoJSON or metadata file${seen}.`,
    'Check the path; pass --allow-empty to let a run with nothing to lint pass.',
  );
}

/** The run of a project already loaded (the CLI loads it first, for the config's output settings). */
export async function lintProject(project: Project, options: LintOptions): Promise<LintReport> {
  const { standard, checks, settings } = project;
  const notice = options.notice ?? (() => undefined);
  const cwd = process.cwd();
  const now = options.now ?? settings.now ?? today();
  // A baseline needs every finding: the cap would make those it leaves out look fixed, or leave them out of the file.
  const writeTo = options.baselineWrite !== undefined ? path.resolve(cwd, options.baselineWrite) : undefined;
  const baselineFile = writeTo ?? (options.baseline === false ? undefined : options.baseline !== undefined ? path.resolve(cwd, options.baseline) : settings.baseline);
  const cap = options.maxFindingsPerRule ?? settings.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE;
  // Read before linting: a wrong file is told at once, not after an hour's run.
  const previous = options.compare !== undefined ? readPreviousReport(options.compare, cwd) : undefined;

  const useCache = options.cache ?? (options.cacheLocation !== undefined || (settings.cache ?? settings.cacheLocation !== undefined));
  const cachePath = useCache ? cacheFile(options.cacheLocation ?? settings.cacheLocation, cwd) : undefined;
  // odlint's own files (the config, the baseline, the reports, the cache) are never linted as data, wherever they are kept.
  const own = new Set([project.config?.file, baselineFile, cachePath, options.compare !== undefined ? path.resolve(cwd, options.compare) : undefined, ...(options.ownFiles ?? [])].filter((f): f is string => f !== undefined));
  const ignore = { ignored: (abs: string, isDir?: boolean) => (own.has(abs) ? { pattern: '', source: OWN } : project.ignore.ignored(abs, isDir)) };
  const paths = options.paths ?? [];
  const { datasets, ignored, notData, skipped, links } = discover(paths, cwd, { ignore });
  for (const n of notData) notice(`${n.file} is ${n.what}, not data, so it is not linted.`);
  for (const l of links) {
    notice(l.target === undefined
      ? `${l.path} is a symbolic link that leads nowhere, so it is not linted.`
      : `${l.path} is a symbolic link to ${l.target}, outside the paths being linted, so it is not followed. Name that path on the command line to lint it.`);
  }
  for (const i of ignored) {
    notice(i.source === OWN
      ? `${i.path} is ${OWN}, so it is not linted as data.`
      : `${i.path} is ignored (pattern '${i.pattern}', ${i.source === 'default' ? 'ignored by default' : i.source}), so it is not linted. Use --no-ignore to lint it.`);
  }
  if (ignored.length > 0 && ignored.length === (paths.length || 1)) {
    throw new OdlintError('every path given is ignored, so there is nothing to lint.', 'Remove the pattern that ignores them, or run with --no-ignore.');
  }
  if (datasets.length === 0 && !options.allowEmpty) throw nothingToLint(paths, skipped, notData.length);
  if (options.shard && writeTo) throw new OdlintError('--baseline-write records every finding of a run, and one shard has only some of them.', 'Write the baseline from a run without --shard; each shard can then use it with --baseline.');
  const groups = options.shard || cachePath ? groupDatasets(datasets) : [];
  const inShard = options.shard ? shardGroups(options.shard) : undefined;
  const shard = options.shard ? shardPart(groups, inShard!, options.shard) : undefined;
  const maxFindingsPerRule = baselineFile ? 0 : cap;
  const maxRecordBytes = options.maxRecordBytes ?? settings.maxRecordBytes;
  // With the cache, the engine does the groups (of the shard) that changed, and the cache gives the others' findings.
  const cached = cachePath === undefined ? undefined : await planCachedRun(datasets, {
    file: cachePath,
    key: runKey(standard, checks, { now, maxFindingsPerRule, maxRecordBytes }, datasets),
    groups,
    selected: inShard,
    ownsRunLevel: !options.shard || options.shard.index === 1,
    fileRules: project.policy,
    cwd,
    notice,
  });
  const splitMinBytes = process.env.ODLINT_SPLIT_MIN_BYTES ? Number(process.env.ODLINT_SPLIT_MIN_BYTES) : undefined;
  let result = await runEngine(project, datasets, {
    now,
    progress: options.progress,
    jobs: options.jobs ?? settings.jobs,
    maxFindingsPerRule,
    splitMinBytes,
    maxRecordBytes,
    part: cached?.part ?? shard,
  }, { paths, own: [...own], notice });
  if (cached) result = await cached.complete(result);

  let { findings, omitted } = result;
  let baseline: LintReport['baseline'];
  let suppressed = 0;
  if (baselineFile) {
    const location = { baselineFile, cwd };
    let recorded;
    if (writeTo) {
      recorded = createBaseline(result.findings, { ...location, standard: { id: standard.id, version: standard.version } });
      writeBaseline(writeTo, cwd, recorded);
      notice(`recorded ${plural(result.findings.length, 'finding')} as ${plural(recorded.entries.length, 'entry', 'entries')} in the baseline ${displayPath(writeTo)}.`);
    } else {
      recorded = readBaseline(baselineFile, cwd);
      if (recorded.version === 1) {
        notice(`the baseline ${displayPath(baselineFile)} has format 1, matched by the wording of messages; it is still honoured. Write it again with --baseline-write ${displayPath(baselineFile)} to move to format 2, which rewording never breaks.`);
      }
      if (recorded.standard.id !== standard.id || recorded.standard.version !== standard.version) {
        notice(`the baseline ${displayPath(baselineFile)} was written for ${recorded.standard.id} ${recorded.standard.version}, not ${standard.id} ${standard.version}; findings whose wording changed will show as new.`);
      }
    }
    const applied = applyBaseline(result.findings, recorded, location);
    // A shard says which entries are fixed among its own files only: another shard's are not seen here.
    if (shard) applied.fixed = applied.fixed.filter((entry) => shard.owns(entry.file));
    baseline = toReportBaseline(applied, location);
    suppressed = applied.suppressed;
    // The cap applies to what is reported: the new findings.
    const collector = new FindingCollector(cap);
    for (const f of applied.findings) collector.add(f);
    ({ findings, omitted } = collector.result());
  }
  // Last, after the baseline matched the English findings: the locale changes the words only (locale/localise.ts).
  const localiser = standardLocaliser(standard, checks, chooseLocale(options.locale, settings.locale));
  if (localiser.unknown) notice(`there are no messages in '${localiser.tag}' (the standard has ${localiser.available.join(', ')}), so they are in English.`);
  findings = localiseFindings(findings, localiser, standard.rules);
  // quiet drops warnings and infos from the report and from --max-warnings alike: what is shown decides the exit.
  if (options.quiet) {
    findings = findings.filter((f) => f.severity === 'error');
    omitted = omitted.filter((o) => o.severity === 'error');
  }
  const report: LintReport = {
    tool: { name: 'odlint', version: toolVersion() },
    standard: { id: standard.id, version: standard.version, title: standard.title },
    now,
    ...(localiser.isEnglish ? {} : { locale: localiser.resolved }),
    summary: summarise(findings, omitted, result.datasets, result.files, suppressed),
    findings,
    omitted,
  };
  if (baseline) report.baseline = baseline;
  report.rules = reportRules(standard, checks);
  const done = shard ? datasets.filter((d) => shard.datasets.has(d)) : datasets;
  report.datasets = reportDatasets(done, result.records, { mqa: standard.scoring.mqa });
  report.scorecard = computeScorecard(report, standard.scoring);
  if (previous) {
    const comparison = compareWithPrevious(report, report.scorecard, previous, standard.scoring);
    report.scorecard = comparison.scorecard;
    const shown = displayPath(path.resolve(cwd, options.compare!), cwd);
    if (comparison.otherMethod) notice(`the earlier report ${shown} was scored by the method ${comparison.otherMethod}, not ${standard.scoring.id}: the change in scores reflects the method as well as the data.`);
    if (comparison.gone.length > 0) notice(`${plural(comparison.gone.length, 'department')} of the earlier report ${comparison.gone.length === 1 ? 'is' : 'are'} not in this one: ${comparison.gone.join(', ')}; ${comparison.gone.length === 1 ? 'its' : 'their'} findings count as fixed.`);
  }
  if (options.shard) {
    const position = new Map(datasets.map((d, i) => [d, i]));
    // What else must be the same in every shard for the merge to be one run's report, as one hash.
    const runSettings = JSON.stringify([paths, cap, options.quiet ?? false, options.maxRecordBytes ?? settings.maxRecordBytes ?? null, options.ignore ?? true, options.ignorePatterns ?? [], baselineFile === undefined ? null : displayPath(baselineFile)]);
    report.shard = { ...options.shard, discovered: datasets.length, positions: done.map((d) => position.get(d)!), settings: sha256(runSettings).slice(0, 16) };
  }
  return report;
}

/** Whether a group of datasets is the shard's. */
function shardGroups(shard: ShardSpec): (group: DatasetGroup) => boolean {
  return (group) => shardOf(group.key, shard.total) === shard.index;
}

/**
 * The part of the run a shard does. A file no dataset names (a standard's own file, where a rule's preparation
 * reports) belongs to shard 1, so that every finding of the whole run is in exactly one shard.
 */
function shardPart(groups: readonly DatasetGroup[], inShard: (group: DatasetGroup) => boolean, shard: ShardSpec): EnginePart {
  const named = namedFiles(groups);
  return partOfGroups(groups.filter(inShard), (file) => shard.index === 1 && !named.has(file));
}
