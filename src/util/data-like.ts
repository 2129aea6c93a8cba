// Cells that are values, not column names: shared by format/header-missing (lint) and odlint init, which both decide
// whether a file's first row is a header.

/** A number, an ISO or day/month/year date, a URL, true or false. */
export const LOOKS_LIKE_DATA = /^(-?\d+([.,]\d+)?|\d{4}-\d{2}-\d{2}.*|\d{1,2}\/\d{1,2}\/\d{2,4}|https?:\/\/.*|true|false)$/i;

/**
 * Values that are never column names. Whole numbers alone are not enough: wide tables name columns by year
 * ("region,2019,2020,2021"), and "true"/"false" can be labels too.
 */
export const CLEARLY_DATA = /^(-?\d+[.,]\d+|-?\d{5,}|\d{4}-\d{2}-\d{2}.*|\d{1,2}\/\d{1,2}\/\d{2,4}|https?:\/\/.*)$/i;
