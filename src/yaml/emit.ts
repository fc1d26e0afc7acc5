/**
 * The exact bytes `kustomize build` prints for a resource.
 *
 * kustomize prints each resource as `sigs.k8s.io/yaml.JSONToYAML(json.Marshal(obj))`: Go's
 * `encoding/json` writes the object, yaml.v2 re-reads that JSON (picking int/float types) and
 * its libyaml-port emitter prints it. This module is a small dedicated emitter for JSON data
 * that reproduces that chain: yaml.v2 key order, compact sequences, YAML 1.1 quoting,
 * single/double/literal styles chosen by libyaml's scalar analysis, folding of long plain
 * and quoted scalars past column 80, `? ` keys longer than 128 bytes, and Go number formatting.
 *
 * @see go-yaml/yaml v2 encode.go, emitterc.go, sorter.go, resolve.go
 * @see kubernetes-sigs/yaml yaml.go JSONToYAML
 *
 * The scalar analysis and writers follow go-yaml's emitterc.go (a port of libyaml, MIT,
 * Copyright (c) 2006-2010 Kirill Simonov, 2011-2019 Canonical Ltd).
 */
import type { Json } from '../core/json.js';
import { KustomizeError, isResourceExhaustion, resourceExhaustionError } from '../core/errors.js';
import { type Budget, MAX_STRING_LENGTH } from '../core/limits.js';
import { compareStrings } from '../core/json.js';
import { formatFloatG64 } from './go-strconv.js';
import { isPlainSafeV2 } from './resolve.js';
import { sortYamlV2Keys } from './key-order.js';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;
/** Keys up to this many UTF-8 bytes are written as simple keys (`key: value`). */
const MAX_SIMPLE_KEY_BYTES = 128;
/** Nesting deeper than this is refused rather than risking a stack overflow. */
const MAX_DEPTH = 2000;

const STYLE_PLAIN = 0;
const STYLE_SINGLE = 1;
const STYLE_DOUBLE = 2;
const STYLE_LITERAL = 3;

/**
 * Characters yaml.v2's reader refuses when it re-reads the JSON (`control characters are not
 * allowed`): JSON escapes C0 controls, but DEL, C1 controls (except NEL) and U+FFFE/U+FFFF are
 * written raw. Lone surrogates stand for invalid UTF-8, which Go's JSON turns into U+FFFD.
 */
const SUSPICIOUS = /[\u007f-\u009f\ufffe\uffff]|\p{Cs}/u;
const REJECTED = /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
const LONE_SURROGATE = /\p{Cs}/gu;
const DOC_MARKER_AFTER_FOLD = /^(?:---|\.\.\.)[ \u0085]/;

/**
 * Normalises a string the way the JSON round trip through yaml.v2 does, or throws for
 * characters yaml.v2 cannot read back.
 *
 * A raw NEL (U+0085, not escaped by Go's JSON) is a line break to libyaml, so inside the
 * double-quoted JSON string it is folded: a run of spaces and NELs becomes one space, or
 * n-1 newlines for n NELs.
 */
function normalizeString(s: string): string {
  if (!SUSPICIOUS.test(s)) return s;
  if (REJECTED.test(s)) {
    throw new KustomizeError('INVALID_RESOURCE', 'yaml: control characters are not allowed (in value ' + JSON.stringify(s) + ')');
  }
  s = s.replace(LONE_SURROGATE, '\ufffd');
  if (s.indexOf('\u0085') < 0) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x85) {
      out += s[i];
      i++;
      continue;
    }
    // A run of blanks and breaks.
    let j = i;
    let breaks = 0;
    while (j < s.length && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x85)) {
      if (s.charCodeAt(j) === 0x85) breaks++;
      j++;
    }
    if (breaks === 0) out += s.slice(i, j);
    else {
      out += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
      // libyaml rejects a document marker at the start of a line inside a quoted scalar.
      if (DOC_MARKER_AFTER_FOLD.test(s.slice(j, j + 4))) {
        throw new KustomizeError('INVALID_RESOURCE', 'yaml: found unexpected document indicator while scanning a quoted scalar');
      }
    }
    i = j;
  }
  return out;
}

/**
 * Keys yaml.v2 cannot read back from Go's JSON: a key is a flow "simple key", which must stay
 * on one line (a raw NEL is a line break) and span at most 1024 characters as JSON text.
 */
function checkJsonKey(k: string): void {
  if (k.indexOf('\u0085') >= 0 || (k.length > 170 && jsonQuotedLength(k) > 1024)) {
    throw new KustomizeError('INVALID_RESOURCE', `yaml: did not find expected ',' or '}' (map key ${JSON.stringify(k.slice(0, 40))}... cannot be re-read as a simple key)`);
  }
}

/** Length in characters of Go's `json.Marshal` of a string, quotes included (HTML escaping on). */
function jsonQuotedLength(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x08 || c === 0x0c) n += 2;
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) n += 6;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      n += 1;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 1;
  }
  return n;
}

const TWO_53 = 2 ** 53;
const TWO_63 = 2 ** 63;
const TWO_64 = 2 ** 64;

/**
 * How Go prints a JSON number after the json.Marshal → yaml.v2 round trip.
 *
 * Integral values that fit int64/uint64 print as exact integers (as an int64 from the input
 * would); everything else goes through yaml.v2's float path, `FormatFloat(f, 'g', -1, 64)`
 * (`1.2345678e+06`, `1e-05`, `1e+21`). `-0` prints as `0`. NaN and ±Inf are a JSON error.
 */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) {
    throw new KustomizeError('INVALID_RESOURCE', `json: unsupported value: ${v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN'}`);
  }
  if (Number.isInteger(v)) {
    if (v === 0) return '0';
    if (Math.abs(v) <= TWO_53) return String(v);
    if (v >= -TWO_63 && v < TWO_64) return BigInt(v).toString();
  }
  return formatFloatG64(v);
}

// --- character classes (libyaml yaml_private.h), on code points -------------------------

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** libyaml `is_printable` on UTF-8 (4-byte sequences are not printable, so astral chars are escaped). */
function isPrintable(c: number): boolean {
  return c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);
}

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** libyaml `yaml_emitter_analyze_scalar` (block context only: flow collections are always empty here). */
function analyzeScalar(v: string): Analysis {
  const n = v.length;
  if (n === 0) return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (n >= 3 && (v.startsWith('---') || v.startsWith('...'))) blockIndicators = true;
  let precededByWhitespace = true;
  for (let i = 0; i < n; ) {
    let c = v.charCodeAt(i);
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      c = v.codePointAt(i)!;
      w = 2;
    }
    const next = i + w;
    const nc = next < n ? v.charCodeAt(next) : -1;
    const followedByWhitespace = next >= n || nc === 0x20 || nc === 0x09;
    if (i === 0) {
      switch (c) {
        case 0x23: case 0x2c: case 0x5b: case 0x5d: case 0x7b: case 0x7d: case 0x26: case 0x2a:
        case 0x21: case 0x7c: case 0x3e: case 0x27: case 0x22: case 0x25: case 0x40: case 0x60:
          blockIndicators = true;
          break;
        case 0x3f: case 0x3a:
          if (followedByWhitespace) blockIndicators = true;
          break;
        case 0x2d:
          if (followedByWhitespace) blockIndicators = true;
          break;
      }
    } else if (c === 0x3a) {
      if (followedByWhitespace) blockIndicators = true;
    } else if (c === 0x23) {
      if (precededByWhitespace) blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (next === n) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (next === n) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = c === 0x20 || c === 0x09 || c === 0 || isBreak(c);
    i = next;
  }
  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || special) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
    blockAllowed = false;
  }
  if (lineBreaks) blockPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

/**
 * Identifiers and similar (image references and URLs too): no indicators, blanks, breaks or
 * non-ASCII, so analysis is trivial. `@` and `+` are indicators only at the start, and `:` only
 * before a blank or at the end ({@link isSimpleScalar} checks the last character).
 */
const SIMPLE_SCALAR = /^[A-Za-z_/][A-Za-z0-9_./=@+:-]*$/;

function isSimpleScalar(v: string): boolean {
  return SIMPLE_SCALAR.test(v) && v.charCodeAt(v.length - 1) !== 0x3a;
}
const SIMPLE_ANALYSIS: Analysis = Object.freeze({ multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true });

function analyze(v: string): Analysis {
  return isSimpleScalar(v) ? SIMPLE_ANALYSIS : analyzeScalar(v);
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const HEX = '0123456789ABCDEF';

/**
 * Emitter state, mirroring the fields of libyaml's `yaml_emitter_t` that matter for block
 * output of JSON data. `column` counts characters (code points), as libyaml does.
 */
/** "\n" + indentation, precomputed for common depths (immutable). */
const NEWLINE_INDENT: readonly string[] = Object.freeze(Array.from({ length: 128 }, (_, i) => '\n' + ' '.repeat(i)));
const SPACES: readonly string[] = Object.freeze(Array.from({ length: 128 }, (_, i) => ' '.repeat(i)));

class Emitter {
  /** Output of the current document (V8 builds it as a rope; flattened per document). */
  out = '';
  /** Finished documents. */
  docs: string[] = [];
  /** Length of the finished documents and their separators; the output may not pass `maxLength`. */
  doneLength = 0;
  maxLength = MAX_STRING_LENGTH;
  budget: Budget | undefined;
  /**
   * The current document's text so far, flattened every few thousand lines: a document of
   * millions of lines (a large block scalar) held as one rope cost tens of bytes per byte.
   */
  chunks: string[] = [];
  chunkedLength = 0;
  indentsSinceChunk = 0;
  column = 0;
  indent = -1;
  indents: number[] = [];
  whitespace = true;
  indention = true;
  depth = 0;

  putBreak(): void {
    this.out += '\n';
    this.column = 0;
    this.indention = true;
  }

  /** `yaml_emitter_write_indent`. */
  writeIndent(): void {
    // Once a line: the output's size (indentation multiplies deep input) stays within its budget.
    if (++this.indentsSinceChunk === 4096) this.flushChunk();
    if (this.doneLength + this.chunkedLength + this.out.length > this.maxLength) this.outputTooLong();
    const indent = this.indent < 0 ? 0 : this.indent;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.out += indent < NEWLINE_INDENT.length ? NEWLINE_INDENT[indent]! : '\n' + ' '.repeat(indent);
      this.column = indent;
      this.indention = true;
    } else if (this.column < indent) {
      const n = indent - this.column;
      this.out += n < SPACES.length ? SPACES[n]! : ' '.repeat(n);
      this.column = indent;
    }
    this.whitespace = true;
  }

  /** `yaml_emitter_write_indicator` for an ASCII indicator. */
  writeIndicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) {
      this.out += ' ';
      this.column++;
    }
    this.out += ind;
    this.column += ind.length;
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  /** One document: the root node, then the implicit document end (`write_indent`). */
  emitDocument(value: Json): void {
    this.column = 0;
    this.indent = -1;
    this.indents.length = 0;
    this.whitespace = true;
    this.indention = true;
    this.depth = 0;
    try {
      this.emitNode(value, false, false);
    } catch (err) {
      if (isResourceExhaustion(err)) throw resourceExhaustionError(err);
      throw err;
    }
    this.writeIndent();
    let doc = this.out;
    if (this.chunks.length) {
      this.chunks.push(doc);
      doc = this.chunks.join('');
      this.chunks.length = 0;
      this.chunkedLength = 0;
    } else {
      // charCodeAt flattens the rope now, while its pieces are still young garbage.
      doc.charCodeAt(0);
    }
    this.indentsSinceChunk = 0;
    this.docs.push(doc);
    this.doneLength += doc.length + 4;
    this.out = '';
  }

  /** Moves the document's text so far, flattened, to {@link chunks}. */
  flushChunk(): void {
    this.indentsSinceChunk = 0;
    if (this.out.length === 0) return;
    this.out.charCodeAt(0);
    this.chunks.push(this.out);
    this.chunkedLength += this.out.length;
    this.out = '';
  }

  outputTooLong(): never {
    this.budget?.checkOutput(this.doneLength + this.chunkedLength + this.out.length);
    throw new KustomizeError('LIMIT_EXCEEDED', `the output would be longer than ${this.maxLength} characters`);
  }

  /** `yaml_emitter_emit_node`: `mapping` = mapping context, `simpleKey` = simple key context. */
  emitNode(v: Json, mapping: boolean, simpleKey: boolean): void {
    if (v === null) return this.emitScalar('null', STYLE_PLAIN, simpleKey, null);
    switch (typeof v) {
      case 'boolean':
        return this.emitScalar(v ? 'true' : 'false', STYLE_PLAIN, simpleKey, null);
      case 'number':
        return this.emitScalar(formatNumber(v), STYLE_PLAIN, simpleKey, null);
      case 'string':
        if (isSimpleScalar(v)) {
          // The common case, written directly: ASCII, no blanks (so no folding, and the indent
          // emitScalar would push does not matter), plain unless it reads as another type.
          if (isPlainSafeV2(v)) return this.writeSimplePlain(v);
          return this.emitStringAnalyzed(v, SIMPLE_ANALYSIS, simpleKey);
        }
        return this.emitString(normalizeString(v), simpleKey);
    }
    if (++this.depth > MAX_DEPTH) throw new KustomizeError('LIMIT_EXCEEDED', `document nesting deeper than ${MAX_DEPTH} levels`);
    if (Array.isArray(v)) {
      if (v.length === 0) this.emitEmptyFlow('[', ']');
      else this.emitBlockSequence(v, mapping);
    } else {
      const memo = sortedPlainKeys(v);
      if (memo !== null) {
        if (memo.sorted.length === 0) this.emitEmptyFlow('{', '}');
        else this.emitBlockMapping(memo.sorted, v, memo.heads);
      } else {
        const { keys, values } = normalizedEntries(v);
        this.emitBlockMapping(keys, values, undefined);
      }
    }
    this.depth--;
  }

  emitEmptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }

  emitBlockSequence(items: Json[], mapping: boolean): void {
    this.increaseIndent(false, mapping && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.emitNode(item, false, false);
    }
    this.popIndent();
  }

  /** `heads`: for each key, `key:` when it is written as a plain simple key ({@link plainKeyHead}). */
  emitBlockMapping(
    keys: readonly string[],
    values: { [k: string]: Json } | Map<string, Json>,
    heads: readonly (string | null)[] | undefined,
  ): void {
    this.increaseIndent(false, false);
    const isMap = values instanceof Map;
    // Indexed: for-of allocates an iterator result per element on frozen arrays.
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = (isMap ? (values as Map<string, Json>).get(key) : (values as { [k: string]: Json })[key]) as Json;
      this.writeIndent();
      const head = heads !== undefined ? heads[i]! : plainKeyHead(key);
      if (head !== null) {
        // A plain simple key and its ':' indicator, written as one simple scalar.
        this.writeSimplePlain(head);
        this.emitNode(value, true, false);
        continue;
      }
      const analysis = analyze(key);
      if (!analysis.multiline && (key.length <= MAX_SIMPLE_KEY_BYTES / 3 || utf8Length(key) <= MAX_SIMPLE_KEY_BYTES)) {
        this.emitStringAnalyzed(key, analysis, true);
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.emitStringAnalyzed(key, analysis, false);
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.emitNode(value, true, false);
    }
    this.popIndent();
  }

  emitString(s: string, simpleKey: boolean): void {
    this.emitStringAnalyzed(s, analyze(s), simpleKey);
  }

  /** yaml.v2 `stringv` style request, then libyaml `select_scalar_style`. */
  emitStringAnalyzed(s: string, a: Analysis, simpleKey: boolean): void {
    let style: number;
    if (s.indexOf('\n') >= 0) style = STYLE_LITERAL;
    else if (isPlainSafeV2(s)) style = STYLE_PLAIN;
    else style = STYLE_DOUBLE;
    this.emitScalar(s, style, simpleKey, a);
  }

  emitScalar(value: string, style: number, simpleKey: boolean, a: Analysis | null): void {
    if (a !== null) {
      if (simpleKey && a.multiline) style = STYLE_DOUBLE;
      if (style === STYLE_PLAIN) {
        if (!a.blockPlainAllowed) style = STYLE_SINGLE;
        if (value.length === 0 && simpleKey) style = STYLE_SINGLE;
      }
      if (style === STYLE_SINGLE && !a.singleQuotedAllowed) style = STYLE_DOUBLE;
      if (style === STYLE_LITERAL && (!a.blockAllowed || simpleKey)) style = STYLE_DOUBLE;
    }
    this.increaseIndent(true, false);
    const allowBreaks = !simpleKey;
    switch (style) {
      case STYLE_PLAIN:
        this.writePlain(value, allowBreaks);
        break;
      case STYLE_SINGLE:
        this.writeSingleQuoted(value, allowBreaks);
        break;
      case STYLE_DOUBLE:
        this.writeDoubleQuoted(value, allowBreaks);
        break;
      default:
        this.writeLiteral(value);
    }
    this.popIndent();
  }

  /** writePlain for a simple scalar ({@link isSimpleScalar}: ASCII, no blanks or breaks): never folded. */
  writeSimplePlain(v: string): void {
    if (!this.whitespace) {
      this.out += ' ';
      this.column++;
    }
    this.out += v;
    this.column += v.length;
    this.whitespace = false;
    this.indention = false;
  }

  writePlain(v: string, allowBreaks: boolean): void {
    if (!this.whitespace) {
      this.out += ' ';
      this.column++;
    }
    const n = v.length;
    // Fast path: no space can trigger a fold if the whole value ends before column 81.
    if (!allowBreaks || this.column + n <= BEST_WIDTH + 1 || v.indexOf(' ') < 0) {
      this.out += v;
      this.column += codePointCount(v);
    } else {
      let spaces = false;
      let start = 0;
      let i = 0;
      while (i < n) {
        const c = v.charCodeAt(i);
        if (c === 0x20) {
          if (!spaces && this.column > BEST_WIDTH && v.charCodeAt(i + 1) !== 0x20) {
            this.out += v.slice(start, i);
            this.writeIndent();
            i++;
            start = i;
          } else {
            this.column++;
            i++;
          }
          spaces = true;
        } else {
          const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
          this.column++;
          this.indention = false;
          spaces = false;
          i += w;
        }
      }
      this.out += v.slice(start);
    }
    this.whitespace = false;
    this.indention = false;
  }

  writeSingleQuoted(v: string, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    const n = v.length;
    let spaces = false;
    let breaks = false;
    let start = 0; // start of the pending run of characters copied as they are
    for (let i = 0; i < n; ) {
      let c = v.charCodeAt(i);
      let w = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        c = v.codePointAt(i)!;
        w = 2;
      }
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== n - 1 && v.charCodeAt(i + 1) !== 0x20) {
          this.out += v.slice(start, i);
          this.writeIndent();
          start = i + 1;
        } else {
          this.column++;
        }
        spaces = true;
      } else if (isBreak(c)) {
        this.out += v.slice(start, i);
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
        start = i + 1;
      } else {
        if (breaks) {
          this.out += v.slice(start, i);
          this.writeIndent();
          start = i;
        }
        if (c === 0x27) {
          // A quote is doubled: copy through it, then add one more.
          this.out += v.slice(start, i + 1) + "'";
          start = i + 1;
          this.column++;
        }
        this.column++;
        this.indention = false;
        spaces = false;
        breaks = false;
      }
      i += w;
    }
    this.out += v.slice(start);
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** `write_break`: a `\n` becomes a line break; other break characters are copied raw. */
  writeBreak(c: number): void {
    if (c === 0x0a) this.putBreak();
    else {
      this.out += String.fromCharCode(c);
      this.column = 0;
      this.indention = true;
    }
  }

  writeDoubleQuoted(v: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    const n = v.length;
    // yaml.v2's is_bom() looks at the first bytes of the value, not at position i: a value
    // that starts with U+FEFF has every character escaped.
    const escapeAll = v.charCodeAt(0) === 0xfeff;
    let spaces = false;
    let start = 0; // start of the pending run of plain characters
    for (let i = 0; i < n; ) {
      let c = v.charCodeAt(i);
      let w = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        c = v.codePointAt(i)!;
        w = 2;
      }
      if (escapeAll || !isPrintable(c) || c === 0xfeff || isBreak(c) || c === 0x22 || c === 0x5c) {
        this.out += v.slice(start, i);
        const e = escapeChar(c);
        this.out += e;
        this.column += e.length;
        spaces = false;
        i += w;
        start = i;
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== n - 1) {
          this.out += v.slice(start, i);
          this.writeIndent();
          if (v.charCodeAt(i + 1) === 0x20) {
            this.out += '\\';
            this.column++;
          }
          i++;
          start = i;
        } else {
          this.column++;
          i++;
        }
        spaces = true;
      } else {
        this.column++;
        spaces = false;
        i += w;
      }
    }
    this.out += v.slice(start);
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  writeLiteral(v: string): void {
    this.writeIndicator('|', true, false, false);
    this.writeBlockScalarHints(v);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    const n = v.length;
    let start = 0;
    for (let i = 0; i < n; ) {
      const c = v.charCodeAt(i);
      if (isBreak(c)) {
        this.out += v.slice(start, i);
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
        i++;
        start = i;
      } else {
        if (breaks) {
          this.out += v.slice(start, i);
          this.writeIndent();
          start = i;
        }
        const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        this.column++;
        this.indention = false;
        breaks = false;
        i += w;
      }
    }
    this.out += v.slice(start);
  }

  writeBlockScalarHints(v: string): void {
    const first = v.length > 0 ? v.charCodeAt(0) : -1;
    if (first === 0x20 || isBreak(first)) this.writeIndicator(String(BEST_INDENT), false, false, false);
    let chomp = '';
    if (v.length === 0) chomp = '-';
    else {
      const last = v.charCodeAt(v.length - 1);
      if (!isBreak(last)) chomp = '-';
      else if (v.length === 1) chomp = '+';
      else {
        let p = v.length - 2;
        if (p > 0 && v.charCodeAt(p) >= 0xdc00 && v.charCodeAt(p) <= 0xdfff) p--;
        if (isBreak(v.charCodeAt(p))) chomp = '+';
      }
    }
    if (chomp) this.writeIndicator(chomp, false, false, false);
  }
}

/**
 * Sorted key lists, by key list: the maps of a build share a few key sets (metadata, containers,
 * ports...), and sorting them was most of the emitter's work on keys. A trie on the keys in
 * object order; only key lists that pass the checks (and are left as they are by the round trip)
 * are entered.
 */
interface KeyMemo {
  /** The keys in yaml.v2 order. */
  readonly sorted: readonly string[];
  /** {@link plainKeyHead} of each key of `sorted`. */
  readonly heads: readonly (string | null)[];
}
class KeyNode {
  next: Map<string, KeyNode> | undefined = undefined;
  memo: KeyMemo | undefined = undefined;
}

/** `key:` for a key written plain as a simple key (identifier-like, plain-safe), else null. */
function plainKeyHead(key: string): string | null {
  return key.length <= MAX_SIMPLE_KEY_BYTES && isSimpleScalar(key) && isPlainSafeV2(key) ? key + ':' : null;
}
let keyTrie = new KeyNode();
let keyTrieSize = 0;

/**
 * The memo of `o`'s key list: its keys in yaml.v2 order and their plain heads, when the JSON
 * round trip leaves them as they are (checked: keys yaml.v2 cannot re-read throw); null when some
 * key changes in the round trip.
 */
function sortedPlainKeys(o: { [k: string]: Json }): KeyMemo | null {
  let node: KeyNode | undefined = keyTrie;
  // for-in: same order as Object.keys for plain data objects, without allocating the list.
  for (const k in o) {
    node = node.next?.get(k);
    if (node === undefined) break;
  }
  if (node !== undefined && node.memo !== undefined) return node.memo;
  const raw = Object.keys(o);
  for (let i = 0; i < raw.length; i++) checkJsonKey(raw[i]!);
  if (raw.some((k) => SUSPICIOUS.test(k))) return null;
  const sorted = Object.freeze(sortYamlV2Keys(raw.slice()));
  if (keyTrieSize >= 100_000) {
    keyTrie = new KeyNode();
    keyTrieSize = 0;
  }
  node = keyTrie;
  for (let i = 0; i < raw.length; i++) {
    node.next ??= new Map();
    let child = node.next.get(raw[i]!);
    if (child === undefined) {
      child = new KeyNode();
      node.next.set(raw[i]!, child);
      keyTrieSize++;
    }
    node = child;
  }
  node.memo = Object.freeze({ sorted, heads: Object.freeze(sorted.map(plainKeyHead)) });
  return node.memo;
}

/** Map entries as yaml.v2 sees them after re-reading the JSON, for maps whose keys change in the round trip. */
function normalizedEntries(o: { [k: string]: Json }): { keys: readonly string[]; values: Map<string, Json> } {
  const raw = Object.keys(o);
  // Keys change in the round trip; if two collide, the later one in JSON (byte) order wins.
  raw.sort(compareStrings);
  const m = new Map<string, Json>();
  for (const k of raw) m.set(normalizeString(k), o[k] as Json);
  return { keys: sortYamlV2Keys([...m.keys()]), values: m };
}

function codePointCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      n--;
      i++;
    }
  }
  return n;
}

/** libyaml's double-quoted escape for one code point. */
function escapeChar(c: number): string {
  switch (c) {
    case 0x00: return '\\0';
    case 0x07: return '\\a';
    case 0x08: return '\\b';
    case 0x09: return '\\t';
    case 0x0a: return '\\n';
    case 0x0b: return '\\v';
    case 0x0c: return '\\f';
    case 0x0d: return '\\r';
    case 0x1b: return '\\e';
    case 0x22: return '\\"';
    case 0x5c: return '\\\\';
    case 0x85: return '\\N';
    case 0xa0: return '\\_';
    case 0x2028: return '\\L';
    case 0x2029: return '\\P';
  }
  let width: number;
  let prefix: string;
  if (c <= 0xff) {
    prefix = '\\x';
    width = 2;
  } else if (c <= 0xffff) {
    prefix = '\\u';
    width = 4;
  } else {
    prefix = '\\U';
    width = 8;
  }
  let hex = '';
  for (let k = (width - 1) * 4; k >= 0; k -= 4) hex += HEX[(c >> k) & 0xf];
  return prefix + hex;
}

/**
 * The exact text kustomize prints for one resource (or any JSON value): yaml.v2's block
 * output of `value`, ending with a newline.
 *
 * @throws KustomizeError `INVALID_RESOURCE` for values Go's JSON or yaml.v2 reject (NaN/±Inf,
 *   DEL/C1 control characters, U+FFFE/U+FFFF); `LIMIT_EXCEEDED` for absurd nesting.
 */
export function emitDocument(value: Json): string {
  const e = new Emitter();
  e.emitDocument(value);
  return e.docs[0]!;
}

/** Documents joined the way `resmap.AsYaml` does: `---\n` between them, none before the first. */
export function emitStream(docs: Json[], budget?: Budget): string {
  const e = new Emitter();
  if (budget) {
    e.budget = budget;
    e.maxLength = Math.min(budget.limits.maxOutputBytes, MAX_STRING_LENGTH);
  }
  for (let i = 0; i < docs.length; i++) e.emitDocument(docs[i]!);
  // doneLength counts a separator after the last document too.
  if (e.doneLength - 4 > e.maxLength) e.outputTooLong();
  return e.docs.join('---\n');
}
