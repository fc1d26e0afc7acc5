/**
 * The fast path of {@link parseResourceDocuments} and {@link parseKustomizationText}: a
 * hand-written reader for the YAML subset Kubernetes manifests and kustomization files are
 * written in, turning one `---`-separated piece straight into JSON with the same typing as the
 * full parser (yaml.v3 resolution and kyaml's annotation and folded-scalar quirks for resources,
 * yaml.v2 for kustomization files). It is 20-25 times faster than building the `yaml` package's
 * AST and converting it.
 *
 * It gives up (returns `undefined`, and the full parser reads the piece) on anything outside the
 * subset or anything that could be an error, so results, errors and their positions stay the full
 * parser's. Supported:
 * - block mappings (plain or single-line quoted keys) and sequences, incl. compact `- key: v`,
 *   `- - x` and "indentless" sequences under a key; comments; a `---` marker on the first line;
 * - plain scalars, folded over more indented lines; single- and double-quoted scalars, also
 *   over several lines (more indented than their collection, without tabs);
 * - literal and folded block scalars with chomping and indentation indicators (libyaml's
 *   reading: tabs are content past the indentation);
 * - single-line flow sequences and mappings of scalars (`[]`, `{}`, `[a, "b"]`, `{k: v}`);
 * - JSON-like documents: a flow mapping or sequence root with double-quoted keys, nested and
 *   over several lines (`kubectl get -o json` output).
 * Not supported (bail out): anchors, aliases, tags, merge keys, directives, `...`, complex keys,
 * nested flow collections in block documents, comments inside JSON-like documents, tabs outside
 * quoted and block scalars, CR, NEL, LS, PS, BOM, duplicate keys, non-string keys in nested
 * maps (resources), NaN/±Inf, timestamps Go cannot print, keys longer than 1000 characters,
 * nesting deeper than 100, empty block scalars, a block scalar reaching the end of a file that
 * has no final line break, and scalar documents.
 *
 * @see parse.ts (the full parser, whose results this reproduces), test/yaml/fast-parse.test.ts
 *   (the differential test)
 * @see yaml/libyaml scanner.c yaml_parser_scan_block_scalar (block scalar folding and chomping)
 */
import type { Json, JsonObject } from '../core/json.js';
import { setOwn } from '../core/json.js';
import { isScalarJsonFailure, resolvedJson, resolvePlain } from './resolve.js';
import { noteScalarText } from '../core/scalar-text.js';
import { decodeQuoted, foldedRoundTrip } from './scalars.js';
import { formatFloatG32 } from './go-strconv.js';

/** A parsed piece: its JSON and the offset (in the piece) where the root node starts. */
export interface FastDoc {
  value: Json;
  offset: number;
}

/** Thrown inside the reader to give up; never escapes this module. */
const BAIL: { bail: true } = { bail: true };

/** Characters that make the whole piece go to the full parser (tabs are checked where they occur). */
const UNSUPPORTED_CHARS = /[\r\u0085\u2028\u2029\ufeff]/;

/** Roles, as in parse.ts: where kustomize's annotation rule applies. */
const NONE = 0;
const RESOURCE = 1;
const METADATA = 2;
const ANNOTATIONS = 3;
const LIST_ITEMS = 4;

const MAX_DEPTH = 2000;
const MAX_KEY = 1000;

const SP = 0x20;
const TAB = 0x09;
const NL = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SQUOTE = 0x27;
const DQUOTE = 0x22;

/**
 * Characters that cannot start a plain scalar here (YAML indicators; `-`, `?`, `:` may start
 * one when followed by a non-space, but `?` and `:` are left to the full parser).
 */
function isIndicator(c: number): boolean {
  switch (c) {
    case 0x2d: // -
    case 0x3f: // ?
    case 0x3a: // :
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return true;
  }
  return false;
}

function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/**
 * Reads one `---`-separated piece (as parseResourceDocuments splits them). Returns the document,
 * `null` for a piece without content (kustomize skips it), or `undefined` to let the full parser
 * read it. With mode `v2` it reads a kustomization file as parseKustomizationText does (yaml.v2
 * typing, non-string keys turned into strings, no annotation rule, an empty map kept).
 */
export function fastParseDocument(piece: string, mode: 'v3' | 'v2' = 'v3'): FastDoc | null | undefined {
  if (UNSUPPORTED_CHARS.test(piece)) return undefined;
  try {
    return new Reader(piece, mode === 'v2').document();
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

class Reader {
  private readonly len: number;
  /** The current content line: start, indentation, content start, end (index of its "\n" or len). */
  private ls = 0;
  private ind = 0;
  private cs = 0;
  private le = 0;
  private eof = false;
  /** Where the value after a key's `:` starts. */
  private p = 0;
  private depth = 0;
  /** Set by plainLineEnd when a comment ended the line. */
  private comment = false;

  constructor(
    private readonly s: string,
    /** yaml.v2 typing (kustomization files) instead of yaml.v3 + kyaml (resources). */
    private readonly v2: boolean,
  ) {
    this.len = s.length;
  }

  /**
   * The source text of the scalar just read, when it is not a string and its text is not the
   * canonical one (see core/scalar-text.ts); undefined after a collection or a string.
   */
  private noted: string | undefined = undefined;

  /** A plain scalar's value; notes its text (resources only) when that text matters. */
  private plain(raw: string, inFlow: boolean): Json {
    const v = plainJson(raw, inFlow, this.v2);
    this.noted = !this.v2 && typeof v !== 'string' ? raw : undefined;
    return v;
  }

  document(): FastDoc | null {
    const s = this.s;
    let start = 0;
    if (s.startsWith('---')) {
      // A document start marker (the first line of a file is never a separator for kyaml).
      let j = 3;
      if (j < this.len && s.charCodeAt(j) !== NL) {
        if (s.charCodeAt(j) !== SP) throw BAIL;
        while (s.charCodeAt(j) === SP) j++;
        if (j < this.len && s.charCodeAt(j) !== NL && s.charCodeAt(j) !== HASH) throw BAIL;
      }
      const nl = s.indexOf('\n', j);
      start = nl < 0 ? this.len : nl + 1;
    }
    this.nextLine(start);
    if (this.eof) return null;
    const offset = this.cs;
    const c = s.charCodeAt(offset);
    if (c === 0x7b || c === 0x5b) {
      // A JSON-like flow document (`{"apiVersion": ...}`), possibly over several lines.
      const role = this.v2 ? NONE : RESOURCE;
      const { value, next } = c === 0x7b ? this.jsonMap(offset + 1, role) : this.jsonSeq(offset + 1, role);
      if (this.jsonSpace(next) < this.len) throw BAIL;
      // kyaml skips an empty map or list.
      if (!this.v2 && (Array.isArray(value) ? value.length : Object.keys(value as JsonObject).length) === 0) return null;
      return { value, offset };
    }
    // A mapping (a resource), or a sequence (e.g. JSON 6902 operations read as a resource file).
    const value = this.isDashAt(this.cs) ? this.blockSeq(this.ind, NONE) : this.blockMap(this.ind, this.v2 ? NONE : RESOURCE, true);
    if (!this.eof) throw BAIL;
    return { value, offset };
  }

  /** Skips spaces and line breaks in a JSON-like document; comments, tabs and `...` give up. */
  private jsonSpace(j: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(j);
      if (c === SP) j++;
      else if (c === NL) {
        j++;
        if (s.charCodeAt(j) === 0x2e && s.startsWith('...', j)) throw BAIL;
      } else if (c === TAB || c === HASH) throw BAIL;
      else return j;
    }
  }

  /** A JSON-like flow mapping whose `{` is before `j`; keys must be double-quoted. */
  private jsonMap(j: number, role: number): { value: JsonObject; next: number } {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const obj: JsonObject = {};
    j = this.jsonSpace(j);
    if (s.charCodeAt(j) === 0x7d) {
      this.depth--;
      return { value: obj, next: j + 1 };
    }
    let kind = KIND_UNSEEN;
    for (;;) {
      if (s.charCodeAt(j) !== DQUOTE) throw BAIL;
      const end = this.jsonStringEnd(j);
      const key = decodeQuoted(s, j, end + 1, false);
      if (typeof key !== 'string' || key === '<<' || Object.prototype.hasOwnProperty.call(obj, key)) throw BAIL;
      if (s.charCodeAt(end + 1) !== COLON) throw BAIL;
      this.noted = undefined;
      const item = this.jsonValue(this.jsonSpace(end + 2), childRoleOf(role, key, kind), role === ANNOTATIONS);
      kind = kindAfter(role, key, item.value, kind);
      setOwn(obj, key, item.value);
      if (this.noted !== undefined) noteScalarText(obj, key, item.value, this.noted);
      j = this.jsonSpace(item.next);
      const c = s.charCodeAt(j);
      if (c === 0x7d) break;
      if (c !== 0x2c) throw BAIL;
      j = this.jsonSpace(j + 1);
    }
    this.depth--;
    this.noted = undefined;
    return { value: obj, next: j + 1 };
  }

  /** A JSON-like flow sequence whose `[` is before `j`. */
  private jsonSeq(j: number, role: number): { value: Json[]; next: number } {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const arr: Json[] = [];
    const itemRole = role === LIST_ITEMS ? RESOURCE : NONE;
    j = this.jsonSpace(j);
    if (s.charCodeAt(j) === 0x5d) {
      this.depth--;
      return { value: arr, next: j + 1 };
    }
    for (;;) {
      this.noted = undefined;
      const item = this.jsonValue(j, itemRole, false);
      arr.push(item.value);
      if (this.noted !== undefined) noteScalarText(arr, arr.length - 1, item.value, this.noted);
      j = this.jsonSpace(item.next);
      const c = s.charCodeAt(j);
      if (c === 0x5d) break;
      if (c !== 0x2c) throw BAIL;
      j = this.jsonSpace(j + 1);
    }
    this.depth--;
    this.noted = undefined;
    return { value: arr, next: j + 1 };
  }

  /** A value in a JSON-like document: a double-quoted string, a collection or a plain scalar. */
  private jsonValue(j: number, role: number, inAnn: boolean): { value: Json; next: number } {
    const s = this.s;
    const c = s.charCodeAt(j);
    if (c === DQUOTE) {
      const end = this.jsonStringEnd(j);
      const r = decodeQuoted(s, j, end + 1, false);
      if (typeof r !== 'string') throw BAIL;
      return { value: r, next: end + 1 };
    }
    if (c === 0x7b || c === 0x5b) {
      const v = c === 0x7b ? this.jsonMap(j + 1, inAnn ? NONE : role) : this.jsonSeq(j + 1, inAnn ? NONE : role);
      // kustomize prints a map or list annotation value as "".
      return inAnn ? { value: '', next: v.next } : v;
    }
    if (c === DASH) {
      const d = s.charCodeAt(j + 1);
      if (d === SP || d === NL || isFlowIndicator(d) || j + 1 >= this.len) throw BAIL;
    } else if (isIndicator(c) || c === NL || c === SP || j >= this.len) throw BAIL;
    // A plain scalar (number, true, false, null...): up to a blank or a flow indicator.
    let k = j + 1;
    for (; k < this.len; k++) {
      const d = s.charCodeAt(k);
      if (d === SP || d === NL || isFlowIndicator(d)) break;
      if (d === COLON || d === HASH || d === TAB) throw BAIL;
    }
    const raw = s.slice(j, k);
    return { value: inAnn ? this.annotationPlain(raw, true) : this.plain(raw, true), next: k };
  }

  /** Index of the closing quote of a double-quoted string at `j` on the same line. */
  private jsonStringEnd(j: number): number {
    const s = this.s;
    const len = this.len;
    for (let k = j + 1; k < len; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x5c) {
        k++;
        if (s.charCodeAt(k) === NL) break;
      } else if (c === DQUOTE) return k;
      else if (c === NL) break;
    }
    throw BAIL;
  }

  /** Moves to the first line at or after `from` (a line start) with content other than a comment. */
  private nextLine(from: number): void {
    const s = this.s;
    const len = this.len;
    while (from < len) {
      let i = from;
      while (s.charCodeAt(i) === SP) i++;
      let le = s.indexOf('\n', i);
      if (le < 0) le = len;
      const c = s.charCodeAt(i);
      if (c === TAB) throw BAIL;
      if (i === le || c === HASH) {
        from = le + 1;
        continue;
      }
      if (i === from && (c === 0x2e || c === DASH) && s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === c) {
        // `...` or `---` at column 0: document markers are left to the full parser.
        throw BAIL;
      }
      this.ls = from;
      this.ind = i - from;
      this.cs = i;
      this.le = le;
      this.eof = false;
      return;
    }
    this.eof = true;
    this.ind = -1;
  }

  private isDashAt(i: number): boolean {
    if (this.s.charCodeAt(i) !== DASH) return false;
    const c = this.s.charCodeAt(i + 1);
    return i + 1 >= this.le || c === SP;
  }

  /** A block mapping whose entries sit at column `n`; the current line holds its first key. */
  private blockMap(n: number, role: number, top: boolean): JsonObject {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const obj: JsonObject = {};
    let kind = KIND_UNSEEN;
    for (;;) {
      const key = this.readKey(top);
      if (Object.prototype.hasOwnProperty.call(obj, key)) throw BAIL;
      this.noted = undefined;
      const v = this.value(n, childRoleOf(role, key, kind), role === ANNOTATIONS);
      kind = kindAfter(role, key, v, kind);
      setOwn(obj, key, v);
      if (this.noted !== undefined) noteScalarText(obj, key, v, this.noted);
      if (this.eof || this.ind < n) break;
      if (this.ind > n || this.isDashAt(this.cs)) throw BAIL;
    }
    this.depth--;
    this.noted = undefined;
    return obj;
  }

  /** A block sequence whose `-` sit at column `n`; the current line holds its first entry. */
  private blockSeq(n: number, role: number): Json[] {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const arr: Json[] = [];
    const itemRole = role === LIST_ITEMS ? RESOURCE : NONE;
    for (;;) {
      this.noted = undefined;
      let i = this.cs + 1;
      while (s.charCodeAt(i) === SP) i++;
      if (s.charCodeAt(i) === TAB) throw BAIL;
      if (i >= this.le || s.charCodeAt(i) === HASH) {
        if (i < this.le && i === this.cs + 1) throw BAIL;
        this.nextLine(this.le + 1);
        arr.push(this.nested(n, itemRole, false, false));
      } else if (this.isDashAt(i)) {
        // A compact nested sequence (`- - x`): its entries sit at the column of the inner dash.
        this.ind = i - this.ls;
        this.cs = i;
        arr.push(this.blockSeq(this.ind, NONE));
      } else if (this.isKeyAt(i)) {
        // A compact mapping: its keys sit at the column of the first one.
        this.ind = i - this.ls;
        this.cs = i;
        arr.push(this.blockMap(this.ind, itemRole, false));
      } else {
        arr.push(this.inline(i, n, itemRole, false));
      }
      if (this.noted !== undefined) noteScalarText(arr, arr.length - 1, arr[arr.length - 1]!, this.noted);
      if (this.eof || this.ind < n) break;
      if (this.ind > n) throw BAIL;
      if (!this.isDashAt(this.cs)) break; // the parent mapping continues (indentless sequence)
    }
    this.depth--;
    this.noted = undefined;
    return arr;
  }

  /** True when the text at `i` (on the current line) is a mapping key followed by `:`. */
  private isKeyAt(i: number): boolean {
    const s = this.s;
    const le = this.le;
    const c = s.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(i, c === SQUOTE);
      return end >= 0 && s.charCodeAt(end + 1) === COLON && (end + 2 >= le || s.charCodeAt(end + 2) === SP);
    }
    if (isIndicator(c)) return false;
    for (let j = i + 1; j < le; j++) {
      const d = s.charCodeAt(j);
      if (d === COLON) {
        if (j + 1 >= le || s.charCodeAt(j + 1) === SP) return true;
      } else if (d === HASH && s.charCodeAt(j - 1) === SP) return false;
      else if (d === TAB) throw BAIL;
    }
    return false;
  }

  /** Reads the key at the current content start; leaves `p` after its `:`. */
  private readKey(top: boolean): string {
    const s = this.s;
    const le = this.le;
    const cs = this.cs;
    const c = s.charCodeAt(cs);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(cs, c === SQUOTE);
      if (end < 0 || s.charCodeAt(end + 1) !== COLON || (end + 2 < le && s.charCodeAt(end + 2) !== SP)) throw BAIL;
      if (end - cs > MAX_KEY) throw BAIL;
      const r = decodeQuoted(s, cs, end + 1, c === SQUOTE);
      if (typeof r !== 'string' || r === '<<') throw BAIL; // kyaml drops a quoted "<<" key
      this.p = end + 2;
      return r;
    }
    if (isIndicator(c)) throw BAIL;
    let end = cs + 1;
    let j = cs + 1;
    for (;;) {
      if (j >= le) throw BAIL;
      const d = s.charCodeAt(j);
      if (d === COLON) {
        if (j + 1 >= le || s.charCodeAt(j + 1) === SP) break;
      } else if ((d === HASH && s.charCodeAt(j - 1) === SP) || d === TAB) throw BAIL;
      if (d !== SP) end = j + 1;
      j++;
    }
    if (end - cs > MAX_KEY) throw BAIL;
    const key = s.slice(cs, end);
    if (key === '<<') throw BAIL; // merge key
    this.p = j + 1;
    return this.plainKey(key, c, top);
  }

  /**
   * The JSON key of a plain key `key` (first character `c`). yaml.v3 → JSON: keys must read as
   * strings, but the document's top-level map takes any scalar's text (not null). yaml.v2 →
   * sigs.k8s.io/yaml: booleans, ints and floats become their Go text; null is an error.
   */
  private plainKey(key: string, c: number, top: boolean): string {
    if (isPlainTextStart(c)) return key;
    const r = resolvePlain(key, this.v2 ? 'v2' : 'v3');
    if (r.tag === 'str') return key;
    if (!this.v2) {
      if (!top || r.tag === 'null' || r.tag === 'merge') throw BAIL;
      return key;
    }
    switch (r.tag) {
      case 'bool':
        return r.value ? 'true' : 'false';
      case 'int':
        if (r.value >= 1n << 63n) throw BAIL;
        return r.value.toString();
      case 'float':
        return formatFloatG32(r.value);
      case 'timestamp':
        return key;
      default:
        throw BAIL;
    }
  }

  /** The value after a key's `:` (at `p`), in a mapping at column `n`. Moves to the next line. */
  private value(n: number, role: number, inAnn: boolean): Json {
    const s = this.s;
    let i = this.p;
    while (s.charCodeAt(i) === SP) i++;
    if (s.charCodeAt(i) === TAB) throw BAIL;
    if (i >= this.le || s.charCodeAt(i) === HASH) {
      this.nextLine(this.le + 1);
      return this.nested(n, role, inAnn, true);
    }
    return this.inline(i, n, role, inAnn);
  }

  /**
   * A value on the following lines (the current line), for a mapping (`fromMap`, where a
   * sequence may sit at the key's column) or a sequence entry at column `n`.
   */
  private nested(n: number, role: number, inAnn: boolean, fromMap: boolean): Json {
    if (this.eof || this.ind < n) return this.empty();
    const dash = this.isDashAt(this.cs);
    let v: Json;
    if (this.ind === n) {
      if (!fromMap || !dash) return this.empty();
      v = this.blockSeq(n, inAnn ? NONE : role);
    } else if (dash) {
      v = this.blockSeq(this.ind, inAnn ? NONE : role);
    } else {
      v = this.blockMap(this.ind, inAnn ? NONE : role, false);
    }
    // kustomize prints a map or list annotation value as "".
    return inAnn ? '' : v;
  }

  /** An absent value: null, noted as written with no text (resources). */
  private empty(): Json {
    if (!this.v2) this.noted = '';
    return null;
  }

  /** A value starting at `i` on the current line, inside a collection at column `n`. */
  private inline(i: number, n: number, role: number, inAnn: boolean): Json {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      let end = this.quotedEnd(i, c === SQUOTE);
      if (end < 0) end = this.multiLineQuotedEnd(i, c === SQUOTE, n);
      this.lineEndAt(end + 1);
      const r = decodeQuoted(s, i, end + 1, c === SQUOTE);
      if (typeof r !== 'string') throw BAIL;
      this.nextLine(this.le + 1);
      return r;
    }
    if (c === 0x7c || c === 0x3e) return this.blockScalar(i, n, c === 0x3e, inAnn);
    if (c === 0x5b || c === 0x7b) {
      const v = c === 0x5b ? this.flowSeq(i) : this.flowMap(i, !inAnn && role === ANNOTATIONS);
      this.nextLine(this.le + 1);
      return inAnn ? '' : v;
    }
    if (c === DASH) {
      if (this.isDashAt(i)) throw BAIL;
    } else if (isIndicator(c)) throw BAIL;
    // A plain scalar: to the end of the line or a comment, folded with more indented lines.
    let le = this.le;
    let end = this.plainLineEnd(i, le);
    let raw = s.slice(i, end);
    if (!this.comment) {
      const len = this.len;
      let p = le + 1;
      let breaks = 0;
      while (p < len) {
        let k = p;
        while (s.charCodeAt(k) === SP) k++;
        const d = s.charCodeAt(k);
        if (d === TAB) throw BAIL;
        let e = s.indexOf('\n', k);
        if (e < 0) e = len;
        if (k === e) {
          breaks++;
          p = e + 1;
          continue;
        }
        // A line not more indented than the collection, or a comment, ends the scalar.
        if (k - p <= n || d === HASH) break;
        if ((d === DASH || d === 0x3f || d === COLON) && (k + 1 >= e || s.charCodeAt(k + 1) === SP)) throw BAIL;
        end = this.plainLineEnd(k, e);
        raw += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + s.slice(k, end);
        breaks = 0;
        le = e;
        p = e + 1;
        if (this.comment) break;
      }
    }
    this.nextLine(le + 1);
    return inAnn ? this.annotationPlain(raw, false) : this.plain(raw, false);
  }

  /**
   * The end of a plain scalar's text on one line (from `i`, a non-blank, to `le`): after the
   * last non-blank before the line end or a ` #` comment (then `comment` is set).
   */
  private plainLineEnd(i: number, le: number): number {
    const s = this.s;
    let end = i + 1;
    this.comment = false;
    for (let j = i + 1; j < le; j++) {
      const d = s.charCodeAt(j);
      if (d === SP) continue;
      if (d === COLON) {
        if (j + 1 >= le || s.charCodeAt(j + 1) === SP) throw BAIL;
      } else if (d === HASH && s.charCodeAt(j - 1) === SP) {
        this.comment = true;
        return end;
      } else if (d === TAB) throw BAIL;
      end = j + 1;
    }
    return end;
  }


  /** A plain annotation value: its text when it reads as a string, else typed with its text noted. */
  private annotationPlain(raw: string, inFlow: boolean): Json {
    const v = this.plain(raw, inFlow);
    return typeof v === 'string' ? raw : v;
  }

  /** Index of the closing quote of the quoted scalar at `i` on the current line, or -1. */
  private quotedEnd(i: number, single: boolean): number {
    const s = this.s;
    const le = this.le;
    let j = i + 1;
    if (single) {
      for (;;) {
        const k = s.indexOf("'", j);
        if (k < 0 || k >= le) return -1;
        if (s.charCodeAt(k + 1) === SQUOTE) {
          j = k + 2;
          continue;
        }
        return k;
      }
    }
    while (j < le) {
      const c = s.charCodeAt(j);
      if (c === 0x5c) j += 2;
      else if (c === DQUOTE) return j;
      else j++;
    }
    return -1;
  }

  /**
   * Index of the closing quote of a quoted scalar at `i` that goes on over the next lines, in a
   * collection at column `n`; the current line becomes the closing quote's line. Continuation
   * lines must be more indented than `n`; tabs are left to the full parser.
   */
  private multiLineQuotedEnd(i: number, single: boolean, n: number): number {
    const s = this.s;
    const len = this.len;
    let j = i + 1;
    let lineStart = -1;
    for (;;) {
      if (j >= len) throw BAIL;
      const c = s.charCodeAt(j);
      if (c === NL) {
        lineStart = j + 1;
        let k = lineStart;
        while (s.charCodeAt(k) === SP) k++;
        const d = s.charCodeAt(k);
        if (k < len && d !== NL && k - lineStart <= n) throw BAIL;
        j = k;
        continue;
      }
      if (c === TAB) throw BAIL;
      if (single) {
        if (c === SQUOTE) {
          if (s.charCodeAt(j + 1) === SQUOTE) {
            j += 2;
            continue;
          }
          break;
        }
      } else if (c === 0x5c) {
        j += s.charCodeAt(j + 1) === NL ? 1 : 2;
        continue;
      } else if (c === DQUOTE) break;
      j++;
    }
    let le = s.indexOf('\n', j);
    if (le < 0) le = len;
    this.ls = lineStart;
    this.le = le;
    return j;
  }

  /** Only blanks or a comment may follow position `j` on the current line. */
  private lineEndAt(j: number): void {
    const s = this.s;
    const le = this.le;
    if (j >= le) return;
    if (s.charCodeAt(j) !== SP) throw BAIL;
    while (j < le && s.charCodeAt(j) === SP) j++;
    if (j < le && s.charCodeAt(j) !== HASH) throw BAIL;
  }

  /** `[a, "b", 1]`: scalars only, on one line. */
  private flowSeq(i: number): Json[] {
    const arr: Json[] = [];
    let j = this.flowNext(i + 1, 0x5d, true);
    while (j >= 0) {
      this.noted = undefined;
      const item = this.flowScalar(j, false);
      arr.push(item.value);
      if (this.noted !== undefined) noteScalarText(arr, arr.length - 1, item.value, this.noted);
      j = this.flowNext(item.next, 0x5d);
    }
    this.lineEndAt(~j + 1);
    this.noted = undefined;
    return arr;
  }

  /** `{k: v, "k2": "v2"}`: scalars only, on one line. */
  private flowMap(i: number, annotations: boolean): JsonObject {
    const s = this.s;
    const obj: JsonObject = {};
    let j = this.flowNext(i + 1, 0x7d, true);
    while (j >= 0) {
      const c = s.charCodeAt(j);
      if (c === TAB) throw BAIL;
      let key: string;
      if (c === DQUOTE || c === SQUOTE) {
        const q = this.flowScalar(j, false);
        key = q.value as string;
        j = q.next;
      } else {
        if (isIndicator(c)) throw BAIL;
        let k = j + 1;
        let end = k;
        for (;;) {
          if (k >= this.le) throw BAIL;
          const d = s.charCodeAt(k);
          if (d === TAB) throw BAIL;
          if (d === COLON || isFlowIndicator(d) || d === HASH) break;
          if (d !== SP) end = k + 1;
          k++;
        }
        key = this.plainKey(s.slice(j, end), c, false);
        j = k;
      }
      if (s.charCodeAt(j) !== COLON || s.charCodeAt(j + 1) !== SP) throw BAIL;
      if (key === '<<' || Object.prototype.hasOwnProperty.call(obj, key)) throw BAIL;
      j += 2;
      while (s.charCodeAt(j) === SP) j++;
      this.noted = undefined;
      const item = this.flowScalar(j, annotations);
      setOwn(obj, key, item.value);
      if (this.noted !== undefined) noteScalarText(obj, key, item.value, this.noted);
      j = this.flowNext(item.next, 0x7d);
    }
    this.lineEndAt(~j + 1);
    this.noted = undefined;
    return obj;
  }

  /**
   * After a flow collection's opening bracket (`first`) or one of its items (ending at `j`): the
   * start of the next item (past the `,`), or, at the closing bracket `close`, its position
   * bit-inverted (negative). A trailing comma bails.
   */
  private flowNext(j: number, close: number, first = false): number {
    const s = this.s;
    while (s.charCodeAt(j) === SP) j++;
    const c = s.charCodeAt(j);
    if (c === close) return ~j;
    if (first) return j;
    if (c !== 0x2c) throw BAIL;
    j++;
    while (s.charCodeAt(j) === SP) j++;
    if (s.charCodeAt(j) === close) throw BAIL; // trailing comma
    return j;
  }

  /** A quoted or non-empty plain scalar inside a flow collection (no `:` in plain ones). */
  private flowScalar(j: number, annotation: boolean): { value: Json; next: number } {
    const s = this.s;
    const c = s.charCodeAt(j);
    if (c === TAB) throw BAIL;
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(j, c === SQUOTE);
      if (end < 0) throw BAIL;
      const r = decodeQuoted(s, j, end + 1, c === SQUOTE);
      if (typeof r !== 'string') throw BAIL;
      return { value: r, next: end + 1 };
    }
    if (c === DASH) {
      const d = s.charCodeAt(j + 1);
      if (d === SP || isFlowIndicator(d) || j + 1 >= this.le) throw BAIL;
    } else if (isIndicator(c)) throw BAIL;
    let k = j + 1;
    let end = k;
    for (; k < this.le; k++) {
      const d = s.charCodeAt(k);
      if (isFlowIndicator(d)) break;
      if (d === COLON || d === TAB || (d === HASH && s.charCodeAt(k - 1) === SP)) throw BAIL;
      if (d !== SP) end = k + 1;
    }
    const raw = s.slice(j, end);
    return { value: annotation ? this.annotationPlain(raw, true) : this.plain(raw, true), next: k };
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `i`, in a collection at
   * column `n`; libyaml's scanner, then kyaml's folded round trip.
   */
  private blockScalar(i: number, n: number, folded: boolean, inAnn: boolean): Json {
    const s = this.s;
    const len = this.len;
    let j = i + 1;
    let chomp = 0;
    let indent = 0;
    for (let k = 0; k < 2; k++) {
      const c = s.charCodeAt(j);
      if ((c === 0x2b || c === DASH) && chomp === 0) {
        chomp = c === 0x2b ? 1 : -1;
        j++;
      } else if (c >= 0x31 && c <= 0x39 && indent === 0) {
        indent = n + (c - 0x30);
        j++;
      } else break;
    }
    this.lineEndAt(j);
    if (this.le >= len) throw BAIL;
    const noFinalBreak = s.charCodeAt(len - 1) !== NL;
    let out = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    let leadingBlank = false;
    // Leading empty lines, and the indentation when it is not given.
    let p = this.le + 1;
    let q: number;
    let col: number;
    let maxInd = 0;
    for (;;) {
      q = p;
      col = 0;
      while (q < len && s.charCodeAt(q) === SP && (indent === 0 || col < indent)) {
        q++;
        col++;
      }
      if (col > maxInd) maxInd = col;
      if (q >= len) throw BAIL; // nothing but empty lines: left to the full parser
      if (s.charCodeAt(q) === TAB) throw BAIL; // a tab where indentation is expected
      if (s.charCodeAt(q) !== NL) {
        // With an indentation indicator, a first line of only spaces (more than the indentation)
        // is content for libyaml but an empty line for the `yaml` package: left to it.
        if (indent !== 0 && s.charCodeAt(q) === SP) {
          let k = q;
          while (s.charCodeAt(k) === SP) k++;
          if (k >= len || s.charCodeAt(k) === NL) throw BAIL;
        }
        break;
      }
      trailingBreaks += '\n';
      p = q + 1;
    }
    if (indent === 0) {
      // The first content line sets the indentation; an empty block or a leading empty line
      // longer than it are left to the full parser.
      if (col <= n || maxInd > col) throw BAIL;
      indent = col;
    } else if (col < indent) throw BAIL;
    for (;;) {
      // q: start of content at the scalar's indentation on a line starting at p.
      const e = s.indexOf('\n', q);
      if (e < 0) throw BAIL;
      const trailingBlank = s.charCodeAt(q) === SP || s.charCodeAt(q) === TAB;
      if (folded && leadingBreak === '\n' && !leadingBlank && !trailingBlank) {
        if (trailingBreaks === '') out += ' ';
      } else {
        out += leadingBreak;
      }
      leadingBreak = '';
      out += trailingBreaks;
      trailingBreaks = '';
      leadingBlank = trailingBlank;
      out += s.slice(q, e);
      leadingBreak = '\n';
      p = e + 1;
      let more = false;
      for (;;) {
        q = p;
        col = 0;
        while (q < len && s.charCodeAt(q) === SP && col < indent) {
          q++;
          col++;
        }
        if (q >= len) {
          if (noFinalBreak) throw BAIL;
          break;
        }
        const d = s.charCodeAt(q);
        if (d === TAB && col < indent) throw BAIL;
        if (d !== NL) {
          more = col === indent;
          break;
        }
        trailingBreaks += '\n';
        p = q + 1;
      }
      if (!more) break;
    }
    if (chomp !== -1) out += leadingBreak;
    if (chomp === 1) out += trailingBreaks;
    this.nextLine(p);
    if (inAnn) return out;
    // kyaml's re-encoding (resources only) changes some folded scalars.
    return folded && !this.v2 ? foldedRoundTrip(out) : out;
  }
}

/** First characters after which a plain scalar always resolves to a string (no lookup needed). */
function isPlainTextStart(c: number): boolean {
  // go-yaml's resolve table hints: sign, digit, '.', and y/Y/n/N/t/T/f/F/o/O/~ need a lookup.
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
    switch (c) {
      case 0x79: case 0x59: case 0x6e: case 0x4e: case 0x74: case 0x54: case 0x66: case 0x46: case 0x6f: case 0x4f:
        return false;
    }
    return true;
  }
  return c === 0x2f || c === 0x5f || c === 0x24 || c >= 0x80;
}

/** A plain scalar's JSON value, as the full parser's Converter types it (yaml.v3 or v2 rules). */
/** What a resource map knows of its `kind` so far: not seen, a *List, or another kind. */
const KIND_UNSEEN = 0;
const KIND_LIST = 1;
const KIND_OTHER = 2;

/** The role of the value of `key` in a map of role `role`. */
function childRoleOf(role: number, key: string, kind: number): number {
  if (role === RESOURCE) {
    if (key === 'metadata') return METADATA;
    if (key !== 'items') return NONE;
    // Whether this is a *List (whose items are resources) must be known by now.
    if (kind === KIND_UNSEEN) throw BAIL;
    return kind === KIND_LIST ? LIST_ITEMS : NONE;
  }
  return role === METADATA && key === 'annotations' ? ANNOTATIONS : NONE;
}

/** The kind state after the entry `key: v`: a resource's first `kind` decides it. */
function kindAfter(role: number, key: string, v: Json, kind: number): number {
  if (role !== RESOURCE || key !== 'kind' || kind !== KIND_UNSEEN) return kind;
  return typeof v === 'string' && v.endsWith('List') ? KIND_LIST : KIND_OTHER;
}

/**
 * Short plain strings seen before, by value: the same values (`TCP`, `ClusterIP`, label values,
 * ports' names) recur in every document, and a build keeps its documents to the end. Returning the
 * copy already kept lets the fresh slice die young instead of being copied out of the young
 * generation with the document. Values are immutable, so sharing them is invisible.
 */
let shortStrings = new Map<string, string>();

function intern(s: string): string {
  if (s.length > 40) return s;
  const kept = shortStrings.get(s);
  if (kept !== undefined) return kept;
  if (shortStrings.size >= 50_000) shortStrings = new Map();
  shortStrings.set(s, s);
  return s;
}

function plainJson(raw: string, inFlow: boolean, v2: boolean): Json {
  const c = raw.charCodeAt(0);
  if (isPlainTextStart(c)) return intern(raw);
  // Small decimal integers (no sign, no leading zero, no underscore).
  if (c >= 0x31 && c <= 0x39 && raw.length <= 15) {
    let k = 1;
    while (k < raw.length) {
      const d = raw.charCodeAt(k);
      if (d < 0x30 || d > 0x39) break;
      k++;
    }
    if (k === raw.length) return Number(raw);
  }
  const v = resolvedJson(resolvePlain(raw, v2 ? 'v2' : 'v3'), raw, v2, inFlow);
  if (isScalarJsonFailure(v)) throw BAIL;
  return v;
}
