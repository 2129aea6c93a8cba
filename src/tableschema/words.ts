// What a field's type expects ('an integer', 'a date in the form YYYY-MM-DD'), as words a catalogue can translate:
// the type check gives them with its message (Report.words), so `{expected}` reads in the reader's language while the
// finding's data, which fingerprints hash, keeps the English wording. The types (numeric.ts, temporal.ts, …) keep
// writing `expected` in English; expectedWords reads it back into ids, and gives nothing for a wording it does not
// know, which then stays English.
import type { HintRef } from '../model/check.js';
import { formatMessage } from '../util/message-template.js';
import { MONTH_WORDS } from './temporal-explain.js';

/** Templates by id, in the type check's hints ('expected.*'). */
export const TYPE_WORDS: Readonly<Record<string, string>> = {
  'expected.list': '{first}, {rest}',
  'expected.integer': 'an integer',
  'expected.integerWith': 'an integer ({details})',
  'expected.number': 'a number',
  'expected.numberWith': 'a number ({details})',
  'expected.decimalPoint': "decimal point '.'",
  'expected.decimalMark': "decimal mark '{char}'",
  'expected.thousandsSeparator': "thousands separator '{char}'",
  'expected.bareNumber': 'surrounding text such as a currency sign or % allowed',
  'expected.boolean': 'true or false',
  'expected.booleanValues': 'one of {trueValues} (true) or {falseValues} (false)',
  'expected.date': 'a date in the form YYYY-MM-DD',
  'expected.dateAny': 'a date in the form YYYY-MM-DD or YYYYMMDD',
  'expected.datetime': 'a date and time in the form YYYY-MM-DDThh:mm:ss, optionally followed by Z or ±hh:mm',
  'expected.datetimeAny': 'a date and time in the form YYYY-MM-DDThh:mm[:ss] or YYYY-MM-DD hh:mm[:ss], optionally followed by Z or an offset',
  'expected.time': 'a time in the form hh:mm:ss',
  'expected.timeAny': 'a time in the form hh:mm or hh:mm:ss',
  'expected.dateForm': 'a date in the form {format}',
  'expected.datetimeForm': 'a date and time in the form {format}',
  'expected.timeForm': 'a time in the form {format}',
  'expected.year': 'a four-digit year',
  'expected.yearmonth': 'a year and month in the form YYYY-MM',
  'expected.duration': 'an ISO 8601 duration such as P1Y2M10DT2H30M',
  'expected.object': 'a JSON object',
  'expected.array': 'a JSON array',
  'expected.geojson': 'a GeoJSON object',
  'expected.topojson': 'a TopoJSON object',
  'expected.geopoint': "a point in the form 'lon, lat'",
  'expected.geopointArray': 'a JSON array [lon, lat]',
  'expected.geopointObject': 'a JSON object \\{"lon": …, "lat": …\\}',
  'expected.any': 'any value',
  'expected.string': 'a string',
  'expected.email': 'an email address',
  'expected.uri': 'an absolute URI with a scheme, such as https://…',
  'expected.uuid': 'a UUID such as 123e4567-e89b-12d3-a456-426614174000',
  'expected.base64': 'base64-encoded data',
  // Why a cell is not of its type: the hints of the type check (CompiledField.explainHint).
  'explain.onlyWhiteSpace': 'the cell holds only white space; leave it empty if the value is missing',
  'explain.outerWhiteSpace': '{value} has leading or trailing white space; remove it',
  'explain.missingMarker': '{value} looks like a missing-value marker: declare it in missingValues',
  'explain.spreadsheetError': '{value} is a spreadsheet error value, not data; fix the formula',
  'explain.noSuchMonth': '{value} is not a real date (there is no month {month})',
  'explain.noDayZero': '{value} is not a real date (there is no day 0)',
  'explain.monthDays': '{value} is not a real date ({month} {year} has {days} days)',
  ...MONTH_WORDS,
  'explain.hourRange': 'hour {hour} is out of range (00–23)',
  'explain.minuteRange': 'minute {minute} is out of range (00–59)',
  'explain.secondRange': 'second {second} is out of range (00–59)',
  'explain.dateNoHyphens': "{value} has no hyphens; write {fixed} or declare format 'any'",
  'explain.dateTwoDigits': '{value} needs two-digit months and days; write {fixed}',
  'explain.dateNotIso': "{value} is not in the form YYYY-MM-DD; write {fixed} or declare format '{format}'",
  'explain.aRealDate': 'a real date',
  'explain.dayMonthYear': "{value} looks like day{sep}month{sep}year; write {fixed} or declare format '{format}'",
  'explain.monthDayYear': "{value} looks like month{sep}day{sep}year; write {fixed} or declare format '{format}'",
  'explain.dateAmbiguous': "{value} is not in the form YYYY-MM-DD (day and month order is ambiguous); write it as YYYY-MM-DD or declare format '{dayFirst}' or '{monthFirst}'",
  'explain.serialDate': '{value} looks like a spreadsheet serial date number; export dates as text in the form YYYY-MM-DD',
  'explain.clockProblem': '{value}: {problem}',
  'explain.twoDigitHour': '{value} needs a two-digit hour; write {fixed}',
  'explain.noSeconds': '{value} has no seconds; write {fixed}',
  'explain.offsetColon': '{value} has an offset without a colon; write it as ±hh:mm',
  'explain.twelveHour': "{value} uses a 12-hour clock; write {fixed} or declare a format such as '%I:%M %p'",
  'explain.timeNotIso': '{value} is not in the form hh:mm:ss; write {fixed}',
  'explain.yearNotDate': "{value} is a year, not a date: declare the field's type year if it holds years, or write the full date",
  'explain.yearNotDatetime': "{value} is a year, not a date and time: declare the field's type year if it holds years, or write the full date and time",
  'explain.yearMonthNotDate': "{value} is a year and month, not a date: declare the field's type yearmonth if it holds months, or write the full date",
  'explain.yearMonthNotDatetime': "{value} is a year and month, not a date and time: declare the field's type yearmonth if it holds months, or write the full date and time",
  'explain.dateHasTime': '{value} has a time part; a date is written YYYY-MM-DD only (or use type datetime)',
  'explain.noTimePart': '{value} has no time part; write {fixed} or use type date',
  'explain.datetimeNotIso': "{value} does not start with a YYYY-MM-DD date; write YYYY-MM-DDThh:mm:ss or declare a format such as '%d/%m/%Y %H:%M'",
  'explain.spaceBeforeTime': "{value} uses a space between date and time; write {fixed} or declare format 'any'",
  'explain.lowerCaseT': "{value} uses a lower-case 't'; write {fixed}",
  'explain.timeHasDate': '{value} has a date part; a time is written hh:mm:ss (or use type datetime)',
  'explain.badPattern': "the field's format '{format}' is not a usable pattern: {error}",
  'explain.yearDays': '{value} is not a real date ({year} has {days} days)',
  'explain.isoNotFormat': "{value} is written in ISO 8601 form but the field's format is '{format}'",
  'explain.notFormat': "{value} does not match the format '{format}'",
  'explain.yearDecimal': '{value} has a decimal part; write {fixed}',
  'explain.notFourDigits': '{value} is not a four-digit year',
  'explain.yearMonthOrRange': '{value} is a year and month (use type yearmonth) or a range of years; a year is four digits',
  'explain.yearRange': '{value} looks like a range of years (a financial year?); a year is four digits',
  'explain.fullDate': '{value} is a full date; write {fixed} or use type date',
  'explain.monthRange': '{value}: month {month} is out of range (01–12)',
  'explain.yearMonthNotIso': '{value} is not in the form YYYY-MM; write {fixed}',
  'explain.monthFirst': '{value} puts the month first; write {fixed}',
  'explain.noHyphen': '{value} has no hyphen; write {fixed}',
  'explain.booleanSpelling': '{value} is not one of the accepted spellings: {trueValues} / {falseValues}',
  'explain.booleanUndeclared': '{value} is not a declared true or false value; write {trueValue} or {falseValue}, or declare trueValues and falseValues',
  'explain.durationEmpty': '{value} has no components; write e.g. P0D or PT0S for zero',
  'explain.durationT': "{value} ends with 'T' but no hours, minutes or seconds follow",
  'explain.durationLowerCase': '{value} uses lower-case letters; ISO 8601 durations use P, Y, M, W, D, T, H, S',
  'explain.durationBeforeT': "{value} has hours or seconds before 'T'; write e.g. PT2H30M",
  'explain.durationNumber': '{value} is a bare number; write it as an ISO 8601 duration, e.g. PT{number}S or P{number}D',
  'explain.durationClock': '{value} is a clock time; write it as an ISO 8601 duration, e.g. {fixed}',
  'explain.durationOrder': '{value} has its components out of order or malformed (order: Y M W D T H M S)',
  'explain.mailto': "{value} starts with 'mailto:'; write the address only",
  'explain.severalAddresses': '{value} holds more than one address',
  'explain.noAt': "{value} has no '@'",
  'explain.emailWhiteSpace': '{value} contains white space',
  'explain.severalAt': "{value} has more than one '@'",
  'explain.domainNoDot': "the domain '{domain}' has no dot; write a full domain such as example.org",
  'explain.noScheme': '{value} has no scheme; write {fixed}',
  'explain.uriWhiteSpace': '{value} contains white space; encode spaces as %20',
  'explain.relativeUri': '{value} is a relative reference; an absolute URI with a scheme is required',
  'explain.noSlashes': "{value} lacks '//' after the scheme",
  'explain.uuidWrapped': '{value} wraps the UUID; write the 36-character form only',
  'explain.uuidNoHyphens': '{value} has no hyphens; write it as 8-4-4-4-12 hexadecimal digits',
  'explain.uuidNotHex': '{value} contains characters that are not hexadecimal digits',
  'explain.base64UrlSafe': "{value} uses the URL-safe base64 alphabet ('-' and '_'); standard base64 uses '+' and '/'",
  'explain.base64Alphabet': '{value} contains characters outside the base64 alphabet',
  'explain.base64Length': "the length of {value} is not a multiple of 4 (missing '=' padding?)",
  'explain.singleQuotes': '{value} uses single quotes; JSON needs double quotes',
  'explain.notJson': '{value} is not valid JSON ({reason})',
  'explain.jsonNotObject': '{value} is JSON {kind}, not an object',
  'explain.jsonNotArray': '{value} is JSON {kind}, not an array',
  'explain.json.array': 'an array',
  'explain.json.object': 'an object',
  'explain.json.null': 'null',
  'explain.json.string': 'a string',
  'explain.json.number': 'a number',
  'explain.json.boolean': 'a boolean',
  'explain.notGeo': '{value} is not {format}: {problem}',
  'explain.geopointJson': "{value} is JSON; declare format 'array' or 'object', or write 'lon, lat'",
  'explain.latitudeRange': 'latitude {lat} is out of range (-90 to 90)',
  'explain.latitudeSwapped': 'latitude {lat} is out of range (-90 to 90); are longitude and latitude swapped? the order is lon, lat',
  'explain.longitudeRange': 'longitude {lon} is out of range (-180 to 180)',
  'explain.sep.space': 'a space',
  'explain.sep.nonBreakingSpace': 'a non-breaking space',
  'explain.sep.narrowNonBreakingSpace': 'a narrow non-breaking space',
  'explain.sep.comma': 'a comma',
  'explain.sep.dot': 'a dot',
  'explain.sep.apostrophe': 'an apostrophe',
  'explain.sep.underscore': 'an underscore',
  'explain.sep.other': "'{char}'",
  'explain.dotEither': 'has a dot that is either a decimal point or a thousands separator',
  'explain.fixedOrDot': '{grouped} (or {decimal} if the dot is a decimal point)',
  'explain.usesEither': 'uses {sep} either as thousands separator or as decimal mark',
  'explain.fixedOr': '{grouped} or {decimal}',
  'explain.decimalPart': 'has a decimal part',
  'explain.usesAs.thousands': 'uses {sep} as thousands separator',
  'explain.usesAs.decimal': 'uses {sep} as decimal mark',
  'explain.as.thousands': '{sep} as thousands separator',
  'explain.as.decimal': '{sep} as decimal mark',
  'explain.and': '{first} and {rest}',
  'explain.nonNumeric': "has non-numeric text ('{text}')",
  'explain.phrase': '{value} {phrase}',
  'explain.write': '{value} {phrases}; write {fixed}',
  'explain.writeOrDeclare': '{value} {phrases}; write {fixed} or declare {declare}',
  'explain.beyondFloat': '{value} is beyond the range of a 64-bit floating-point number (about ±1.8e308), the range most tools read numbers in',
  'explain.notAnInteger': '{value} is not an integer',
  'explain.nanInf': '{value}: write NaN, INF or -INF exactly',
  'explain.hexadecimal': '{value} is hexadecimal; write it in decimal digits ({fixed})',
  'explain.accounting': '{value} uses accounting notation for a negative number; write {fixed}',
  'explain.notWhole': '{value} is not a whole number (use type number for fractional values)',
  'explain.exponent': '{value} uses exponent notation',
  'explain.exponentWrite': '{value} uses exponent notation; write {fixed}',
};

const FIXED = new Map<string, string>(
  Object.entries(TYPE_WORDS).filter(([, t]) => !/(?<!\\)\{/.test(t)).map(([id, t]) => [formatMessage(t), id]),
);

function list(items: HintRef[]): HintRef {
  return items.slice(0, -1).reduceRight<HintRef>((rest, first) => ({ id: 'expected.list', data: { first, rest } }), items[items.length - 1]!);
}

function detail(text: string): HintRef | undefined {
  if (text === "decimal point '.'") return { id: 'expected.decimalPoint' };
  if (text === TYPE_WORDS['expected.bareNumber']) return { id: 'expected.bareNumber' };
  const m = /^(decimal mark|thousands separator) '(.+)'$/s.exec(text);
  if (m) return { id: m[1] === 'decimal mark' ? 'expected.decimalMark' : 'expected.thousandsSeparator', data: { char: m[2]! } };
  return undefined;
}

/** Words of this module in English, nested words filled in first. */
export function renderTypeWords(ref: HintRef): string {
  const data: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(ref.data ?? {})) data[k] = typeof v === 'object' ? renderTypeWords(v) : v;
  return formatMessage(TYPE_WORDS[ref.id]!, data, { whole: true });
}

const render = renderTypeWords;

function read(expected: string): HintRef | undefined {
  const fixed = FIXED.get(expected);
  if (fixed) return { id: fixed };
  const numeric = /^(an integer|a number) \((.+)\)$/s.exec(expected);
  if (numeric) {
    const parts = numeric[2]!.split(/, (?=decimal |thousands |surrounding )/).map(detail);
    if (parts.some((p) => p === undefined)) return undefined;
    return { id: numeric[1] === 'an integer' ? 'expected.integerWith' : 'expected.numberWith', data: { details: list(parts as HintRef[]) } };
  }
  const form = /^(a date|a date and time|a time) in the form (.+)$/s.exec(expected);
  if (form) return { id: form[1] === 'a date' ? 'expected.dateForm' : form[1] === 'a time' ? 'expected.timeForm' : 'expected.datetimeForm', data: { format: form[2]! } };
  const bool = /^one of (.*) \(true\) or (.*) \(false\)$/s.exec(expected);
  if (bool) return { id: 'expected.booleanValues', data: { trueValues: bool[1]!, falseValues: bool[2]! } };
  return undefined;
}

const cache = new Map<string, HintRef | null>();

/** The words of a type's `expected`, or undefined when it is not one this module knows (it then stays English). */
export function expectedWords(expected: string): HintRef | undefined {
  let words = cache.get(expected);
  if (words === undefined) {
    const read_ = read(expected);
    // Only words that read back exactly as the English: anything else would make the engine refuse them.
    words = read_ && render(read_) === expected ? read_ : null;
    if (cache.size < 1000) cache.set(expected, words);
  }
  return words ?? undefined;
}
