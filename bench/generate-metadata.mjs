// The metadata-reading cases: 1,000 small datasets, each a folder with one 20-row CSV and its metadata, either all as
// datapackage.json or spread over every form odlint reads (Data Package, CSVW, DCAT-US data.json, DCAT-AP JSON-LD,
// CKAN package_show, schema.org). Comparing the two measures what reading the other forms costs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const METADATA_FORMS = ['datapackage', 'csvw', 'dcat-us', 'dcat-ap', 'ckan', 'schema-org'];

const FIELDS = [['id', 'integer'], ['site', 'string'], ['opened', 'date'], ['amount', 'number']];
const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';
const MODIFIED = '2026-11-01';
const PUBLISHER = (i) => `Department ${(i % 60) + 1}`;

function csv(i) {
  const rows = ['id,site,opened,amount'];
  for (let r = 1; r <= 20; r++) rows.push(`${r},Site ${i}-${r},2026-${String((r % 12) + 1).padStart(2, '0')}-${String((r % 28) + 1).padStart(2, '0')},${(r * 13.25).toFixed(2)}`);
  return `${rows.join('\n')}\n`;
}

const tableSchema = () => ({ fields: FIELDS.map(([name, type]) => ({ name, type })), primaryKey: ['id'] });
const XSD = { integer: 'integer', string: 'string', date: 'date', number: 'decimal' };

const WRITERS = {
  datapackage: (slug, i) => ['datapackage.json', {
    name: slug, title: `Sites ${i}`, publisher: PUBLISHER(i), licenses: [{ name: 'CC-BY-4.0', path: LICENCE_URL }],
    modified: MODIFIED, accrualPeriodicity: 'R/P1M',
    resources: [{ name: 'sites', path: 'sites.csv', format: 'csv', schema: tableSchema() }],
  }],
  csvw: (slug, i) => ['sites.csv-metadata.json', {
    '@context': 'http://www.w3.org/ns/csvw', url: 'sites.csv', 'dc:title': `Sites ${i}`, 'dc:publisher': PUBLISHER(i),
    'dc:license': { '@id': LICENCE_URL }, 'dc:modified': MODIFIED, 'dc:accrualPeriodicity': 'R/P1M',
    tableSchema: { columns: FIELDS.map(([name, type]) => ({ name, titles: name, datatype: XSD[type] })), primaryKey: 'id' },
  }],
  'dcat-us': (slug, i) => ['data.json', {
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema', '@type': 'dcat:Catalog',
    dataset: [{
      '@type': 'dcat:Dataset', identifier: slug, title: `Sites ${i}`, publisher: { '@type': 'org:Organization', name: PUBLISHER(i) },
      license: LICENCE_URL, modified: MODIFIED, accrualPeriodicity: 'R/P1M', accessLevel: 'public',
      distribution: [{ '@type': 'dcat:Distribution', downloadURL: `https://data.example.gov/${slug}/sites.csv`, mediaType: 'text/csv', format: 'CSV' }],
    }],
  }],
  'dcat-ap': (slug, i) => ['catalog.jsonld', {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/' },
    '@graph': [{
      '@id': `https://data.example.eu/${slug}`, '@type': 'dcat:Dataset', 'dct:title': `Sites ${i}`,
      'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': PUBLISHER(i) }, 'dct:modified': { '@value': MODIFIED, '@type': 'http://www.w3.org/2001/XMLSchema#date' },
      'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/MONTHLY' },
      'dcat:distribution': [{ '@type': 'dcat:Distribution', 'dcat:downloadURL': { '@id': `https://data.example.eu/${slug}/sites.csv` }, 'dct:license': { '@id': LICENCE_URL }, 'dcat:mediaType': { '@id': 'http://www.iana.org/assignments/media-types/text/csv' } }],
    }],
  }],
  ckan: (slug, i) => [`${slug}.json`, {
    help: 'https://ckan.example.org/api/3/action/help_show?name=package_show', success: true,
    result: {
      name: slug, title: `Sites ${i}`, license_id: 'cc-by', license_title: 'Creative Commons Attribution', license_url: 'http://www.opendefinition.org/licenses/cc-by',
      organization: { name: `department-${(i % 60) + 1}`, title: PUBLISHER(i) }, metadata_modified: '2026-11-20T10:00:00.000000', frequency: 'monthly', num_resources: 1,
      extras: [{ key: 'modified', value: MODIFIED }],
      resources: [{ name: 'Sites', url: `https://ckan.example.org/dataset/${slug}/resource/1/download/sites.csv`, format: 'CSV', schema: JSON.stringify(tableSchema()) }],
    },
  }],
  'schema-org': (slug, i) => ['dataset.jsonld', {
    '@context': 'https://schema.org/', '@type': 'Dataset', name: `Sites ${i}`, license: LICENCE_URL, dateModified: MODIFIED,
    publisher: { '@type': 'Organization', name: PUBLISHER(i) },
    distribution: [{ '@type': 'DataDownload', contentUrl: `https://data.example.org/${slug}/sites.csv`, encodingFormat: 'text/csv' }],
  }],
};

/** Writes `datasets` folders under dir, the metadata forms taken in turn; returns the files and rows written. */
export function writeMetadataRecords(dir, { datasets, forms }) {
  const files = [];
  for (let i = 0; i < datasets; i++) {
    const form = forms[i % forms.length];
    const slug = `dataset-${String(i + 1).padStart(4, '0')}`;
    const folder = path.join(dir, slug);
    mkdirSync(folder, { recursive: true });
    const data = csv(i);
    writeFileSync(path.join(folder, 'sites.csv'), data);
    const [name, metadata] = WRITERS[form](slug, i);
    writeFileSync(path.join(folder, name), `${JSON.stringify(metadata, null, 2)}\n`);
    files.push({ path: `${slug}/sites.csv`, rows: 20, bytes: Buffer.byteLength(data), form });
  }
  return { files, planted: {}, findings: [] };
}

/**
 * One package of `resources` resources, each a 20-row CSV with its own licence, dates and Table Schema: the checks
 * that look at every resource (licences, freshness, keys) must cost linear time in their number.
 */
export function writeLargePackage(dir, { resources }) {
  const files = [];
  const list = [];
  for (let i = 0; i < resources; i++) {
    const data = csv(i);
    writeFileSync(path.join(dir, `r${i}.csv`), data);
    list.push({
      name: `r${i}`, path: `r${i}.csv`, format: 'csv', licenses: [{ name: 'CC-BY-4.0', path: LICENCE_URL }], modified: MODIFIED,
      schema: tableSchema(),
    });
    files.push({ path: `r${i}.csv`, rows: 20, bytes: Buffer.byteLength(data), form: 'datapackage' });
  }
  writeFileSync(path.join(dir, 'datapackage.json'), `${JSON.stringify({
    name: 'many-resources', title: 'Many resources', licenses: [{ name: 'CC-BY-4.0', path: LICENCE_URL }], modified: MODIFIED,
    accrualPeriodicity: 'R/P1M', publisher: PUBLISHER(0), resources: list,
  }, null, 2)}\n`);
  return { files, planted: {}, findings: [] };
}

/**
 * One descriptor of about `megabytes` MB: a resource whose schema has a field per 500 bytes, each with a description,
 * over a CSV that has only some of them (so findings point into the descriptor and need positions).
 */
export function writeLargeDescriptor(dir, { megabytes }) {
  const count = Math.round((megabytes * 1_000_000) / 500);
  const fields = Array.from({ length: count }, (_, i) => ({ name: `f${i}`, type: 'string', description: `Field ${i}: ${'d'.repeat(440)}` }));
  const data = `${fields.slice(0, 10).map((f) => f.name).join(',')}\n${fields.slice(0, 10).map(() => 'x').join(',')}\n`;
  writeFileSync(path.join(dir, 'data.csv'), data);
  writeFileSync(path.join(dir, 'datapackage.json'), `${JSON.stringify({
    name: 'large-descriptor', title: 'Large descriptor', licenses: [{ name: 'CC-BY-4.0', path: LICENCE_URL }], modified: MODIFIED,
    accrualPeriodicity: 'R/P1M', resources: [{ name: 'data', path: 'data.csv', format: 'csv', schema: { fields } }],
  }, null, 1)}\n`);
  return { files: [{ path: 'data.csv', rows: 1, bytes: Buffer.byteLength(data), form: 'datapackage' }], planted: {}, findings: [] };
}
