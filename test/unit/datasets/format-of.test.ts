// The format and compression of a resource, from its declared format, its media type and its file name.
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../../src/datasets/format-of.js';
import { loneFileDataset } from '../../../src/datasets/lone-file.js';

describe('formatOf', () => {
  it('reads compression suffixes: gzip is read, zip is not a format of its own unless bare', () => {
    expect(formatOf(undefined, 'data/spend.csv.gz')).toEqual({ format: 'csv', declaredFormat: 'csv', compression: 'gz' });
    expect(formatOf(undefined, 'Spend.JSON.GZIP')).toEqual({ format: 'json', declaredFormat: 'json', compression: 'gz' });
    expect(formatOf(undefined, 'wards.geojson.gz')).toEqual({ format: 'geojson', declaredFormat: 'geojson', compression: 'gz' });
    expect(formatOf(undefined, 'spend.csv.zip')).toEqual({ format: 'csv', declaredFormat: 'csv', compression: 'zip' });
    expect(formatOf(undefined, 'archive.zip')).toEqual({ format: 'other', declaredFormat: 'zip' });
    expect(formatOf(undefined, 'backup.gz')).toEqual({ format: 'other', declaredFormat: 'gz' });
  });

  it('knows GeoJSON and TopoJSON by extension, declared format and media type', () => {
    expect(formatOf(undefined, 'wards.geojson').format).toBe('geojson');
    expect(formatOf(undefined, 'wards.topojson').format).toBe('topojson');
    expect(formatOf('GeoJSON', 'wards.json')).toEqual({ format: 'geojson', declaredFormat: 'geojson' });
    expect(formatOf(undefined, 'wards.json', false, 'application/geo+json')).toEqual({ format: 'geojson', declaredFormat: 'geojson' });
    expect(formatOf(undefined, 'wards.json', false, 'application/vnd.geo+json; charset=utf-8').format).toBe('geojson');
    // A declared 'json' is true of GeoJSON too: the media type or the extension says which JSON.
    expect(formatOf('json', 'wards.json', false, 'application/geo+json').format).toBe('geojson');
    expect(formatOf('json', 'wards.geojson').format).toBe('geojson');
    // Any other declared format wins, and generic media types add nothing.
    expect(formatOf('csv', 'wards.geojson').format).toBe('csv');
    expect(formatOf(undefined, 'dams.json', false, 'application/json').format).toBe('json');
  });
});

describe('loneFileDataset', () => {
  it('reads a lone .csv.gz file as gzip-compressed CSV', () => {
    const ds = loneFileDataset('/data/spend.csv.gz');
    expect(ds.resources[0]).toMatchObject({ format: 'csv', declaredFormat: 'csv', compression: 'gz', status: 'ok' });
  });
});
