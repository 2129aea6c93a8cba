import { gzipSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { testCheck } from '../../../helpers/check-tester.js';
import { cleanupTempDirs, datapackage, lintFiles, lintWith } from '../../../helpers/lint-files.js';

const WARDS = `{
  "type": "FeatureCollection",
  "features": [
    { "type": "Feature", "properties": { "ward": "79800001" }, "geometry": { "type": "Point", "coordinates": [28.19, -25.74] } },
    { "type": "Feature", "properties": { "ward": "79800002" },
      "geometry": { "type": "Polygon", "coordinates": [[[28.1, -25.8], [28.2, -25.8], [28.2, -25.7], [28.1, -25.8]]] } }
  ]
}
`;
const TOPOLOGY = '{"type": "Topology", "objects": {"wards": {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[0]]}]}}, "arcs": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}\n';

testCheck('geo-structure', {
  valid: [
    { name: 'a GeoJSON FeatureCollection', files: { 'wards.geojson': WARDS } },
    { name: 'a gzip-compressed GeoJSON file', files: { 'wards.geojson.gz': gzipSync(WARDS) } },
    { name: 'a TopoJSON Topology', files: { 'wards.topojson': TOPOLOGY } },
    { name: 'GeoJSON declared by its media type in a Data Package', files: { 'wards.json': WARDS, 'datapackage.json': datapackage([{ name: 'wards', path: 'wards.json', mediatype: 'application/geo+json' }]) } },
  ],
  invalid: [
    {
      name: 'features without properties, with coordinates as strings, and a ring that is not closed',
      files: {
        'wards.geojson': '{"type": "FeatureCollection", "features": [\n  {"type": "Feature", "geometry": {"type": "Point", "coordinates": ["28.19", "-25.74"]}},\n' +
          '  {"type": "Feature", "properties": null, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}}\n]}\n',
      },
      findings: [
        {
          messageId: 'missingMember', ruleId: 'format/geo-structure', file: 'wards.geojson', line: 2, column: 3,
          message: '/features/0 (a Feature) has no "properties" member: it must have one, an object, or null',
          data: { where: '/features/0', object: 'a Feature', member: 'properties', expected: 'an object, or null' },
          hint: 'Add "properties": null when the feature has none',
        },
        {
          messageId: 'badPosition', line: 2, column: 68,
          message: '/features/0/geometry/coordinates is the array ["28.19","-25.74"], not a position (an array of two or more numbers: longitude, latitude …)',
        },
        {
          messageId: 'ringNotClosed', line: 3, column: 91,
          message: '/features/1/geometry/coordinates/0 is a linear ring that does not end where it starts: its first and last positions must be the same',
        },
      ],
    },
    {
      name: 'coordinates in a projected system, not longitude and latitude',
      files: { 'parcels.geojson': '{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [3137000.5, -2991000.25]}}' },
      findings: [{
        messageId: 'notDegrees', line: 1, column: 84,
        message: 'The first position, [3137000.5, -2991000.25] at /geometry/coordinates, is not a longitude and latitude in degrees: GeoJSON coordinates are WGS 84 longitude and latitude (RFC 7946, section 4)',
      }],
    },
    {
      name: 'a TopoJSON file without arcs, and an arc index out of range',
      files: {
        'a.topojson': '{"type": "Topology", "objects": {}}',
        'b.topojson': '{"type": "Topology", "objects": {"w": {"type": "LineString", "arcs": [0, 3]}}, "arcs": [[[0, 0], [1, 1]]]}',
      },
      findings: [
        { messageId: 'missingMember', file: 'a.topojson', line: 1, column: 1, message: 'The document (a Topology) has no "arcs" member: it must have one, an array of arcs', hint: 'Add the member' },
        { messageId: 'badArcIndex', file: 'b.topojson', line: 1, column: 74, message: '/objects/w/arcs/1 refers to arc 3, but the topology has 1 arc' },
      ],
    },
    {
      name: 'a GeoJSON file that is a JSON array of features',
      files: { 'wards.geojson': '[{"type": "Feature", "properties": {}, "geometry": null}]' },
      findings: [{ messageId: 'badValue', line: 1, column: 1, message: 'The document is an array of 1 items, not a GeoJSON object whose "type" is "FeatureCollection", "Feature", or a geometry type ("Point", "Polygon" …)' }],
    },
  ],
});

const lint = lintWith('geo-structure');
afterEach(cleanupTempDirs);

it('lists the first 20 problems one by one and counts the rest', async () => {
  const features = Array.from({ length: 25 }, () => '{"type": "Feature", "geometry": null}').join(',\n');
  const findings = await lint({ 'w.geojson': `{"type": "FeatureCollection", "features": [\n${features}\n]}` });
  expect(findings).toHaveLength(21);
  // The summary has no line, so it comes first in report order.
  expect(findings.slice(1).map((f) => f.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  expect(findings[0]).toMatchObject({ messageId: 'moreProblems', message: '5 more structure problems not listed one by one (25 in all)', data: { more: 5, total: 25 } });
});

it('runs no tabular check on GeoJSON: no header, schema or row findings, only the document\'s own', async () => {
  const findings = await lintFiles({ 'wards.geojson': WARDS, 'datapackage.json': datapackage([{ name: 'wards', path: 'wards.geojson', format: 'geojson' }], { licenses: [{ name: 'CC-BY-4.0' }] }) });
  expect(findings.filter((f) => f.file === 'wards.geojson')).toEqual([]);
  expect(findings.map((f) => f.ruleId)).not.toContain('format/schema-missing');
});
