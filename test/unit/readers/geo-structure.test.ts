// GeoJSON (RFC 7946) and TopoJSON structure, checked on the parsed document, and the pointer locator that places the
// problems in the file.
import { describe, expect, it } from 'vitest';
import { geoStructureProblems } from '../../../src/readers/geo-structure.js';
import { locatePointers } from '../../../src/readers/json-locate.js';

const geo = (doc: unknown, limit = 20) => geoStructureProblems(doc, 'geojson', limit);
const topo = (doc: unknown, limit = 20) => geoStructureProblems(doc, 'topojson', limit);
/** Problems as [id, pointer] pairs. */
const ids = (r: ReturnType<typeof geo>) => r.problems.map((p) => [p.id, p.pointer]);

const point = (x = 28.19, y = -25.74) => ({ type: 'Point', coordinates: [x, y] });
const feature = (geometry: unknown = point(), properties: unknown = { name: 'Pretoria' }) => ({ type: 'Feature', properties, geometry });
const square = [[[28, -26], [29, -26], [29, -25], [28, -25], [28, -26]]];

describe('GeoJSON structure', () => {
  it('accepts every kind of GeoJSON object RFC 7946 defines', () => {
    const docs = [
      { type: 'FeatureCollection', features: [feature(), feature(null, null), { ...feature(), id: 7, bbox: [28, -26, 29, -25] }] },
      { type: 'FeatureCollection', features: [] },
      feature({ type: 'MultiPolygon', coordinates: [square, square] }),
      point(),
      { type: 'MultiPoint', coordinates: [[1, 2], [3, 4, 5]] },
      { type: 'LineString', coordinates: [[1, 2], [3, 4]] },
      { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]]] },
      { type: 'Polygon', coordinates: square },
      { type: 'Polygon', coordinates: [] }, // an empty geometry
      { type: 'GeometryCollection', geometries: [point(), { type: 'GeometryCollection', geometries: [] }] },
    ];
    for (const doc of docs) expect(geo(doc), JSON.stringify(doc)).toEqual({ problems: [], total: 0 });
  });

  it('reports a document that is not a GeoJSON object', () => {
    expect(ids(geo([feature()]))).toEqual([['badValue', '']]);
    expect(geo([feature()]).problems[0]!.data).toMatchObject({ where: 'The document', found: 'an array of 1 items' });
    expect(ids(geo({ features: [] }))).toEqual([['missingMember', '']]);
    expect(ids(geo({ type: 'Circle' }))).toEqual([['badType', '/type']]);
    expect(ids(geo({ type: 'FeatureCollection' }))).toEqual([['missingMember', '']]);
    expect(ids(geo({ type: 'FeatureCollection', features: {} }))).toEqual([['badMember', '/features']]);
  });

  it('reports features that are not Feature objects with geometry and properties', () => {
    const doc = {
      type: 'FeatureCollection',
      features: ['x', { type: 'feature', properties: {}, geometry: null }, { type: 'Feature', geometry: null }, { type: 'Feature', properties: [], geometry: 'POINT (1 2)', id: true }],
    };
    expect(ids(geo(doc))).toEqual([
      ['badValue', '/features/0'],
      ['badType', '/features/1/type'],
      ['missingMember', '/features/2'],
      ['badMember', '/features/3/geometry'],
      ['badMember', '/features/3/properties'],
      ['badMember', '/features/3/id'],
    ]);
    expect(geo(doc).problems[2]!.data).toEqual({ where: '/features/2', object: 'a Feature', member: 'properties', expected: 'an object, or null' });
    expect(geo(doc).problems[1]!.data).toMatchObject({ found: 'the string "feature"', expected: '"Feature"' });
  });

  it('reports coordinates of the wrong shape for their geometry type', () => {
    const doc = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point' },
        { type: 'Point', coordinates: ['28.19', '-25.74'] },
        { type: 'LineString', coordinates: [[1, 2]] },
        { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] },
        { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] },
        { type: 'MultiPolygon', coordinates: [[[1, 2]]] },
        { type: 'MultiPoint', coordinates: [[1]] },
        'Point',
      ],
    };
    expect(ids(geo(doc))).toEqual([
      ['missingMember', '/geometries/0'],
      ['badPosition', '/geometries/1/coordinates'],
      ['tooFewPositions', '/geometries/2/coordinates'],
      ['ringNotClosed', '/geometries/3/coordinates/0'],
      ['tooFewPositions', '/geometries/4/coordinates/0'],
      ['tooFewPositions', '/geometries/5/coordinates/0/0'], // one nesting level short: the ring is [1, 2]
      ['badPosition', '/geometries/5/coordinates/0/0/0'],
      ['badPosition', '/geometries/5/coordinates/0/0/1'],
      ['badPosition', '/geometries/6/coordinates/0'],
      ['badValue', '/geometries/7'],
    ]);
    expect(geo(doc).problems[1]!.data).toEqual({ where: '/geometries/1/coordinates', found: 'the array ["28.19","-25.74"]' });
    expect(geo(doc).problems[6]!.data).toEqual({ where: '/geometries/5/coordinates/0/0/0', found: 'the number 1' });
    expect(ids(geo({ type: 'MultiPolygon', coordinates: [[1]] }))).toEqual([['badValue', '/coordinates/0/0']]);
    expect(geo({ type: 'MultiPolygon', coordinates: [[1]] }).problems[0]!.data).toMatchObject({ found: 'the number 1', expected: 'an array of positions' });
  });

  it('reports coordinates that are not longitude and latitude, once, at the first position', () => {
    const doc = { type: 'FeatureCollection', features: [feature(point(3137000.5, -2991000.25)), feature(point(3137001, -2991001))] };
    expect(geo(doc).problems).toEqual([{ id: 'notDegrees', pointer: '/features/0/geometry/coordinates', data: { where: '/features/0/geometry/coordinates', position: '[3137000.5, -2991000.25]' } }]);
    expect(geo(point(-25.74, 120)).problems.map((p) => p.id)).toEqual(['notDegrees']);
  });

  it('keeps the first problems and counts them all', () => {
    const doc = { type: 'FeatureCollection', features: Array.from({ length: 1000 }, () => ({ type: 'Feature', geometry: null })) };
    const r = geo(doc, 5);
    expect(r.total).toBe(1000);
    expect(r.problems.map((p) => p.pointer)).toEqual(['/features/0', '/features/1', '/features/2', '/features/3', '/features/4']);
  });

  it('escapes pointer tokens (RFC 6901)', () => {
    const doc = { type: 'Topology', arcs: [], objects: { 'a/b~c': { type: 'Circle' } } };
    expect(ids(topo(doc))).toEqual([['badType', '/objects/a~1b~0c/type']]);
  });
});

describe('TopoJSON structure', () => {
  const topology = {
    type: 'Topology',
    transform: { scale: [0.001, 0.001], translate: [28, -26] },
    objects: {
      wards: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, ~1]], properties: { ward: 1 } }, { type: null }] },
      office: { type: 'Point', coordinates: [100, 200] },
      boundary: { type: 'MultiLineString', arcs: [[0], [1]] },
    },
    arcs: [[[0, 0], [1000, 0], [0, 1000]], [[1000, 1000], [-1000, 0]]],
  };

  it('accepts a Topology with objects and arcs', () => {
    expect(topo(topology)).toEqual({ problems: [], total: 0 });
  });

  it('reports a document that is not a Topology, and one without objects or arcs', () => {
    expect(ids(topo({ type: 'FeatureCollection', features: [] }))).toEqual([['badType', '/type']]);
    expect(ids(topo({ type: 'Topology', objects: {} }))).toEqual([['missingMember', '']]);
    expect(ids(topo({ type: 'Topology', arcs: [] }))).toEqual([['missingMember', '']]);
    expect(ids(topo('Topology'))).toEqual([['badValue', '']]);
  });

  it('reports arc indexes out of range, bad arcs, geometries and transforms', () => {
    const doc = {
      type: 'Topology',
      transform: { scale: [1] },
      objects: { a: { type: 'Polygon', arcs: [[0, 2, ~2, 1.5]] }, b: { type: 'LineString' }, c: 'x' },
      arcs: [[[0, 0], [1, 1]], [[0, 0]]],
    };
    expect(ids(topo(doc))).toEqual([
      ['tooFewPositions', '/arcs/1'],
      ['badArcIndex', '/objects/a/arcs/0/1'],
      ['badArcIndex', '/objects/a/arcs/0/2'],
      ['badMember', '/objects/a/arcs/0/3'],
      ['missingMember', '/objects/b'],
      ['badValue', '/objects/c'],
      ['badMember', '/transform'],
    ]);
    expect(topo(doc).problems[2]!.data).toEqual({ where: '/objects/a/arcs/0/2', index: -3, arcs: 2 });
  });
});

describe('locatePointers', () => {
  it('finds the line and column of each value, past strings with brackets, escapes and every kind of line break', () => {
    const text = '{\r\n  "name": "a [\\"}\\\\",\n  "a/b": {"x": [1, {"y": "z"}]},\r  "features": [\n    {"type": "Feature"},\n    {"type": "feature"}\n  ]\n}';
    const at = locatePointers(text, ['/features/1/type', '/a~1b/x/1/y', '', '/features/0']);
    expect(at.get('')).toEqual({ line: 1, column: 1 });
    expect(at.get('/a~1b/x/1/y')).toEqual({ line: 3, column: 26 });
    expect(at.get('/features/0')).toEqual({ line: 5, column: 5 });
    expect(at.get('/features/1/type')).toEqual({ line: 6, column: 14 });
  });

  it('gives a pointer that names nothing the position of its nearest parent', () => {
    const text = '{"features": [\n  {"type": "Feature"}\n]}';
    expect(locatePointers(text, ['/features/0/properties'])).toEqual(new Map([['/features/0/properties', { line: 2, column: 3 }]]));
  });

  it('finds keys written with escapes', () => {
    const text = '{"\\u0061": {"b\\"c": 1}}';
    expect(locatePointers(text, ['/a/b"c']).get('/a/b"c')).toEqual({ line: 1, column: 21 });
  });
});
