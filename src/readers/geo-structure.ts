// The structure of a GeoJSON (RFC 7946) or TopoJSON (TopoJSON Format Specification 1.0) document, checked on the
// parsed document: the first problems, each with the JSON pointer of the value concerned, and how many in all. The
// geo-structure check words them (its messages are keyed by these problems' ids).
import { isObject } from '../util/objects.js';
import { shorten } from '../util/json-characters.js';
import { jsonText } from '../util/json-cell.js';
import { childPointer as child } from './json-locate.js';

export interface GeoStructureProblem {
  id: GeoProblemId;
  /** JSON pointer of the value concerned ('' for the document itself). */
  pointer: string;
  data: Record<string, string | number>;
}

export type GeoProblemId =
  | 'badValue' | 'missingMember' | 'badType' | 'badMember' | 'badPosition' | 'tooFewPositions' | 'ringNotClosed'
  | 'notDegrees' | 'badArcIndex';

const GEOMETRY_TYPES: ReadonlySet<string> = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);
/** The "type" of every GeoJSON object. */
export const GEOJSON_TYPES: ReadonlySet<string> = new Set([...GEOMETRY_TYPES, 'GeometryCollection', 'Feature', 'FeatureCollection']);
const GEOJSON_TYPE_NAMES = '"FeatureCollection", "Feature", or a geometry type ("Point", "Polygon" …)';
const TOP = 'The document';

/** Depth of the coordinates array (or of TopoJSON arc indexes) of each geometry type: 0 is one position. */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function where(pointer: string): string {
  return pointer === '' ? TOP : pointer;
}

/** How a message shows a value that is not what was expected. */
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) {
    if (v.length === 0) return 'an empty array';
    const json = jsonText(v);
    return json.length <= 40 ? `the array ${json}` : `an array of ${v.length} items`;
  }
  switch (typeof v) {
    case 'string': return `the string ${JSON.stringify(shorten(v, 30))}`;
    case 'number': return `the number ${v}`;
    case 'boolean': return String(v);
    default: return 'an object';
  }
}

function isPosition(v: unknown): v is number[] {
  if (!Array.isArray(v) || v.length < 2) return false;
  for (const n of v) if (typeof n !== 'number') return false;
  return true;
}

class Problems {
  readonly list: GeoStructureProblem[] = [];
  total = 0;
  private degreesChecked = false;

  constructor(private readonly limit: number) {}

  add(id: GeoProblemId, pointer: string, data: Record<string, string | number>): void {
    this.total++;
    if (this.list.length < this.limit) this.list.push({ id, pointer, data: { where: where(pointer), ...data } });
  }

  /** The first position of a GeoJSON document only: coordinates far outside degrees mean a projected system. */
  degrees(p: number[], pointer: () => string): void {
    if (this.degreesChecked) return;
    this.degreesChecked = true;
    if (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90) this.add('notDegrees', pointer(), { position: `[${p.join(', ')}]` });
  }
}

/**
 * Checks a member an object must have. Returns its value when present and of the expected shape (`ok`), else
 * reports it and returns undefined.
 */
function member(out: Problems, obj: Record<string, unknown>, pointer: string, object: string, name: string, expected: string, ok: (v: unknown) => boolean): unknown {
  if (!Object.hasOwn(obj, name)) {
    out.add('missingMember', pointer, { object, member: name, expected });
    return undefined;
  }
  const v = obj[name];
  if (!ok(v)) {
    out.add('badMember', child(pointer, name), { object, member: name, found: describeValue(v), expected });
    return undefined;
  }
  return v;
}

function checkType(out: Problems, obj: Record<string, unknown>, pointer: string, object: string, expected: string, ok: (t: unknown) => boolean): boolean {
  if (!Object.hasOwn(obj, 'type')) {
    out.add('missingMember', pointer, { object, member: 'type', expected });
    return false;
  }
  if (ok(obj.type)) return true;
  out.add('badType', child(pointer, 'type'), { object, found: describeValue(obj.type), expected });
  return false;
}

function bbox(out: Problems, obj: Record<string, unknown>, pointer: string, object: string): void {
  if (!Object.hasOwn(obj, 'bbox')) return;
  const b = obj.bbox;
  if (!Array.isArray(b) || b.length < 4 || b.length % 2 !== 0 || b.some((n) => typeof n !== 'number')) {
    out.add('badMember', child(pointer, 'bbox'), { object, member: 'bbox', found: describeValue(b), expected: 'an array of 2 × n numbers (the lowest values of every axis, then the highest)' });
  }
}

/**
 * Positions nested `depth` arrays deep (0: one position). Pointers are built only for problems: `path` holds the
 * indexes below `base`. `rule` checks the innermost arrays of positions (a line's length, a ring's closure).
 */
function positions(out: Problems, v: unknown, depth: number, base: string, path: number[], rule: ((out: Problems, list: unknown[], at: () => string) => void) | undefined, degrees: boolean): void {
  const at = () => path.reduce<string>((p, i) => child(p, i), base);
  if (depth === 0) {
    if (!isPosition(v)) out.add('badPosition', at(), { found: describeValue(v) });
    else if (degrees) out.degrees(v, at);
    return;
  }
  if (!Array.isArray(v)) {
    out.add('badValue', at(), { found: describeValue(v), expected: `an array of ${'arrays of '.repeat(depth - 1)}positions` });
    return;
  }
  if (depth === 1 && rule) rule(out, v, at);
  for (let i = 0; i < v.length; i++) {
    path.push(i);
    positions(out, v[i], depth - 1, base, path, rule, degrees);
    path.pop();
  }
}

function line(min: number, object: string) {
  return (out: Problems, list: unknown[], at: () => string) => {
    if (list.length < min) out.add('tooFewPositions', at(), { count: list.length, object, min });
  };
}

const LINE = line(2, 'a line');
function ring(out: Problems, list: unknown[], at: () => string): void {
  if (list.length < 4) {
    out.add('tooFewPositions', at(), { count: list.length, object: 'a linear ring', min: 4 });
    return;
  }
  const first = list[0];
  const last = list[list.length - 1];
  if (isPosition(first) && isPosition(last) && (first.length !== last.length || first.some((n, i) => n !== last[i]))) {
    out.add('ringNotClosed', at(), {});
  }
}

/** A GeoJSON geometry object (known to be an object). */
function geometry(out: Problems, g: Record<string, unknown>, pointer: string, object: string): void {
  if (!checkType(out, g, pointer, object, 'a geometry type ("Point", "LineString", "Polygon", their Multi… forms or "GeometryCollection")',
    (t) => typeof t === 'string' && (GEOMETRY_TYPES.has(t) || t === 'GeometryCollection'))) return;
  const type = g.type as string;
  const name = `a ${type}`;
  if (type === 'GeometryCollection') {
    const list = member(out, g, pointer, name, 'geometries', 'an array of geometry objects', Array.isArray) as unknown[] | undefined;
    list?.forEach((m, i) => {
      const p = child(child(pointer, 'geometries'), i);
      if (isObject(m)) geometry(out, m, p, 'a member of "geometries"');
      else out.add('badValue', p, { found: describeValue(m), expected: 'a geometry object' });
    });
  } else {
    const coords = member(out, g, pointer, name, 'coordinates', 'an array', Array.isArray) as unknown[] | undefined;
    // An empty array is an empty geometry (RFC 7946 §3.1).
    if (coords && coords.length > 0) {
      const rule = type === 'LineString' || type === 'MultiLineString' ? LINE : type === 'Polygon' || type === 'MultiPolygon' ? ring : undefined;
      positions(out, coords, DEPTH[type]!, child(pointer, 'coordinates'), [], rule, true);
    }
  }
  bbox(out, g, pointer, name);
}

function feature(out: Problems, f: Record<string, unknown>, pointer: string): void {
  const g = member(out, f, pointer, 'a Feature', 'geometry', 'a geometry object, or null', (v) => v === null || isObject(v));
  if (isObject(g)) geometry(out, g, child(pointer, 'geometry'), 'the geometry of a Feature');
  member(out, f, pointer, 'a Feature', 'properties', 'an object, or null', (v) => v === null || isObject(v));
  if (Object.hasOwn(f, 'id') && typeof f.id !== 'string' && typeof f.id !== 'number') {
    out.add('badMember', child(pointer, 'id'), { object: 'a Feature', member: 'id', found: describeValue(f.id), expected: 'a string or a number' });
  }
  bbox(out, f, pointer, 'a Feature');
}

function geojson(out: Problems, doc: unknown): void {
  if (!isObject(doc)) {
    out.add('badValue', '', { found: describeValue(doc), expected: `a GeoJSON object whose "type" is ${GEOJSON_TYPE_NAMES}` });
    return;
  }
  if (!checkType(out, doc, '', 'a GeoJSON object', GEOJSON_TYPE_NAMES, (t) => typeof t === 'string' && GEOJSON_TYPES.has(t))) return;
  if (doc.type === 'Feature') return feature(out, doc, '');
  if (doc.type !== 'FeatureCollection') return geometry(out, doc, '', 'a geometry');
  const features = member(out, doc, '', 'a FeatureCollection', 'features', 'an array of Feature objects', Array.isArray) as unknown[] | undefined;
  features?.forEach((f, i) => {
    const p = child('/features', i);
    if (!isObject(f)) out.add('badValue', p, { found: describeValue(f), expected: 'a Feature object' });
    else if (checkType(out, f, p, 'a member of "features"', '"Feature"', (t) => t === 'Feature')) feature(out, f, p);
  });
  bbox(out, doc, '', 'a FeatureCollection');
}

/** Arc indexes nested `depth` arrays deep (0: one index); ~i (−i−1) is arc i reversed. */
function arcIndexes(out: Problems, v: unknown, depth: number, pointer: string, arcs: number): void {
  if (depth === 0) {
    if (typeof v !== 'number' || !Number.isInteger(v)) out.add('badMember', pointer, { object: 'an arc list', member: 'arcs', found: describeValue(v), expected: 'an arc index (a whole number)' });
    else if ((v < 0 ? ~v : v) >= arcs) out.add('badArcIndex', pointer, { index: v, arcs });
    return;
  }
  if (!Array.isArray(v)) {
    out.add('badMember', pointer, { object: 'an arc list', member: 'arcs', found: describeValue(v), expected: 'an array of arc indexes' });
    return;
  }
  v.forEach((x, i) => arcIndexes(out, x, depth - 1, child(pointer, i), arcs));
}

function topoGeometry(out: Problems, g: unknown, pointer: string, arcs: number): void {
  if (!isObject(g)) {
    out.add('badValue', pointer, { found: describeValue(g), expected: 'a TopoJSON geometry object' });
    return;
  }
  // A null type is a geometry with nothing to draw (TopoJSON 2.2).
  if (!checkType(out, g, pointer, 'a TopoJSON geometry', 'a geometry type ("Point", "LineString", "Polygon", their Multi… forms, "GeometryCollection") or null',
    (t) => t === null || (typeof t === 'string' && (GEOMETRY_TYPES.has(t) || t === 'GeometryCollection')))) return;
  const type = g.type as string | null;
  if (type === null) return;
  const name = `a ${type}`;
  if (type === 'GeometryCollection') {
    const list = member(out, g, pointer, name, 'geometries', 'an array of geometry objects', Array.isArray) as unknown[] | undefined;
    list?.forEach((m, i) => topoGeometry(out, m, child(child(pointer, 'geometries'), i), arcs));
  } else if (type === 'Point' || type === 'MultiPoint') {
    const coords = member(out, g, pointer, name, 'coordinates', 'an array', Array.isArray);
    if (coords !== undefined) positions(out, coords, DEPTH[type]!, child(pointer, 'coordinates'), [], undefined, false);
  } else {
    const list = member(out, g, pointer, name, 'arcs', 'an array of arc indexes', Array.isArray);
    if (list !== undefined) arcIndexes(out, list, DEPTH[type]!, child(pointer, 'arcs'), arcs);
  }
  bbox(out, g, pointer, name);
}

function topojson(out: Problems, doc: unknown): void {
  if (!isObject(doc)) {
    out.add('badValue', '', { found: describeValue(doc), expected: 'a TopoJSON object whose "type" is "Topology"' });
    return;
  }
  if (!checkType(out, doc, '', 'a TopoJSON object', '"Topology"', (t) => t === 'Topology')) return;
  const arcs = member(out, doc, '', 'a Topology', 'arcs', 'an array of arcs', Array.isArray) as unknown[] | undefined;
  arcs?.forEach((arc, i) => {
    const p = child('/arcs', i);
    if (!Array.isArray(arc)) out.add('badMember', p, { object: 'a Topology', member: 'arcs', found: describeValue(arc), expected: 'an arc: an array of positions' });
    else positions(out, arc, 1, p, [], line(2, 'an arc'), false);
  });
  const objects = member(out, doc, '', 'a Topology', 'objects', 'an object of named geometry objects', isObject) as Record<string, unknown> | undefined;
  if (objects) for (const [key, g] of Object.entries(objects)) topoGeometry(out, g, child('/objects', key), arcs?.length ?? Infinity);
  if (Object.hasOwn(doc, 'transform')) {
    const t = doc.transform;
    const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');
    if (!isObject(t) || !pair(t.scale) || !pair(t.translate)) {
      out.add('badMember', '/transform', { object: 'a Topology', member: 'transform', found: describeValue(t), expected: 'an object with "scale" and "translate", each an array of two numbers' });
    }
  }
  bbox(out, doc, '', 'a Topology');
}

/** The structure problems of a parsed GeoJSON or TopoJSON document, in document order: the first `limit`, and how many in all. */
export function geoStructureProblems(doc: unknown, kind: 'geojson' | 'topojson', limit: number): { problems: GeoStructureProblem[]; total: number } {
  const out = new Problems(limit);
  if (kind === 'geojson') geojson(out, doc);
  else topojson(out, doc);
  return { problems: out.list, total: out.total };
}
