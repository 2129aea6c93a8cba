import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';

const HINTS: Record<string, string> = {
  badValue: 'See RFC 7946 (GeoJSON) or the TopoJSON specification for the shape this value must have',
  missingMember: 'Add the member',
  badType: 'Type names are case-sensitive: "FeatureCollection", "Feature", "Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection", "Topology"',
  badMember: 'See RFC 7946 (GeoJSON) or the TopoJSON specification for the shape this member must have',
  badPosition: 'Write each position as [longitude, latitude], or [longitude, latitude, altitude], with numbers, not strings',
  tooFewPositions: 'A line needs two positions at least, and a polygon ring four (the first repeated at the end)',
  ringNotClosed: "Repeat the ring's first position at its end",
  notDegrees: 'Reproject the data to WGS 84 longitude and latitude (EPSG:4326), for example with ogr2ogr -t_srs EPSG:4326',
  badArcIndex: 'Each arc index must name one of the topology\'s "arcs" (~i for arc i reversed)',
  tooLarge: 'Split the data into several files, for example one per region',
  overLimit: 'Raise the limit for documents this large (--max-record-bytes 1GiB, or maxRecordBytes in the config), or split the data into several files',
};

/** GeoJSON and TopoJSON documents have the structure their specifications give them. */
const check: Check = {
  id: 'geo-structure',
  hints: {
    ...HINTS,
    addNull: 'Add "{member}": null when the feature has none',
  },
  module: import.meta.url,
  description: 'A GeoJSON file is a FeatureCollection, a Feature or a geometry as RFC 7946 defines them, with coordinates in longitude and latitude; a TopoJSON file is a Topology with its objects and arcs.',
  docs: {
    rationale: 'GIS tools and web maps reject or silently misdraw GeoJSON that departs from RFC 7946: a feature without "properties", coordinates given as strings, an unclosed polygon ring, or coordinates in a projected system where longitude and latitude are expected.',
    failing: '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": ["28.19", "-25.74"]}}]}',
    passing: '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Pretoria"}, "geometry": {"type": "Point", "coordinates": [28.19, -25.74]}}]}',
  },
  messages: {
    badValue: '{where} is {found}, not {expected}',
    missingMember: '{where} ({object}) has no "{member}" member: it must have one, {expected}',
    badType: '{where} is {found}: the "type" of {object} must be {expected}',
    badMember: '{where} is {found}: the "{member}" of {object} must be {expected}',
    badPosition: '{where} is {found}, not a position (an array of two or more numbers: longitude, latitude …)',
    tooFewPositions: '{where} has {count, plural, one {# position} other {# positions}}: {object} needs at least {min}',
    ringNotClosed: '{where} is a linear ring that does not end where it starts: its first and last positions must be the same',
    notDegrees: 'The first position, {position} at {where}, is not a longitude and latitude in degrees: GeoJSON coordinates are WGS 84 longitude and latitude (RFC 7946, section 4)',
    badArcIndex: '{where} refers to arc {index}, but the topology has {arcs, plural, one {# arc} other {# arcs}}',
    tooLarge: 'The document is too large to check its structure: {length} characters of text, more than the {max} a JavaScript string can hold',
    overLimit: 'The document is longer than {maxSize}, the record size limit, so its structure was not checked',
    tooDeep: 'The document nests geometries too deeply to check its structure',
    moreProblems: '{more, plural, one {# more structure problem} other {# more structure problems}} not listed one by one ({total} in all)',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['geojson', 'topojson'],
  createFileVisitor({ report }) {
    return {
      facts(facts) {
        const problems = facts.geoProblems ?? [];
        for (const p of problems) {
          const hint = p.id === 'missingMember' && (p.data.member === 'properties' || p.data.member === 'geometry')
            ? { id: 'addNull', data: { member: p.data.member } }
            : Object.hasOwn(HINTS, p.id) ? { id: p.id } : undefined;
          report({ line: p.line, column: p.column, messageId: p.id, data: p.data, hint });
        }
        const total = facts.geoProblemsTotal ?? 0;
        if (total > problems.length) report({ messageId: 'moreProblems', data: { more: total - problems.length, total } });
      },
    };
  },
};
export default check;
