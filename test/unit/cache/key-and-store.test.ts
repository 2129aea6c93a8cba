// The cache's key (what a cached finding depends on) and its store (reading a file without trusting it, writing it
// atomically).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_FORMAT, groupDigest, hashFile, keyChange, stableJson, type RunKey } from '../../../src/cache/key.js';
import { cacheFile, readCache, writeCache, type CacheFile } from '../../../src/cache/store.js';
import type { DatasetGroup } from '../../../src/datasets/groups.js';
import type { Rule } from '../../../src/model/standard.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'odlint-cache-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY: RunKey = { format: CACHE_FORMAT, tool: '1.0.0', code: 'c', standard: 's', settings: { now: '2026-11-27', maxFindingsPerRule: 1000, maxRecordBytes: undefined }, catalogue: 'k' };

describe('the run key', () => {
  it('writes the same value as the same text, whatever order its keys, Maps and Sets were built in', () => {
    expect(stableJson({ b: 1, a: [new Map([['x', new Set([1, 2])]])] })).toBe(stableJson({ a: [new Map([['x', new Set([1, 2])]])], b: 1 }));
    expect(stableJson(new Map([['x', 1]]))).not.toBe(stableJson(new Map([['x', 2]])));
  });

  it('says in a few words which part changed, and nothing when none did', () => {
    expect(keyChange(KEY, { ...KEY })).toBeUndefined();
    expect(keyChange(KEY, { ...KEY, tool: '1.1.0' })).toBe('it was written by odlint 1.0.0, not 1.1.0');
    expect(keyChange(KEY, { ...KEY, standard: 't' })).toBe("the standard or the config's rules changed");
    expect(keyChange(KEY, { ...KEY, settings: { ...KEY.settings, now: '2026-12-01' } })).toBe('the reference date changed (2026-11-27 → 2026-12-01)');
    expect(keyChange(KEY, { ...KEY, settings: { ...KEY.settings, maxFindingsPerRule: 0 } })).toMatch(/^the findings kept per rule and file changed \(1000 → all/);
    expect(keyChange(KEY, { ...KEY, catalogue: 'other' })).toMatch(/^the catalogue changed/);
  });

  it("hashes a file's bytes, and says when it is missing", () => {
    const file = path.join(dir, 'a.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    expect(hashFile(file)).toBe(createHash('sha256').update('a,b\n1,2\n').digest('hex'));
    const before = hashFile(file);
    writeFileSync(file, 'a,b\n1,3\n');
    expect(hashFile(file)).not.toBe(before);
    expect(hashFile(path.join(dir, 'none.csv'))).toBe('missing');
  });

  it("changes a group's digest with a file's content and with the rules that apply to its files", () => {
    const group: DatasetGroup = { key: 'p/datapackage.json', datasets: [], files: ['p/datapackage.json', 'p/data.csv'] };
    const rule = (severity: Rule['severity']) => ({ id: 'format/type', check: 'type', category: 'format', severity, options: {} }) as unknown as Rule;
    const warn = new Map([['format/type', rule('warning')]]);
    const err = new Map([['format/type', rule('error')]]);
    const contents = new Map([['p/datapackage.json', 'm1'], ['p/data.csv', 'd1']]);
    const base = groupDigest(group, contents, { rulesFor: () => warn });
    expect(groupDigest(group, contents, { rulesFor: () => warn })).toBe(base);
    expect(groupDigest(group, new Map([...contents, ['p/data.csv', 'd2']]), { rulesFor: () => warn })).not.toBe(base);
    expect(groupDigest(group, contents, { rulesFor: (f) => (f === 'p/data.csv' ? err : warn) })).not.toBe(base);
  });
});

describe('the cache file', () => {
  it('is .odlintcache in the working folder, in a folder given (existing or ending in /), or the file given', () => {
    mkdirSync(path.join(dir, 'existing'), { recursive: true });
    expect(cacheFile(undefined, dir)).toBe(path.join(dir, '.odlintcache'));
    expect(cacheFile('existing', dir)).toBe(path.join(dir, 'existing', '.odlintcache'));
    expect(cacheFile('new/', dir)).toBe(path.join(dir, 'new', '.odlintcache'));
    expect(cacheFile('new/cache.json', dir)).toBe(path.join(dir, 'new', 'cache.json'));
  });

  it('round-trips through an atomic write into a folder it creates, leaving no temporary file', () => {
    const file = path.join(dir, 'deep', 'er', 'c.json');
    const cache: CacheFile = {
      odlintCache: CACHE_FORMAT,
      key: KEY,
      groups: { g: { inputs: 'i', dependsOn: { h: 'j' }, files: 1, records: { 'p/data.csv': 3 }, findings: [{ ruleId: 'r', category: 'format', severity: 'error', message: 'm', file: 'p/data.csv', line: 2, messageId: 'x', hintRef: { key: 'k' } }], omitted: [{ ruleId: 'r', severity: 'error', file: 'p/data.csv', count: 4 }] } },
    };
    writeCache(file, cache);
    expect(readCache(file)).toEqual({ cache: JSON.parse(JSON.stringify(cache)) });
    expect(readdirSync(path.dirname(file))).toEqual(['c.json']);
  });

  it('is absent when missing, and ignored, with the reason, when it cannot be trusted', () => {
    const file = path.join(dir, 'bad.json');
    expect(readCache(file)).toEqual({ absent: true });
    const ignored = (text: string) => {
      writeFileSync(file, text);
      return (readCache(file) as { ignored?: string }).ignored;
    };
    expect(ignored('{"odlintCache": 1, "key"')).toMatch(/^it is not valid JSON/);
    expect(ignored('[1, 2]')).toBe('it is not an odlint cache');
    expect(ignored(JSON.stringify({ odlintCache: 99, key: KEY, groups: {} }))).toBe(`it has format 99, not ${CACHE_FORMAT}`);
    expect(ignored(JSON.stringify({ odlintCache: CACHE_FORMAT, key: { ...KEY, code: 3 }, groups: {} }))).toBe('its contents are not what odlint writes');
    const entry = { inputs: 'i', dependsOn: {}, files: 1, records: {}, findings: [], omitted: [] };
    expect(ignored(JSON.stringify({ odlintCache: CACHE_FORMAT, key: KEY, groups: { g: { ...entry, findings: [{ ruleId: 'r', severity: 'fatal' }] } } }))).toBe('its contents are not what odlint writes');
    expect(ignored(JSON.stringify({ odlintCache: CACHE_FORMAT, key: KEY, groups: { g: { ...entry, records: { f: -1 } } } }))).toBe('its contents are not what odlint writes');
    expect(readCache(path.join(dir, 'existing'))).toEqual({ ignored: 'it cannot be read (EISDIR)' });
  });
});
