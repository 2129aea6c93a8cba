// How to add a missing licence, modification date or update frequency in each metadata form's own words: a hint
// that says "add 'licenses' to datapackage.json" is no help to someone whose metadata is a CKAN record or CSVW.
import type { MetadataForm } from '../model/dataset.js';

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

const FREQUENCY_PROPERTY: Record<MetadataForm, string> = {
  datapackage: '"accrualPeriodicity"',
  csvw: '"dcat:accrualPeriodicity"',
  'dcat-us': '"accrualPeriodicity"',
  'dcat-ap': '"dct:accrualPeriodicity"',
  ckan: "the dataset's frequency (or an extra 'frequency')",
  'schema-org': 'an update frequency (schema.org has no property for it: publish DCAT or Data Package metadata beside it)',
};

/** The hint for metadata that declares no licence. */
export function addLicenceHint(form: MetadataForm | undefined): string {
  return ADD_LICENCE[form ?? 'datapackage'];
}

/** The hint for metadata that gives no modification date. */
export function addModifiedHint(form: MetadataForm | undefined): string {
  return ADD_MODIFIED[form ?? 'datapackage'];
}

/** The property that holds an update frequency in the form, for "Add <property>: <how>". */
export function frequencyProperty(form: MetadataForm | undefined): string {
  return FREQUENCY_PROPERTY[form ?? 'datapackage'];
}
