// Foreign keys: every value of a foreign key names a key of the resource it references, in the same package or in
// another department's package (reference.package), as long as that package is being linted too.
//
// How it runs, in one streaming pass over each file:
// - prepare: every foreign key of every dataset is resolved (references.ts). What can be followed becomes a *link*
//   from the referencing resource to a *collector*: the key set of the referenced fields of the target resource. A
//   reference that cannot be followed becomes a finding at the foreign key in the referencing datapackage.json
//   (checkDataset).
// - readAfter makes the engine read the targets first. While a target's file streams past, its collectors gather the
//   distinct keys (memory grows with distinct key values, not with the file). While a referencing file streams past,
//   each value is looked up in the complete key set at once and every unmatched occurrence is reported with its line.
// - A resource that references itself, or a cycle of resources, meets values whose key set is not complete yet: a
//   value found in the keys collected so far is matched; the others wait (keys/pending.ts) and are dropped the moment
//   their key is collected. What still waits when the key set is complete is reported: at the end of the file for a
//   self-reference, in finish for a cycle.
// - An unmatched value near exactly one key (case, spaces, hyphens, leading zeros, one typo or swap) gets a hint
//   naming it (keys/near-miss.ts); the index is built on the first miss, and hints are cached per distinct value.
import { NO_OPTIONS, sharedState } from '../check.js';
import { nearMissWhy } from '../common-hints.js';
import type { Check, FileVisitorContext, Report, RunContext, RunReport } from '../../model/check.js';
import type { Dataset, Resource } from '../../model/dataset.js';
import { canonicalText, KeyEncoder, keyText, rawParts, splitKey, type Key, type PartMode } from '../../keys/encode.js';
import { KeySet } from '../../keys/key-set.js';
import { NearMissIndex, type NearMiss } from '../../keys/near-miss.js';
import { PendingValues } from '../../keys/pending.js';
import { keyColumns, partsOf, quotedNames, resourceId, schemaField, showKey, typeKind, isReadable } from './common.js';
import { REFERENCE_MESSAGES, resolveForeignKeys, targetPhrase, type Problem, type ResolvedForeignKey, type ForeignKeyTarget } from './references.js';

/** Most distinct unmatched values whose hint is cached per key set. */
const HINT_CACHE_SIZE = 100_000;
/** Most keys copied to each worker thread checking part of a large file; past it the main thread checks the file. */
const MAX_PART_KEYS = 1_000_000;

interface Collector {
  target: ForeignKeyTarget;
  fields: string[];
  modes: PartMode[];
  numeric: boolean;
  keys: KeySet;
  /** Readable parts of the target not read yet. */
  partsLeft: number;
  state: 'collecting' | 'complete' | 'failed';
  /** Why the key set could not be collected: a message of FAILURE_MESSAGES, with its data but for the foreign key and target. */
  failure?: Failure;
  /** Values waiting for this key set (self-references and cycles). */
  waiting: Set<PendingValues>;
  nearMiss?: NearMissIndex;
  hints: Map<Key, NearMiss | null>;
}

/**
 * Why a target's key set could not be collected, found while its file is read; like the reasons of
 * REFERENCE_MESSAGES, every message starts with the foreign key and names the target.
 */
const FAILURE_MESSAGES = {
  noColumn: "{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} has no column '{field}' in {file}",
  unreadableFile: '{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} cannot be read ({reason})',
  emptyFile: '{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} is an empty file ({file})',
  undecodable: '{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} has an encoding odlint cannot decode ({encoding})',
  notText: '{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} is not text ({file} looks like {binaryKind})',
  badDialect: '{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} cannot be read with its declared dialect',
} as const;

interface Failure {
  messageId: keyof typeof FAILURE_MESSAGES;
  data: Record<string, string | number>;
}

interface Link {
  fk: ResolvedForeignKey & { target: ForeignKeyTarget };
  collector: Collector;
}

/** What a worker needs to check one part of a file: each link's complete key set and how its keys are compared. */
interface PartSetup {
  links: { fields: string[]; refFields: string[]; label: string; target: string; modes: PartMode[]; numeric: boolean; keys: Key[] }[];
}

/** A link of a worker's part, rebuilt from the part setup: the same row logic and messages as on the main thread. */
function partLink(l: PartSetup['links'][number]): Link {
  const keys = new KeySet();
  for (const k of l.keys) keys.add(k);
  const collector = { fields: l.refFields, modes: l.modes, numeric: l.numeric, keys, partsLeft: 0, state: 'complete', waiting: new Set(), hints: new Map() } as unknown as Collector;
  return { fk: { fields: l.fields, refFields: l.refFields, target: { label: l.label, dataset: { name: l.target } } } as unknown as Link['fk'], collector };
}

interface Deferred {
  link: Link;
  pending: PendingValues;
  file: string;
  dataset: string;
  column?: number;
}

interface State {
  problems: Map<Dataset, Problem[]>;
  /** Links by referencing resource id. */
  links: Map<string, Link[]>;
  /** Collectors by target resource id. */
  collectors: Map<string, Collector[]>;
  deferred: Deferred[];
}

const STATE = 'foreign-key';

/** How each pair of fields is compared, and whether a one-part key can stay a number (see keys/encode.ts). */
function encodingOf(fk: Link['fk']): { modes: PartMode[]; numeric: boolean } {
  const modes = fk.fields.map((f, i): PartMode => {
    const a = typeKind(schemaField(fk.resource.schema, f)?.type);
    const b = typeKind(schemaField(fk.target.resource.schema, fk.refFields[i]!)?.type);
    return a === b || [a, b].every((k) => k === 'numeric' || k === 'string') ? 'cast' : 'raw';
  });
  const numeric = fk.fields.length === 1 && typeKind(schemaField(fk.resource.schema, fk.fields[0]!)?.type) === 'numeric'
    && typeKind(schemaField(fk.target.resource.schema, fk.refFields[0]!)?.type) === 'numeric';
  return { modes, numeric };
}

function buildState(datasets: readonly Dataset[]): State {
  const state: State = { problems: new Map(), links: new Map(), collectors: new Map(), deferred: [] };
  const collectorById = new Map<string, Collector>();
  for (const fk of resolveForeignKeys(datasets)) {
    if (fk.problem) {
      if (!fk.problem.silent) {
        const list = state.problems.get(fk.dataset) ?? [];
        list.push(fk.problem);
        state.problems.set(fk.dataset, list);
      }
      continue;
    }
    const target = fk.target!;
    const resolved = fk as Link['fk'];
    const { modes, numeric } = encodingOf(resolved);
    const targetId = resourceId(datasets, target.dataset, target.resource.index);
    const id = `${targetId}|${fk.refFields.join('\u0000')}|${modes.join(',')}|${numeric}`;
    let collector = collectorById.get(id);
    if (!collector) {
      collector = {
        target, fields: fk.refFields, modes, numeric, keys: new KeySet(), partsLeft: target.parts.filter(isReadable).length,
        state: 'collecting', waiting: new Set(), hints: new Map(),
      };
      collectorById.set(id, collector);
      const list = state.collectors.get(targetId) ?? [];
      list.push(collector);
      state.collectors.set(targetId, list);
    }
    const rid = resourceId(datasets, fk.dataset, fk.resource.index);
    const links = state.links.get(rid) ?? [];
    links.push({ fk: resolved, collector });
    state.links.set(rid, links);
  }
  return state;
}

function stateOf(ctx: RunContext<unknown>): State {
  return sharedState(ctx, STATE, () => buildState(ctx.datasets));
}

function hasText(c: Collector, text: string): boolean {
  if (c.keys.has(text)) return true;
  if (!c.numeric || text === '') return false;
  const n = Number(text);
  return canonicalText(n) === text && c.keys.has(n === 0 ? 0 : n);
}

function suggestion(c: Collector, key: Key): NearMiss | undefined {
  const cached = c.hints.get(key);
  if (cached !== undefined) return cached ?? undefined;
  if (!c.nearMiss) {
    const keys = c.keys;
    c.nearMiss = new NearMissIndex({ *[Symbol.iterator]() { for (const k of keys) yield keyText(k); } }, (t) => hasText(c, t), { arity: c.fields.length });
  }
  const s = c.nearMiss.suggest(keyText(key));
  if (c.hints.size < HINT_CACHE_SIZE) c.hints.set(key, s ?? null);
  return s;
}

/** The finding for an unmatched value: a one-field key is a code, a composite one a key. */
function unmatched(link: Link, key: Key, shown: readonly string[]): Pick<Report, 'messageId' | 'data' | 'hint' | 'target'> {
  const { fk, collector } = link;
  const found: Pick<Report, 'messageId' | 'data' | 'hint' | 'target'> = fk.fields.length === 1
    ? { messageId: 'notCode', data: { value: showKey(shown), field: fk.fields[0]!, target: fk.target.label, refField: fk.refFields[0]! } }
    : { messageId: 'notKey', data: { key: showKey(shown), fields: quotedNames(fk.fields), target: fk.target.label, refFields: quotedNames(fk.refFields) } };
  found.target = { kind: 'dataset', name: fk.target.dataset.name };
  const near = suggestion(collector, key);
  if (near) found.hint = { id: 'didYouMean', data: { value: showKey(shown), key: showKey(splitKey(near.key, fk.fields.length)), why: nearMissWhy(near.why) } };
  return found;
}

function fail(c: Collector, why: Failure): void {
  if (c.state === 'failed') return;
  c.state = 'failed';
  c.failure = why;
  c.keys = new KeySet(); // free the keys: nothing will be checked against them
  c.waiting.clear();
}

const check: Check = {
  id: 'foreign-key',
  description: 'Every foreign-key value names a key of the resource it references, in the same package or in another package linted with it (reference.package); a reference that cannot be followed is a finding.',
  docs: {
    rationale: 'Frictionless Table Schema foreign keys say which register a code comes from. A code missing from the register (a retired municipality, a typo, lost leading zeros) silently drops rows when datasets are joined; Open Data Charter principle 4 asks for common identifiers that actually link.',
    failing: "municipality_code 'EC103' in treasury/spending.csv while municipal-register/municipalities has no code EC103 (merged into EC101 in 2016).",
    passing: "Every municipality_code of treasury/spending.csv is a code of municipal-register/municipalities, both folders linted together: odlint lint treasury municipal-register.",
  },
  messages: {
    notCode: "{value} in field '{field}' is not a code in {target} (field '{refField}')",
    notKey: '{key} in fields {fields} is not a key in {target} (fields {refFields})',
    ...REFERENCE_MESSAGES,
    ...FAILURE_MESSAGES,
  },
  hints: {
    didYouMean: '{value} — did you mean {key}? ({why})',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],

  prepare(ctx) {
    stateOf(ctx);
  },

  checkDataset(ctx) {
    for (const p of stateOf(ctx).problems.get(ctx.dataset) ?? []) {
      const at = ctx.dataset.locate(p.pointer);
      ctx.report({ messageId: p.messageId, data: p.data, hint: p.hint, line: at?.line, column: at?.column, target: p.target === undefined ? undefined : { kind: 'dataset', name: p.target } });
    }
  },

  readAfter(ctx) {
    const links = stateOf(ctx).links.get(resourceId(ctx.datasets, ctx.dataset, ctx.resource.index)) ?? [];
    const out: Resource[] = [];
    for (const l of links) if (!l.fk.target.self) out.push(...partsOf(l.fk.target.dataset, l.fk.target.resource.index));
    return out;
  },

  // A file that collects no keys and whose key sets are all complete can be checked in parts: every value is looked
  // up at once, nothing waits for later rows.
  partSetup(ctx): PartSetup | undefined {
    const state = stateOf(ctx);
    const rid = resourceId(ctx.datasets, ctx.dataset, ctx.resource.index);
    const links = state.links.get(rid) ?? [];
    if (links.length === 0 || (state.collectors.get(rid)?.length ?? 0) > 0) return undefined;
    if (links.some((l) => l.collector.state !== 'complete')) return undefined;
    if (links.reduce((n, l) => n + l.collector.keys.size, 0) > MAX_PART_KEYS) return undefined;
    return {
      links: links.map((l) => ({
        fields: l.fk.fields, refFields: l.fk.refFields, label: l.fk.target.label, target: l.fk.target.dataset.name, modes: l.collector.modes, numeric: l.collector.numeric, keys: [...l.collector.keys],
      })),
    };
  },

  createFileVisitor(ctx: FileVisitorContext<Record<string, unknown>>) {
    const setup = ctx.partSetup as PartSetup | undefined;
    const state: Pick<State, 'links' | 'collectors' | 'deferred'> = setup ? { links: new Map(), collectors: new Map(), deferred: [] } : stateOf(ctx);
    const rid = resourceId(ctx.datasets, ctx.dataset, ctx.resource.index);
    const collecting = (state.collectors.get(rid) ?? []).map((c) => ({ c, encoder: undefined as KeyEncoder | undefined }));
    const referencing = (setup ? setup.links.map(partLink) : state.links.get(rid) ?? []).map((link) => ({ link, encoder: undefined as KeyEncoder | undefined, pending: undefined as PendingValues | undefined }));
    if (collecting.length === 0 && referencing.length === 0) return {};
    const { resource, report } = ctx;
    const csv = resource.format === 'csv';

    return {
      header(h) {
        for (const x of collecting) {
          if (x.c.state !== 'collecting') continue;
          const k = keyColumns(resource.schema, h.columns, x.c.fields);
          if ('missing' in k) fail(x.c, { messageId: 'noColumn', data: { field: k.missing, file: resource.file } });
          else x.encoder = new KeyEncoder({ columns: k.columns, modes: x.c.modes, numeric: x.c.numeric, invalid: 'raw' });
        }
        for (const x of referencing) {
          const k = keyColumns(resource.schema, h.columns, x.link.fk.fields);
          // A field without a column is a header finding (format/header-schema): its values cannot be checked.
          x.encoder = 'missing' in k ? undefined : new KeyEncoder({ columns: k.columns, modes: x.link.collector.modes, numeric: x.link.collector.numeric, invalid: 'skip' });
        }
      },

      row(row) {
        // Collect first: a row may reference its own key (a root whose parent is itself).
        for (let i = 0; i < collecting.length; i++) {
          const x = collecting[i]!;
          if (!x.encoder || x.c.state !== 'collecting') continue;
          const key = x.encoder.encode(row);
          if (typeof key === 'symbol') continue;
          if (x.c.keys.add(key) && x.c.waiting.size > 0) for (const w of x.c.waiting) w.satisfy(key);
        }
        for (let i = 0; i < referencing.length; i++) {
          const x = referencing[i]!;
          const c = x.link.collector;
          if (!x.encoder || c.state === 'failed') continue;
          const key = x.encoder.encode(row);
          if (typeof key === 'symbol' || c.keys.has(key)) continue; // missing values are allowed (Table Schema)
          const shown = rawParts(row, x.encoder.columns);
          if (c.state === 'complete') {
            report({ ...unmatched(x.link, key, shown), line: row.line, record: row.record, column: x.encoder.columns[0]! + 1, field: x.link.fk.fields[0] });
          } else {
            if (!x.pending) {
              x.pending = new PendingValues();
              c.waiting.add(x.pending);
            }
            x.pending.add(key, shown, row.line, row.record);
          }
        }
      },

      facts(f) {
        let why: Failure | undefined;
        if (f.readError) why = { messageId: 'unreadableFile', data: { reason: f.readError } };
        else if (f.size === 0) why = { messageId: 'emptyFile', data: { file: resource.file } };
        else if (f.encodingUnsupported) why = { messageId: 'undecodable', data: { encoding: f.encoding } };
        else if (f.binaryKind) why = { messageId: 'notText', data: { file: resource.file, binaryKind: f.binaryKind } };
        else if (f.dialectError) why = { messageId: 'badDialect', data: {} };
        if (why) for (const x of collecting) fail(x.c, why);
      },

      end() {
        for (const x of collecting) {
          if (x.c.state !== 'collecting') continue;
          x.c.partsLeft--;
          if (x.c.partsLeft <= 0) x.c.state = 'complete';
        }
        for (const x of referencing) {
          if (!x.pending) continue;
          const c = x.link.collector;
          if (c.state === 'complete') {
            c.waiting.delete(x.pending);
            for (const o of x.pending.unmatched()) {
              report({ ...unmatched(x.link, o.key, o.shown), line: o.line, record: o.record, column: x.encoder!.columns[0]! + 1, field: x.link.fk.fields[0] });
            }
          } else if (c.state === 'collecting') {
            state.deferred.push({ link: x.link, pending: x.pending, file: resource.file, dataset: ctx.dataset.name, column: csv ? x.encoder!.columns[0]! + 1 : undefined });
          }
          x.pending = undefined;
        }
      },
    };
  },

  finish(ctx) {
    const state = stateOf(ctx);
    // Values that waited for a key set read later (a cycle of references).
    for (const d of state.deferred) {
      const c = d.link.collector;
      c.waiting.delete(d.pending);
      if (c.state === 'failed') continue;
      for (const o of d.pending.unmatched()) {
        const r: RunReport = { ...unmatched(d.link, o.key, o.shown), file: d.file, dataset: d.dataset, line: o.line, record: o.record, field: d.link.fk.fields[0] };
        if (d.column !== undefined) r.column = d.column;
        ctx.report(r);
      }
    }
    state.deferred = [];
    // Key sets that could not be collected: the values pointing at them were not checked.
    for (const links of state.links.values()) {
      for (const { fk, collector } of links) {
        if (collector.state !== 'failed') continue;
        const at = fk.dataset.locate(`${fk.pointer}/reference`);
        ctx.report({
          file: fk.dataset.metadataFile ?? fk.resource.file,
          dataset: fk.dataset.name,
          line: at?.line,
          column: at?.column,
          messageId: collector.failure!.messageId,
          data: { ...fk.labelData, ...collector.failure!.data, target: targetPhrase(fk.target) },
          target: { kind: 'dataset', name: fk.target.dataset.name },
        });
      }
    }
  },
};
export default check;
