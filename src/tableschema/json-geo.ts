// JSON in a cell: object, array, geojson (GeoJSON or TopoJSON, structure only) and geopoint in its three formats.
import type { HintRef } from '../model/check.js';
import { quote } from './explain.js';
import { INVALID, type TypeImpl } from './type-impl.js';
import type { Field } from '../model/table-schema.js';

/** Parses JSON whose first non-white-space character is `open`; undefined on failure. */
function parseJson(cell: string, open: number): unknown {
  let i = 0;
  while (i < cell.length && (cell.charCodeAt(i) === 32 || cell.charCodeAt(i) === 9 || cell.charCodeAt(i) === 10 || cell.charCodeAt(i) === 13)) i++;
  if (cell.charCodeAt(i) !== open) return undefined;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return undefined;
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function explainJson(cell: string, want: 'object' | 'array'): HintRef | undefined {
  const s = cell.trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch (e) {
    if (/^[[{]/.test(s) && /'/.test(s) && !/"/.test(s)) return { id: 'explain.singleQuotes', data: { value: quote(cell) } };
    const reason = e instanceof Error ? e.message : String(e);
    return { id: 'explain.notJson', data: { value: quote(cell), reason } };
  }
  const kind = Array.isArray(parsed) ? 'array' : parsed === null ? 'null' : typeof parsed === 'object' ? 'object' : typeof parsed;
  return { id: want === 'object' ? 'explain.jsonNotObject' : 'explain.jsonNotArray', data: { value: quote(cell), kind: { id: `explain.json.${kind}` } } };
}

export const OBJECT: TypeImpl = {
  cast: (cell) => {
    const v = parseJson(cell, 123 /* { */);
    return isPlainObject(v) ? v : INVALID;
  },
  // A parsed JSON value needs no second parse; any other value's text would not start with '{' either.
  castJsonValue: (value) => (isPlainObject(value) ? value : INVALID),
  expected: 'a JSON object',
  explain: (cell) => explainJson(cell, 'object'),
};

export const ARRAY: TypeImpl = {
  cast: (cell) => {
    const v = parseJson(cell, 91 /* [ */);
    return Array.isArray(v) ? v : INVALID;
  },
  castJsonValue: (value) => (Array.isArray(value) ? value : INVALID),
  expected: 'a JSON array',
  explain: (cell) => explainJson(cell, 'array'),
};

const GEOMETRY_TYPES: ReadonlySet<string> = new Set([
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon',
]);

/** Why v is not a GeoJSON object (RFC 7946, structure only), or undefined. */
function geojsonProblem(v: Record<string, unknown>): string | undefined {
  const t = v.type;
  if (typeof t !== 'string') return "it has no 'type' member";
  if (GEOMETRY_TYPES.has(t)) return Array.isArray(v.coordinates) ? undefined : `a ${t} needs a 'coordinates' array`;
  if (t === 'GeometryCollection') {
    if (!Array.isArray(v.geometries)) return "a GeometryCollection needs a 'geometries' array";
    for (const g of v.geometries) {
      if (!isPlainObject(g) || (!GEOMETRY_TYPES.has(String(g.type)) && g.type !== 'GeometryCollection')) return 'a member of its geometries is not a geometry';
      const p = geojsonProblem(g);
      if (p) return p;
    }
    return undefined;
  }
  if (t === 'Feature') {
    if (!('geometry' in v)) return "a Feature needs a 'geometry' member";
    if (v.geometry === null) return undefined;
    return isPlainObject(v.geometry) ? geojsonProblem(v.geometry) : 'its geometry is not an object';
  }
  if (t === 'FeatureCollection') {
    if (!Array.isArray(v.features)) return "a FeatureCollection needs a 'features' array";
    for (const f of v.features) {
      if (!isPlainObject(f) || f.type !== 'Feature') return 'a member of its features is not a Feature';
      const p = geojsonProblem(f);
      if (p) return p;
    }
    return undefined;
  }
  return `'${t}' is not a GeoJSON type`;
}

function topojsonProblem(v: Record<string, unknown>): string | undefined {
  if (v.type !== 'Topology') return "its type is not 'Topology'";
  return isPlainObject(v.objects) ? undefined : "a Topology needs an 'objects' member";
}

export function compileGeojson(field: Field): TypeImpl {
  const topo = field.format === 'topojson';
  const problem = topo ? topojsonProblem : geojsonProblem;
  return {
    cast: (cell) => {
      const v = parseJson(cell, 123);
      return isPlainObject(v) && problem(v) === undefined ? v : INVALID;
    },
    castJsonValue: (value) => (isPlainObject(value) && problem(value) === undefined ? value : INVALID),
    expected: topo ? 'a TopoJSON object' : 'a GeoJSON object',
    explain: (cell): HintRef | undefined => {
      const v = parseJson(cell, 123);
      if (!isPlainObject(v)) return explainJson(cell, 'object');
      const p = problem(v);
      return p ? { id: 'explain.notGeo', data: { value: quote(cell), format: topo ? 'TopoJSON' : 'GeoJSON', problem: p } } : undefined;
    },
  };
}

const GEOPOINT_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*,\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))$/;

function inRange(lon: unknown, lat: unknown): boolean {
  return (
    typeof lon === 'number' && typeof lat === 'number' && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
  );
}

/** lon and lat of a geopoint cell in the given format, without range checks; undefined when not of that shape. */
function geopointParts(cell: string, format: string): [number, number] | undefined {
  if (format === 'array') {
    const v = parseJson(cell, 91);
    if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'number') return undefined;
    return [v[0], v[1]];
  }
  if (format === 'object') {
    const v = parseJson(cell, 123);
    if (!isPlainObject(v) || Object.keys(v).length !== 2 || typeof v.lon !== 'number' || typeof v.lat !== 'number') return undefined;
    return [v.lon, v.lat];
  }
  const m = GEOPOINT_RE.exec(cell);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function compileGeopoint(field: Field): TypeImpl {
  const format = field.format === 'array' || field.format === 'object' ? field.format : 'default';
  const expected =
    format === 'array' ? 'a JSON array [lon, lat]' : format === 'object' ? 'a JSON object {"lon": …, "lat": …}' : "a point in the form 'lon, lat'";
  return {
    cast: (cell) => {
      const parts = geopointParts(cell, format);
      return parts && inRange(parts[0], parts[1]) ? cell : INVALID;
    },
    expected,
    explain: (cell): HintRef | undefined => {
      const parts = geopointParts(cell, format);
      if (!parts) {
        if (format === 'default' && /^\s*[[{]/.test(cell)) return { id: 'explain.geopointJson', data: { value: quote(cell) } };
        return undefined;
      }
      const [lon, lat] = parts;
      if (lat < -90 || lat > 90) {
        const swapped = lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180;
        return { id: swapped ? 'explain.latitudeSwapped' : 'explain.latitudeRange', data: { lat } };
      }
      if (lon < -180 || lon > 180) return { id: 'explain.longitudeRange', data: { lon } };
      return undefined;
    },
  };
}
