// Types whose value is the cell itself: any, string, and the string formats email, uri, uuid and binary (base64).
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

function explainEmail(cell: string): string | undefined {
  const s = cell.trim();
  if (/^mailto:/i.test(s)) return `${quote(cell)} starts with 'mailto:'; write the address only`;
  if (/[;,]|\s\S/.test(s) && (s.match(/@/g)?.length ?? 0) > 1) return `${quote(cell)} holds more than one address`;
  if (!s.includes('@')) return `${quote(cell)} has no '@'`;
  if (/\s/.test(s)) return `${quote(cell)} contains white space`;
  if ((s.match(/@/g)?.length ?? 0) > 1) return `${quote(cell)} has more than one '@'`;
  const domain = s.slice(s.indexOf('@') + 1);
  if (!domain.includes('.')) return `the domain '${domain}' has no dot; write a full domain such as example.org`;
  return undefined;
}

function explainUri(cell: string): string | undefined {
  const s = cell.trim();
  if (/^www\./i.test(s)) return `${quote(cell)} has no scheme; write https://${s}`;
  if (/\s/.test(s)) return `${quote(cell)} contains white space; encode spaces as %20`;
  if (/^(?:\/|\.\.?\/|#|\?)/.test(s)) return `${quote(cell)} is a relative reference; an absolute URI with a scheme is required`;
  if (/^[^:/?#]+\.[a-z]{2,}(?:[/?#]|$)/i.test(s)) return `${quote(cell)} has no scheme; write https://${s}`;
  if (/^(?:https?|ftps?|wss?):(?!\/\/)/i.test(s)) return `${quote(cell)} lacks '//' after the scheme`;
  return undefined;
}

function explainUuid(cell: string): string | undefined {
  const s = cell.trim();
  if (/^\{[0-9a-f-]+\}$/i.test(s) || /^urn:uuid:/i.test(s)) return `${quote(cell)} wraps the UUID; write the 36-character form only`;
  if (/^[0-9a-f]{32}$/i.test(s)) return `${quote(cell)} has no hyphens; write it as 8-4-4-4-12 hexadecimal digits`;
  if (/[^0-9a-f-]/i.test(s)) return `${quote(cell)} contains characters that are not hexadecimal digits`;
  return undefined;
}

function explainBase64(cell: string): string | undefined {
  if (/[-_]/.test(cell) && /^[A-Za-z0-9\-_]*={0,2}$/.test(cell)) {
    return `${quote(cell)} uses the URL-safe base64 alphabet ('-' and '_'); standard base64 uses '+' and '/'`;
  }
  if (/[^A-Za-z0-9+/=]/.test(cell)) return `${quote(cell)} contains characters outside the base64 alphabet`;
  if (cell.length % 4 !== 0) return `the length of ${quote(cell)} is not a multiple of 4 (missing '=' padding?)`;
  return undefined;
}
