// Hints that several checks (or the helpers they share) give: a report names one by id as it names its check's own
// hints. Catalogues key them `hint.<id>`. English is written here; translations are in the standard's locale files.
export const COMMON_HINTS: Readonly<Record<string, string>> = {
};
