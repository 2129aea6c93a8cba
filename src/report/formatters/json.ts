import type { Formatter } from '../report.js';

/** The JSON report contract (schemas/report.schema.json): stable key order, two-space indent, final newline. */
const json: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
export default json;
