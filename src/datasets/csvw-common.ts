// CSVW common properties (Metadata Vocabulary for Tabular Data §5.8): the Dublin Core and DCAT terms on a table group
// or a table that odlint's licence, freshness and publisher checks read, as Data Package properties. The CSVW context
// defines the prefixes dc: and dcterms: (both Dublin Core terms); absolute IRIs are the same terms. Spellings outside
// the context that real files use (dct:, dcat:accrualPeriodicity, bare names) are read and noted as variants.
import { escapePointerToken } from '../util/source.js';
import type { MetadataNote } from '../model/dataset.js';
import { isObject } from '../util/objects.js';
import type { PointerMap } from './pointer-map.js';

const DCT = 'http://purl.org/dc/terms/';

type Term = 'title' | 'license' | 'modified' | 'issued' | 'publisher' | 'accrualPeriodicity';

/** The Data Package property each term is mapped to. */
const TARGET: Record<Term, string> = {
  title: 'title', license: 'licenses', modified: 'modified', issued: 'issued', publisher: 'publisher', accrualPeriodicity: 'accrualPeriodicity',
};

/** Spellings of a term: the CSVW ones first, then the variants read with a note. */
function spellings(term: Term): { standard: string[]; variants: string[] } {
  const variants = [`dct:${term}`, term];
  if (term === 'accrualPeriodicity') variants.splice(1, 0, 'dcat:accrualPeriodicity');
  return { standard: [`dc:${term}`, `dcterms:${term}`, `${DCT}${term}`], variants };
}


/** A value as written, with its pointer. */
interface Located { value: string; pointer: string }

/** A plain value of a JSON-LD property: a string, a number, {"@value"} or {"@id"}. */
function plain(v: unknown, pointer: string): Located | undefined {
  if (typeof v === 'string') return v.trim() ? { value: v.trim(), pointer } : undefined;
  if (typeof v === 'number') return { value: String(v), pointer };
  if (!isObject(v)) return undefined;
  for (const k of ['@value', '@id'] as const) {
    if (typeof v[k] === 'string' || typeof v[k] === 'number') return plain(v[k], `${pointer}/${escapePointerToken(k)}`);
  }
  return undefined;
}

/** The items of a value that may be written as an array; language-tagged English items first. */
function items(v: unknown, pointer: string): { value: unknown; pointer: string }[] {
  if (!Array.isArray(v)) return [{ value: v, pointer }];
  const list = v.map((value, i) => ({ value, pointer: `${pointer}/${i}` }));
  const english = (x: unknown) => isObject(x) && typeof x['@language'] === 'string' && /^en\b/i.test(x['@language']);
  return [...list.filter((x) => english(x.value)), ...list.filter((x) => !english(x.value))];
}

/** A publisher's display name: a string, or an organisation object's name (else its @id). */
function publisherName(v: unknown, pointer: string): Located | undefined {
  if (!isObject(v) || '@value' in v) return plain(v, pointer);
  for (const k of ['schema:name', 'foaf:name', 'name', 'rdfs:label', 'dc:title', 'dcterms:title', 'http://xmlns.com/foaf/0.1/name', 'http://schema.org/name']) {
    for (const item of v[k] === undefined ? [] : items(v[k], `${pointer}/${escapePointerToken(k)}`)) {
      const found = plain(item.value, item.pointer);
      if (found) return found;
    }
  }
  return plain(v, pointer);
}

export interface CommonContext {
  map: PointerMap;
  notes: MetadataNote[];
}

/**
 * Reads the common properties of `node` (written at `pointer`) into `target` (the package descriptor or a resource,
 * at `targetPointer`). `fallback` is a node of the same document describing the same dataset (rdfs:seeAlso): its
 * terms are read where `node` has none; when it is another node (`note`), one variant note names the terms read there.
 */
export function readCommonProperties(
  node: Record<string, unknown>,
  pointer: string,
  target: Record<string, unknown>,
  targetPointer: string,
  ctx: CommonContext,
  fallback?: { node: Record<string, unknown>; pointer: string; note?: string },
): void {
  const borrowed: string[] = [];
  for (const term of Object.keys(TARGET) as Term[]) {
    let found = findTerm(node, pointer, term, ctx);
    if (!found && fallback) {
      found = findTerm(fallback.node, fallback.pointer, term, ctx);
      if (found) borrowed.push(`dc:${term}`);
    }
    if (!found) continue;
    const key = TARGET[term];
    const at = `${targetPointer}/${key}`;
    const list = items(found.value, found.pointer);
    if (term === 'license') {
      const licences: Record<string, string>[] = [];
      for (const item of list) {
        const v = plain(item.value, item.pointer);
        if (!v) continue;
        const part = /^[a-z][a-z0-9+.-]*:/i.test(v.value) ? 'path' : 'name';
        ctx.map.set(`${at}/${licences.length}`, item.pointer).set(`${at}/${licences.length}/${part}`, v.pointer);
        licences.push({ [part]: v.value });
      }
      if (licences.length) {
        target[key] = licences;
        ctx.map.set(at, found.pointer);
      }
      continue;
    }
    for (const item of list) {
      const v = term === 'publisher' ? publisherName(item.value, item.pointer) : plain(item.value, item.pointer);
      if (!v) continue;
      target[key] = v.value;
      ctx.map.set(at, v.pointer);
      break;
    }
  }
  // One note for the node the terms were borrowed from, naming them, where they belong.
  if (fallback?.note && borrowed.length) {
    const list = borrowed.length === 1 ? borrowed[0]! : `${borrowed.slice(0, -1).join(', ')} and ${borrowed.at(-1)!}`;
    ctx.notes.push({ kind: 'variant', pointer: fallback.pointer, written: fallback.note, detail: `${list} on the ${pointer === '' ? 'metadata' : 'table'} itself` });
  }
}

/** The value of a term on a node, by its CSVW spellings, else a variant one (noted). */
function findTerm(node: Record<string, unknown>, pointer: string, term: Term, ctx: CommonContext): { value: unknown; pointer: string } | undefined {
  const { standard, variants } = spellings(term);
  const at = (k: string) => `${pointer}/${escapePointerToken(k)}`;
  for (const k of standard) {
    if (node[k] !== undefined) return { value: node[k], pointer: at(k) };
  }
  for (const k of variants) {
    if (node[k] === undefined) continue;
    ctx.notes.push({ kind: 'variant', pointer: at(k), written: k, detail: `dc:${term}` });
    return { value: node[k], pointer: at(k) };
  }
  return undefined;
}

/**
 * The node of `rdfs:seeAlso` that describes the dataset itself: the one with the same @id (the same subject in
 * JSON-LD), else the only dcat:Dataset (as GSS / csvcubed write the catalogue entry of a UK statistics CSVW).
 */
export function seeAlsoDataset(node: Record<string, unknown>, pointer: string): { node: Record<string, unknown>; pointer: string; note?: string } | undefined {
  const raw = node['rdfs:seeAlso'];
  if (raw === undefined) return undefined;
  const list = items(raw, `${pointer}/rdfs:seeAlso`).filter((x): x is { value: Record<string, unknown>; pointer: string } => isObject(x.value));
  const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
  const same = id === undefined ? undefined : list.find((x) => x.value['@id'] === id);
  if (same) return { node: same.value, pointer: same.pointer };
  const types = (x: Record<string, unknown>) => (Array.isArray(x['@type']) ? x['@type'] : [x['@type']]);
  const datasets = list.filter((x) => types(x.value).some((t) => t === 'dcat:Dataset' || t === 'http://www.w3.org/ns/dcat#Dataset'));
  if (datasets.length !== 1) return undefined;
  return { node: datasets[0]!.value, pointer: datasets[0]!.pointer, note: 'rdfs:seeAlso dcat:Dataset' };
}
