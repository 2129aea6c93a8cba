// Megabyte-long values in a package — its name, title, licence, a field name and a cell — were quoted whole in the message of every finding about them (and in its field, data and dataset), so a
// package of a few megabytes gave reports many times its size. Each value longer than 250 characters is now shown
// shortened, as its start and end and its length, never splitting a surrogate pair; fingerprints still hash it whole.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, makeTempDir } from '../e2e/helpers.js';
import { lintData } from './helpers.js';

afterAll(cleanupTempDirs);

const MB = 1 << 20;
const big = (c: string): string => c.repeat(MB);
/** A field name whose shortening cuts inside a surrogate pair at both ends (159 + 2 × 524,288 + 1 UTF-16 units). */
const EMOJI_FIELD = `${'F'.repeat(159)}${'😀'.repeat(MB / 2)}F`;
/** Two field names alike but for one character in the middle: shortened, they read the same. */
const twin = (c: string): string => `${'a'.repeat(500)}${c}${'a'.repeat(500)}`;
const FORMATS = ['sarif', 'stylish', 'github', 'junit', 'gitlab', 'markdown', 'html'];

/** The package (each megabyte of descriptor costs the run about 300 ms); returns its size in bytes. */
function writePackage(dir: string): number {
  const descriptor = {
    name: big('n'),
    title: big('T'),
    licenses: [{ name: big('L'), path: 'https://example.org/licence' }],
    resources: [{
      name: 'data', path: 'data.csv', format: 'csv',
      schema: { fields: [{ name: EMOJI_FIELD, type: 'integer' }, { name: twin('1'), type: 'integer' }, { name: twin('2'), type: 'integer' }] },
    }],
  };
  const csv = `${EMOJI_FIELD},${twin('1')},${twin('2')}\n${big('v')},x,y\n1,2,3\n`;
  writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(descriptor));
  writeFileSync(path.join(dir, 'data.csv'), csv);
  return Buffer.byteLength(JSON.stringify(descriptor)) + Buffer.byteLength(csv);
}

/** Every string in a parsed JSON document, keys too. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('megabyte-long values in a package', () => {
  const dir = makeTempDir('odlint-huge-');
  const out = makeTempDir('odlint-huge-out-');
  const inputBytes = writePackage(dir);
  // One run writes every format: JSON to standard output, the others to files.
  let result: ReturnType<typeof lintData>;
  beforeAll(() => {
    result = lintData(['.', ...FORMATS.flatMap((f) => ['--output-file', `${f}=${path.join(out, `report.${f}`)}`])], dir, 60_000);
  }, 60_000);

  it('give a JSON report of kilobytes whose messages say the values were shortened', () => {
    const { run: r, report } = result;
    expect(inputBytes).toBeGreaterThan(5 * MB);
    expect(r.stdoutBytes.length).toBeLessThan(100_000);
    const all = strings(report);
    expect(Math.max(...all.map((s) => s.length))).toBeLessThanOrEqual(1_000);
    expect(all.filter((s) => LONE_SURROGATE.test(s))).toEqual([]);

    const licence = report.findings.find((f) => f.ruleId === 'licence/recognised');
    // The check quotes the name and path as one value: shortened as a whole, its end keeps the path.
    expect(licence?.message).toMatch(/ 'L{150,}…L+' \(path 'https:\/\/example\.org\/licence'\) \(shortened from 1,048,615 characters\), /);
    // The cut falls inside a surrogate pair at both ends: the start keeps 159 characters, the end 19 emoji and an F.
    const shown = `${'F'.repeat(159)}…${'😀'.repeat(19)}F (shortened from 524,448 characters)`;
    const emoji = report.findings.find((f) => f.ruleId === 'format/type' && f.field?.startsWith('F'));
    expect(emoji?.message).toContain(`'${shown}'`);
    expect(emoji?.field).toBe(shown);
    expect(report.datasets?.[0]).toMatchObject({ name: expect.stringMatching(/^n{160}…n{40} \(shortened from 1,048,576 characters\)$/), title: expect.stringContaining('(shortened from 1,048,576 characters)') });
    // Findings name the dataset as the report's datasets do.
    expect(report.findings.filter((f) => f.dataset !== undefined).every((f) => f.dataset === report.datasets?.[0]?.name)).toBe(true);
  });

  it('give reports of kilobytes in every format', () => {
    for (const format of FORMATS) expect(statSync(path.join(out, `report.${format}`)).size, format).toBeLessThan(100_000);
  });

  it('keep fingerprints of the whole values: two fields that read the same shortened are told apart', () => {
    const sarif = JSON.parse(readFileSync(path.join(out, 'report.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: Record<string, string>; properties: { field?: string } }> }> };
    const twins = sarif.runs[0]!.results.filter((x) => x.ruleId === 'format/type' && x.properties.field?.startsWith('aaa'));
    expect(twins).toHaveLength(2);
    expect(twins[0]!.properties.field).toBe(twins[1]!.properties.field);
    expect(twins[0]!.properties.field).toContain('(shortened from 1,001 characters)');
    expect(Object.values(twins[0]!.partialFingerprints)).not.toEqual(Object.values(twins[1]!.partialFingerprints));
  });
});
