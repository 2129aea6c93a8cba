#!/usr/bin/env node
// Builds rules/vocabularies/licences.json, the bundled standard's licence vocabulary, from the Open Knowledge
// Foundation's licence register (okfn/licenses: all.json, od.json, ckan.json, SOURCE.md) plus the entries and aliases
// the register lacks, added by hand below. A maintainer script: a fresh clone has no register, so its output is
// committed and is what odlint reads at run time. The output is deterministic (sorted keys, sorted lists), so running
// it twice on the same register gives the same bytes.
//
//   node scripts/build-licence-vocabulary.mjs [registerDir] [outFile]
//   node scripts/build-licence-vocabulary.mjs --check [registerDir] [outFile]   exit 1 if outFile is out of date
//
// registerDir defaults to ../shared/data/licenses (beside the repository), outFile to rules/vocabularies/licences.json.
// See rules/vocabularies/LICENCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_REASONS } from '../dist/licences/vocabulary.js'; // build first: npm run build

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const positional = args.filter((a) => a !== '--check');
if (positional.length > 2 || args.some((a) => a.startsWith('-') && a !== '--check')) {
  console.error('usage: node scripts/build-licence-vocabulary.mjs [--check] [registerDir] [outFile]');
  process.exit(2);
}
const registerDir = path.resolve(positional[0] ?? path.join(REPO_ROOT, '..', 'shared', 'data', 'licenses'));
const outFile = path.resolve(positional[1] ?? path.join(REPO_ROOT, 'rules', 'vocabularies', 'licences.json'));

function readJson(name) {
  const file = path.join(registerDir, name);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`Cannot read the licence register file ${file}: ${err.message}`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Normalised forms. odlint normalises again at run time (src/licences/normalise.ts), so these only need to agree
// with it on the forms written here: no scheme, no 'www.', lower case, no query or fragment, no trailing slash, no
// /legalcode, /deed.xx or /index.html.
// ---------------------------------------------------------------------------------------------------------------
function normaliseUrl(url) {
  let u = url.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '').replace(/[#?].*$/, '');
  for (;;) {
    const next = u.replace(/\/+$/, '').replace(/\/(legalcode|deed)(\.[a-z_-]+)?$/, '').replace(/\/index\.html?$/, '');
    if (next === u) return u;
    u = next;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Why a licence is not open: the reasons the vocabulary may give, each with the Open Definition 2.1 clause it fails.
// ---------------------------------------------------------------------------------------------------------------
// The reasons are the product's own (src/licences/vocabulary.ts), so the vocabulary and the checks never disagree.
const REASONS = DEFAULT_REASONS;

/** Register ids that differ from the SPDX id of the same licence (SPDX licence list): the SPDX id is canonical. */
const SPDX_IDS = { 'ODC-BY-1.0': 'ODC-By-1.0', 'WXwindows': 'wxWindows', 'LO-FR-2.0': 'etalab-2.0' };

/** Reasons for the register's rejected and unreviewed entries, where the register gives none. */
const REGISTER_REASONS = {
  'CC-BY-NC-4.0': 'non-commercial',
  'CC-BY-NC-SA-4.0': 'non-commercial',
  'CC-BY-ND-4.0': 'no-derivatives',
  'CC-BY-NC-ND-4.0': 'non-commercial-no-derivatives',
  'other-nc': 'non-commercial',
  'other-closed': 'not-open',
  'ukcrown': 'all-rights-reserved',
  'ukpsi': 'rejected',
  'ukclickusepsi': 'rejected',
  'notspecified': 'no-licence',
};

// ---------------------------------------------------------------------------------------------------------------
// What the register lacks, added by hand. Keyed by canonical id; each list is merged into the entry (created when
// the register has no such licence). `looseIds`, `looseTitles` and `looseUrls` carry no version and name a licence's
// current version (uk-ogl is OGL-UK-3.0): the vocabulary keeps them in the ordinary lists, and odlint treats any
// name without a digit as version-less.
// ---------------------------------------------------------------------------------------------------------------
const CKAN_IDS = {
  'CC-BY-4.0': ['cc-by'],
  'CC-BY-SA-4.0': ['cc-by-sa'],
  'CC0-1.0': ['cc-zero'],
  'ODbL-1.0': ['odc-odbl'],
  'ODC-By-1.0': ['odc-by'],
  'PDDL-1.0': ['odc-pddl'],
  'OGL-UK-3.0': ['uk-ogl'],
  'OGL-Canada-2.0': ['ca-ogl-lgo'],
  'GFDL-1.3-no-cover-texts-no-invariant-sections': ['gfdl'],
  'cc-nc': ['cc-nc'],
  'other-nc': ['other-nc'],
  'other-closed': ['other-closed'],
  'other-open': ['other-open'],
  'other-pd': ['other-pd'],
  'other-at': ['other-at'],
  'notspecified': ['notspecified'],
};

const OGL = 'nationalarchives.gov.uk/doc/open-government-licence';
const ADDITIONS = {
  'CC0-1.0': {
    aliases: ['CC0', 'CC-ZERO-1.0'],
    titles: ['Creative Commons CCZero', 'Creative Commons Zero 1.0', 'CC0 1.0 Universal', 'CC0 1.0 Universal (CC0 1.0) Public Domain Dedication', 'Creative Commons Zero v1.0 Universal', 'Creative Commons CC0 1.0 Universal Public Domain Dedication'],
    urls: ['opendefinition.org/licenses/cc-zero', 'creativecommons.org/publicdomain/zero/1.0'],
  },
  'CC-BY-4.0': {
    urls: ['opendefinition.org/licenses/cc-by'],
  },
  'CC-BY-SA-4.0': {
    urls: ['opendefinition.org/licenses/cc-by-sa'],
  },
  'CC-PDM-1.0': {
    title: 'Creative Commons Public Domain Mark 1.0',
    open: true,
    url: 'https://creativecommons.org/publicdomain/mark/1.0/',
    family: 'CC-PDM',
    domains: ['content', 'data'],
    titles: ['Public Domain Mark 1.0', 'Public Domain Mark'],
    urls: ['creativecommons.org/publicdomain/mark/1.0'],
    note: 'Not a licence: marks a work free of known copyright. Open as public domain (Open Definition 2.1, 1.1).',
  },
  'ODbL-1.0': {
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    aliases: ['ODbL', 'ODC-ODbL-1.0'],
    titles: ['Open Data Commons Open Database License (ODbL)', 'Open Database License', 'Open Database License 1.0', 'ODC Open Database License (ODbL)', 'ODC Open Database License v1.0'],
    urls: ['opendatacommons.org/licenses/odbl', 'opendatacommons.org/licenses/odbl/1.0', 'opendatacommons.org/licenses/odbl/1-0', 'opendatacommons.org/licenses/odbl/summary'],
  },
  'ODC-By-1.0': {
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    aliases: ['ODC-BY'],
    titles: ['Open Data Commons Attribution License', 'Open Data Commons Attribution Licence 1.0', 'ODC Attribution License (ODC-By)', 'ODC Attribution License v1.0'],
    urls: ['opendatacommons.org/licenses/by', 'opendatacommons.org/licenses/by/1.0', 'opendatacommons.org/licenses/by/1-0', 'opendatacommons.org/licenses/by/summary'],
  },
  'PDDL-1.0': {
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
    aliases: ['PDDL', 'ODC-PDDL'],
    titles: ['Open Data Commons Public Domain Dedication and License (PDDL)', 'Open Data Commons Public Domain Dedication and License 1.0', 'ODC Public Domain Dedication and Licence (PDDL)', 'Public Domain Dedication and License'],
    urls: ['opendatacommons.org/licenses/pddl', 'opendatacommons.org/licenses/pddl/1.0', 'opendatacommons.org/licenses/pddl/1-0', 'opendatacommons.org/licenses/pddl/summary'],
  },
  'OGL-UK-1.0': {
    family: 'OGL-UK',
    supersededBy: 'OGL-UK-3.0',
    aliases: ['OGL-1.0'],
    titles: ['Open Government Licence v1.0', 'Open Government Licence 1.0', 'UK Open Government Licence v1.0', 'Open Government Licence version 1.0'],
    urls: [`${OGL}/version/1`, `${OGL}/version/1/open-government-licence.htm`],
  },
  'OGL-UK-2.0': {
    family: 'OGL-UK',
    supersededBy: 'OGL-UK-3.0',
    aliases: ['OGL-2.0'],
    titles: ['Open Government Licence v2.0', 'Open Government Licence 2.0', 'UK Open Government Licence v2.0', 'Open Government Licence version 2.0'],
    urls: [`${OGL}/version/2`, `${OGL}/version/2/open-government-licence.htm`],
  },
  'OGL-UK-3.0': {
    family: 'OGL-UK',
    aliases: ['OGL-3.0', 'OGL-UK', 'UK-OGL-3.0'],
    titles: ['Open Government Licence v3.0', 'Open Government Licence 3.0', 'UK Open Government Licence v3.0', 'Open Government Licence version 3.0', 'UK Open Government Licence (OGL)', 'Open Government Licence', 'UK Open Government Licence'],
    // The version-less forms name the current version: the National Archives serves version 3 there.
    urls: [`${OGL}/version/3`, `${OGL}/version/3/open-government-licence.htm`, OGL, `${OGL}/open-government-licence.htm`, 'reference.data.gov.uk/id/open-government-licence'],
  },
  'NCGL-UK-2.0': {
    title: 'Non-Commercial Government Licence v2.0 (United Kingdom)',
    open: false,
    reason: 'non-commercial',
    url: 'https://www.nationalarchives.gov.uk/doc/non-commercial-government-licence/version/2/',
    family: 'NCGL-UK',
    domains: ['content', 'data'],
    titles: ['Non-Commercial Government Licence v2.0', 'Non-Commercial Government Licence 2.0', 'Non-Commercial Government Licence'],
    urls: ['nationalarchives.gov.uk/doc/non-commercial-government-licence/version/2', 'nationalarchives.gov.uk/doc/non-commercial-government-licence/version/2/non-commercial-government-licence.htm', 'nationalarchives.gov.uk/doc/non-commercial-government-licence/non-commercial-government-licence.htm', 'nationalarchives.gov.uk/doc/non-commercial-government-licence'],
  },
  'OGL-Canada-2.0': {
    family: 'OGL-Canada',
    aliases: ['OGL-Canada'],
    titles: ['Open Government Licence - Canada', 'Open Government Licence - Canada 2.0', 'Open Government Licence – Canada', 'Licence du gouvernement ouvert - Canada', 'Open Government Licence 2.0 (Canada)'],
    urls: ['open.canada.ca/en/open-government-licence-canada', 'open.canada.ca/fr/licence-du-gouvernement-ouvert-canada', 'data.gc.ca/eng/open-government-licence-canada', 'open.canada.ca/en/open-government-licence-canada/version-2-0'],
  },
  'cc-nc': {
    title: 'Creative Commons Non-Commercial (Any)',
    open: false,
    reason: 'non-commercial',
    family: 'CC-BY-NC',
    generic: true,
    domains: ['content', 'data'],
    note: "CKAN's catch-all for every Creative Commons NonCommercial licence; no version, no URL of its own.",
  },
  'etalab-2.0': {
    aliases: ['LO-2.0', 'Licence-Ouverte-2.0'],
    titles: ['Licence Ouverte 2.0', 'Licence Ouverte / Open Licence 2.0', 'Open Licence 2.0 (Etalab)'],
    urls: ['etalab.gouv.fr/licence-ouverte-open-licence', 'etalab.gouv.fr/wp-content/uploads/2017/04/etalab-licence-ouverte-v2.0.pdf'],
  },
  'GFDL-1.3-no-cover-texts-no-invariant-sections': {
    titles: ['GNU Free Documentation License'],
  },
  'other-open': { titles: ['Other (Open)'] },
  // Project Open Data's own URL for "the licence is not known" (DCAT-US data.json writes it in 'license').
  'notspecified': { titles: ['License not specified'], urls: ['project-open-data.cio.gov/unknown-license'] },
};

// ---------------------------------------------------------------------------------------------------------------
// Licences real portals use (CKAN records of open.canada.ca, catalog.data.gov, GovData, data.norge.no, data.gouv.fr)
// that the register lacks. Open where the Open Definition's conformant list (opendefinition.org/licenses, okfn/
// opendefinition licenses/index.markdown) says so: Data licence Germany BY and Zero 2.0 are on it; NLOD is not
// (recognised, not reviewed, like etalab-2.0). U.S. Government Works are public domain in the U.S. (17 U.S.C. § 105).
// ---------------------------------------------------------------------------------------------------------------
const PORTAL_ADDITIONS = {
  'DL-DE-BY-2.0': {
    title: 'Data licence Germany – attribution – version 2.0',
    open: true,
    url: 'https://www.govdata.de/dl-de/by-2-0',
    family: 'DL-DE-BY',
    domains: ['data'],
    titles: ['Datenlizenz Deutschland – Namensnennung – Version 2.0', 'Datenlizenz Deutschland Namensnennung 2.0', 'Data licence Germany attribution 2.0'],
    urls: ['govdata.de/dl-de/by-2-0', 'dcat-ap.de/def/licenses/dl-by-de/2.0'],
    note: 'On the Open Definition conformant list (non-reusable: for German government licensors). Version 1.0 is not.',
  },
  'DL-DE-ZERO-2.0': {
    title: 'Data licence Germany – Zero – version 2.0',
    open: true,
    url: 'https://www.govdata.de/dl-de/zero-2-0',
    family: 'DL-DE-ZERO',
    domains: ['data'],
    titles: ['Datenlizenz Deutschland – Zero – Version 2.0', 'Datenlizenz Deutschland Zero 2.0', 'Data licence Germany zero 2.0'],
    urls: ['govdata.de/dl-de/zero-2-0', 'dcat-ap.de/def/licenses/dl-zero-de/2.0'],
    note: 'On the Open Definition conformant list (non-reusable: for German government licensors).',
  },
  'NLOD-1.0': {
    title: 'Norwegian Licence for Open Government Data (NLOD) 1.0',
    open: false,
    reason: 'not-reviewed',
    url: 'http://data.norge.no/nlod/en/1.0',
    family: 'NLOD',
    domains: ['data'],
    supersededBy: 'NLOD-2.0',
    titles: ['Norsk lisens for offentlige data (NLOD) 1.0'],
    urls: ['data.norge.no/nlod/no/1.0'],
  },
  'NLOD-2.0': {
    title: 'Norwegian Licence for Open Government Data (NLOD) 2.0',
    open: false,
    reason: 'not-reviewed',
    url: 'https://data.norge.no/nlod/en/2.0',
    family: 'NLOD',
    domains: ['data'],
    aliases: ['NLOD'],
    titles: ['Norsk lisens for offentlige data (NLOD) 2.0', 'Norwegian Licence for Open Government Data'],
    urls: ['data.norge.no/nlod/no/2.0', 'data.norge.no/nlod/en', 'data.norge.no/nlod/no'],
    note: 'Not on the Open Definition conformant list: recognised, not reviewed (a standard that accepts it lists it under allow).',
  },
  'us-pd': {
    title: 'U.S. Government Works (public domain)',
    open: true,
    url: 'https://www.usa.gov/government-works',
    family: 'us-pd',
    domains: ['content', 'data'],
    aliases: ['US-Government-Works', 'US-PD'],
    titles: ['U.S. Government Work', 'U.S. Government Works', 'US Government Work', 'U.S. Public Domain', 'Public Domain (U.S. Government Works)'],
    urls: ['usa.gov/government-works', 'usa.gov/publicdomain/label/1.0'],
    note: 'Not a licence: works of the U.S. federal government have no copyright in the U.S. (17 U.S.C. § 105). Open as public domain (Open Definition 2.1, 1.1), as CC-PDM-1.0 is.',
  },
  'etalab-2.0': {
    titles: ['Licence Ouverte / Open Licence version 2.0'],
  },
};
/** CKAN ids portals use for these (GovData, data.gouv.fr, catalog.data.gov). fr-lo has no version: the current one. */
const PORTAL_CKAN_IDS = {
  'DL-DE-BY-2.0': ['dl-by-de/2.0'],
  'DL-DE-ZERO-2.0': ['dl-zero-de/2.0'],
  'etalab-2.0': ['fr-lo', 'lov2'],
  'us-pd': ['us-pd'],
};

// Creative Commons: every version of the six licences. BY and BY-SA 1.0–3.0 (and their ports) conform to the Open
// Definition like 4.0 (Open Knowledge / Creative Commons, 2014); no NonCommercial or NoDerivatives licence does.
const CC_TYPES = {
  'by': { name: 'Attribution', open: true },
  'by-sa': { name: 'Attribution-ShareAlike', open: true, titleVariants: ['Attribution Share-Alike'] },
  'by-nc': { name: 'Attribution-NonCommercial', open: false, reason: 'non-commercial' },
  'by-nd': { name: 'Attribution-NoDerivatives', open: false, reason: 'no-derivatives', titleVariants: ['Attribution-NoDerivs', 'Attribution-No Derivative Works'] },
  'by-nc-sa': { name: 'Attribution-NonCommercial-ShareAlike', open: false, reason: 'non-commercial' },
  'by-nc-nd': { name: 'Attribution-NonCommercial-NoDerivatives', open: false, reason: 'non-commercial-no-derivatives', titleVariants: ['Attribution-NonCommercial-NoDerivs', 'Attribution-NonCommercial-No Derivative Works'] },
};
const CC_VERSIONS = ['1.0', '2.0', '2.5', '3.0', '4.0'];

function ccEntries() {
  const out = {};
  for (const [type, t] of Object.entries(CC_TYPES)) {
    for (const version of CC_VERSIONS) {
      const id = `CC-${type.toUpperCase()}-${version}`;
      // Version 1.0 of BY-NC-ND was published as by-nd-nc.
      const slug = version === '1.0' && type === 'by-nc-nd' ? 'by-nd-nc' : type;
      const names = [t.name, ...(t.titleVariants ?? [])];
      const suffix = version === '4.0' ? 'International' : 'Unported';
      const titles = [];
      for (const n of names) titles.push(`Creative Commons ${n} ${version}`, `Creative Commons ${n} ${version} ${suffix}`, `${n} ${version} ${suffix}`, `${n} ${version} ${suffix} (CC ${type.toUpperCase()} ${version})`);
      out[id] = {
        title: `Creative Commons ${t.name} ${version}`,
        open: t.open,
        ...(t.open ? {} : { reason: t.reason }),
        url: `https://creativecommons.org/licenses/${slug}/${version}/`,
        family: `CC-${type.toUpperCase()}`,
        domains: ['content', 'data'],
        titles,
        urls: [`creativecommons.org/licenses/${slug}/${version}`],
        ...(t.open && version !== '4.0' ? { note: 'Open Definition conformance of CC BY and BY-SA 1.0–3.0 (and their jurisdiction ports): Open Knowledge and Creative Commons, 2014.' } : {}),
      };
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

const all = readJson('all.json');
const od = readJson('od.json');
const ckan = readJson('ckan.json');
let commit = 'unknown';
try {
  commit = /commit\s+([0-9a-f]{7,40})/i.exec(readFileSync(path.join(registerDir, 'SOURCE.md'), 'utf8'))?.[1] ?? 'unknown';
} catch { /* no SOURCE.md: the commit stays unknown */ }

const warnings = [];
const licences = {};
const registerCount = Object.keys(all).length;

const add = (list, items) => [...new Set([...(list ?? []), ...(items ?? [])])];

for (const [key, r] of Object.entries(all)) {
  if (r.id !== key) warnings.push(`all.json: the entry under '${key}' has the id '${r.id}'`);
  const id = SPDX_IDS[key] ?? key;
  const conformance = r.od_conformance || 'not reviewed';
  if (!r.od_conformance) warnings.push(`all.json: '${key}' has no od_conformance; taken as 'not reviewed'`);
  const open = conformance === 'approved';
  if (open !== (key in od)) warnings.push(`od.json and all.json disagree on '${key}'`);
  const domains = ['content', 'data', 'software'].filter((d) => r[`domain_${d}`]);
  const entry = {
    title: r.title,
    open,
    registerIds: [key],
    odConformance: conformance,
    status: r.status,
    origin: 'register',
    domains,
    titles: [r.title],
    urls: r.url ? [normaliseUrl(r.url)] : [],
  };
  if (r.url) entry.url = r.url;
  if (r.family) entry.family = r.family;
  if (r.is_generic) entry.generic = true;
  if (r.legacy_ids?.length) entry.legacyIds = [...r.legacy_ids];
  if (!open) entry.reason = REGISTER_REASONS[key] ?? (conformance === 'rejected' ? 'rejected' : 'not-reviewed');
  if (id !== key) entry.origin = 'register+added'; // the SPDX id is an addition; the register's stays in registerIds
  licences[id] = entry;
}
for (const c of ckan) if (!all[c.id]) warnings.push(`ckan.json: '${c.id}' is not in all.json`);

for (const [id, extra] of [...Object.entries(ccEntries()), ...Object.entries(ADDITIONS), ...Object.entries(PORTAL_ADDITIONS)]) {
  const base = licences[id];
  if (!base) {
    if (extra.title === undefined || extra.open === undefined) throw new Error(`The hand-added entry '${id}' needs a title and open`);
    licences[id] = { ...extra, origin: 'added', titles: add([extra.title], extra.titles), urls: add(extra.url ? [normaliseUrl(extra.url)] : [], extra.urls) };
    continue;
  }
  const merged = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    if (Array.isArray(v) && k !== 'domains') merged[k] = add(base[k], v);
    else if (k !== 'title' && k !== 'open') merged[k] = v; // the register's title and verdict stand
  }
  if (extra.url) merged.urls = add(merged.urls, [normaliseUrl(extra.url)]);
  if (base.origin === 'register' && JSON.stringify(merged) !== JSON.stringify(base)) merged.origin = 'register+added';
  licences[id] = merged;
}
for (const [id, ckanIds] of [...Object.entries(CKAN_IDS), ...Object.entries(PORTAL_CKAN_IDS)]) {
  if (!licences[id]) throw new Error(`CKAN ids for an unknown licence '${id}'`);
  const before = licences[id].ckanIds;
  licences[id].ckanIds = add(before, ckanIds);
  if (licences[id].origin === 'register') licences[id].origin = 'register+added';
}
for (const [id, e] of Object.entries(licences)) {
  e.urls = add([], e.urls.map(normaliseUrl));
  if (!e.family) e.family = id;
  if (e.reason && !REASONS[e.reason]) throw new Error(`'${id}' has an unknown reason '${e.reason}'`);
  if (e.open && e.reason) delete e.reason;
}

// Every id, URL and title must name one licence only.
const seen = new Map();
const normId = (s) => s.trim().toLowerCase().replace(/[\s_]+/g, '-');
for (const [id, e] of Object.entries(licences)) {
  const keys = [
    ...[id, ...(e.registerIds ?? []), ...(e.legacyIds ?? []), ...(e.ckanIds ?? []), ...(e.aliases ?? [])].map((k) => `id:${normId(k)}`),
    ...e.urls.map((u) => `url:${u}`),
  ];
  for (const k of new Set(keys)) {
    const other = seen.get(k);
    if (other && other !== id) throw new Error(`'${k}' names both ${other} and ${id}`);
    seen.set(k, id);
  }
}

function sortDeep(v) {
  if (Array.isArray(v)) {
    const items = v.map(sortDeep);
    return items.every((x) => typeof x === 'string') ? [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : items;
  }
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().filter((k) => v[k] !== undefined && !(Array.isArray(v[k]) && v[k].length === 0)).map((k) => [k, sortDeep(v[k])]));
  }
  return v;
}

const added = Object.values(licences).filter((e) => e.origin === 'added').length;
const vocabulary = sortDeep({
  _source:
    `Built by scripts/build-licence-vocabulary.mjs from the Open Knowledge Foundation licence register (okfn/licenses, commit ${commit}; ` +
    'public domain under the Open Data Commons PDDL 1.0): every register entry, with its od_conformance as the open verdict. ' +
    'Added by hand (origin "added" or "register+added"): SPDX ids where the register differs (ODC-By-1.0, etalab-2.0, wxWindows), ' +
    'Creative Commons BY, BY-SA, BY-NC, BY-ND, BY-NC-SA and BY-NC-ND 1.0-3.0 (BY and BY-SA open, per Open Knowledge and Creative Commons 2014; ' +
    'NonCommercial and NoDerivatives never), CC-PDM-1.0, NCGL-UK-2.0 (not open), the CKAN catch-all cc-nc, CKAN ids, ' +
    'licences portals use (DL-DE-BY-2.0 and DL-DE-ZERO-2.0, open by the Open Definition list; NLOD 1.0 and 2.0, not reviewed; U.S. Government Works, public domain), ' +
    'National Archives, Open Data Commons and open.canada.ca URL forms, title variants, and a reason for every licence that is not open. ' +
    'Do not edit by hand: see rules/vocabularies/LICENCES.md.',
  register: { repository: 'okfn/licenses', commit, licence: 'PDDL-1.0', entries: registerCount },
  reasons: REASONS,
  licences,
});
const text = `${JSON.stringify(vocabulary, null, 2)}\n`;

for (const w of warnings) console.error(`note: ${w}`);
if (check) {
  let current = '';
  try { current = readFileSync(outFile, 'utf8'); } catch { /* absent: out of date */ }
  if (current !== text) {
    console.error(`${path.relative(process.cwd(), outFile)} is out of date: run node scripts/build-licence-vocabulary.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), outFile)} is up to date (${Object.keys(licences).length} licences).`);
} else {
  writeFileSync(outFile, text);
  console.log(`Wrote ${path.relative(process.cwd(), outFile)}: ${Object.keys(licences).length} licences (${registerCount} from the register at commit ${commit}, ${added} added by hand).`);
}
