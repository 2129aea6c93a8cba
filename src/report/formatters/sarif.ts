// SARIF 2.1.0 (schemas/vendor/sarif-2.1.0.schema.json) for GitHub code scanning and other SARIF viewers: one run,
// the standard's rules as reporting descriptors, one result per listed finding.
import { pathToFileURL } from 'node:url';
import type { Finding, RuleLevel, Severity } from '../../model/finding.js';
import { findingFingerprint } from '../fingerprint.js';
import type { Formatter, LintReport, ReportRule } from '../../model/report.js';
import { characterColumn, isOutsideRoot, repositoryPaths, type RepositoryPaths } from './locations.js';
import { plural } from '../../util/plural.js';
import { shortenValue } from '../../util/shorten.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;
/** The key of the line-independent fingerprint in partialFingerprints; a new version if findingFingerprint changes. */
export const SARIF_FINGERPRINT_KEY = 'odlintFingerprint/v2';
const INFORMATION_URI = 'https://github.com/odlint/odlint';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

type Json = Record<string, unknown>;

/** "linking/foreign-key" → "LinkingForeignKey": SARIF wants a rule name that reads as an identifier. */
function ruleName(id: string): string {
  return id.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** An absolute URI as the schema's "uri" format accepts it, or undefined (a rule source that is not a URL). */
function absoluteUri(uri: string | undefined): string | undefined {
  if (uri === undefined || !URL.canParse(uri)) return undefined;
  return new URL(uri).href;
}

function defaultConfiguration(level: RuleLevel): Json {
  return level === 'off' ? { enabled: false, level: 'none' } : { level: LEVEL[level] };
}

function descriptor(rule: ReportRule): Json {
  const help = absoluteUri(rule.helpUri);
  const out: Json = {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} (${rule.category} rule, check '${rule.check}')` },
    defaultConfiguration: defaultConfiguration(rule.severity),
  };
  if (help !== undefined) {
    out.helpUri = help;
    out.help = { text: `${rule.description} Documentation: ${help}`, markdown: `${rule.description}\n\n[Documentation of ${rule.id}](${help})` };
  }
  out.properties = { category: rule.category, tags: [rule.category] };
  return out;
}

/**
 * The run's rules: the report's (every rule of the standard), then any rule only findings name (a report built
 * without rules), so every result has a ruleIndex.
 */
function runRules(report: LintReport): ReportRule[] {
  const rules = [...(report.rules ?? [])];
  const known = new Set(rules.map((r) => r.id));
  const extra = new Map<string, Finding['category'] | undefined>();
  for (const f of report.findings) if (!known.has(f.ruleId)) extra.set(f.ruleId, f.category);
  for (const o of report.omitted) if (!known.has(o.ruleId) && !extra.has(o.ruleId)) extra.set(o.ruleId, undefined);
  for (const id of [...extra.keys()].sort()) {
    const category = extra.get(id) ?? (id.split('/')[0] as Finding['category']);
    const severity = report.findings.find((f) => f.ruleId === id)?.severity ?? report.omitted.find((o) => o.ruleId === id)!.severity;
    rules.push({ id, category, severity, check: id.split('/').pop()!, description: id });
  }
  return rules;
}

/** A relative URI reference: each segment percent-encoded, so spaces, '#', '%' and ':' survive as data. */
function uriReference(relativePath: string): string {
  return relativePath.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
}

function artifactLocation(file: string, paths: RepositoryPaths): Json {
  const rel = paths.relative(file);
  // Outside the repository no %SRCROOT%-relative path exists: an absolute file URI says where it was.
  if (isOutsideRoot(rel)) return { uri: pathToFileURL(paths.absolute(file)).href };
  return { uri: uriReference(rel), uriBaseId: SRCROOT };
}

function result(f: Finding, ruleIndex: Map<string, number>, paths: RepositoryPaths): Json {
  // GitHub code scanning needs a region with a startLine on every result: a file-level finding points at line 1.
  const region: Json = { startLine: f.line ?? 1 };
  const column = characterColumn(f);
  if (column !== undefined) region.startColumn = column;
  const properties: Json = { category: f.category };
  if (f.line === undefined) properties.fileLevel = true;
  // The report's own position and context, whatever SARIF made of them (a CSV column is a cell, not a character).
  if (f.column !== undefined) properties.column = f.column;
  if (f.record !== undefined) properties.record = f.record;
  // The field written shortened when long (report/shortened.ts); the fingerprint below hashes it whole.
  if (f.field !== undefined) properties.field = shortenValue(f.field);
  if (f.dataset !== undefined) properties.dataset = f.dataset;
  if (f.target !== undefined) properties.target = f.target;
  const out: Json = { ruleId: f.ruleId };
  const index = ruleIndex.get(f.ruleId);
  if (index !== undefined) out.ruleIndex = index;
  out.level = LEVEL[f.severity];
  out.message = { text: f.hint === undefined ? f.message : `${f.message}\nHint: ${f.hint}` };
  out.locations = [{ physicalLocation: { artifactLocation: artifactLocation(f.file, paths), region } }];
  // Rebased on the repository root, so the fingerprint does not depend on the folder odlint ran in.
  out.partialFingerprints = { [SARIF_FINGERPRINT_KEY]: findingFingerprint({ ...f, file: paths.relative(f.file) }) };
  out.properties = properties;
  return out;
}

/**
 * Notifications for findings the log does not list: those past GitHub's limit of results per run, and those the cap
 * per rule and file (--max-findings-per-rule) left out of the report. Levels 'warning' and 'note', not 'error': the
 * analysis itself succeeded.
 */
function notifications(report: LintReport, notInLog: number, ruleIndex: Map<string, number>, paths: RepositoryPaths): Json[] {
  const out: Json[] = [];
  if (notInLog > 0) {
    out.push({
      level: 'warning',
      message: {
        text: `${plural(notInLog, 'finding')} of ${report.findings.length} not in this log: GitHub code scanning accepts at most ${SARIF_MAX_RESULTS} results per run, so the first ${SARIF_MAX_RESULTS} in report order are listed. The JSON format (--format json) lists them all.`,
      },
    });
  }
  for (const o of report.omitted) {
    const rule: Json = { id: o.ruleId };
    const index = ruleIndex.get(o.ruleId);
    if (index !== undefined) rule.index = index;
    out.push({
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(o.file, paths) } }],
      message: { text: `${o.count} more ${o.ruleId} ${o.count === 1 ? 'finding' : 'findings'} (${o.severity}) in ${paths.relative(o.file)} not listed (--max-findings-per-rule)` },
      level: 'note',
      associatedRule: rule,
    });
  }
  return out;
}

const sarif: Formatter = (report, options) => {
  const paths = repositoryPaths(options);
  const rules = runRules(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const listed = report.findings.slice(0, SARIF_MAX_RESULTS);
  const notInLog = report.findings.length - listed.length;
  const invocation: Json = { executionSuccessful: true };
  const notes = notifications(report, notInLog, ruleIndex, paths);
  if (notes.length > 0) invocation.toolExecutionNotifications = notes;
  const properties: Json = { standard: report.standard, now: report.now, summary: report.summary };
  if (notInLog > 0) properties.findingsNotInLog = notInLog;
  if (report.baseline) properties.baseline = { file: report.baseline.file, suppressed: report.baseline.suppressed, fixed: report.baseline.fixed.length };
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: INFORMATION_URI, rules: rules.map(descriptor) } },
        invocations: [invocation],
        // No absolute path of this machine: the same data gives the same bytes anywhere, and code scanning resolves
        // %SRCROOT% to the checkout itself.
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository the data is in (the working folder outside one).' } } },
        // JSON positions count UTF-16 code units (src/readers/json-records.ts).
        columnKind: 'utf16CodeUnits',
        results: listed.map((f) => result(f, ruleIndex, paths)),
        properties,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
export default sarif;
