// A small, synchronous, offline reading of JSON-LD, enough for the catalogue readers (DCAT-AP, schema.org): terms and
// compact IRIs are expanded with the document's own inline @context (and nested ones) plus the usual prefixes; node
// objects are found anywhere in the document (the top level, @graph, nested values) and references by @id are
// followed; literals are read from strings, numbers, {"@value"} objects, language maps and lists of them.
//
// It is not a JSON-LD processor: a remote @context is never fetched (a schema.org context is known to mean
// "@vocab": schema.org; any other remote context leaves its terms unexpanded, and readers say so), and @reverse,
// @nest, @included, type-scoped contexts and property-scoped protected terms are not interpreted. Every value keeps
// the JSON pointer where it was written, so findings can point into the file.
import { escapePointerToken } from '../util/source.js';
import { isObject } from '../util/objects.js';

/** Prefixes understood even when the document's @context does not declare them. */
export const STANDARD_PREFIXES: Readonly<Record<string, string>> = {
  adms: 'http://www.w3.org/ns/adms#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  dct: 'http://purl.org/dc/terms/',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  odrl: 'http://www.w3.org/ns/odrl/2/',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  schema: 'http://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

export const DCAT = STANDARD_PREFIXES.dcat!;
export const DCT = STANDARD_PREFIXES.dct!;
export const FOAF = STANDARD_PREFIXES.foaf!;
export const SCHEMA = STANDARD_PREFIXES.schema!;

/** A remote context odlint knows without fetching it: schema.org's says that every term is a schema.org term. */
const SCHEMA_ORG_CONTEXT = /^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.json[^/]*)?$/i;

interface TermDefinition {
  id: string;
  type?: string;
  container?: string;
}

/** The active context at one place in the document. */
export interface Context {
  terms: ReadonlyMap<string, TermDefinition | null>;
  vocab?: string;
  /** Remote contexts named here or above (not fetched). */
  remote: readonly string[];
}

const EMPTY: Context = { terms: new Map(), remote: [] };

/** A value as written, with its JSON pointer in the document. */
export interface Located<T = unknown> {
  value: T;
  pointer: string;
}

/** A node object: its properties, where it is, and the context its keys are read in. */
export interface NodeRef {
  node: Record<string, unknown>;
  pointer: string;
  ctx: Context;
}


/** http://schema.org/ and https://schema.org/ are one vocabulary: IRIs are compared in their http form. */
function normaliseIri(iri: string): string {
  return iri.replace(/^https:\/\/schema\.org\//i, 'http://schema.org/');
}

function extendContext(parent: Context, raw: unknown): Context {
  if (raw === undefined) return parent;
  const terms = new Map(parent.terms);
  let vocab = parent.vocab;
  const remote = [...parent.remote];
  for (const entry of Array.isArray(raw) ? raw : [raw]) {
    if (entry === null) {
      terms.clear();
      vocab = undefined;
    } else if (typeof entry === 'string') {
      if (SCHEMA_ORG_CONTEXT.test(entry)) vocab = SCHEMA;
      else remote.push(entry);
    } else if (isObject(entry)) {
      for (const [key, def] of Object.entries(entry)) {
        if (key === '@vocab') vocab = typeof def === 'string' ? def : undefined;
        else if (key.startsWith('@')) continue; // @base, @language, @version, @protected, @import …
        else if (def === null) terms.set(key, null);
        else if (typeof def === 'string') terms.set(key, { id: def });
        else if (isObject(def)) {
          const id = typeof def['@id'] === 'string' ? def['@id'] : key; // a definition without @id keeps the term's own IRI
          terms.set(key, { id, type: typeof def['@type'] === 'string' ? def['@type'] : undefined, container: typeof def['@container'] === 'string' ? def['@container'] : undefined });
        }
      }
    }
  }
  return { terms, vocab, remote };
}

/**
 * The IRI a key or type names in a context, or undefined when it cannot be expanded (a term no inline context
 * defines, a prefix nobody declares). Keywords are returned as they are.
 */
export function expandTerm(term: string, ctx: Context, depth = 0): string | undefined {
  if (term.startsWith('@')) return term;
  if (depth > 8) return undefined;
  const def = ctx.terms.get(term);
  if (def === null) return undefined;
  if (def && def.id !== term) return expandTerm(def.id, ctx, depth + 1) ?? (/^[a-z][a-z0-9+.-]*:\/\//i.test(def.id) ? normaliseIri(def.id) : undefined);
  const colon = term.indexOf(':');
  if (colon > 0) {
    const prefix = term.slice(0, colon);
    const suffix = term.slice(colon + 1);
    if (suffix.startsWith('//') || prefix === '_' || /^(urn|mailto|tag|data)$/i.test(prefix)) return normaliseIri(term);
    const prefixDef = ctx.terms.get(prefix);
    if (prefixDef) {
      const base = expandTerm(prefixDef.id, ctx, depth + 1) ?? prefixDef.id;
      return normaliseIri(base + suffix);
    }
    if (prefixDef === undefined && STANDARD_PREFIXES[prefix]) return normaliseIri(STANDARD_PREFIXES[prefix] + suffix);
    return undefined;
  }
  return ctx.vocab ? normaliseIri(ctx.vocab + term) : undefined;
}

/** An @id or IRI value: expanded when it is a compact IRI whose prefix is known, else as written. */
export function expandIri(value: string, ctx: Context): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return normaliseIri(value);
  const colon = value.indexOf(':');
  if (colon > 0 && !value.slice(colon + 1).startsWith('//')) {
    const prefix = value.slice(0, colon);
    const def = ctx.terms.get(prefix);
    if (def) return normaliseIri((expandTerm(def.id, ctx) ?? def.id) + value.slice(colon + 1));
    if (def === undefined && STANDARD_PREFIXES[prefix]) return normaliseIri(STANDARD_PREFIXES[prefix] + value.slice(colon + 1));
  }
  return value;
}

const MAX_DEPTH = 64;

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** A JSON-LD document, indexed once: its node objects in document order and by @id. */
export class JsonLd {
  readonly nodes: NodeRef[] = [];
  private readonly byId = new Map<string, NodeRef>();
  private readonly byPointer = new Map<string, NodeRef>();
  /** For each list of owners and property: the pointer of each node referred to → the owners referring to it. */
  private readonly references = new WeakMap<readonly NodeRef[], Map<string, Map<string, NodeRef[]>>>();
  /** Remote @context URLs the document names (never fetched). */
  readonly remoteContexts: string[] = [];

  constructor(readonly root: unknown) {
    this.walk(root, '', EMPTY);
    for (const n of this.nodes) for (const r of n.ctx.remote) if (!this.remoteContexts.includes(r)) this.remoteContexts.push(r);
  }

  private walk(value: unknown, pointer: string, parent: Context, depth = 0): void {
    // Metadata is shallow; a document nested deeper than this is not indexed further (no stack overflow on odd input).
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.walk(v, `${pointer}/${i}`, parent, depth + 1));
      return;
    }
    if (!isObject(value) || '@value' in value) return;
    const ctx = extendContext(parent, value['@context']);
    const keys = Object.keys(value).filter((k) => k !== '@context');
    // A node object has properties of its own; a bare {"@graph": […]} or {"@id": …} reference is not one.
    const isNode = keys.some((k) => k !== '@graph' && (k === '@type' || !k.startsWith('@'))) || (keys.length > 1 && keys.includes('@id'));
    if (isNode) {
      const ref: NodeRef = { node: value, pointer, ctx };
      this.nodes.push(ref);
      this.byPointer.set(pointer, ref);
      const id = value['@id'];
      if (typeof id === 'string') {
        if (!this.byId.has(id)) this.byId.set(id, ref);
        const expanded = expandIri(id, ctx);
        if (!this.byId.has(expanded)) this.byId.set(expanded, ref);
      }
    }
    for (const key of keys) {
      if (key === '@id' || key === '@type') continue;
      this.walk(value[key], `${pointer}/${escapePointerToken(key)}`, ctx, depth + 1);
    }
  }

  /** The node an @id names, if the document describes it. */
  node(id: string, ctx: Context = EMPTY): NodeRef | undefined {
    return this.byId.get(id) ?? this.byId.get(expandIri(id, ctx));
  }

  /** The expanded types of a node. */
  types(n: NodeRef): string[] {
    const raw = n.node['@type'];
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return list.filter((t): t is string => typeof t === 'string').map((t) => expandTerm(t, n.ctx) ?? expandIri(t, n.ctx));
  }

  hasType(n: NodeRef, ...iris: string[]): boolean {
    const types = this.types(n);
    return iris.some((iri) => types.includes(iri));
  }

  /** The keys of a node (not keywords) that cannot be expanded to an IRI. */
  unexpandable(n: NodeRef): string[] {
    return Object.keys(n.node).filter((k) => !k.startsWith('@') && expandTerm(k, n.ctx) === undefined);
  }

  /** The values of the properties of a node that expand to one of `iris`, one per item of an array or @list. */
  values(n: NodeRef, ...iris: string[]): Located[] {
    const out: Located[] = [];
    for (const [key, raw] of Object.entries(n.node)) {
      if (key.startsWith('@')) continue;
      const iri = expandTerm(key, n.ctx);
      if (!iri || !iris.includes(iri)) continue;
      const base = `${n.pointer}/${escapePointerToken(key)}`;
      const unwrap = (v: unknown, p: string) => {
        if (isObject(v) && Array.isArray(v['@list'] ?? v['@set'])) {
          const k = '@list' in v ? '@list' : '@set';
          (v[k] as unknown[]).forEach((item, i) => out.push({ value: item, pointer: `${p}/${k}/${i}` }));
        } else out.push({ value: v, pointer: p });
      };
      if (Array.isArray(raw)) raw.forEach((v, i) => unwrap(v, `${base}/${i}`));
      else if (raw !== null && raw !== undefined) unwrap(raw, base);
    }
    return out;
  }

  /** The text of the first property of a node that expands to one of `iris` and holds a literal. */
  textOf(n: NodeRef, ...iris: string[]): Located<string> | undefined {
    const found = this.values(n, ...iris).map((v) => ({ v, t: this.text(v) })).filter((x) => x.t);
    const english = found.find((x) => isObject(x.v.value) && typeof x.v.value['@language'] === 'string' && /^en\b/i.test(x.v.value['@language']));
    return (english ?? found[0])?.t;
  }

  /** The first IRI among the properties of a node that expand to one of `iris`. */
  iriOf(n: NodeRef, ...iris: string[]): Located<string> | undefined {
    for (const v of this.values(n, ...iris)) {
      const t = this.iri(v, n.ctx);
      if (t) return t;
    }
    return undefined;
  }

  /** The first value of a property as an IRI, or as text when it is a literal ({"@value"}, a language map). */
  iriOrTextOf(n: NodeRef, iri: string): Located<string> | undefined {
    for (const v of this.values(n, iri)) {
      const t = isObject(v.value) && !('@id' in v.value) ? this.text(v) : this.iri(v, n.ctx) ?? this.text(v);
      if (t) return t;
    }
    return undefined;
  }

  /** Why each key of a node that no context defines was not read, with its pointer. */
  unreadKeys(n: NodeRef): { pointer: string; key: string; why: string }[] {
    const remote = this.remoteContexts;
    return this.unexpandable(n).map((key) => ({
      pointer: `${n.pointer}/${escapePointerToken(key)}`,
      key,
      why: remote.length
        ? `'${key}' is defined by no inline @context, and the remote context ${remote.map((r) => `'${r}'`).join(', ')} is not fetched (odlint works offline): it was not read`
        : `'${key}' is defined by no @context of the document and is not a known prefix: it was not read`,
    }));
  }

  /** The nodes among `owners` whose property `iri` refers to node `n` (the catalogues that list a dataset). */
  referrers(n: NodeRef, owners: readonly NodeRef[], iri: string): NodeRef[] {
    // Indexed once per owners and property: a catalogue of thousands of datasets is not scanned once per dataset.
    let byIri = this.references.get(owners);
    if (!byIri) this.references.set(owners, (byIri = new Map()));
    let index = byIri.get(iri);
    if (!index) {
      index = new Map();
      for (const o of owners) {
        for (const v of this.values(o, iri)) {
          const target = this.resolve(v, o.ctx)?.pointer;
          if (target === undefined) continue;
          const list = index.get(target) ?? [];
          if (!list.includes(o)) list.push(o);
          index.set(target, list);
        }
      }
      byIri.set(iri, index);
    }
    return index.get(n.pointer) ?? [];
  }

  /** The node a value is or refers to: an inline node object, or {"@id"} / an IRI string of a node in the document. */
  resolve(v: Located, ctx: Context): NodeRef | undefined {
    if (isObject(v.value)) {
      const keys = Object.keys(v.value);
      if (typeof v.value['@id'] === 'string' && keys.every((k) => k === '@id' || k === '@type')) {
        return this.node(v.value['@id'], ctx) ?? { node: v.value, pointer: v.pointer, ctx };
      }
      if ('@value' in v.value) return undefined;
      return this.byPointer.get(v.pointer) ?? { node: v.value, pointer: v.pointer, ctx };
    }
    if (typeof v.value === 'string') return this.node(v.value, ctx);
    return undefined;
  }

  /**
   * The text of a literal: a string or number, {"@value"}, a language map ({"en": …}) or a list of language-tagged
   * values, preferring English and then the first. Undefined for a node or IRI reference.
   */
  text(v: Located): Located<string> | undefined {
    const { value, pointer } = v;
    if (typeof value === 'string') return { value, pointer };
    if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value), pointer };
    if (Array.isArray(value)) {
      const items = value.map((item, i) => ({ item, located: this.text({ value: item, pointer: `${pointer}/${i}` }) })).filter((x) => x.located);
      const english = items.find((x) => isObject(x.item) && typeof x.item['@language'] === 'string' && /^en\b/i.test(x.item['@language']));
      return (english ?? items[0])?.located;
    }
    if (!isObject(value)) return undefined;
    if ('@value' in value) {
      const inner = value['@value'];
      return typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean' ? { value: String(inner), pointer: `${pointer}/@value` } : undefined;
    }
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => LANGUAGE_TAG.test(k) || k === '@none')) {
      const key = keys.find((k) => /^en\b/i.test(k)) ?? keys[0]!;
      return this.text({ value: value[key], pointer: `${pointer}/${escapePointerToken(key)}` });
    }
    return undefined;
  }

  /** The IRI of a value: a string, or an object's @id, expanded when it is a compact IRI with a known prefix. */
  iri(v: Located, ctx: Context): Located<string> | undefined {
    if (typeof v.value === 'string' && v.value.trim()) return { value: expandIri(v.value.trim(), ctx), pointer: v.pointer };
    if (isObject(v.value) && typeof v.value['@id'] === 'string') return { value: expandIri(v.value['@id'], ctx), pointer: `${v.pointer}/@id` };
    return undefined;
  }
}

const indexed = new WeakMap<object, JsonLd>();

/** The indexed document of a parsed value, built once however many readers ask (recognise, then read). */
export function jsonLd(value: object): JsonLd {
  let ld = indexed.get(value);
  if (!ld) {
    ld = new JsonLd(value);
    indexed.set(value, ld);
  }
  return ld;
}
