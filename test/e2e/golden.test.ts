// Golden output of the demo: `odlint lint fixtures` in JSON and stylish form, compared byte for byte with the files in
// test/golden/ (fixtures.json, fixtures.stylish.txt).
//
// UPDATE MODE: when the output changes on purpose (a new check, a reworded message, a changed fixture), regenerate the
// goldens with
//
//   npx tsc -p tsconfig.json && UPDATE_GOLDEN=1 npx vitest run test/e2e/golden.test.ts
//
// which writes the files instead of comparing them. Then READ the diff (`git diff test/golden`) and check every
// planted problem in fixtures/README.md is still reported at the right file, line and rule (planted.test.ts checks
// the same thing semantically, so it catches a golden regenerated blindly).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoCrash, NOW, odlint, REPO_ROOT } from './helpers.js';

const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CASES = [
  { golden: 'fixtures.json', args: ['lint', 'fixtures', '--format', 'json', '--now', NOW] },
  { golden: 'fixtures.stylish.txt', args: ['lint', 'fixtures', '--format', 'stylish', '--now', NOW, '--no-color'] },
] as const;

describe('golden output of `odlint lint fixtures`', () => {
  for (const c of CASES) {
    it(`${c.args.join(' ')} matches test/golden/${c.golden}${UPDATE ? ' (UPDATE_GOLDEN=1: writing it)' : ''}`, () => {
      const r = odlint(c.args);
      expectNoCrash(r);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1); // the demo has planted errors
      const file = path.join(GOLDEN_DIR, c.golden);
      if (UPDATE) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, r.stdoutBytes);
        return;
      }
      expect(existsSync(file), `test/golden/${c.golden} is missing: create it with UPDATE_GOLDEN=1 (see the top of this file)`).toBe(true);
      const expected = readFileSync(file);
      if (!expected.equals(r.stdoutBytes)) {
        // A readable diff first; the byte comparison below catches differences that decode alike.
        expect(r.stdoutBytes.toString('utf8')).toBe(expected.toString('utf8'));
      }
      expect(r.stdoutBytes.equals(expected), 'stdout differs from the golden file byte for byte').toBe(true);
    });
  }

  it('the stylish golden has no ANSI escapes (NO_COLOR and --no-color)', () => {
    if (UPDATE) return;
    const text = readFileSync(path.join(GOLDEN_DIR, 'fixtures.stylish.txt'), 'utf8');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('the two goldens describe the same findings', () => {
    if (UPDATE) return;
    const report = JSON.parse(readFileSync(path.join(GOLDEN_DIR, 'fixtures.json'), 'utf8')) as {
      findings: Array<{ file: string; line?: number; column?: number; ruleId: string; message: string }>;
    };
    const stylish = readFileSync(path.join(GOLDEN_DIR, 'fixtures.stylish.txt'), 'utf8');
    for (const f of report.findings) {
      const pos = f.line === undefined ? '-' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`;
      // A message over 200 characters is wrapped beneath its rule id; a shorter one ends with it.
      const long = f.message.length > 200;
      const lineRe = new RegExp(`^  ${pos.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +(error|warning|info) +${long ? '' : '.*  '}${f.ruleId}$`, 'm');
      expect(stylish, `${f.file} ${pos} ${f.ruleId}`).toMatch(lineRe);
      if (long) expect(stylish.replace(/\n {16,}(?!↳)/g, ' ')).toContain(`${f.ruleId} ${f.message}`);
      else expect(stylish).toContain(`${f.message}  ${f.ruleId}`);
    }
    expect(stylish.split('\n').filter((l) => /^  \S+ +(error|warning|info) {2}/.test(l))).toHaveLength(report.findings.length);
  });
});
