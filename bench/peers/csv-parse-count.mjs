#!/usr/bin/env node
// Baseline: the cost of parsing alone. Streams each CSV file through csv-parse (the repo's own dependency) with its
// default options and counts the records, checking nothing. Prints {"records": n}.
//   node bench/peers/csv-parse-count.mjs <file.csv>…
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';

let records = 0;
for (const file of process.argv.slice(2)) {
  const parser = parse();
  parser.on('data', () => { records++; });
  await pipeline(createReadStream(file), parser);
}
process.stdout.write(`${JSON.stringify({ records })}\n`);
