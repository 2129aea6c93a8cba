// How to add a missing licence, modification date or update frequency in each metadata form's own words: a hint
// that says "add 'licenses' to datapackage.json" is no help to someone whose metadata is a CKAN record or CSVW.
// Each check spreads the table it uses into its `hints` (ids 'add.<form>'), so catalogues translate each form's hint.
import type { HintRef } from '../model/check.js';
import type { MetadataForm } from '../model/dataset.js';
import { escapeTemplate } from '../util/message-template.js';

const LICENCE_EXAMPLE = '"licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "Creative Commons Attribution 4.0"}]';
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

const ADD_LICENCE: Record<MetadataForm, string> = {
  datapackage: `Add ${LICENCE_EXAMPLE} to datapackage.json (with the licence the data is published under); it covers every resource`,
  csvw: `Add "dc:license": {"@id": "${CC_BY}"} (the licence the data is published under) to the table group, where it covers every table`,
  'dcat-us': `Add "license": "${CC_BY}" (the licence the data is published under) to the dataset`,
  'dcat-ap': `Add "dct:license": {"@id": "${CC_BY}"} (the licence the data is published under) to each distribution, or to the dataset`,
  ckan: 'Choose the licence the data is published under for the dataset in the catalogue, so the record has a license_id (for example "cc-by")',
  'schema-org': `Add "license": "${CC_BY}" (the licence the data is published under) to the Dataset`,
};

const ADD_MODIFIED: Record<MetadataForm, string> = {
  datapackage: 'Add "modified": "YYYY-MM-DD" (the date the data last changed) to datapackage.json; a resource may override it with its own "modified"',
  csvw: 'Add "dc:modified": "YYYY-MM-DD" (the date the data last changed) to the table group, or to each table',
  'dcat-us': 'Add "modified": "YYYY-MM-DD" (the date the data last changed) to the dataset',
  'dcat-ap': 'Add "dct:modified": {"@value": "YYYY-MM-DD", "@type": "xsd:date"} (the date the data last changed) to the dataset',
  ckan: "Record the date the data last changed: an extra 'modified' (YYYY-MM-DD), or each resource's last_modified",
  'schema-org': 'Add "dateModified": "YYYY-MM-DD" (the date the data last changed) to the Dataset',
};

const HOW_OFTEN = "an ISO 8601 repeating duration such as R/P1M, an EU frequency code such as MONTHLY (or its URI http://publications.europa.eu/resource/authority/frequency/MONTHLY), or a Dublin Core term such as monthly; IRREG or irregular when there is no schedule";

const FREQUENCY_PROPERTY: Record<MetadataForm, string> = {
  datapackage: '"accrualPeriodicity"',
  csvw: '"dcat:accrualPeriodicity"',
  'dcat-us': '"accrualPeriodicity"',
  'dcat-ap': '"dct:accrualPeriodicity"',
  ckan: "the dataset's frequency (or an extra 'frequency')",
  'schema-org': 'an update frequency (schema.org has no property for it: publish DCAT or Data Package metadata beside it)',
};

/** How to write an update frequency: the hint of a frequency odlint cannot read. */
export const WRITE_FREQUENCY_HINT = escapeTemplate(`Write ${HOW_OFTEN}`);

/** Hint templates by id 'add.<form>': a check's `hints` spread them in. Braces in the English are escaped. */
function byForm(table: Record<MetadataForm, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([form, text]) => [`add.${form}`, escapeTemplate(text)]));
}

export const ADD_LICENCE_HINTS = byForm(ADD_LICENCE);
export const ADD_MODIFIED_HINTS = byForm(ADD_MODIFIED);
export const ADD_FREQUENCY_HINTS = byForm(Object.fromEntries(Object.entries(FREQUENCY_PROPERTY).map(([form, property]) => [form, `Add ${property}: ${HOW_OFTEN}`])) as Record<MetadataForm, string>);

/** The hint (one of those tables') for metadata of this form that lacks the property. */
export function addHint(form: MetadataForm | undefined): HintRef {
  return { id: `add.${form ?? 'datapackage'}` };
}
