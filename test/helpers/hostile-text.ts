// Characters that must never reach a terminal, a CI log or a Markdown comment raw, one of each class.

/** One character of each class that must never reach a terminal raw, with how it is shown. */
export const HOSTILE_CHARACTERS: ReadonlyArray<[string, string]> = [
  ['\x1b', '\\x1b'], // ESC: colours, cursor moves, screen clears, OSC title/hyperlink sequences
  ['\x07', '\\x07'], // BEL
  ['\x08', '\\x08'], // backspace: hides what precedes it
  ['\x00', '\\x00'],
  ['\r', '\\x0d'], // carriage return: overwrites the line
  ['\x7f', '\\x7f'], // DEL
  ['\x9b', '\\x9b'], // C1 CSI, an ESC [ of its own on some terminals
  ['\x85', '\\x85'], // C1 next line
  ['\u202e', '\\u202e'], // right-to-left override
  ['\u202a', '\\u202a'],
  ['\u2066', '\\u2066'], // left-to-right isolate
  ['\u2069', '\\u2069'],
  ['\u200e', '\\u200e'], // left-to-right mark
  ['\u200f', '\\u200f'],
  ['\u2028', '\\u2028'], // line separator
  ['\u2029', '\\u2029'],
];
