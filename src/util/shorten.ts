// Long text shortened for reports. A value from the data or its metadata (a title, a licence name, a field name, a
// cell) is quoted in the message of every finding about it, so a megabyte-long one made reports of many megabytes.
// Text longer than its limit is shown as its start and its last 40 characters around an ellipsis, then its length:
//   'TTTT…TTTT (shortened from 1,048,576 characters)'
// The same text always gives the same result, a surrogate pair is never split, and shortened text fits its limit, so
// shortening it again changes nothing.

/** The longest value a message quotes whole (a value, a name, a list written out). */
export const MAX_VALUE_LENGTH = 250;
const TAIL = 40;
/** Room for the ellipsis and " (shortened from 536,870,888 characters)", V8's longest string. */
const MARKER_ROOM = 50;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Characters as people count them: code points (a surrogate pair is one). */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isLowSurrogate(text.charCodeAt(i)) || !isHighSurrogate(text.charCodeAt(i - 1))) n++;
  return n;
}

/** The text as it is when it has at most `max` characters, else shortened (see above). */
export function shortenValue(text: string, max = MAX_VALUE_LENGTH): string {
  if (text.length <= max) return text;
  const total = codePoints(text);
  if (total <= max) return text;
  let headEnd = max - TAIL - MARKER_ROOM;
  if (isHighSurrogate(text.charCodeAt(headEnd - 1))) headEnd--;
  let tailStart = text.length - TAIL;
  if (isLowSurrogate(text.charCodeAt(tailStart))) tailStart++;
  return `${text.slice(0, headEnd)}…${text.slice(tailStart)} (shortened from ${total.toLocaleString('en-US')} characters)`;
}
