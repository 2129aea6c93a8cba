// Finds where JSON text first goes wrong. V8's messages carry a position for most errors but not for an unexpected
// token ("Unexpected token 'x', … is not valid JSON"), so metadata errors would lose their line without this.

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Returns the 0-based index of the first character that makes text invalid JSON, or undefined if it is valid. */
export function findJsonErrorPosition(text: string): number | undefined {
  let i = 0;
  const n = text.length;
  const skip = () => { while (i < n && WS.has(text.charCodeAt(i))) i++; };
  const fail = (): never => { throw i; };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) fail();
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return; }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { i += 2; fail(); } i += 6; continue; }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) { i++; fail(); }
        i += 2; continue;
      }
      i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    skip();
    if (i >= n) fail();
    const c = text[i];
    if (c === '{') {
      i++; skip();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        skip();
        if (text[i] !== '"') fail();
        string(); skip();
        if (text[i] !== ':') fail();
        i++; value(); skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        fail();
      }
    }
    if (c === '[') {
      i++; skip();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(); skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value(); skip();
    if (i < n) fail();
    return undefined;
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, n);
    throw at;
  }
}
