// The bundled standard's YAML files as the build snapshotted them (dist/snapshots/, npm test builds first) give the
// values and positions parsing them gives, and a file whose text changed is parsed again.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/util/source.js';
import { snapshotDocument, snapshotPointers } from '../../../src/util/source-snapshot.js';
import { REPO_ROOT } from '../../helpers/format-reports.js';

const files = readdirSync(path.join(REPO_ROOT, 'rules'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
  .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));

describe('snapshots of the bundled YAML files', () => {
  it('have the values and positions of a parse, at every depth', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const snapshot = snapshotDocument(file, text);
      expect(snapshot, file).toBeDefined();
      const parsed = parseSource(text, 'yaml');
      expect(snapshot!.value).toEqual(parsed.value);
      // Depth 4 reaches past the snapshot's two levels: those positions come from a parse made then.
      for (const pointer of [...snapshotPointers(parsed.value, 4), '/no/such/member']) {
        expect(snapshot!.locate(pointer), `${file} ${pointer}`).toEqual(parsed.locate(pointer));
        expect(snapshot!.locateKey(pointer), `${file} ${pointer} (key)`).toEqual(parsed.locateKey(pointer));
      }
    }
  });

  it('are not used for a text that changed, or for a file outside rules/', () => {
    const file = files[0]!;
    expect(snapshotDocument(file, `${readFileSync(file, 'utf8')}\n# edited\n`)).toBeUndefined();
    expect(snapshotDocument(path.join(REPO_ROOT, 'fixtures', 'x.yaml'), 'a: 1\n')).toBeUndefined();
  });
});
