// A seeded fuzz run: 10,000 mutations of small valid CSV, JSON, NDJSON and Data Package seeds (bytes flipped,
// inserted, deleted; truncations; quotes, delimiters and line breaks inserted; descriptors with values of random type
// at random keys), linted in batches through the run API. It must end with no internal error and no exception.
// Deterministic: the same seed makes the same inputs; a failure prints the seed and the input.
// A few seconds: the standard is loaded once, and each batch rewrites the files of the one before in place.
import { closeSync, constants, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStandard } from '../../src/index.js';
import { lint } from '../../src/run/lint.js';
import { TEST_NOW as NOW } from '../helpers/lint-files.js';
import { seededRandom } from '../helpers/seeded-random.js';

const SEED = Number(process.env.ODLINT_FUZZ_SEED ?? 20261127);
const BATCHES = Number(process.env.ODLINT_FUZZ_BATCHES ?? 10);
const PER_BATCH = { csv: 400, json: 200, ndjson: 200, package: 100 }; // 1,000 files a batch: a package is two

const root = mkdtempSync(path.join(tmpdir(), 'odlint-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SEEDS = {
  csv: 'id,name,amount,date\n1,"Smith, J",12.50,2024-01-31\n2,"say ""hi""",-3,2024-02-29\r\n3,,1e3,\n',
  json: '[{"id":1,"name":"a","amount":1.5,"tags":["x"]},{"id":2,"name":null,"amount":-2,"nested":{"k":true}}]',
  ndjson: '{"id":1,"name":"a"}\n{"id":2,"name":"b","extra":[1,2]}\n',
};
const PACKAGE = {
  name: 'fuzz', title: 'Fuzz', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
  resources: [{ name: 'data', path: 'data.csv', format: 'csv', encoding: 'utf-8', dialect: { delimiter: ',' },
    schema: { fields: [{ name: 'id', type: 'integer', constraints: { required: true, minimum: 0 } }, { name: 'name', type: 'string', constraints: { pattern: '[A-Za-z ]+' } }, { name: 'amount', type: 'number' }, { name: 'date', type: 'date', format: '%Y-%m-%d' }], primaryKey: ['id'], missingValues: [''] } }],
};

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const SPECIAL = [0x22, 0x2c, 0x0a, 0x0d, 0x3b, 0x09, 0x00, 0x7b, 0x5b, 0x5d, 0x7d, 0x3a, 0x5c, 0xef, 0xbb, 0xbf, 0xff, 0xc3];

function mutate(r: Random, input: Buffer): Buffer {
  let bytes = [...input];
  for (let n = 1 + Math.floor(r() * 4); n > 0; n--) {
    const at = Math.floor(r() * (bytes.length + 1));
    switch (Math.floor(r() * 6)) {
      case 0: if (bytes.length) bytes[at % bytes.length] = Math.floor(r() * 256); break; // flip
      case 1: bytes.splice(at, 0, Math.floor(r() * 256)); break; // insert random
      case 2: bytes.splice(at, 1 + Math.floor(r() * 8)); break; // delete
      case 3: bytes = bytes.slice(0, at); break; // truncate
      case 4: bytes.splice(at, 0, pick(r, SPECIAL)); break; // quote, delimiter, line break …
      default: bytes.splice(at, 0, ...bytes.slice(Math.floor(r() * bytes.length), Math.floor(r() * bytes.length))); // repeat a part
    }
  }
  return Buffer.from(bytes);
}

const RANDOM_VALUES: readonly unknown[] = [null, true, 0, -1, 1.5, 1e308, '', 'x', 'data.csv', '%Y', '(a|b)*', 'integer', 'date', 'any', [], [null], {}, { name: 1 }, [[[]]], 'x'.repeat(300)];

/** The package with a value of random type at one to three random places (objects and arrays reached from the root). */
function mutateDescriptor(r: Random): unknown {
  const pkg = structuredClone(PACKAGE) as unknown;
  for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
    let node = pkg as Record<string, unknown>;
    for (;;) {
      const keys = Object.keys(node);
      const key = keys.length && r() < 0.8 ? pick(r, keys) : pick(r, ['schema', 'fields', 'path', 'type', 'format', 'foreignKeys', 'dialect', 'encoding', 'bytes', 'hash', 'sources']);
      const child = node[key];
      if (child !== null && typeof child === 'object' && r() < 0.7) { node = child as Record<string, unknown>; continue; }
      node[key] = structuredClone(pick(r, RANDOM_VALUES));
      break;
    }
  }
  return pkg;
}

/** Writes one batch's inputs, over those of the batch before; returns each input's file, for the failure message. */
function writeBatch(r: Random, dir: string): Map<string, Buffer> {
  const inputs = new Map<string, Buffer>();
  const put = (file: string, bytes: Buffer) => {
    // Rewritten in place, not truncated first: truncating a small file and writing it again cost eight times as much
    // here (ext4 gives its block back and takes a new one), and creating or deleting one about as much again.
    const fd = openSync(file, constants.O_RDWR | constants.O_CREAT);
    try {
      writeSync(fd, bytes, 0, bytes.length, 0);
      ftruncateSync(fd, bytes.length);
    } finally {
      closeSync(fd);
    }
    inputs.set(file, bytes);
  };
  for (const kind of ['csv', 'json', 'ndjson'] as const) {
    mkdirSync(path.join(dir, kind), { recursive: true });
    for (let i = 0; i < PER_BATCH[kind]; i++) put(path.join(dir, kind, `${i}.${kind}`), mutate(r, Buffer.from(SEEDS[kind])));
  }
  for (let i = 0; i < PER_BATCH.package; i++) {
    const pkg = path.join(dir, 'pkg', String(i));
    mkdirSync(pkg, { recursive: true });
    const descriptor = Buffer.from(JSON.stringify(mutateDescriptor(r)));
    put(path.join(pkg, 'datapackage.json'), r() < 0.3 ? mutate(r, descriptor) : descriptor);
    put(path.join(pkg, 'data.csv'), r() < 0.5 ? mutate(r, Buffer.from(SEEDS.csv)) : Buffer.from(SEEDS.csv));
  }
  return inputs;
}

const show = (file: string, bytes: Buffer | undefined) => `${file}\n  input (base64): ${bytes?.toString('base64')}\n  as text: ${JSON.stringify(bytes?.toString('utf8').slice(0, 400))}`;

describe('seeded fuzz run', () => {
  it(`${BATCHES} batches of ${Object.values(PER_BATCH).reduce((a, b) => a + b) + PER_BATCH.package} mutated files: no internal error, no exception (seed ${SEED})`, async () => {
    const r = seededRandom(SEED);
    // The bundled standard, loaded once: the inputs are the data, not the standard.
    const options = { standard: loadStandard('national-open-data'), now: NOW, config: false, jobs: 1, allowEmpty: true } as const;
    let total = 0;
    const started = Date.now();
    const dir = path.join(root, 'batch');
    for (let b = 0; b < BATCHES; b++) {
      const inputs = writeBatch(r, dir);
      total += inputs.size;
      let report;
      const batchStart = Date.now();
      try {
        report = await lint({ ...options, paths: [dir], maxFindingsPerRule: 5 });
      } catch (err) {
        // Find the input that throws, one file or package folder at a time.
        for (const file of inputs.keys()) {
          const target = file.endsWith('datapackage.json') ? path.dirname(file) : file;
          try { await lint({ ...options, paths: [target] }); } catch (e) {
            expect.fail(`lint() threw ${(e as Error).stack}\nseed ${SEED}, batch ${b}:\n${show(file, inputs.get(file))}`);
          }
        }
        throw new Error(`lint() threw on batch ${b} of seed ${SEED} but on no input alone: ${(err as Error).stack}`);
      }
      const internal = report.findings.filter((f) => f.messageId === 'internalError');
      if (internal.length) {
        const file = path.resolve(internal[0]!.file);
        expect.fail(`internal error: ${internal[0]!.message}\nseed ${SEED}, batch ${b}:\n${show(file, inputs.get(file) ?? inputs.get(path.join(file, 'datapackage.json')))}`);
      }
      expect(report.summary.files, 'the data files read').toBeGreaterThanOrEqual(PER_BATCH.csv); // a CSV file is always data
      if (process.env.ODLINT_FUZZ_TIMES) console.log(`batch ${b}: ${Date.now() - batchStart} ms`);
    }
    expect(total).toBeGreaterThanOrEqual(10_000);
    console.log(`fuzz: ${total} inputs in ${Date.now() - started} ms (seed ${SEED})`);
  }, 120_000); // a few seconds alone; a machine shared with other jobs needs longer
});
