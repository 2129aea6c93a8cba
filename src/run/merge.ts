// `odlint merge`: the shards' JSON reports (`odlint lint --shard i/n -f json`) joined into the report of the whole run,
// the same bytes in every format as one run without --shard. Reports of another standard, odlint, date, language,
// rules or shard count are refused, and missing shards named: a merge never passes for a run it is not.
import path from 'node:path';
import type { Finding, OmittedFindings } from '../model/finding.js';
import type { LintReport, ReportDataset } from '../model/report.js';
import { compareFindings, compareOmitted } from '../report/finding-order.js';
import { summarise } from '../report/summary.js';
import { computeScorecard } from '../report/scorecard.js';
import { compareWithPrevious } from '../report/compare.js';
import { compareEntries } from '../baseline/baseline.js';
import { OdlintError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { plural } from '../util/plural.js';
import { readPreviousReport, readReport, type ReportRole } from './previous-report.js';

const SHARD: ReportRole = { what: 'the shard report', given: 'odlint merge', hint: 'Give the JSON reports of every shard: odlint lint <paths> --shard <i>/<n> -f json -o shard-<i>.json.' };

export interface MergeOptions {
  /** An earlier JSON report to set the merged one beside, as `lint --compare` does. */
  compare?: string;
  /** Told what a person should know that is not a finding. */
  notice?: (message: string) => void;
}

/** Reads the shards' reports (paths relative to the working folder) and merges them. */
export function mergeReportFiles(files: readonly string[], options: MergeOptions = {}): LintReport {
  const cwd = process.cwd();
  if (files.length === 0) throw new OdlintError('odlint merge needs the JSON reports of the shards.', SHARD.hint);
  const previous = options.compare !== undefined ? readPreviousReport(options.compare, cwd) : undefined;
  const shards = files.map((file) => ({ file: displayPath(path.resolve(cwd, file), cwd), report: readReport(file, cwd, SHARD) }));
  const merged = mergeReports(shards);
  if (previous) {
    const comparison = compareWithPrevious(merged, merged.scorecard!, previous, merged.scorecard!.method);
    merged.scorecard = comparison.scorecard;
    const notice = options.notice ?? (() => undefined);
    const shown = displayPath(path.resolve(cwd, options.compare!), cwd);
    if (comparison.otherMethod) notice(`the earlier report ${shown} was scored by the method ${comparison.otherMethod}, not ${merged.scorecard!.method.id}: the change in scores reflects the method as well as the data.`);
    if (comparison.gone.length > 0) notice(`${plural(comparison.gone.length, 'department')} of the earlier report ${comparison.gone.length === 1 ? 'is' : 'are'} not in this one: ${comparison.gone.join(', ')}; ${comparison.gone.length === 1 ? 'its' : 'their'} findings count as fixed.`);
  }
  return merged;
}

/**
 * What must be the same in every shard's report for them to be parts of one run, and how a difference is told: with
 * both values, or (`opaque`: a hash, a whole rule list) only that they differ.
 */
const SAME: { what: string; of: (r: LintReport) => unknown; opaque?: true }[] = [
  { what: 'odlint version', of: (r) => r.tool.version },
  { what: 'standard', of: (r) => `${r.standard.id} ${r.standard.version}` },
  { what: 'reference date (--now)', of: (r) => r.now },
  { what: 'language (--locale)', of: (r) => r.locale ?? 'en' },
  { what: 'shard count', of: (r) => r.shard?.total },
  { what: 'number of datasets discovered (were they run on the same paths?)', of: (r) => r.shard?.discovered },
  { what: 'options (paths, --quiet, --max-findings-per-rule, --max-record-bytes, ignores or baseline)', of: (r) => r.shard?.settings, opaque: true },
  { what: 'rules (a different config or standard?)', of: (r) => JSON.stringify(r.rules ?? null), opaque: true },
  { what: 'scoring method', of: (r) => JSON.stringify(r.scorecard?.method ?? null), opaque: true },
  { what: 'baseline', of: (r) => r.baseline?.file ?? 'none' },
];

/** Merges the reports of every shard of one run into that run's report. */
export function mergeReports(shards: readonly { file: string; report: LintReport }[]): LintReport {
  for (const { file, report } of shards) {
    if (!report.shard) throw new OdlintError(`odlint merge ${file}: this is the report of a whole run, not of a shard (it has no "shard").`, SHARD.hint);
  }
  const [first, ...others] = shards as readonly { file: string; report: LintReport & { shard: NonNullable<LintReport['shard']> } }[];
  for (const { what, of, opaque } of SAME) {
    const expected = of(first!.report);
    const odd = others.find((s) => of(s.report) !== expected);
    if (!odd) continue;
    throw new OdlintError(
      opaque
        ? `odlint merge: ${first!.file} and ${odd.file} have different ${what}: they are not shards of one run.`
        : `odlint merge: ${first!.file} has ${what} ${String(expected)} but ${odd.file} has ${String(of(odd.report))}: they are not shards of one run.`,
      'Merge the reports of one run: every shard with the same odlint, standard, config and options, on the same paths, with the same shard count.',
    );
  }
  const total = first!.report.shard.total;
  const byIndex = new Map<number, string>();
  for (const { file, report } of shards) {
    const twice = byIndex.get(report.shard!.index);
    if (twice !== undefined) throw new OdlintError(`odlint merge: ${twice} and ${file} are both shard ${report.shard!.index} of ${total}.`, 'Give each shard\'s report once.');
    byIndex.set(report.shard!.index, file);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new OdlintError(`odlint merge: ${missing.length === 1 ? 'shard' : 'shards'} ${missing.join(', ')} of ${total} ${missing.length === 1 ? 'is' : 'are'} missing (given: ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')}).`, 'Give the report of every shard; a failed shard job must be run again before merging.');
  }
  // Shards in order: the findings of a file all come from one shard, so ties in the sort keep that shard's order.
  const ordered = [...shards].sort((a, b) => a.report.shard!.index - b.report.shard!.index);
  const discovered = first!.report.shard.discovered;
  const datasets: (ReportDataset | undefined)[] = new Array(discovered).fill(undefined);
  const findings: Finding[] = [];
  const omitted: OmittedFindings[] = [];
  let files = 0;
  let suppressed = 0;
  const fixed: NonNullable<LintReport['baseline']>['fixed'] = [];
  for (const { file, report } of ordered) {
    const { positions } = report.shard!;
    const listed = report.datasets ?? [];
    if (positions.length !== listed.length) throw new OdlintError(`odlint merge ${file}: the shard lists ${listed.length} datasets but ${positions.length} positions.`, SHARD.hint);
    listed.forEach((d, i) => {
      const at = positions[i]!;
      if (at >= discovered || datasets[at] !== undefined) throw new OdlintError(`odlint merge ${file}: dataset position ${at} is ${at >= discovered ? 'beyond the datasets discovered' : 'also in another shard'}: these shards were not run on the same datasets.`, 'Run every shard on the same paths, from the same folder.');
      datasets[at] = d;
    });
    for (const f of report.findings) findings.push(f);
    for (const o of report.omitted) omitted.push(o);
    files += report.summary.files;
    suppressed += report.summary.suppressed;
    for (const e of report.baseline?.fixed ?? []) fixed.push(e);
  }
  const hole = datasets.findIndex((d) => d === undefined);
  if (hole >= 0) throw new OdlintError(`odlint merge: no shard has dataset ${hole + 1} of the ${discovered} discovered: these shards were not run on the same datasets.`, 'Run every shard on the same paths, from the same folder, with the same odlint and config.');
  findings.sort(compareFindings);
  omitted.sort(compareOmitted);
  const base = first!.report;
  // Keys in the order a whole run writes them (run/lint.ts), so that the JSON is the same bytes.
  const merged: LintReport = {
    tool: base.tool,
    standard: base.standard,
    now: base.now,
    ...(base.locale !== undefined ? { locale: base.locale } : {}),
    summary: summarise(findings, omitted, discovered, files, suppressed),
    findings,
    omitted,
  };
  if (base.baseline) merged.baseline = { file: base.baseline.file, suppressed, fixed: fixed.sort(compareEntries) };
  if (base.rules) merged.rules = base.rules;
  merged.datasets = datasets as ReportDataset[];
  if (base.scorecard) merged.scorecard = computeScorecard(merged, base.scorecard.method);
  return merged;
}
