#!/usr/bin/env node
// Baseline for the JSON cases: the cost of parsing alone. A .json file is read whole and parsed with JSON.parse (an
// array of records); a .ndjson file is streamed and each line parsed; a .csv file (the register) goes through
// csv-parse as in csv-parse-count.mjs. Counts the records, checks nothing. Prints {"records": n}.
//   node bench/peers/json-parse-count.mjs <file>…
import { createReadStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';

let records = 0;
for (const file of process.argv.slice(2)) {
  if (file.endsWith('.json')) {
    records += JSON.parse(readFileSync(file, 'utf8')).length;
  } else if (file.endsWith('.ndjson')) {
    let rest = '';
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) if (line) { JSON.parse(line); records++; }
    }
    if (rest) { JSON.parse(rest); records++; }
  } else {
    const parser = parse();
    parser.on('data', () => { records++; });
    await pipeline(createReadStream(file), parser);
  }
}
process.stdout.write(`${JSON.stringify({ records })}\n`);
