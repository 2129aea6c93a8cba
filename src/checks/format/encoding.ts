import type { Check } from '../../model/check.js';

/** Text is valid in its encoding: UTF-8 unless the metadata declares another. */
const check: Check = {
  id: 'encoding',
  hints: {
    resaveOrDeclare: 'Re-save the file as UTF-8 (it was read as {detected} here), or declare "encoding": "{encoding}"',
    resaveOrDeclareInMetadata: 'Re-save the file as UTF-8 (it was read as {detected} here), or declare "encoding": "{encoding}" in the metadata',
    removeNul: 'Remove the NUL bytes: they are not text, and many tools stop reading or cut the value at them',
    resaveAndDeclare: 'Re-save the file as UTF-8 and declare "encoding": "utf-8"',
    looksLike: 'The bytes look like {encoding}: re-save the file as UTF-8, or declare "encoding": "{encoding}" in the metadata',
    resave: 'Re-save the file as UTF-8',
    'by.bom': 'its byte-order mark',
    'by.nul': 'the NUL bytes in its characters',
  },
  module: import.meta.url,
  description: 'Text is valid UTF-8, or valid in the encoding its metadata declares.',
  docs: {
    rationale: 'The UK cross-platform character encoding profile and Frictionless both recommend UTF-8. A Windows-1252 byte in a UTF-8 file turns names like "Café" into garbage for every user.',
    failing: 'A supplier name saved as the single byte 0xE9 for "é" (Windows-1252) in a file read as UTF-8.',
    passing: '"Café Durban" with "é" stored as the two UTF-8 bytes C3 A9.',
  },
  messages: {
    notUtf8: "The file is declared as '{encoding}'; this standard requires UTF-8",
    invalidBytes: 'Invalid UTF-8 byte sequence 0x{bytes} at byte {offset} (near "{context}")',
    declaredMismatch: "The file is {detected} (known by {by}), but its metadata declares the encoding '{declared}'",
    undeclaredWide: 'The file is {detected} (known by {by}), but no encoding is declared, so other tools read it as UTF-8',
    nulBytes: '{count, plural, one {A NUL byte (0x00)} other {# NUL bytes (0x00)}} in the text, the first on line {line}',
    moreInvalidBytes: '{more, plural, one {# more invalid UTF-8 byte sequence} other {# more invalid UTF-8 byte sequences}} not listed one by one ({total} in all)',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      requireUtf8: { type: 'boolean', default: false, description: 'Report a declared encoding other than UTF-8.' },
      maxReported: { type: 'integer', minimum: 1, default: 20, description: 'Invalid byte sequences reported one by one before a summary.' },
    },
  },
  formats: ['csv', 'json', 'ndjson', 'geojson', 'topojson'],
  createFileVisitor({ resource, options, report }) {
    return {
      facts(facts) {
        const wide = facts.encodingDetected;
        if (wide) {
          const detected = wide.encoding.toUpperCase();
          const by = wide.by === 'bom' ? 'its byte-order mark' : 'the NUL bytes in its characters';
          if (facts.encodingDeclaredAs !== undefined) {
            report({ line: 1, messageId: 'declaredMismatch', data: { detected, by, declared: facts.encodingDeclaredAs }, words: { by: { id: `by.${wide.by === 'bom' ? 'bom' : 'nul'}` } }, hint: { id: 'resaveOrDeclare', data: { detected, encoding: wide.encoding } } });
          } else if (!facts.encodingDeclared) {
            report({ line: 1, messageId: 'undeclaredWide', data: { detected, by }, words: { by: { id: `by.${wide.by === 'bom' ? 'bom' : 'nul'}` } }, hint: { id: 'resaveOrDeclareInMetadata', data: { detected, encoding: wide.encoding } } });
          }
        }
        if (facts.nulBytes) {
          report({ line: facts.nulBytes.line, messageId: 'nulBytes', data: { count: facts.nulBytes.count, line: facts.nulBytes.line }, hint: { id: 'removeNul' } });
        }
        if (options.requireUtf8 && facts.encodingDeclaredAs === undefined && facts.encodingDeclared && !/^utf-?8$/.test(facts.encoding) && !facts.encodingUnsupported) {
          report({ line: 1, messageId: 'notUtf8', data: { encoding: String(resource.encoding) }, hint: { id: 'resaveAndDeclare' } });
        }
        const max = options.maxReported as number;
        const hint = facts.likelyEncoding ? { id: 'looksLike', data: { encoding: facts.likelyEncoding } } : { id: 'resave' };
        facts.invalidBytes.slice(0, max).forEach((b) => {
          report({ line: b.line, messageId: 'invalidBytes', data: { bytes: b.bytes.toUpperCase(), offset: b.offset, context: b.context }, hint });
        });
        const rest = facts.invalidBytesTotal - Math.min(max, facts.invalidBytes.length);
        if (rest > 0) report({ messageId: 'moreInvalidBytes', data: { more: rest, total: facts.invalidBytesTotal }, hint });
      },
    };
  },
};
export default check;
