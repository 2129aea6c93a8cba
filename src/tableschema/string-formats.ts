// Types whose value is the cell itself: any, string, and the string formats email, uri, uuid and binary (base64).
import type { HintRef } from '../model/check.js';
import { quote } from './explain.js';
import { INVALID, type TypeImpl } from './type-impl.js';
import type { Field } from '../model/table-schema.js';

const identity = (cell: string): unknown => cell;

export const ANY: TypeImpl = { cast: identity, expected: 'any value' };

const EMAIL_RE =
  /^[^\s@"(),:;<>[\]\\.]+(?:\.[^\s@"(),:;<>[\]\\.]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$/u;
const URI_RE =
  /^(?:(?:https?|ftps?|wss?):\/\/[^\s/?#<>"{}|\\^`]+[^\s<>"{}|\\^`]*|(?!(?:https?|ftps?|wss?):)[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+)$/i;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function regexCast(re: RegExp): (cell: string) => unknown {
  return (cell) => (re.test(cell) ? cell : INVALID);
}

export function compileString(field: Field): TypeImpl {
  switch (field.format) {
    case 'email':
      return { cast: regexCast(EMAIL_RE), expected: 'an email address', explain: explainEmail };
    case 'uri':
      return { cast: regexCast(URI_RE), expected: 'an absolute URI with a scheme, such as https://…', explain: explainUri };
    case 'uuid':
      return { cast: regexCast(UUID_RE), expected: 'a UUID such as 123e4567-e89b-12d3-a456-426614174000', explain: explainUuid };
    case 'binary':
      return { cast: regexCast(BASE64_RE), expected: 'base64-encoded data', explain: explainBase64 };
    default:
      return { cast: identity, expected: 'a string' };
  }
}

function explainEmail(cell: string): HintRef | undefined {
  const s = cell.trim();
  if (/^mailto:/i.test(s)) return { id: 'explain.mailto', data: { value: quote(cell) } };
  if (/[;,]|\s\S/.test(s) && (s.match(/@/g)?.length ?? 0) > 1) return { id: 'explain.severalAddresses', data: { value: quote(cell) } };
  if (!s.includes('@')) return { id: 'explain.noAt', data: { value: quote(cell) } };
  if (/\s/.test(s)) return { id: 'explain.emailWhiteSpace', data: { value: quote(cell) } };
  if ((s.match(/@/g)?.length ?? 0) > 1) return { id: 'explain.severalAt', data: { value: quote(cell) } };
  const domain = s.slice(s.indexOf('@') + 1);
  if (!domain.includes('.')) return { id: 'explain.domainNoDot', data: { domain } };
  return undefined;
}

function explainUri(cell: string): HintRef | undefined {
  const s = cell.trim();
  if (/^www\./i.test(s)) return { id: 'explain.noScheme', data: { value: quote(cell), fixed: `https://${s}` } };
  if (/\s/.test(s)) return { id: 'explain.uriWhiteSpace', data: { value: quote(cell) } };
  if (/^(?:\/|\.\.?\/|#|\?)/.test(s)) return { id: 'explain.relativeUri', data: { value: quote(cell) } };
  if (/^[^:/?#]+\.[a-z]{2,}(?:[/?#]|$)/i.test(s)) return { id: 'explain.noScheme', data: { value: quote(cell), fixed: `https://${s}` } };
  if (/^(?:https?|ftps?|wss?):(?!\/\/)/i.test(s)) return { id: 'explain.noSlashes', data: { value: quote(cell) } };
  return undefined;
}

function explainUuid(cell: string): HintRef | undefined {
  const s = cell.trim();
  if (/^\{[0-9a-f-]+\}$/i.test(s) || /^urn:uuid:/i.test(s)) return { id: 'explain.uuidWrapped', data: { value: quote(cell) } };
  if (/^[0-9a-f]{32}$/i.test(s)) return { id: 'explain.uuidNoHyphens', data: { value: quote(cell) } };
  if (/[^0-9a-f-]/i.test(s)) return { id: 'explain.uuidNotHex', data: { value: quote(cell) } };
  return undefined;
}

function explainBase64(cell: string): HintRef | undefined {
  if (/[-_]/.test(cell) && /^[A-Za-z0-9\-_]*={0,2}$/.test(cell)) {
    return { id: 'explain.base64UrlSafe', data: { value: quote(cell) } };
  }
  if (/[^A-Za-z0-9+/=]/.test(cell)) return { id: 'explain.base64Alphabet', data: { value: quote(cell) } };
  if (cell.length % 4 !== 0) return { id: 'explain.base64Length', data: { value: quote(cell) } };
  return undefined;
}
