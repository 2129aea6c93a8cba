#!/usr/bin/env node
// The benchmark: odlint against a parse-only baseline and the tableschema library on generated data with planted
// errors, checking odlint's findings against the ground truth. See bench/README.md.
//
//   npm run bench [-- --full] [--cases csv-1m,small-200] [--repeat 3]
//
// Measures dist/ as it is: run `npm run build` first. Results go to stdout and to .bench/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { CASES, ensureCase } from './generate.mjs';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const BENCH_DIR = path.join(ROOT, '.bench');
const PROBE = pathToFileURL(path.join(ROOT, 'bench/rss-probe.mjs')).href;
const NOW = '2026-11-27';
const DEFAULT_CASES = ['csv-100k', 'csv-1m', 'ndjson-1m', 'json-100k', 'small-200', 'packages-41', 'portal-1000', 'metadata-dp-1000', 'metadata-mixed-1000', 'resources-10k', 'descriptor-50mb'];
/** Shards of the shard + merge runs (the portal case). */
const SHARDS = 4;
// The issue's measurement of Python frictionless on a 1M-row, 91 MB spending file, 2-core machine.
const FRICTIONLESS = { seconds: 21.6, rssMiB: 234 };

const { values: opts } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    cases: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write(`npm run bench [-- --full] [--cases ${Object.keys(CASES).join(',')}] [--repeat N]\n`);
  process.exit(0);
}
const repeat = Number(opts.repeat);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat takes a whole number ≥ 1');
const caseNames = opts.cases ? opts.cases.split(',').map((s) => s.trim()) : opts.full ? [...DEFAULT_CASES.slice(0, 2), 'csv-3m', ...DEFAULT_CASES.slice(2)] : DEFAULT_CASES;
for (const name of caseNames) if (!CASES[name]) throw new Error(`unknown case '${name}' (known: ${Object.keys(CASES).join(', ')})`);

const out = (line = '') => process.stdout.write(`${line}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

// ---------------------------------------------------------------------------------------------------------------
// The machine and the build being measured

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const environment = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src') ? ' (src/ has uncommitted changes)' : ''}`,
};
out(`odlint benchmark — ${environment.date}`);
out(`Node ${environment.node}, ${environment.cpu}, ${environment.cores} cores; odlint at ${environment.commit}`);
if (!existsSync(path.join(ROOT, 'dist'))) throw new Error('dist/ is missing: run npm run build first');
if (newestMtime(path.join(ROOT, 'src')) > newestMtime(path.join(ROOT, 'dist'))) out('note: src/ has changed since dist/ was built — run npm run build to measure the current code');

const tableschemaPackage = path.join(ROOT, 'node_modules/tableschema/package.json');
const tableschemaVersion = existsSync(tableschemaPackage) ? JSON.parse(readFileSync(tableschemaPackage, 'utf8')).version : undefined;
if (!tableschemaVersion) out('note: tableschema is not installed (npm ci installs it): its runs are skipped');

const help = spawnSync(process.execPath, ['bin/odlint.js', 'lint', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout;
const hasJobs = /--jobs\b/.test(help);
const hasShard = /--shard\b/.test(help);
const hasCache = /--cache\b/.test(help);
if (!hasJobs) out('note: this odlint has no --jobs option: the --jobs 2 runs are skipped, and odlint runs as it is (one thread)');
// A cap on findings per rule and file would hide planted errors from the truth check: keep them all.
const keepAll = /--max-findings-per-rule\b/.test(help) ? ['--max-findings-per-rule', '0'] : [];
if (keepAll.length) out('note: odlint runs with --max-findings-per-rule 0, so that every finding is checked against the truth');
out();

/** The bundled standard with the primary-key and unique rules off: odlint's memory without the key sets that grow with rows. */
function standardWithoutKeys() {
  const dir = path.join(BENCH_DIR, 'standard-no-keys');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'rules'), dir, { recursive: true });
  for (const [file, rule] of [['linking.yaml', 'linking/primary-key'], ['format/values.yaml', 'format/unique']]) {
    const doc = YAML.parseDocument(readFileSync(path.join(dir, file), 'utf8'));
    doc.setIn(['rules', rule, 'severity'], 'off');
    writeFileSync(path.join(dir, file), doc.toString());
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------------------------
// Running a tool

/** Runs `node --import rss-probe <args>` and resolves with its wall time, peak RSS and output. */
function measure(args) {
  const rssFile = path.join(BENCH_DIR, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', PROBE, ...args], { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
      rmSync(rssFile, { force: true });
      resolve({ seconds, rssMiB: rssKiB / 1024, code, stdout, stderr });
    });
  });
}

/** Compares an odlint JSON report with the truth: counts per rule, then every finding's rule, file, line and field. */
function checkTruth(reportFile, truth, dataDir, skipRules) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const planted = truth.findings.filter((f) => !skipRules.includes(f.ruleId));
  const keyOf = (f) => `${f.ruleId} ${f.file}:${f.line} [${f.field}]`;
  const expected = new Map();
  const counts = {};
  for (const f of planted) {
    expected.set(keyOf(f), (expected.get(keyOf(f)) ?? 0) + 1);
    counts[f.ruleId] = { expected: (counts[f.ruleId]?.expected ?? 0) + 1, got: 0 };
  }
  const unexpected = [];
  for (const f of report.findings) {
    counts[f.ruleId] ??= { expected: 0, got: 0 };
    counts[f.ruleId].got++;
    const key = keyOf({ ...f, file: path.relative(dataDir, path.resolve(ROOT, f.file)).split(path.sep).join('/') });
    const left = expected.get(key) ?? 0;
    if (left > 0) expected.set(key, left - 1);
    else unexpected.push(f);
  }
  const missed = [...expected].flatMap(([key, n]) => Array(n).fill(key));
  const differences = Object.entries(counts).filter(([, c]) => c.expected !== c.got).map(([ruleId, c]) => `${ruleId}: expected ${c.expected}, got ${c.got}`);
  return { pass: differences.length === 0 && unexpected.length === 0 && missed.length === 0, findings: report.findings.length, differences, unexpected, missed };
}

/** tableschema's error counts, in odlint's rule ids (its unique errors are the primary keys': the only unique fields). */
function tableschemaByRule(errors) {
  const byRule = {};
  for (const [what, n] of Object.entries(errors)) {
    const ruleId = what.startsWith('type[') ? 'format/type' : what === 'unique' ? 'linking/primary-key' : what.startsWith('foreign-key[') ? 'linking/foreign-key' : what;
    byRule[ruleId] = (byRule[ruleId] ?? 0) + n;
  }
  return byRule;
}

// ---------------------------------------------------------------------------------------------------------------
// Shards and the cache

/**
 * --shard i/n for every i, one after another, then odlint merge. Its wall time is what n machines would take (the
 * slowest shard, plus the merge); the sum of all is the work done. The merged JSON must equal one run's, byte for byte.
 */
function shardAndMerge(dir, dataDir, truth, cap) {
  const common = ['--now', NOW, '--jobs', '1', ...cap];
  const whole = path.join(dir, 'report-odlint-jobs-1.json');
  const merged = path.join(dir, 'report-merged.json');
  const shardFile = (i) => path.join(dir, `report-shard-${i}.json`);
  return {
    label: `odlint ${SHARDS} shards + merge (slowest + merge)`,
    kind: 'odlint-shards',
    jobs: 1,
    ok: (r) => r.code === 0 || r.code === 1,
    async measureWith() {
      const shards = [];
      for (let i = 1; i <= SHARDS; i++) shards.push(await measure(['bin/odlint.js', 'lint', path.relative(ROOT, dataDir), '--shard', `${i}/${SHARDS}`, '-f', 'json', '-o', shardFile(i), ...common]));
      const merge = await measure(['bin/odlint.js', 'merge', ...shards.map((_, i) => shardFile(i + 1)), '-f', 'json', '-o', merged]);
      const bad = [...shards, merge].find((r) => r.code !== 0 && r.code !== 1);
      const slowest = Math.max(...shards.map((r) => r.seconds));
      return { seconds: slowest + merge.seconds, rssMiB: Math.max(...shards.map((r) => r.rssMiB), merge.rssMiB), code: bad ? bad.code : merge.code, stdout: '', stderr: bad?.stderr ?? '', total: shards.reduce((n, r) => n + r.seconds, 0) + merge.seconds };
    },
    check: (r) => {
      const same = existsSync(whole) && readFileSync(merged, 'utf8') === readFileSync(whole, 'utf8');
      const truthCheck = checkTruth(merged, truth, dataDir, []);
      return { ...truthCheck, pass: truthCheck.pass && same, note: `${same ? 'merged JSON = one run' : 'merged JSON DIFFERS from one run'}; all shards and merge ${fmt(r.total, 2)} s` };
    },
  };
}

/**
 * A run with --cache from an empty cache (cold), then again over the same data (warm); each report must be the
 * uncached --jobs 1 run's, byte for byte.
 */
function cachedRuns(odlint, dir, uncached) {
  const location = path.join(dir, 'cache');
  const reportOf = (t) => t.args[t.args.indexOf('-o') + 1];
  const sameAsUncached = (t) => () => {
    const c = t.check();
    if (readFileSync(reportOf(t), 'utf8') === readFileSync(reportOf(uncached), 'utf8')) return c;
    return { ...c, pass: false, differences: [...(c.differences ?? []), `the report differs from ${uncached.label}'s`] };
  };
  const cold = odlint('odlint --jobs 1 --cache, cold', 1, ['--cache', '--cache-location', location]);
  const warm = odlint('odlint --jobs 1 --cache, warm', 1, ['--cache', '--cache-location', location]);
  return [
    { ...cold, kind: 'odlint-cache-cold', before: () => rmSync(location, { recursive: true, force: true }), check: sameAsUncached(cold) },
    { ...warm, kind: 'odlint-cache-warm', check: sameAsUncached(warm) },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The tools of a case

function toolsOf(name, { dir, truth }, noKeysStandard) {
  const dataDir = path.join(dir, 'data');
  const files = truth.files.map((f) => path.join(dataDir, f.path));
  const packages = readdirSync(dataDir).filter((d) => existsSync(path.join(dataDir, d, 'datapackage.json'))).map((d) => path.join(dataDir, d, 'datapackage.json'));
  const isCsv = files.every((f) => f.endsWith('.csv'));
  // Without a truth to check findings against, the metadata cases run as users run odlint (findings capped per rule).
  const cap = CASES[name].kind === 'metadata' ? [] : keepAll;
  const odlint = (label, jobs, extra = [], skipRules = []) => {
    const report = path.join(dir, `report-${label.replace(/[^a-z0-9]+/gi, '-')}.json`);
    return {
      label,
      kind: 'odlint',
      jobs,
      args: ['bin/odlint.js', 'lint', path.relative(ROOT, dataDir), '-f', 'json', '-o', report, '--now', NOW, ...(hasJobs ? ['--jobs', String(jobs)] : []), ...cap, ...extra],
      ok: (r) => r.code === 0 || r.code === 1,
      check: () => checkTruth(report, truth, dataDir, skipRules),
    };
  };
  if (CASES[name].kind === 'metadata') {
    // Reading metadata is what is measured: the findings depend on each form's fields, so there is no truth to check.
    const tool = odlint('odlint', 1);
    return [{ ...tool, check: () => ({ note: `${JSON.parse(readFileSync(tool.args[tool.args.indexOf('-o') + 1], 'utf8')).summary.datasets} datasets read` }) }];
  }
  const tools = [odlint(hasJobs ? 'odlint --jobs 1' : 'odlint', 1)];
  if (hasJobs) tools.push(odlint('odlint --jobs 2', 2));
  // The default --jobs (no flag): what users get; it must never be more than 5% slower than --jobs 1.
  if (hasJobs) {
    const byDefault = odlint('odlint, default --jobs', 1);
    byDefault.args = byDefault.args.filter((a, i, all) => a !== '--jobs' && all[i - 1] !== '--jobs');
    tools.push({ ...byDefault, kind: 'odlint-default', jobs: undefined });
  }
  if (hasShard && name === 'portal-1000') tools.push(shardAndMerge(dir, dataDir, truth, cap));
  if (hasCache && (name === 'packages-41' || name === 'portal-1000')) tools.push(...cachedRuns(odlint, dir, tools[0]));
  if (name === 'csv-1m' || name === 'csv-3m') {
    tools.push({ ...odlint(`${tools[0].label}, no primary-key/unique`, 1, ['--standard', noKeysStandard], ['linking/primary-key']), kind: 'odlint-no-keys' });
  }
  const records = (r) => JSON.parse(r.stdout).records;
  tools.push(isCsv
    ? { label: 'csv-parse alone', kind: 'baseline', args: ['bench/peers/csv-parse-count.mjs', ...files], ok: (r) => r.code === 0, check: (r) => ({ note: `${fmt(records(r))} records incl. headers` }) }
    : { label: 'JSON.parse alone', kind: 'baseline', args: ['bench/peers/json-parse-count.mjs', ...files], ok: (r) => r.code === 0, check: (r) => ({ note: `${fmt(records(r))} records incl. register header` }) });
  if (isCsv && tableschemaVersion) {
    tools.push({
      label: `tableschema ${tableschemaVersion}`,
      kind: 'tableschema',
      args: ['bench/peers/tableschema-validate.mjs', ...packages],
      ok: (r) => r.code === 0,
      check: (r) => {
        const found = tableschemaByRule(JSON.parse(r.stdout).errors);
        const same = JSON.stringify(Object.entries(found).sort()) === JSON.stringify(Object.entries(truth.expected).sort());
        return { note: `${Object.values(found).reduce((a, b) => a + b, 0)} errors ${same ? '= truth' : `(truth ${JSON.stringify(truth.expected)}): ${JSON.stringify(found)}`}` };
      },
    });
  }
  return tools;
}

// ---------------------------------------------------------------------------------------------------------------

const noKeysStandard = standardWithoutKeys();
const results = { environment, repeat, frictionlessReference: FRICTIONLESS, cases: [] };

for (const name of caseNames) {
  const c = await ensureCase(name, BENCH_DIR, out);
  const { truth } = c;
  out(`== ${name}: ${CASES[name].title} — ${fmt(truth.rows)} rows, ${fmt(truth.bytes / 1e6, 1)} MB in ${truth.files.length} files`);
  out(`   planted: ${Object.entries(truth.planted).map(([k, n]) => `${n} ${k}`).join(', ')} → expected ${Object.entries(truth.expected).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  const tools = toolsOf(name, c, noKeysStandard);
  const runs = new Map(tools.map((t) => [t, []]));
  // Rounds run every tool once each, so that drift in the machine's speed spreads over all tools alike.
  for (let round = 0; round < repeat; round++) {
    for (const t of tools) {
      t.before?.();
      runs.get(t).push(t.measureWith ? await t.measureWith() : await measure(t.args));
    }
  }
  const caseResult = { name, title: CASES[name].title, rows: truth.rows, bytes: truth.bytes, expected: truth.expected, tools: [] };
  out(`   ${'tool'.padEnd(44)} ${'wall s'.padStart(7)} ${'rows/s'.padStart(10)} ${'MB/s'.padStart(6)} ${'RSS MiB'.padStart(8)}  check`);
  for (const t of tools) {
    const rs = runs.get(t);
    const failed = rs.find((r) => !t.ok(r));
    const seconds = median(rs.map((r) => r.seconds));
    const rssMiB = median(rs.map((r) => r.rssMiB));
    let check;
    if (failed) check = { pass: false, note: `exit ${failed.code}: ${failed.stderr.trim().split('\n').slice(-3).join(' | ')}` };
    else check = t.check(rs.at(-1));
    const verdict = check.pass === undefined ? check.note : check.pass ? `PASS (${check.findings} findings, each at a planted error)` : `FAIL${check.note ? ` ${check.note}` : ''}`;
    out(`   ${t.label.padEnd(44)} ${fmt(seconds, 2).padStart(7)} ${fmt(truth.rows / seconds).padStart(10)} ${fmt(truth.bytes / 1e6 / seconds, 1).padStart(6)} ${fmt(rssMiB, 1).padStart(8)}  ${verdict}`);
    if (check.pass === false && !failed) {
      for (const d of check.differences) out(`      ${d}`);
      if (check.unexpected.length) out(`      ${check.unexpected.length} findings the truth did not predict, e.g.:`);
      for (const f of check.unexpected.slice(0, 5)) out(`        ${f.file}:${f.line ?? '-'}:${f.column ?? '-'} ${f.ruleId} ${f.severity}: ${f.message}`);
      if (check.missed.length) out(`      ${check.missed.length} planted errors not reported, e.g.: ${check.missed.slice(0, 5).join('; ')}`);
    }
    caseResult.tools.push({
      tool: t.label, kind: t.kind, jobs: t.jobs, ok: !failed, seconds, rowsPerSecond: truth.rows / seconds, mbPerSecond: truth.bytes / 1e6 / seconds, peakRssMiB: rssMiB,
      runs: rs.map((r) => ({ seconds: r.seconds, peakRssMiB: r.rssMiB, exitCode: r.code })),
      truth: check.pass === undefined ? undefined : { pass: check.pass, differences: check.differences, unexpected: check.unexpected?.length, missed: check.missed?.length },
      note: check.note,
    });
  }
  // Ratios of wall times measured in this run, side by side.
  const by = (kind, jobs = 1) => caseResult.tools.find((t) => t.kind === kind && (t.jobs ?? 1) === jobs && t.ok);
  const byKind = (kind) => caseResult.tools.find((t) => t.kind === kind && t.ok);
  const jobs1 = by('odlint');
  const ratios = {};
  if (jobs1 && by('baseline')) ratios.odlintOverParse = jobs1.seconds / by('baseline').seconds;
  if (jobs1 && by('tableschema')) ratios.tableschemaOverOdlint = by('tableschema').seconds / jobs1.seconds;
  if (jobs1 && by('odlint', 2)) ratios.jobs1OverJobs2 = jobs1.seconds / by('odlint', 2).seconds;
  if (name === 'csv-1m' && jobs1) ratios.frictionlessOverOdlint = FRICTIONLESS.seconds / jobs1.seconds;
  if (jobs1 && byKind('odlint-default')) ratios.jobs1OverDefault = jobs1.seconds / byKind('odlint-default').seconds;
  if (jobs1 && byKind('odlint-shards')) ratios.oneRunOverShards = jobs1.seconds / byKind('odlint-shards').seconds;
  if (byKind('odlint-cache-cold') && byKind('odlint-cache-warm')) ratios.warmOverCold = byKind('odlint-cache-warm').seconds / byKind('odlint-cache-cold').seconds;
  caseResult.ratios = ratios;
  const parts = [];
  if (ratios.odlintOverParse) parts.push(`odlint jobs1 / ${by('baseline').tool} = ${ratios.odlintOverParse.toFixed(2)}×`);
  if (ratios.tableschemaOverOdlint) parts.push(`tableschema / odlint jobs1 = ${ratios.tableschemaOverOdlint.toFixed(2)}×`);
  if (ratios.jobs1OverJobs2) parts.push(`odlint jobs1 / jobs2 = ${ratios.jobs1OverJobs2.toFixed(2)}×`);
  if (ratios.jobs1OverDefault) parts.push(`jobs1 / default = ${ratios.jobs1OverDefault.toFixed(2)}×`);
  if (ratios.oneRunOverShards) parts.push(`one run / ${SHARDS} shards + merge = ${ratios.oneRunOverShards.toFixed(2)}×`);
  if (ratios.warmOverCold) parts.push(`cache warm / cold = ${(100 * ratios.warmOverCold).toFixed(0)}%`);
  out(`   ratios: ${parts.join('; ')}`);
  if (name === 'csv-1m') {
    out(`   Frictionless (Python) — reference from the issue, not run here: ${FRICTIONLESS.seconds} s, ${FRICTIONLESS.rssMiB} MiB on a 1M-row, 91 MB file, 2-core machine; ${FRICTIONLESS.seconds} s / odlint jobs1 = ${ratios.frictionlessOverOdlint?.toFixed(2) ?? '-'}×`);
  }
  out();
  results.cases.push(caseResult);
}

// ---------------------------------------------------------------------------------------------------------------
// Targets (printed, never an exit code: the machine's speed drifts)

const caseOf = (name) => results.cases.find((c) => c.name === name);
const toolOf = (c, kind, jobs = 1) => c?.tools.find((t) => t.kind === kind && (t.jobs ?? 1) === jobs && t.ok);
const targets = [];
const target = (what, value, pass) => targets.push({ what, value, pass });
const m1 = caseOf('csv-1m');
const m3 = caseOf('csv-3m');
if (m1) {
  const r = m1.ratios;
  target('odlint jobs1 ≤ 1.3× csv-parse alone (csv-1m)', r.odlintOverParse && `${r.odlintOverParse.toFixed(2)}×`, r.odlintOverParse && r.odlintOverParse <= 1.3);
  target('odlint jobs1 ≥ 4× faster than tableschema (csv-1m)', r.tableschemaOverOdlint && `${r.tableschemaOverOdlint.toFixed(2)}×`, r.tableschemaOverOdlint && r.tableschemaOverOdlint >= 4);
  target(`odlint jobs1 ≥ 6× faster than Frictionless's ${FRICTIONLESS.seconds} s (reference, not run here)`, r.frictionlessOverOdlint && `${r.frictionlessOverOdlint.toFixed(2)}×`, r.frictionlessOverOdlint && r.frictionlessOverOdlint >= 6);
  target('odlint jobs2 ≥ 1.4× faster than jobs1 (csv-1m)', r.jobs1OverJobs2 && `${r.jobs1OverJobs2.toFixed(2)}×`, r.jobs1OverJobs2 ? r.jobs1OverJobs2 >= 1.4 : undefined);
  const rss = toolOf(m1, 'odlint')?.peakRssMiB;
  target('odlint jobs1 peak RSS at 1M < 150 MiB', Number.isFinite(rss) && `${rss.toFixed(1)} MiB`, Number.isFinite(rss) && rss < 150);
  const rss2 = toolOf(m1, 'odlint', 2)?.peakRssMiB;
  target('odlint jobs2 peak RSS at 1M < 200 MiB', Number.isFinite(rss2) && `${rss2.toFixed(1)} MiB`, Number.isFinite(rss2) && rss2 < 200);
}
if (m1 && m3) {
  const [a, b] = [toolOf(m1, 'odlint-no-keys')?.peakRssMiB, toolOf(m3, 'odlint-no-keys')?.peakRssMiB];
  const [fa, fb] = [toolOf(m1, 'odlint')?.peakRssMiB, toolOf(m3, 'odlint')?.peakRssMiB];
  target('peak RSS at 3M within 10% of 1M apart from key sets (primary-key/unique off)', `${a?.toFixed(1)} → ${b?.toFixed(1)} MiB (all rules: ${fa?.toFixed(1)} → ${fb?.toFixed(1)} MiB)`, b <= a * 1.1);
}
const [dp, mixed] = [toolOf(caseOf('metadata-dp-1000'), 'odlint'), toolOf(caseOf('metadata-mixed-1000'), 'odlint')];
if (dp && mixed) {
  const ratio = mixed.seconds / dp.seconds;
  target('1,000 metadata records of mixed forms ≤ 1.5× the time of 1,000 datapackage.json', `${ratio.toFixed(2)}× (${fmt(mixed.seconds, 2)} s / ${fmt(dp.seconds, 2)} s)`, ratio <= 1.5);
}
const [many, large] = [toolOf(caseOf('resources-10k'), 'odlint'), toolOf(caseOf('descriptor-50mb'), 'odlint')];
if (many) target('a package of 10,000 resources in < 15 s', `${fmt(many.seconds, 1)} s`, many.seconds < 15);
if (large) target('a 50 MB descriptor in < 500 MiB', `${large.peakRssMiB?.toFixed(1)} MiB in ${fmt(large.seconds, 1)} s`, large.peakRssMiB < 500);
for (const name of ['packages-41', 'portal-1000']) {
  const r = caseOf(name)?.ratios;
  if (!r) continue;
  target(`odlint jobs2 ≥ 1.5× faster than jobs1 (${name})`, r.jobs1OverJobs2 && `${r.jobs1OverJobs2.toFixed(2)}×`, r.jobs1OverJobs2 ? r.jobs1OverJobs2 >= 1.5 : undefined);
  if (r.warmOverCold) target(`a cached run over unchanged data ≤ 40% of a cold one (${name})`, `${(100 * r.warmOverCold).toFixed(0)}%`, r.warmOverCold <= 0.4);
}
const shards = toolOf(caseOf('portal-1000'), 'odlint-shards');
if (shards) target(`${SHARDS} shards + merge equal one run byte for byte (portal-1000)`, shards.note, shards.truth?.pass);
for (const c of results.cases) {
  if (c.ratios.jobs1OverDefault === undefined) continue;
  target(`default --jobs at most 5% slower than --jobs 1 (${c.name})`, `${c.ratios.jobs1OverDefault.toFixed(2)}×`, c.ratios.jobs1OverDefault >= 1 / 1.05);
}
results.targets = targets;
out('Targets (csv-1m, the metadata cases, and csv-3m with --full):');
if (!targets.length) out('   none measured: the targets need the csv-1m case');
for (const t of targets) out(`   ${t.pass === undefined ? 'SKIP' : t.pass ? 'PASS' : 'FAIL'}  ${t.what}: ${t.value || 'not measured'}`);
if (!m3) out('   (run with --full for the 3M-row memory target)');

mkdirSync(BENCH_DIR, { recursive: true });
writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
out(`\nwrote ${path.relative(process.cwd(), path.join(BENCH_DIR, 'results.json'))}`);
