/**
 * Scalar text helpers shared by the full parser (parse.ts) and its fast path (fast-parse.ts):
 * libyaml's quoted-scalar decoding and kyaml's folded-scalar round trip.
 * @see yaml/libyaml scanner.c (yaml_parser_scan_flow_scalar), go-yaml v3 emitterc.go
 */

export function isBlankAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 0x20 || c === 0x09;
}

export function isBreakAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', "'": "'", '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/**
 * libyaml's `yaml_parser_scan_flow_scalar` on `src[start..end)` (the quoted scalar including
 * its quotes): escapes (no `\/`, but `\'`; surrogate escapes rejected) and line folding, where
 * a first line break of LS/PS is kept rather than folded into a space.
 */
export function decodeQuoted(src: string, start: number, end: number, single: boolean): string | { message: string; offset: number } {
  // The result is built in flattened chunks: a rope of millions of small pieces costs tens of
  // bytes of heap per byte of a large scalar.
  let s = '';
  let pieces = 0;
  const chunks: string[] = [];
  const add = (piece: string): void => {
    s += piece;
    if (++pieces === 4096) {
      s.charCodeAt(0); // flattens the rope
      chunks.push(s);
      s = '';
      pieces = 0;
    }
  };
  let i = start + 1;
  const close = single ? 0x27 : 0x22;
  for (;;) {
    let leadingBlanks = false;
    while (i < end && !isBlankAt(src, i) && !isBreakAt(src, i)) {
      const c = src.charCodeAt(i);
      if (single && c === 0x27 && src.charCodeAt(i + 1) === 0x27) {
        add("'");
        i += 2;
      } else if (c === close) {
        break;
      } else if (!single && c === 0x5c && isBreakAt(src, i + 1)) {
        i += 1;
        i += src.charCodeAt(i) === 0x0d && src.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        leadingBlanks = true;
        break;
      } else if (!single && c === 0x5c) {
        const e = src[i + 1] ?? '';
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== undefined) {
          add(simple);
          i += 2;
          continue;
        }
        const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (len === 0) return { message: 'found unknown escape character while parsing a quoted scalar', offset: i };
        const hex = src.slice(i + 2, i + 2 + len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) {
          return { message: 'did not find expected hexdecimal number while parsing a quoted scalar', offset: i };
        }
        const v = parseInt(hex, 16);
        if ((v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) {
          return { message: 'found invalid Unicode character escape code while parsing a quoted scalar', offset: i };
        }
        add(String.fromCodePoint(v));
        i += 2 + len;
      } else {
        // A run of ordinary characters, appended in one piece (one character at a time, a
        // large scalar became a rope of millions of pieces: tens of bytes of heap per byte).
        let j = i + 1;
        while (j < end) {
          const d = src.charCodeAt(j);
          if (d === close || d === 0x5c || d === 0x27 || isBlankAt(src, j) || isBreakAt(src, j)) break;
          j++;
        }
        add(src.slice(i, j));
        i = j;
      }
    }
    if (i >= end || src.charCodeAt(i) === close) break;
    const blanksStart = i;
    let leadingBreak = '';
    let trailingBreaks = '';
    while (i < end && (isBlankAt(src, i) || isBreakAt(src, i))) {
      if (isBlankAt(src, i)) {
        i++;
      } else {
        const c = src.charCodeAt(i);
        const br = c === 0x2028 || c === 0x2029 ? src[i]! : '\n';
        i += c === 0x0d && src.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        if (!leadingBlanks) {
          leadingBreak = br;
          leadingBlanks = true;
        } else {
          trailingBreaks += br;
        }
      }
    }
    if (leadingBlanks) {
      if (leadingBreak === '\n') add(trailingBreaks.length === 0 ? ' ' : trailingBreaks);
      else add(leadingBreak + trailingBreaks);
    } else {
      // No break: the run was all blanks, kept as they are.
      add(src.slice(blanksStart, i));
    }
  }
  return chunks.length ? chunks.join('') + s : s;
}

function isBlankOrBreakOrEnd(s: string, i: number): boolean {
  return i >= s.length || isBlankAt(s, i) || isBreakAt(s, i) || s.charCodeAt(i) === 0;
}

/**
 * kyaml re-encodes nodes with yaml.v3 before decoding them to JSON, so a `>` (folded) scalar
 * is written by yaml.v3's folded writer and read back. That writer checks "is the next line
 * more indented?" at the start of the value instead of after the current line break (`k := 0`
 * in yaml_emitter_write_folded_scalar), so it may add a line break, which reads back as one
 * more newline (e.g. `>+` with trailing empty lines gains a `\n`). This replays the writer and
 * libyaml's folded reader on the value. Width folding (reversible in practice) is ignored.
 */
export function foldedRoundTrip(v: string): string {
  const n = v.length;
  if (n === 0) return v;
  // yaml.v3 only keeps the folded style when a block scalar is allowed.
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    const brk = isBreakAt(v, i);
    if (brk && prevSpace) return v; // space before a line break
    // Non-printable characters (astral ones included) make yaml.v3 write it double-quoted.
    if (!brk && c !== 0x09 && !(c >= 0x20 && c <= 0x7e) && !(c >= 0xa0 && c <= 0xd7ff) && !(c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)) return v;
    prevSpace = c === 0x20;
  }
  if (v.charCodeAt(n - 1) === 0x20) return v;
  // Chomping indicator the writer chooses.
  const lastBreak = isBreakAt(v, n - 1);
  const chomp = !lastBreak ? '-' : n === 1 || isBreakAt(v, n - 2) ? '+' : '';
  // The writer (yaml.v3 emitterc.go yaml_emitter_write_folded_scalar, with its k := 0).
  let k0 = 0;
  while (k0 < n && isBreakAt(v, k0)) k0++;
  const extraBreak = !isBlankOrBreakOrEnd(v, k0);
  let text = '';
  let breaks = true;
  let leadingSpaces = true;
  for (let i = 0; i < n; i++) {
    const c = v[i]!;
    if (isBreakAt(v, i)) {
      if (!breaks && !leadingSpaces && c === '\n' && extraBreak) text += '\n';
      text += '\n';
      breaks = true;
    } else {
      if (breaks) leadingSpaces = c === ' ' || c === '\t';
      text += c;
      breaks = false;
    }
  }
  const lines = text.split('\n');
  if (lastBreak) lines.pop();
  // libyaml's block scalar reader for a folded scalar.
  let s = '';
  let leadingBreak = '';
  let trailingBreaks = '';
  let leadingBlank = false;
  let j = 0;
  while (j < lines.length && lines[j] === '') {
    trailingBreaks += '\n';
    j++;
  }
  while (j < lines.length) {
    const line = lines[j]!;
    const trailingBlank = line[0] === ' ' || line[0] === '\t';
    if (!leadingBlank && !trailingBlank && leadingBreak === '\n') {
      if (trailingBreaks === '') s += ' ';
    } else {
      s += leadingBreak;
    }
    s += trailingBreaks;
    trailingBreaks = '';
    leadingBlank = trailingBlank;
    s += line;
    j++;
    leadingBreak = '\n';
    while (j < lines.length && lines[j] === '') {
      trailingBreaks += '\n';
      j++;
    }
  }
  if (chomp !== '-') s += leadingBreak;
  if (chomp === '+') s += trailingBreaks;
  return s;
}
