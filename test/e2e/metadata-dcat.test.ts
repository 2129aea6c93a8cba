// Catalogue metadata as governments publish it (test/corpus/dcat-*, schema-org-*; see each SOURCE.md), linted through
// the real CLI: DCAT-US data.json, DCAT-AP JSON-LD and schema.org Dataset records. Every finding is pinned by line and
// column in the metadata file, so a change in what the readers map, or where they say it was written, shows here.
import { afterAll, describe, expect, it } from 'vitest';
import './setup.js';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, writeTree, type Finding } from './helpers.js';

afterAll(cleanupTempDirs);

const at = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);

function lintCorpus(name: string) {
  const { run, report } = lintJson([`test/corpus/${name}`, '--no-config']);
  expectNoCrash(run);
  return { run, report, findings: report.findings };
}

describe('ARM Data Center data.json (DCAT-US)', () => {
  const { run, report, findings } = lintCorpus('dcat-us-arm');

  it('reads the catalogue as its three datasets, named after their identifiers', () => {
    expect(run.code).toBe(1);
    expect(report.summary).toMatchObject({ datasets: 3, files: 0, errors: 7, warnings: 3, infos: 6 });
    expect(new Set(findings.map((f) => f.dataset))).toEqual(new Set(['ncepgfsbrwpprof', '10.5439-1027266', 'avhrr12']));
    expect(findings.every((f) => f.file === 'test/corpus/dcat-us-arm/data.json')).toBe(true);
  });

  it('reports exactly the real quirks, each at its line in data.json', () => {
    // Project Open Data's unknown-license URL says no licence is given: licence-open, not an unrecognised licence.
    // netCDF ('cdf') is an open format odlint does not read: only the ARM-specific 'hdfjpg' is a file-format error.
    const entry = (start: number, licence: number, dist: number, modified: number, closed: boolean) => [
      `${start}:5 freshness/update-frequency`,
      `${licence}:18 licence/open`,
      `${dist}:24 format/metadata-unread`,
      `${dist}:24 format/resource-remote`,
      ...(closed ? [`${dist + 1}:21 format/file-format`] : []),
      `${modified}:19 freshness/modified-timezone`,
    ];
    expect(at(findings)).toEqual([...entry(7, 12, 24, 28, false), ...entry(55, 60, 72, 76, false), ...entry(106, 111, 123, 127, true)]);
  });

  it("names the placeholder licence, the access URL and the publisher's own name", () => {
    expect(findings.find((f) => f.ruleId === 'licence/open')!.message).toBe("The package's licence notspecified ('https://project-open-data.cio.gov/unknown-license') says that no licence is specified, so the data is not open (Open Definition 2.1, 1.1 Open License or Status)");
    expect(findings.find((f) => f.ruleId === 'format/metadata-unread')!.message).toMatch(/^'accessURL' was not applied: an access URL is a landing page/);
    expect(findings.filter((f) => f.ruleId === 'format/file-format').map((f) => /'([^']+)', which/.exec(f.message)![1])).toEqual(['hdfjpg']);
    expect(report.datasets?.map((d) => d.publisher)).toEqual(Array(3).fill('Atmospheric Radiation Measurement Data Center'));
  });
});

describe('USDA and US Forest Service data.json (DCAT-US)', () => {
  const { report, findings } = lintCorpus('dcat-us-usda');

  it('reports exactly the real quirks', () => {
    expect(report.summary).toMatchObject({ datasets: 3, files: 0, errors: 6, warnings: 7, infos: 6 });
    expect(at(findings)).toEqual([
      '7:5 freshness/update-frequency',
      '27:26 format/resource-remote',
      '28:24 format/file-format',
      '45:5 freshness/update-frequency',
      '55:24 format/metadata-unread',
      '55:24 format/resource-remote',
      '61:9 format/schema-missing',
      '62:24 format/metadata-unread',
      '62:24 format/resource-remote',
      '102:18 licence/recognised',
      '107:5 freshness/update-frequency',
      '117:24 format/metadata-unread',
      '117:24 format/resource-remote',
      '123:9 format/schema-missing',
      '124:24 format/metadata-unread',
      '124:24 format/resource-remote',
      '131:24 format/metadata-unread',
      '131:24 format/resource-remote',
      '172:18 licence/recognised',
    ]);
  });

  it('reads the Excel download by its media type, the landing pages as no format at all, and a map service as no file', () => {
    const formats = findings.filter((f) => f.ruleId === 'format/file-format').map((f) => /'([^']+)', which/.exec(f.message)![1]);
    expect(formats).toEqual(['xls']);
    expect(new Set(findings.map((f) => f.dataset))).toEqual(new Set(['usda-dm-002', '429428633a5e486289f6111d9cbe7065', 'f1879e9f6798461f8fd54719ea2231f8']));
  });
});

describe('SEMIC DCAT-AP HVD example catalogue (DCAT-AP JSON-LD)', () => {
  const { report, findings } = lintCorpus('dcat-ap-semic-hvd');

  it('reads the one dcat:Dataset of the graph, its publisher node, frequency and licence document', () => {
    expect(report.summary).toMatchObject({ datasets: 1, files: 0, errors: 1, warnings: 2, infos: 1 });
    // The distribution in the (open) shapefile format is not a closed-format error.
    expect(at(findings)).toEqual(['41:5 freshness/modified', '85:9 format/metadata-unread', '106:16 format/metadata-unread', '106:16 format/resource-remote']);
    // BIENNIAL is a known EU frequency; the licence document's skos:exactMatch names the EU authority's CC0.
    expect(findings.some((f) => f.category === 'licence' || f.ruleId === 'freshness/update-frequency')).toBe(false);
    expect(report.datasets?.[0]).toMatchObject({ name: '1t2p3o4b', publisher: 'MS Environmental Agency' });
  });

  it('says which distribution is only referred to by @id', () => {
    expect(findings[1]!.message).toBe("'dcat:distribution' was not applied: the distribution 'https://data.exampleMS.gov/id/dataset/1T2p3o4B-dist-RDF' is not described in this document (odlint fetches nothing): it was not read");
  });
});

describe('SEMIC DCAT-AP example with a remote @context', () => {
  const { report, findings } = lintCorpus('dcat-ap-semic-bees');

  it('recognises the datasets, and names every term the remote context would have defined', () => {
    expect(report.summary).toMatchObject({ datasets: 2, errors: 6, warnings: 6 });
    const dataset = (line: number) => [`${line}:5 freshness/modified`, `${line}:5 freshness/update-frequency`, `${line}:5 licence/declared`];
    expect(at(findings)).toEqual([...dataset(4), '7:22 format/metadata-unread', '10:20 format/metadata-unread', '11:16 format/metadata-unread', ...dataset(15), '18:22 format/metadata-unread', '21:20 format/metadata-unread', '22:16 format/metadata-unread']);
    expect(findings.find((f) => f.line === 11)!.message).toContain("'title' is defined by no inline @context, and the remote context 'https://semiceu.github.io/");
  });
});

describe("Google's schema.org Dataset example (NCDC Storm Events)", () => {
  const { report, findings } = lintCorpus('schema-org-ncdc-storm-events');

  it('reads the Dataset, its creator as publisher, its licence and downloads; notes the parts', () => {
    expect(report.summary).toMatchObject({ datasets: 1, errors: 2, warnings: 4, infos: 2 });
    expect(at(findings)).toEqual([
      '1:1 freshness/modified',
      '1:1 freshness/update-frequency',
      '18:5 format/metadata-unread',
      '24:5 format/metadata-unread',
      '34:13 format/metadata-variant',
      '47:6 format/schema-missing',
      '50:22 format/resource-remote',
      '55:22 format/resource-remote',
    ]);
    expect(findings.find((f) => f.ruleId === 'format/metadata-variant')!.message).toBe("'creator' is not a standard property: it was read as 'publisher'");
    expect(report.datasets?.[0]).toMatchObject({ name: 'ncdc-storm-events-database' });
  });
});

describe('a catalogue record beside its downloaded files (the local-copy rule)', () => {
  // The layout a portal export or a harvester leaves: the record, plus each download saved under its URL's file name.
  const dir = makeTempDir('odlint-dcat-');
  writeTree(dir, {
    'data.json': `${JSON.stringify({
      conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
      dataset: [
        {
          identifier: 'spend-2026',
          title: 'Spend over 25,000',
          accessLevel: 'public',
          publisher: { name: 'Department of Finance', subOrganizationOf: { name: 'Government' } },
          license: 'https://creativecommons.org/licenses/by/4.0/',
          modified: '2026-11-01',
          accrualPeriodicity: 'R/P1M',
          distribution: [
            { downloadURL: 'https://data.example.gov/files/spend.csv?download=1', mediaType: 'text/csv', describedBy: 'https://data.example.gov/schema/spend.schema.json' },
          ],
        },
      ],
    }, null, 2)}\n`,
    'spend.csv': 'id,amount\n1,100\n2,lots\n',
    'spend.schema.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'amount', type: 'number' }] }),
    'dcat.jsonld': `${JSON.stringify({
      '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/' },
      '@graph': [
        { '@id': 'https://data.example.eu/agency', '@type': 'foaf:Agent', 'foaf:name': { '@value': 'Agence', '@language': 'fr' } },
        {
          '@id': 'https://data.example.eu/dataset/budget',
          '@type': 'dcat:Dataset',
          'dct:title': [{ '@value': 'Budget', '@language': 'fr' }, { '@value': 'Budget (en)', '@language': 'en' }],
          'dct:publisher': { '@id': 'https://data.example.eu/agency' },
          'dct:modified': { '@value': '2026-10-01', '@type': 'http://www.w3.org/2001/XMLSchema#date' },
          'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' },
          'dcat:distribution': {
            '@type': 'dcat:Distribution',
            'dcat:downloadURL': { '@id': 'https://data.example.eu/files/budget.csv' },
            'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
            'dct:license': { '@id': 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0' },
          },
        },
      ],
    }, null, 2)}\n`,
    'budget.csv': 'year,total\n2026,10\n2026\n',
  });
  const { run, report } = lintJson(['.', '--no-config'], { cwd: dir });

  it('lints each download saved beside the record as that distribution, with its data dictionary', () => {
    expectNoCrash(run);
    expect(report.summary).toMatchObject({ datasets: 2, files: 2 });
    expect(report.findings.map((f) => `${f.file} ${f.line}:${f.column} ${f.ruleId}`)).toEqual(['budget.csv 3:2 format/ragged-row', 'dcat.jsonld 39:28 format/schema-missing', 'spend.csv 3:2 format/type']);
    expect(report.findings.find((f) => f.ruleId === 'format/type')).toMatchObject({ file: 'spend.csv', line: 3, field: 'amount' });
    expect(report.findings.find((f) => f.ruleId === 'format/ragged-row')).toMatchObject({ file: 'budget.csv', line: 3 });
    // The EU licence authority's CC_BY_4_0, the EU frequency ANNUAL and an {"@value", "@type": xsd:date} date are read.
    expect(report.findings.some((f) => f.category === 'licence' || f.category === 'freshness')).toBe(false);
    expect(report.datasets?.map((d) => [d.name, d.publisher])).toEqual([['spend-2026', 'Department of Finance'], ['budget', 'Agence']]);
  });
});
