// The engine: for each dataset, runs the dataset-level hooks of the active rules, then reads each data file once and
// feeds every visitor. It knows no particular check: checks are looked up by the id a rule names.
import { statSync } from 'node:fs';
import type { Check, FileVisitor, HeaderInfo, Report, RunContext } from '../checks/check.js';
import type { Dataset, Resource } from '../datasets/dataset.js';
import type { Standard, Rule } from '../standard/load.js';
import type { Finding, Severity } from '../report/finding.js';
import { sortFindings } from '../report/finding.js';
import { readCsv } from '../readers/csv.js';
import { readJsonFile } from '../readers/json-file.js';
import { emptyFacts } from '../readers/csv.js';
import type { FileFacts } from '../readers/facts.js';
import { bindColumns } from '../tableschema/binding.js';
import { MutableRow } from './row.js';

export interface LintResult {
  findings: Finding[];
  datasets: number;
  files: number;
}

interface ActiveRule { rule: Rule; check: Check; severity: Severity }

function makeFinding(active: ActiveRule, r: Report, file: string, dataset: string | undefined): Finding {
  // Fixed key order, undefined keys left out: the JSON report is byte-for-byte stable.
  const f: Finding = { ruleId: active.rule.id, category: active.rule.category, severity: active.severity, message: r.message, file: r.file ?? file };
  if (r.line !== undefined) f.line = r.line;
  if (r.column !== undefined) f.column = r.column;
  if (r.field !== undefined) f.field = r.field;
  if (r.record !== undefined) f.record = r.record;
  if (dataset !== undefined) f.dataset = dataset;
  if (r.hint !== undefined) f.hint = r.hint;
  return f;
}

function jsonCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export interface LintOptions {
  /** Reference date, YYYY-MM-DD. */
  now: string;
}

export class Engine {
  private readonly active: ActiveRule[];

  constructor(private readonly standard: Standard, private readonly checks: ReadonlyMap<string, Check>) {
    this.active = standard.rules
      .filter((rule) => rule.severity !== 'off')
      .map((rule) => ({ rule, check: checks.get(rule.check)!, severity: rule.severity as Severity }));
  }

  async lint(datasets: Dataset[], options: LintOptions): Promise<LintResult> {
    const findings: Finding[] = [];
    const runs = new Map<ActiveRule, RunContext<Record<string, unknown>>>();
    for (const active of this.active) {
      runs.set(active, { options: active.rule.options, now: options.now, vocabularies: this.standard.vocabularies, datasets, shared: new Map() });
    }
    for (const active of this.active) active.check.prepare?.(runs.get(active)!);

    for (const dataset of datasets) {
      const metadataFile = dataset.metadataFile ?? dataset.resources[0]?.file ?? dataset.name;
      for (const active of this.active) {
        if (!active.check.checkDataset) continue;
        active.check.checkDataset({
          ...runs.get(active)!,
          dataset,
          report: (r) => findings.push(makeFinding(active, r, metadataFile, dataset.name)),
        });
      }
    }

    const files = this.readingOrder(datasets, runs);
    for (const { dataset, resource } of files) await this.lintFile(dataset, resource, findings, runs);

    for (const active of this.active) {
      active.check.finish?.({ ...runs.get(active)!, report: (r) => findings.push(makeFinding(active, r, r.file, r.dataset)) });
    }
    return { findings: sortFindings(findings), datasets: datasets.length, files: files.length };
  }

  /** The data files to read, in discovery order except that a file is read after those it depends on. */
  private readingOrder(datasets: Dataset[], runs: Map<ActiveRule, RunContext<Record<string, unknown>>>): { dataset: Dataset; resource: Resource }[] {
    const readable: { dataset: Dataset; resource: Resource }[] = [];
    for (const dataset of datasets) {
      for (const resource of dataset.resources) {
        if (resource.status === 'ok' && resource.format !== 'other' && resource.absolutePath) readable.push({ dataset, resource });
      }
    }
    const byResource = new Map(readable.map((entry) => [entry.resource, entry]));
    const order: { dataset: Dataset; resource: Resource }[] = [];
    const state = new Map<Resource, 'visiting' | 'done'>();
    const visit = (entry: { dataset: Dataset; resource: Resource }) => {
      if (state.has(entry.resource)) return; // done, or a cycle: read in discovery order
      state.set(entry.resource, 'visiting');
      for (const active of this.active) {
        const before = active.check.readAfter?.({ ...runs.get(active)!, dataset: entry.dataset, resource: entry.resource }) ?? [];
        for (const r of before) {
          const dep = byResource.get(r);
          if (dep) visit(dep);
        }
      }
      state.set(entry.resource, 'done');
      order.push(entry);
    };
    readable.forEach(visit);
    return order;
  }

  private async lintFile(dataset: Dataset, resource: Resource, findings: Finding[], runs: Map<ActiveRule, RunContext<Record<string, unknown>>>): Promise<void> {
    const format = resource.format as 'csv' | 'json' | 'ndjson';
    const visitors: FileVisitor[] = [];
    for (const active of this.active) {
      const { check } = active;
      if (!check.createFileVisitor || !check.formats?.includes(format)) continue;
      visitors.push(
        check.createFileVisitor({
          ...runs.get(active)!,
          dataset,
          resource,
          // A JSON record's "column" would be its field's position in the schema, not a place in the file: drop it.
          report: format === 'csv' ? (r) => findings.push(makeFinding(active, r, resource.file, dataset.name))
            : (r) => findings.push(makeFinding(active, r.record === undefined ? r : { ...r, column: undefined }, resource.file, dataset.name)),
        }),
      );
    }
    const headerVisitors = visitors.filter((v) => v.header);
    const rowVisitors = visitors.filter((v) => v.row);
    const row = new MutableRow();
    let bound = false;
    const bind = (labels: readonly string[] | undefined, width: number, line: number) => {
      const { columns } = bindColumns(resource.schema, labels, width);
      row.columns = columns;
      bound = true;
      const header: HeaderInfo = { cells: labels ?? [], line, columns };
      for (const v of headerVisitors) v.header!(header);
    };

    let facts: FileFacts;
    try {
      const size = statSync(resource.absolutePath!).size;
      if (format === 'csv') {
        facts = await readCsv(resource.absolutePath!, size, { encoding: resource.encoding, dialect: resource.dialect }, {
          header: (cells, line) => bind(cells, cells.length, line),
          row: (cells, line, record) => {
            if (!bound) bind(undefined, cells.length, line);
            row.set(cells, line, record);
            for (let i = 0; i < rowVisitors.length; i++) rowVisitors[i]!.row!(row);
          },
        });
      } else {
        // JSON records become rows of cells in schema field order, so every Table Schema check treats them alike.
        const fields = resource.schema?.fields ?? [];
        const names = fields.map((f) => f.name);
        bind(names, names.length, 1);
        const cells: string[] = new Array(names.length);
        const nulls: boolean[] = new Array(names.length);
        row.nulls = nulls;
        facts = await readJsonFile(resource.absolutePath!, size, format, resource.encoding, {
          record: (value, line, record) => {
            if (typeof value !== 'object' || value === null || Array.isArray(value)) return; // a structure problem
            const obj = value as Record<string, unknown>;
            for (let i = 0; i < names.length; i++) {
              const v = obj[names[i]!];
              nulls[i] = v === null || v === undefined;
              cells[i] = jsonCell(v);
            }
            row.object = value;
            row.set(cells, line, record);
            for (let i = 0; i < rowVisitors.length; i++) rowVisitors[i]!.row!(row);
          },
        });
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!code || !/^E[A-Z]+$/.test(code)) throw err; // not an OS error: a bug, reported as such
      facts = emptyFacts((resource.encoding ?? 'utf-8').toLowerCase(), resource.encoding !== undefined);
      facts.readError = code;
    }
    for (const v of visitors) v.facts?.(facts);
    for (const v of visitors) v.end?.();
  }
}
