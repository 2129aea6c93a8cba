// Where each value of a JSON text is, for findings that name a line and column in a descriptor. One pass over text
// JSON.parse already accepted builds a tree of offsets in typed arrays (about 20 bytes a value), instead of a YAML
// document (hundreds of bytes a value: a 50 MB descriptor took 2 GB). A container's members are indexed on the first
// lookup in it, so locating every member of a container stays linear.

export interface Position { line: number; column: number }

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const LF = 0x0a;
const CR = 0x0d;

const NONE = -1;

/** Grows a typed array to hold at least n items. */
function grown(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

export class JsonPositions {
  /** Per value: the offset it starts at; for a member of an object, the offset of its key ('"'); its first child. */
  private start = new Int32Array(1024);
  private keyStart = new Int32Array(1024);
  private firstChild = new Int32Array(1024);
  private nextSibling = new Int32Array(1024);
  private count = 0;
  private readonly lineStarts: number[] = [0];
  private readonly members = new Map<number, Map<string, number>>();
  private readonly items = new Map<number, Int32Array>();

  /** text: a JSON text JSON.parse accepted (a BOM before it is skipped). */
  constructor(private readonly text: string) {
    this.build();
  }

  /** Line and column of the value at a JSON pointer's tokens; of its key with wantKey; the nearest parent when absent. */
  locate(tokens: readonly string[], wantKey: boolean): Position | undefined {
    if (this.count === 0) return undefined;
    let node = 0;
    for (let i = 0; i < tokens.length; i++) {
      const next = this.child(node, tokens[i]!);
      if (next === NONE) return this.position(this.start[node]!);
      if (i === tokens.length - 1 && wantKey && this.keyStart[next]! !== NONE) return this.position(this.keyStart[next]!);
      node = next;
    }
    return this.position(this.start[node]!);
  }

  private child(node: number, token: string): number {
    const c = this.text.charCodeAt(this.start[node]!);
    if (c === OPEN_BRACE) {
      let byKey = this.members.get(node);
      if (!byKey) {
        byKey = new Map();
        for (let k = this.firstChild[node]!; k !== NONE; k = this.nextSibling[k]!) {
          const key = this.keyAt(this.keyStart[k]!);
          if (!byKey.has(key)) byKey.set(key, k); // the first member with a key, as the YAML locator did
        }
        this.members.set(node, byKey);
      }
      return byKey.get(token) ?? NONE;
    }
    if (c === OPEN_BRACKET) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return NONE;
      let list = this.items.get(node);
      if (!list) {
        let n = 0;
        for (let k = this.firstChild[node]!; k !== NONE; k = this.nextSibling[k]!) n++;
        list = new Int32Array(n);
        let i = 0;
        for (let k = this.firstChild[node]!; k !== NONE; k = this.nextSibling[k]!) list[i++] = k;
        this.items.set(node, list);
      }
      const i = Number(token);
      return i < list.length ? list[i]! : NONE;
    }
    return NONE;
  }

  /** The key whose opening quote is at offset at. */
  private keyAt(at: number): string {
    const end = this.stringEnd(at);
    const raw = this.text.slice(at, end + 1);
    return raw.includes('\\') ? JSON.parse(raw) as string : raw.slice(1, -1);
  }

  /** Offset of the quote closing the string that opens at `at`. */
  private stringEnd(at: number): number {
    const text = this.text;
    let i = at + 1;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0) return text.length - 1;
      let backslashes = 0;
      for (let j = q - 1; j > at && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
      if (backslashes % 2 === 0) return q;
      i = q + 1;
    }
  }

  private position(offset: number): Position {
    // The last line starting at or before offset.
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  private add(at: number, key: number, parent: number, previous: number): number {
    const id = this.count++;
    if (id >= this.start.length) {
      const n = id + 1;
      this.start = grown(this.start, n);
      this.keyStart = grown(this.keyStart, n);
      this.firstChild = grown(this.firstChild, n);
      this.nextSibling = grown(this.nextSibling, n);
    }
    this.start[id] = at;
    this.keyStart[id] = key;
    this.firstChild[id] = NONE;
    this.nextSibling[id] = NONE;
    if (previous !== NONE) this.nextSibling[previous] = id;
    else if (parent !== NONE) this.firstChild[parent] = id;
    return id;
  }

  /** One pass: values and their nesting, and where lines start (CRLF, LF and a lone CR each end one, as YAML counts). */
  private build(): void {
    const text = this.text;
    const n = text.length;
    // The open containers, and the last child added to each.
    const open: number[] = [];
    const last: number[] = [];
    let pendingKey = NONE;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF) { this.lineStarts.push(i + 1); i++; continue; }
      if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        this.lineStarts.push(i + 1);
        i++;
        continue;
      }
      if (c === 0x20 || c === 0x09 || c === COMMA || c === COLON) { i++; continue; }
      const depth = open.length;
      const parent = depth > 0 ? open[depth - 1]! : NONE;
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET) { open.pop(); last.pop(); i++; continue; }
      // In an object, a string where a key belongs is the key of the next value.
      if (c === QUOTE && parent !== NONE && pendingKey === NONE && text.charCodeAt(this.start[parent]!) === OPEN_BRACE) {
        pendingKey = i;
        i = this.stringEnd(i) + 1;
        continue;
      }
      const id = this.add(i, pendingKey, parent, depth > 0 ? last[depth - 1]! : NONE);
      pendingKey = NONE;
      if (depth > 0) last[depth - 1] = id;
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        open.push(id);
        last.push(NONE);
        i++;
      } else if (c === QUOTE) {
        i = this.stringEnd(i) + 1;
      } else {
        // A number or literal: up to the next delimiter or whitespace.
        i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d === 0x20 || d === LF || d === CR || d === 0x09) break;
          i++;
        }
      }
    }
  }
}
