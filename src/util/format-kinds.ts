// Formats odlint does not read, sorted by what they are: open formats (documented, non-proprietary, machine-readable)
// that odlint has no reader for, and services (an API or map service, not a file). Neither is a closed format, so
// file-format must not call them "not open and machine-readable"; the data is still unchecked, and the finding that
// says so is resource-remote's (remote) or metadata-unread's (a local file).

/** Open, machine-readable formats that odlint does not read (names as metadata writes them, lower case). */
const OPEN_NOT_READ = new Set([
  'xml', 'rdf', 'rdf+xml', 'ttl', 'turtle', 'n3', 'nt', 'n-triples', 'nq', 'jsonld', 'json-ld', 'kml', 'gml', 'gpx',
  'gpkg', 'geopackage', 'shp', 'shapefile', 'esri shapefile', 'netcdf', 'nc', 'cdf', 'hdf', 'hdf5', 'h5', 'parquet',
  'avro', 'orc', 'sdmx', 'sdmx-ml', 'atom', 'rss', 'ics', 'vcf', 'tif', 'tiff', 'geotiff', 'png', 'jpg', 'jpeg', 'svg',
]);

/** Services and pages: what a catalogue links to that is not a data file. */
const SERVICES = new Set([
  'api', 'html', 'htm', 'web page', 'webpage', 'wms', 'wfs', 'wcs', 'wmts', 'ogc wms', 'ogc wfs', 'ogc wcs', 'ogc wmts',
  'esri rest', 'arcgis geoservices rest api', 'arcgis rest', 'sparql', 'rest',
]);

/** What a format odlint does not read is: an open format, a service, or (undefined) a closed or unknown format. */
export function unreadFormatKind(format: string): 'open' | 'service' | undefined {
  const name = format.trim().toLowerCase();
  if (OPEN_NOT_READ.has(name)) return 'open';
  if (SERVICES.has(name) || name.startsWith('ogc:') || name.startsWith('ogc ')) return 'service';
  return undefined;
}
