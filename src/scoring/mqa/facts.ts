// What a metadata form's MQA extractor reads from the metadata as written, for the scoring core (../mqa.ts) to score:
// which indicators a dataset meets, and for each of its distributions which distribution-level ones it meets.

/** What one distribution gives, as MQA judges it on a distribution. */
export interface MqaDistributionFacts {
  accessUrl: boolean;
  downloadUrl: boolean;
  format: boolean;
  mediaType: boolean;
  /** Its format and media type are from their controlled vocabularies (EU file-type table, IANA media types). */
  formatVocabulary: boolean;
  nonProprietary: boolean;
  machineReadable: boolean;
  licence: boolean;
  licenceVocabulary: boolean;
  rights: boolean;
  byteSize: boolean;
  issued: boolean;
  modified: boolean;
}

/** What a dataset gives, as MQA judges it on the dataset, and its distributions. */
export interface MqaFacts {
  keywords: boolean;
  themes: boolean;
  spatial: boolean;
  temporal: boolean;
  accessRights: boolean;
  accessRightsVocabulary: boolean;
  contactPoint: boolean;
  publisher: boolean;
  issued: boolean;
  modified: boolean;
  distributions: MqaDistributionFacts[];
}

/** A distribution that gives nothing (one only referred to, or an empty object). */
export function emptyDistribution(): MqaDistributionFacts {
  return {
    accessUrl: false,
    downloadUrl: false,
    format: false,
    mediaType: false,
    formatVocabulary: false,
    nonProprietary: false,
    machineReadable: false,
    licence: false,
    licenceVocabulary: false,
    rights: false,
    byteSize: false,
    issued: false,
    modified: false,
  };
}
