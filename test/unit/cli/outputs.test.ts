import { describe, expect, it } from 'vitest';
import { parseOutputFile, planOutputs } from '../../../src/cli/outputs.js';

const known = ['stylish', 'json', 'sarif'];
const cwd = '/work';

describe('planOutputs', () => {
  it('defaults to stylish on standard output', () => {
    expect(planOutputs({ known, cwd })).toEqual([{ format: 'stylish', file: undefined }]);
  });

  it('keeps the terminal report beside files when no format is named', () => {
    expect(planOutputs({ known, cwd, outputFiles: ['sarif=out/o.sarif'] })).toEqual([
      { format: 'stylish', file: undefined },
      { format: 'sarif', file: '/work/out/o.sarif' },
    ]);
  });

  it('named formats: one to standard output, the rest to their files; --output takes the one without a file', () => {
    expect(planOutputs({ known, cwd, formats: ['json', 'sarif'], outputFiles: ['sarif=s.sarif'], output: 'r.json' })).toEqual([
      { format: 'json', file: '/work/r.json' },
      { format: 'sarif', file: '/work/s.sarif' },
    ]);
  });

  it('flags win over the config: its formats are used only when no --format is given, its files merged under the flags', () => {
    const config = { formats: ['json'], outputFiles: { sarif: '/cfg/a.sarif', json: '/cfg/r.json' }, label: '.odlintrc.yaml' };
    expect(planOutputs({ known, cwd, config })).toEqual([{ format: 'json', file: '/cfg/r.json' }, { format: 'sarif', file: '/cfg/a.sarif' }]);
    expect(planOutputs({ known, cwd, config, formats: ['stylish'], outputFiles: ['sarif=b.sarif'] })).toEqual([
      { format: 'stylish', file: undefined },
      { format: 'sarif', file: '/work/b.sarif' },
      { format: 'json', file: '/cfg/r.json' },
    ]);
  });

  it('refuses two formats on standard output, two formats in one file, and an --output with no format left for it', () => {
    expect(() => planOutputs({ known, cwd, formats: ['json', 'stylish'] })).toThrow(/only one format can go to standard output, but json, stylish have no file/);
    expect(() => planOutputs({ known, cwd, outputFiles: ['json=a', 'sarif=a'] })).toThrow(/json and sarif would both be written to \/work\/a/);
    expect(() => planOutputs({ known, cwd, formats: ['json'], outputFiles: ['json=a'], output: 'b' })).toThrow(/--output names a file, but every format already has one/);
    expect(() => planOutputs({ known, cwd, formats: ['xml'] })).toThrow(/--format xml: unknown format/);
    expect(() => planOutputs({ known, cwd, config: { formats: ['xml'], label: 'c.yaml' } })).toThrow(/c\.yaml: format xml: unknown format/);
  });
});

describe('parseOutputFile', () => {
  it('splits at the first =, so paths may hold one', () => {
    expect(parseOutputFile('json=out/a=b.json', known)).toEqual({ format: 'json', file: 'out/a=b.json' });
  });
  it.each(['json', '=a.json', 'json=', 'xml=a.xml'])('rejects %j', (v) => {
    expect(() => parseOutputFile(v, known)).toThrow(/--output-file/);
  });
});
