// The floors of src/: every import goes downward, so no two top-level folders import each other (directly or through
// others); model/ holds types only; formatters are pure; no file grows past what a reader can hold.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g;

/** The relative modules a file imports (static, re-exports and dynamic), as absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
}

/** The top-level folder of src/ a file is in ('(root)' for src/index.ts and the like). */
function floorOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0]! : '(root)';
}

function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles()) {
    for (const target of importsOf(file)) {
      const from = floorOf(file);
      const to = floorOf(target);
      if (from === to) continue;
      const edges = graph.get(from) ?? graph.set(from, new Map()).get(from)!;
      edges.set(to, [...(edges.get(to) ?? []), `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`]);
    }
  }
  return graph;
}

/** Every cycle's folders, as strongly connected components of more than one folder (Tarjan). */
function loops(graph: Map<string, Map<string, string[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

describe('the floors of src/', () => {
  const graph = folderGraph();

  it('has no loop between top-level folders', () => {
    const cycles = loops(graph).map((c) => {
      // Name the imports that close the loop, so the failure says what to move.
      const edges = c.flatMap((a) => c.filter((b) => b !== a).flatMap((b) => graph.get(a)?.get(b) ?? []));
      return `${c.join(', ')}:\n    ${edges.join('\n    ')}`;
    });
    expect(cycles).toEqual([]);
  });

  it('finds the loops it is meant to find', () => {
    const g = new Map([['a', new Map([['b', ['a/x.ts → b/y.ts']]])], ['b', new Map([['c', ['b/y.ts → c/z.ts']]])], ['c', new Map([['a', ['c/z.ts → a/x.ts']]])]]);
    expect(loops(g)).toEqual([['a', 'b', 'c']]);
    g.get('c')!.delete('a');
    expect(loops(g)).toEqual([]);
  });

  it('keeps model/ at the bottom: it imports nothing outside itself', () => {
    const upward = [...(graph.get('model')?.values() ?? [])].flat();
    expect(upward).toEqual([]);
  });

  it('keeps model/ to types (and the constant lists that define them): no functions or classes', () => {
    const code = sourceFiles(path.join(SRC, 'model')).filter((f) => /^\s*export\s+(?:async\s+)?(?:function|class)\b/m.test(readFileSync(f, 'utf8')));
    expect(code.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('keeps every file to what a reader can hold: no file in src/ over 700 lines', () => {
    const long = sourceFiles().map((f) => [path.relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 700);
    expect(long).toEqual([]);
  });

  it('keeps formatters pure: none touches the file system or the process', () => {
    const dir = path.join(SRC, 'report', 'formatters');
    const impure = sourceFiles(dir).filter((f) => /from\s*'node:(?:fs|fs\/promises|child_process|process)'|\bprocess\.(?:cwd|env)\b/.test(readFileSync(f, 'utf8')));
    expect(impure.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
