import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('json-syntax');
afterEach(cleanupTempDirs);

describe('json-syntax', () => {
  it('passes valid JSON and NDJSON files', async () => {
    expect(await lint({ 'a.json': '[\n  {"dam": "Vaal", "level": 61.2}\n]\n', 'b.ndjson': '{"dam": "Vaal"}\n{"dam": "Gariep"}\n' })).toEqual([]);
  });

  it('reports a JSON syntax error at its line and column, and says reading stopped', async () => {
    const findings = await lint({ 'a.json': '[\n {"a": 1},\n {"a": 2\n]\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/json-syntax', message: "Unexpected character ']' where ',' or '}' was expected", file: 'a.json', line: 4, column: 1 },
    ]);
    expect(findings[0]!.hint).toBe('Reading stopped here: fix this error and lint again');
    expect(findings[0]).toMatchObject({ messageId: 'syntaxError', data: { reason: "Unexpected character ']' where ',' or '}' was expected" } });
  });

  it('reports each bad NDJSON line and reads on', async () => {
    const findings = await lint({ 'b.ndjson': '{"a": 1}\n{"a": 2\n{"a": 3}\n{"a" 4}\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/json-syntax', message: "Unexpected end of line: a closing '}' is missing", file: 'b.ndjson', line: 2, column: 8 },
      { ruleId: 'format/json-syntax', message: expect.any(String), file: 'b.ndjson', line: 4, column: 6 },
    ]);
    expect(findings[0]!.hint).toBeUndefined();
    expect(findings.map((f) => f.messageId)).toEqual(['syntaxError', 'syntaxError']);
  });

  it('reports an empty JSON file as a syntax error', async () => {
    const findings = await lint({ 'a.json': '\n' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'format/json-syntax', messageId: 'syntaxError', file: 'a.json', line: expect.any(Number) });
  });
});
