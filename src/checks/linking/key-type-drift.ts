// Type drift between the two ends of a foreign key: a key field typed integer or number on one side and string on the
// other, and codes whose leading zeros were lost on the way (a spreadsheet or a number type turned '0800' into 800).
//
// - Declared drift is found from the schemas alone (every foreign key of every dataset, resolved as foreign-key
//   resolves them, references.ts). It is reported once per field pair, at the foreign key in the referencing
//   datapackage.json, with evidence when the string side holds zero-padded codes (/^0\d+$/), noticed while its file
//   streams past.
// - Lost zeros between two string fields: while the referenced file streams past, the digit-only codes are counted
//   with their shortest and longest length; while the referencing file streams past, its digit-only values are
//   counted per length. When the register's digit codes all have one width W, some start with 0, and the referencing
//   side holds shorter digit-only values, those look like codes that lost their zeros: one finding per field pair, at
//   the first such value. Everything kept is a few counters per field pair, whatever the order the files are read in.
import { NO_OPTIONS, sharedState } from '../check.js';
import type { Check, RunContext, RunReport } from '../../model/check.js';
import { show } from '../text.js';
import { resourceId, schemaField, typeKind } from './common.js';
import { resolveForeignKeys, type ForeignKeyTarget, type ResolvedForeignKey } from './references.js';

interface Example {
  value: string;
  file: string;
  dataset: string;
  line: number;
  record: number;
  column?: number;
  /** Reading order, to tell which example came first across files. */
  seq: number;
}

interface Pair {
  local: string;
  ref: string;
  localType: string;
  refType: string;
  /** numeric on one side, string on the other. */
  declared: boolean;
  /** Zero-padded codes on the string side of a declared drift. */
  padded?: Example;
  paddedCount: number;
  /** Both sides strings: the referenced side's digit-only codes. */
  refDigits: { count: number; min: number; max: number; padded?: Example };
  /** Both sides strings: the referencing side's digit-only values, by length. */
  localDigits: Map<number, { count: number; first: Example }>;
}

interface Link {
  fk: ResolvedForeignKey & { target: ForeignKeyTarget };
  pairs: Pair[];
}

/** What a file's visitor watches: a field whose cells feed a pair's statistics. */
interface Watch {
  pair: Pair;
  field: string;
  role: 'declared-padded' | 'ref-digits' | 'local-digits';
}

interface State {
  links: Link[];
  watches: Map<string, Watch[]>;
  seq: number;
}

const STATE = 'key-type-drift';

/** What a part of a file (ctx.readsPart) needs: the fields the main thread's visitor watches, with their roles. */
type PartSetup = { field: string; role: Watch['role'] }[];

/** What one part saw for one bound watch: its pair's statistics, gathered from zero (examples numbered in the part). */
type WatchPartState = Pick<Pair, 'paddedCount' | 'padded' | 'refDigits' | 'localDigits'>;

/** A pair whose statistics start from zero: what a part's visitor fills. */
function blankPair(): Pair {
  return { local: '', ref: '', localType: '', refType: '', declared: false, paddedCount: 0, refDigits: { count: 0, min: Infinity, max: 0 }, localDigits: new Map() };
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function buildState(datasets: RunContext<unknown>['datasets']): State {
  const state: State = { links: [], watches: new Map(), seq: 0 };
  const watch = (dsIndexOf: string, w: Watch) => {
    const list = state.watches.get(dsIndexOf) ?? [];
    list.push(w);
    state.watches.set(dsIndexOf, list);
  };
  for (const fk of resolveForeignKeys(datasets)) {
    const target = fk.target;
    if (!target || fk.fields.length !== fk.refFields.length) continue;
    const pairs: Pair[] = [];
    fk.fields.forEach((local, i) => {
      const ref = fk.refFields[i]!;
      const lf = schemaField(fk.resource.schema, local);
      const rf = schemaField(target.resource.schema, ref);
      if (!lf || !rf) return;
      const localType = typeof lf.type === 'string' && lf.type ? lf.type : 'string';
      const refType = typeof rf.type === 'string' && rf.type ? rf.type : 'string';
      const lk = typeKind(localType);
      const rk = typeKind(refType);
      const declared = (lk === 'numeric' && rk === 'string') || (lk === 'string' && rk === 'numeric');
      const pair: Pair = { local, ref, localType, refType, declared, paddedCount: 0, refDigits: { count: 0, min: Infinity, max: 0 }, localDigits: new Map() };
      pairs.push(pair);
      const localId = resourceId(datasets, fk.dataset, fk.resource.index);
      const refId = resourceId(datasets, target.dataset, target.resource.index);
      if (declared) {
        if (rk === 'string') watch(refId, { pair, field: ref, role: 'declared-padded' });
        else watch(localId, { pair, field: local, role: 'declared-padded' });
      } else if (lk === 'string' && rk === 'string') {
        watch(refId, { pair, field: ref, role: 'ref-digits' });
        watch(localId, { pair, field: local, role: 'local-digits' });
      }
    });
    if (pairs.length) state.links.push({ fk: fk as Link['fk'], pairs });
  }
  return state;
}

function stateOf(ctx: RunContext<unknown>): State {
  return sharedState(ctx, STATE, () => buildState(ctx.datasets));
}

const check: Check = {
  id: 'key-type-drift',
  description: 'Both ends of a foreign key have the same type (not integer or number on one side and string on the other), and codes keep their leading zeros.',
  docs: {
    rationale: "A code typed as a number on one side and as text on the other only links by accident: '0800' and 800 never match, and spreadsheets drop leading zeros silently. Open Data Charter principle 4 asks for common identifiers, which only work when both sides write them the same way.",
    failing: "spending.postcode typed integer referencing places.code typed string, whose codes are written '0800'.",
    passing: 'Both fields typed string, with the codes written alike.',
  },
  messages: {
    // Declared drift, with evidence from the string side when it holds zero-padded codes (`count` of them in all).
    typeDrift: "{resource}: foreign key {foreignKey} links field '{field}' ({type}) to field '{refField}' ({refType}) of {target}: a key should have the same type on both sides",
    typeDriftPaddedHere: "{resource}: foreign key {foreignKey} links field '{field}' ({type}) to field '{refField}' ({refType}) of {target}: a key should have the same type on both sides; field '{field}' here holds zero-padded codes such as {example} ({exampleFile} line {exampleLine}{count, plural, one {} other {, # in all}}), which as numbers lose their leading zeros",
    typeDriftPaddedThere: "{resource}: foreign key {foreignKey} links field '{field}' ({type}) to field '{refField}' ({refType}) of {target}: a key should have the same type on both sides; field '{refField}' of {target} holds zero-padded codes such as {example} ({exampleFile} line {exampleLine}{count, plural, one {} other {, # in all}}), which as numbers lose their leading zeros",
    // `count` digit-only values shorter than the register's `width`, the first of them `value`.
    lostZeros: "{value} in field '{field}' looks like a code that lost its leading zeros: the codes of field '{refField}' in {target} have {width} digits, such as {example}{count, plural, one {} other { (# digit-only values of field '{field}' are shorter than {width} digits)}}",
  },
  hints: {
    declareStrings: 'Declare both fields as type string: codes are identifiers, not quantities, and their leading zeros are part of them',
    allDigits: 'Leading zeros are dropped when a code column is opened as numbers (a spreadsheet, or a number type): write the codes with all {width} digits and keep the column as text',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],

  prepare(ctx) {
    stateOf(ctx);
  },

  // The watches are the run's (every dataset's foreign keys): a part, which sees one dataset, is told them.
  partSetup(ctx): PartSetup | undefined {
    return stateOf(ctx).watches.get(resourceId(ctx.datasets, ctx.dataset, ctx.resource.index))?.map((w) => ({ field: w.field, role: w.role }));
  },

  createFileVisitor(ctx) {
    const inPart = ctx.readsPart === true ? (ctx.partSetup as PartSetup | undefined) : undefined;
    // A part's statistics start from zero and its examples are numbered in the part: the main thread absorbs them.
    const state: State = inPart ? { links: [], watches: new Map(), seq: 0 } : stateOf(ctx);
    const watches = inPart ? inPart.map((w) => ({ ...w, pair: blankPair() })) : state.watches.get(resourceId(ctx.datasets, ctx.dataset, ctx.resource.index));
    if (!watches) return {};
    const { resource, dataset } = ctx;
    const csv = resource.format === 'csv';
    let bound: { w: Watch; column: number }[] = [];
    const example = (value: string, line: number, record: number, column: number): Example => ({
      value, file: resource.file, dataset: dataset.name, line, record, column: csv ? column + 1 : undefined, seq: state.seq++,
    });
    return {
      header(h) {
        const fields = resource.schema?.fields ?? [];
        bound = [];
        for (const w of watches) {
          const fieldIndex = fields.findIndex((f) => f.name === w.field);
          const column = h.columns.findIndex((c) => c !== undefined && c.fieldIndex === fieldIndex);
          if (fieldIndex >= 0 && column >= 0) bound.push({ w, column });
        }
      },
      row(row) {
        for (let i = 0; i < bound.length; i++) {
          const { w, column } = bound[i]!;
          if (row.isMissing(column)) continue;
          const cell = row.cells[column]!;
          if (!isDigits(cell)) continue;
          const p = w.pair;
          const zeroPadded = cell.length > 1 && cell.charCodeAt(0) === 48;
          if (w.role === 'declared-padded') {
            if (!zeroPadded) continue;
            p.paddedCount++;
            p.padded ??= example(cell, row.line, row.record, column);
          } else if (w.role === 'ref-digits') {
            const d = p.refDigits;
            d.count++;
            if (cell.length < d.min) d.min = cell.length;
            if (cell.length > d.max) d.max = cell.length;
            if (zeroPadded) d.padded ??= example(cell, row.line, row.record, column);
          } else {
            const slot = p.localDigits.get(cell.length);
            if (slot) slot.count++;
            else p.localDigits.set(cell.length, { count: 1, first: example(cell, row.line, row.record, column) });
          }
        }
      },
      partState(): WatchPartState[] {
        return bound.map(({ w: { pair: p } }) => ({ paddedCount: p.paddedCount, padded: p.padded, refDigits: p.refDigits, localDigits: p.localDigits }));
      },
      /**
       * One part's statistics, in file order. Its examples get the run's next numbers in the part's own order, so
       * which example came first is as in one sequential read.
       */
      absorb(partState) {
        const parts = partState as WatchPartState[];
        const renumber: { example: Example; set(e: Example): void }[] = [];
        bound.forEach(({ w: { pair: p } }, k) => {
          const q = parts[k];
          if (!q) return;
          p.paddedCount += q.paddedCount;
          if (q.padded && !p.padded) renumber.push({ example: q.padded, set: (e) => { p.padded = e; } });
          const d = p.refDigits;
          d.count += q.refDigits.count;
          d.min = Math.min(d.min, q.refDigits.min);
          d.max = Math.max(d.max, q.refDigits.max);
          if (q.refDigits.padded && !d.padded) renumber.push({ example: q.refDigits.padded, set: (e) => { d.padded = e; } });
          for (const [length, slot] of q.localDigits) {
            const seen = p.localDigits.get(length);
            if (seen) seen.count += slot.count;
            else renumber.push({ example: slot.first, set: (e) => { p.localDigits.set(length, { count: slot.count, first: e }); } });
          }
        });
        renumber.sort((a, b) => a.example.seq - b.example.seq);
        for (const r of renumber) r.set({ ...r.example, seq: state.seq++ });
      },
    };
  },

  finish(ctx) {
    for (const { fk, pairs } of stateOf(ctx).links) {
      const target = fk.target;
      for (const p of pairs) {
        if (p.declared) {
          const at = fk.dataset.locate(`${fk.pointer}/fields`);
          const data: Record<string, string | number> = { ...fk.labelData, field: p.local, type: p.localType, refField: p.ref, refType: p.refType, target: target.label };
          let messageId = 'typeDrift';
          if (p.padded) {
            messageId = typeKind(p.localType) === 'string' ? 'typeDriftPaddedHere' : 'typeDriftPaddedThere';
            Object.assign(data, { example: show(p.padded.value), exampleFile: p.padded.file, exampleLine: p.padded.line, count: p.paddedCount });
          }
          const report: RunReport = {
            file: fk.dataset.metadataFile ?? fk.resource.file, dataset: fk.dataset.name, line: at?.line, column: at?.column, messageId, data,
            hint: { id: 'declareStrings' },
          };
          ctx.report(report);
          continue;
        }
        const d = p.refDigits;
        if (d.count === 0 || d.min !== d.max || !d.padded) continue;
        const width = d.min;
        let first: Example | undefined;
        let count = 0;
        for (const [len, slot] of p.localDigits) {
          if (len >= width) continue;
          count += slot.count;
          if (!first || slot.first.seq < first.seq) first = slot.first;
        }
        if (!first) continue;
        const report: RunReport = {
          file: first.file, dataset: first.dataset, line: first.line, record: first.record, field: p.local,
          messageId: 'lostZeros',
          data: { value: show(first.value), field: p.local, refField: p.ref, target: target.label, width, example: show(d.padded.value), count },
          hint: { id: 'allDigits', data: { width } },
        };
        if (first.column !== undefined) report.column = first.column;
        ctx.report(report);
      }
    }
  },
};
export default check;
