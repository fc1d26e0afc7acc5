/**
 * Reading YAML the way kustomize does, into plain JSON values.
 *
 * Resources ({@link parseResourceDocuments}) go through kyaml: the file is split on `---` lines
 * by `kio.ByteReader`, each piece is decoded with yaml.v3 (YAML 1.2 typing: `yes`/`on` stay
 * strings, `0o17`, `017`, `0x1F` and `1_000` are ints, timestamps become RFC 3339 strings),
 * anchors and `<<` merges are expanded by kyaml's `DeAnchor`, and `RNode.MarshalJSON` turns
 * the result into JSON (duplicate keys, non-string keys, NaN and ±Inf are errors).
 *
 * Kustomization files ({@link parseKustomizationText}) go through `sigs.k8s.io/yaml`, i.e.
 * yaml.v2 (YAML 1.1 typing: `yes`/`on`/`y` are booleans) and its JSON conversion
 * (duplicate keys: last wins; int/float/bool keys become strings).
 *
 * The `yaml` package does the syntax; this module applies go-yaml's typing and kyaml's
 * quirks on its AST. Most documents never reach it: fast-parse.ts reads the common subset of
 * YAML directly into the same JSON (and hands anything else to this path), which is what makes
 * large trees fast.
 *
 * @see kubernetes-sigs/kustomize kyaml/kio/byteio_reader.go, kyaml/yaml/alias.go (DeAnchor)
 * @see go-yaml/yaml v3 decode.go, resolve.go; kubernetes-sigs/yaml yaml.go
 */
import { parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document, Node as YNode, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Json, JsonObject } from '../core/json.js';
import { setOwn } from '../core/json.js';
import { copyScalarText, noteScalarText } from '../core/scalar-text.js';
import { KustomizeError, type ErrorCode } from '../core/errors.js';
import { isScalarJsonFailure, resolvedJson, resolvePlain, resolveTagged, type Resolved } from './resolve.js';
import { formatFloatG32 } from './go-strconv.js';
import { decodeQuoted, foldedRoundTrip } from './scalars.js';
import { fastParseDocument } from './fast-parse.js';

export { decodeQuoted, foldedRoundTrip };

/** One document of a resource file. */
export interface ParsedDoc {
  /** The document as JSON, exactly what kustomize's `RNode.MarshalJSON` would produce. */
  value: Json;
  /**
   * 0-based position of the document among the `---`-separated pieces of the file, counting
   * the skipped empty ones (kyaml's split index), for diagnostics.
   */
  index: number;
  /** 1-based line where the document's content starts. */
  line: number;
}

/** Options of {@link parseResourceDocuments}. */
export interface ParseResourceOptions {
  /**
   * Read the common block-YAML subset with the hand-written fast path (fast-parse.ts), which
   * hands anything else to the full parser. Default true; false forces the full parser (for the
   * differential tests and benchmarks). Results and errors are the same either way.
   */
  fastPath?: boolean;
  /**
   * A key repeated in a mapping keeps its first value instead of failing. kyaml holds patches as
   * nodes and looks fields up with `Field`, which finds the first occurrence; only a resource
   * that reaches the output is decoded (and fails on the repetition). For strategic-merge patches.
   */
  firstKeyWins?: boolean;
}

/** Nesting deeper than this is refused. */
const MAX_DEPTH = 1000;

/**
 * Characters libyaml's reader refuses anywhere in the input. Tab, LF, CR, NEL and the
 * printable ranges are allowed; lone surrogates stand for invalid UTF-8.
 */
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]|\p{Cs}/u;
/**
 * NEL is a line break for libyaml (YAML 1.1) and content for the `yaml` package (YAML 1.2):
 * it is turned into "\n" before parsing. LS/PS are breaks for libyaml too, but they are left
 * as content (so quoted scalars holding them, as kustomize prints them, stay parseable);
 * quoted scalars are decoded with libyaml's rules anyway (decodeQuoted).
 */
const EXTRA_BREAKS = /\u0085/g;

type Mode = 'v3' | 'v2';

/** Line-start offsets of a text, for turning offsets into 1-based line/col. */
class Lines {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  pos(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
  }
}

/** Go `strings.TrimSpace` (Unicode White_Space, which includes NEL but not U+FEFF). */
function goTrimSpace(s: string): string {
  const ws = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  return s.replace(ws, '');
}

function checkControlCharacters(text: string, file: string, lines: Lines, offset: number): void {
  const m = FORBIDDEN.exec(text);
  if (m) {
    throw new KustomizeError('YAML_SYNTAX', 'yaml: control characters are not allowed', { file, ...lines.pos(offset + m.index) });
  }
}

/**
 * Parses a resource file the way `kustomize build` reads it (kyaml `kio.FromBytes`), skipping
 * empty pieces exactly as kustomize does: empty or comment-only documents, documents that are
 * `null`/`~`, and empty maps or lists. Only the first YAML document of each `---`-separated
 * piece is read (as kyaml does), so a `...` end marker hides the rest of that piece.
 *
 * Annotations: kustomize rewrites every resource's `metadata.annotations` at the end of a build
 * as a map of strings taken from the YAML nodes' values (kyaml `GetAnnotations` /
 * `SetAnnotations` in `RemoveBuildAnnotations`), so `port: 8080` prints as `port: "8080"` and
 * `x: 0x10` as `x: "0x10"`. The values of `metadata.annotations` of each document root (and of
 * the items of a `*List` document, which become resources too) are therefore read as their
 * source text: the scalar's value without typing (quoted scalars decoded, block scalars with
 * their chomping, tags ignored: `!!binary aGk=` stays `aGk=`, `.inf` is `.inf`), a map or list
 * value is `""`, duplicate keys are last-wins (kyaml never decodes that map), and null values
 * follow {@link ParseResourceOptions.annotationNulls}. Labels and nested annotations (pod
 * templates) keep their types.
 *
 * Integers beyond ±2^53 lose precision (JSON numbers are doubles here); kustomize keeps
 * int64/uint64 exact. The emitter prints integral values in the int64/uint64 range exactly.
 *
 * @throws KustomizeError `YAML_SYNTAX` (with file, line, col) for malformed YAML, duplicate
 *   keys, bad merges, non-string keys in nested maps, NaN/±Inf, bad tags;
 *   `LIMIT_EXCEEDED` for alias bombs and absurd nesting.
 */
export function parseResourceDocuments(text: string, file: string, options: ParseResourceOptions = {}): ParsedDoc[] {
  const fastPath = options.fastPath ?? true;
  // kyaml normalises Windows line endings before splitting.
  if (text.indexOf('\r\n') >= 0) text = text.replace(/\r\n/g, '\n');
  const lines = new Lines(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  checkControlCharacters(bom ? text.slice(1) : text, file, lines, bom);

  // kio.ByteReader's splitDocuments: any line starting with "---" separates documents; only
  // whitespace or a comment may follow on that line. The first line never separates.
  const pieces: { start: number; text: string }[] = [];
  const sep = /\n---[^\n]*\n/g;
  let prev = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    const rest = goTrimSpace(m[0].slice(4));
    if (rest.length > 0 && rest[0] !== '#') {
      throw new KustomizeError('YAML_SYNTAX', `invalid document separator: ${goTrimSpace(m[0])}`, {
        file,
        ...lines.pos(m.index + 1),
      });
    }
    pieces.push({ start: prev, text: text.slice(prev, m.index) + '\n' });
    prev = m.index + m[0].length;
  }
  pieces.push({ start: prev, text: text.slice(prev) });

  const out: ParsedDoc[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (fastPath) {
      const fast = fastParseDocument(piece.text);
      if (fast !== undefined) {
        if (fast !== null) out.push({ value: fast.value, index: i, line: lines.pos(piece.start + fast.offset).line });
        continue;
      }
    }
    const doc = parseFirstDocument(piece.text, file, lines, piece.start);
    if (!doc || doc.contents === null) continue;
    const root = doc.contents as YNode;
    const value = guardDepth(file, () => {
      const conv = new Converter('v3', file, lines, piece.start, doc, piece.text, options.firstKeyWins ?? false);
      return conv.isNullRoot(root) ? undefined : conv.convertRoot(root);
    });
    if (value === undefined) continue;
    if ((Array.isArray(value) && value.length === 0) || (isObjectJson(value) && Object.keys(value).length === 0)) continue;
    out.push({ value, index: i, line: lines.pos(piece.start + (root.range?.[0] ?? 0)).line });
  }
  return out;
}

function isObjectJson(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses a kustomization file as kustomize does (`sigs.k8s.io/yaml`, i.e. yaml.v2 then JSON):
 * YAML 1.1 booleans (`yes`, `on`, `y`...), timestamps kept as strings, duplicate keys
 * last-wins, merges `<<` applied in order, int/float/bool keys turned into strings.
 * Only the first document is read. An empty file gives `null`. `options.fastPath` (default true)
 * is as for {@link parseResourceDocuments}.
 *
 * @throws KustomizeError `YAML_SYNTAX` with file/line/col; `LIMIT_EXCEEDED`.
 */
export function parseKustomizationText(text: string, file: string, options: { fastPath?: boolean } = {}): Json {
  const lines = new Lines(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  checkControlCharacters(bom ? text.slice(1) : text, file, lines, bom);
  if (options.fastPath ?? true) {
    const fast = fastParseDocument(text, 'v2');
    if (fast !== undefined) return fast === null ? null : fast.value;
  }
  const doc = parseFirstDocument(text, file, lines, 0);
  if (!doc || doc.contents === null) return null;
  return guardDepth(file, () => new Converter('v2', file, lines, 0, doc, text).convertRoot(doc.contents as YNode));
}

/** Turns a stack overflow on absurdly nested input into a clean error. */
function guardDepth<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw new KustomizeError('LIMIT_EXCEEDED', 'yaml: document too deeply nested', { file, cause: e });
    throw e;
  }
}

function parseFirstDocument(text: string, file: string, lines: Lines, base: number): Document.Parsed | null {
  const src = text.replace(EXTRA_BREAKS, '\n');
  let docs;
  try {
    docs = parseAllDocuments(src, {
      schema: 'failsafe',
      resolveKnownTags: false,
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false,
    });
  } catch (e) {
    if (e instanceof RangeError) throw new KustomizeError('LIMIT_EXCEEDED', 'yaml: document too deeply nested', { file, cause: e });
    throw e;
  }
  if (!Array.isArray(docs) || docs.length === 0) return null;
  const doc = docs[0]!;
  // Quoted scalars are re-read with libyaml's rules (see decodeQuoted), which accept `\'`.
  const err = doc.errors.find((e) => e.code !== 'BAD_DQ_ESCAPE');
  if (err) {
    const code: ErrorCode = err.code === 'RESOURCE_EXHAUSTION' ? 'LIMIT_EXCEEDED' : 'YAML_SYNTAX';
    throw new KustomizeError(code, 'yaml: ' + firstLine(err.message), { file, ...lines.pos(base + err.pos[0]), cause: err });
  }
  return doc;
}

function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return (nl >= 0 ? s.slice(0, nl) : s).replace(/ at line \d+, column \d+:?$/, '').trim();
}

const LONG_TAG_PREFIX = 'tag:yaml.org,2002:';

function shortTag(tag: string | undefined): string {
  if (!tag || tag === '!') return '';
  return tag.startsWith(LONG_TAG_PREFIX) ? '!!' + tag.slice(LONG_TAG_PREFIX.length) : tag;
}

const RESOLVABLE = new Set(['!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp']);

/** yaml.v3's alias-expansion budget (decode.go `allowedAliasRatio`). */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}

type MapNode = YAMLMap | Pair;

/**
 * Where a node sits, for kustomize's treatment of resource annotations: a resource object (the
 * document root, or an item of a `*List` root), its `metadata`, its `metadata.annotations`, the
 * `items` of a `*List`, or anywhere else.
 */
const NONE = 0;
const RESOURCE = 1;
const METADATA = 2;
const ANNOTATIONS = 3;
const LIST_ITEMS = 4;
type Role = typeof NONE | typeof RESOURCE | typeof METADATA | typeof ANNOTATIONS | typeof LIST_ITEMS;

/** Converts one document's AST to JSON with go-yaml typing rules. */
class Converter {
  private aliasTargets = new Map<Alias, YNode>();
  private active = new Set<YNode>();
  private depth = 0;
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;

  constructor(
    private mode: Mode,
    private file: string,
    private lines: Lines,
    private base: number,
    doc: Document.Parsed,
    private source: string,
    private readonly firstKeyWins = false,
  ) {
    this.indexAnchors(doc.contents as YNode | null, new Map());
  }

  /** Records, for each alias, the node its anchor names at that point of the document. */
  private indexAnchors(node: YNode | Pair | null | undefined, anchors: Map<string, YNode>): void {
    if (node === null || node === undefined) return;
    if (isPair(node)) {
      this.indexAnchors(node.key as YNode | null, anchors);
      this.indexAnchors(node.value as YNode | null, anchors);
      return;
    }
    if (isAlias(node)) {
      const t = anchors.get(node.source);
      if (!t) throw this.error(`yaml: unknown anchor '${node.source}' referenced`, node);
      this.aliasTargets.set(node, t);
      return;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node);
    if (isMap(node) || isSeq(node)) for (const it of node.items) this.indexAnchors(it as YNode | Pair, anchors);
  }

  error(message: string, node: YNode | Pair | null | undefined, code: ErrorCode = 'YAML_SYNTAX'): KustomizeError {
    const off = node && !isPair(node) && node.range ? node.range[0] : isPair(node) && (node.key as YNode | null)?.range ? (node.key as YNode).range![0] : 0;
    return new KustomizeError(code, message, { file: this.file, ...this.lines.pos(this.base + off) });
  }

  deref(node: YNode): YNode {
    if (!isAlias(node)) return node;
    return this.aliasTargets.get(node)!;
  }

  /** kyaml's `IsMissingOrNull`: the root is a scalar tagged (or resolving to) null. */
  isNullRoot(root: YNode): boolean {
    if (!isScalar(root)) return false;
    const tag = shortTag(root.tag);
    if (tag === '!!null') return true;
    if (tag !== '' || root.type !== 'PLAIN') return false;
    return resolvePlain(String(root.value), 'v3').tag === 'null';
  }

  convertRoot(root: YNode): Json {
    return this.convert(root, false, true, this.mode === 'v3' ? RESOURCE : NONE);
  }

  /**
   * The source text of the scalar the last {@link convert} returned, when it is not a string and
   * its text is not the canonical one (resources only; see core/scalar-text.ts).
   */
  private noted: string | undefined = undefined;

  /** {@link convert}, then records the text of a scalar result on its parent. */
  private convertInto(parent: JsonObject | Json[], key: string | number, node: YNode | null | undefined, inFlow: boolean, role: Role): Json {
    const v = this.convert(node, inFlow, false, role);
    if (this.noted !== undefined) noteScalarText(parent, key, v, this.noted);
    return v;
  }

  private convert(node: YNode | null | undefined, inFlow: boolean, topLevel = false, role: Role = NONE): Json {
    this.noted = undefined;
    if (node === null || node === undefined) return this.emptyScalar(inFlow);
    if (isAlias(node)) {
      const target = this.aliasTargets.get(node)!;
      if (this.active.has(target)) throw this.error(`yaml: anchor '${node.source}' value contains itself`, node);
      this.aliasDepth++;
      try {
        return this.convert(target, inFlow, false, role);
      } finally {
        this.aliasDepth--;
      }
    }
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw this.error('yaml: document contains excessive aliasing', node, 'LIMIT_EXCEEDED');
    }
    if (isScalar(node)) return this.scalar(node, inFlow);
    if (++this.depth > MAX_DEPTH) throw this.error(`yaml: document nested deeper than ${MAX_DEPTH} levels`, node, 'LIMIT_EXCEEDED');
    this.active.add(node);
    try {
      if (isSeq(node)) {
        const flow = inFlow || !!node.flow;
        const arr: Json[] = new Array(node.items.length);
        const itemRole = role === LIST_ITEMS ? RESOURCE : NONE;
        for (let i = 0; i < node.items.length; i++) {
          const it = node.items[i] as YNode | Pair | null;
          arr[i] = isPair(it) ? this.mapping(it, true, false, itemRole) : this.convertInto(arr, i, it, flow, itemRole);
        }
        return arr;
      }
      if (isMap(node)) return this.mapping(node, inFlow || !!node.flow, topLevel, role);
      throw this.error('yaml: unsupported node', node);
    } finally {
      this.active.delete(node);
      this.depth--;
      this.noted = undefined;
    }
  }

  /** An absent or empty untagged plain scalar: null, except in flow context under kyaml. */
  private emptyScalar(inFlow: boolean): Json {
    // kyaml re-encodes the node tree with yaml.v3 before decoding it to JSON; in a flow
    // collection an empty plain scalar cannot stay plain, is written as '' and read back
    // as an empty string.
    if (this.mode !== 'v3') return null;
    this.noted = '';
    return inFlow ? '' : null;
  }

  /** The scalar's text: quoted scalars are decoded with libyaml's rules from the source. */
  private text(node: Scalar): string {
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      const [start, end] = node.range!;
      const r = decodeQuoted(this.source, start, end, node.type === 'QUOTE_SINGLE');
      if (typeof r === 'string') return r;
      throw new KustomizeError('YAML_SYNTAX', 'yaml: ' + r.message, { file: this.file, ...this.lines.pos(this.base + r.offset) });
    }
    const v = node.value === null || node.value === undefined ? '' : String(node.value);
    // A block scalar that ends the input without a final line break: libyaml has no break to
    // keep, the \`yaml\` package adds one.
    if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && v.endsWith('\n')) {
      const end = node.range![1];
      if (end >= this.source.length && !/[\n\r\u0085\u2028\u2029]$/.test(this.source)) return v.slice(0, -1);
    }
    return v;
  }

  /** Resolves a scalar node to its go-yaml type (before JSON conversion). */
  private resolveScalar(node: Scalar): { r: Resolved; raw: string; binary?: string } {
    const raw = this.text(node);
    const tag = shortTag(node.tag);
    if (tag === '') {
      if (node.type !== 'PLAIN' && node.type !== undefined) return { r: { tag: 'str' }, raw };
      return { r: resolvePlain(raw, this.mode), raw };
    }
    if (tag === '!!binary') return { r: { tag: 'str' }, raw, binary: this.decodeBinary(raw, node) };
    if (RESOLVABLE.has(tag)) {
      const r = resolveTagged(tag, raw, this.mode);
      if (typeof r === 'string') throw this.error('yaml: ' + r, node);
      return { r, raw };
    }
    // Any other tag (custom `!foo`, `!!merge`, `!!map` on a scalar...) decodes to the text.
    return { r: { tag: 'str' }, raw };
  }

  private scalar(node: Scalar, inFlow: boolean): Json {
    if (node.type === 'PLAIN' && shortTag(node.tag) === '' && (node.value === '' || node.value === null)) return this.emptyScalar(inFlow);
    const { r, raw, binary } = this.resolveScalar(node);
    if (binary !== undefined) return binary;
    // (In flow context, e.g. an alias inside `{...}`, it is written double-quoted: no change.)
    if (this.mode === 'v3' && node.type === 'BLOCK_FOLDED' && r.tag === 'str' && !inFlow) return foldedRoundTrip(raw);
    const v = this.toJson(r, raw, node, inFlow && node.type === 'PLAIN' && shortTag(node.tag) === '');
    if (this.mode === 'v3' && typeof v !== 'string') this.noted = raw;
    return v;
  }

  private toJson(r: Resolved, raw: string, node: YNode, inFlowPlain = false): Json {
    const v = resolvedJson(r, raw, this.mode === 'v2', inFlowPlain);
    if (!isScalarJsonFailure(v)) return v;
    if (v.failure === 'timezone') throw this.error('json: Time.MarshalJSON: timezone hour outside of range [0,23]', node);
    const f = (r as { value: number }).value;
    throw this.error(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`, node);
  }

  /** Go `base64.StdEncoding.DecodeString` (CR/LF ignored), then Go's JSON view of the bytes. */
  private decodeBinary(raw: string, node: YNode): string {
    const s = raw.replace(/[\r\n]/g, '');
    if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) {
      throw this.error('yaml: !!binary value contains invalid base64 data', node);
    }
    const bin = atob(s);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return decodeUtf8LikeGoJson(bytes);
  }

  /** True when a key node is yaml.v3's merge key (`<<` plain, or tagged `!!merge`). */
  private isMergeKey(key: YNode | null | undefined): boolean {
    if (!key) return false;
    const k = this.deref(key);
    if (!isScalar(k)) return false;
    const tag = shortTag(k.tag);
    if (tag === '!!merge') return true;
    return tag === '' && k.type === 'PLAIN' && String(k.value) === '<<';
  }

  /** The JSON key for a key node. */
  private keyString(keyNode: YNode | null | undefined, inFlow: boolean, topLevel: boolean, pair: Pair): string {
    const node = keyNode ? this.deref(keyNode) : null;
    if (node !== null && !isScalar(node)) throw this.error('yaml: invalid map key: a map or list cannot be a key', node);
    const raw = node === null ? '' : this.text(node);
    const tag = node ? shortTag(node.tag) : '';
    const plainEmpty = raw === '' && tag === '' && (node === null || node.type === 'PLAIN');
    if (this.mode === 'v3') {
      if (plainEmpty) {
        if (inFlow) return '';
        throw this.error('yaml: null map key is not supported', keyNode ?? pair);
      }
      // Nested maps decode to map[string]interface{} only when every key is tagged !!str;
      // otherwise Go's JSON encoder refuses the map. The document's top-level map decodes
      // into map[string]interface{}, where any scalar key becomes its text.
      const nonString = () =>
        this.error(`json: unsupported type: map[interface {}]interface {} (non-string key ${JSON.stringify(raw)})`, node);
      const { r, binary } = this.resolveScalar(node!);
      if (r.tag === 'null') throw this.error('yaml: null map key is not supported', node);
      if (binary !== undefined) {
        if (topLevel) return binary;
        throw nonString();
      }
      if (topLevel) return raw;
      if (r.tag === 'str' && (tag === '' || tag === '!!str')) return raw;
      throw nonString();
    }
    // v2 (sigs.k8s.io/yaml): non-string keys are converted to strings.
    if (plainEmpty) throw this.error('unsupported map key of type: <nil>', keyNode ?? pair);
    const { r, binary } = this.resolveScalar(node!);
    if (binary !== undefined) return binary;
    switch (r.tag) {
      case 'null':
        throw this.error('unsupported map key of type: <nil>', node);
      case 'bool':
        return r.value ? 'true' : 'false';
      case 'int':
        if (r.value >= 1n << 63n) throw this.error('unsupported map key of type: uint64', node);
        return r.value.toString();
      case 'float':
        return formatFloatG32(r.value);
      default:
        return raw;
    }
  }

  private mapping(node: MapNode, inFlow: boolean, topLevel: boolean, role: Role = NONE): JsonObject {
    const pairs: Pair[] = isPair(node) ? [node] : (node.items as Pair[]);
    return this.mode === 'v3' ? this.mappingV3(pairs, inFlow, topLevel, role) : this.mappingV2(pairs, inFlow);
  }

  /** The role of the value under `key` in a map of the given role. */
  private childRole(role: Role, key: string, isList: boolean): Role {
    if (role === RESOURCE) return key === 'metadata' ? METADATA : key === 'items' && isList ? LIST_ITEMS : NONE;
    if (role === METADATA && key === 'annotations') return ANNOTATIONS;
    return NONE;
  }

  /** True when a resource map's own `kind` is a `*List` (kustomize expands its `items`). */
  private isListKind(pairs: Pair[]): boolean {
    for (const p of pairs) {
      const k = p.key ? this.deref(p.key as YNode) : null;
      if (!k || !isScalar(k) || String(k.value) !== 'kind') continue;
      const v = p.value ? this.deref(p.value as YNode) : null;
      return !!v && isScalar(v) && this.text(v).endsWith('List');
    }
    return false;
  }

  /**
   * An annotation value (see parseResourceDocuments): a string is its YAML text; a null, number or
   * boolean is typed with its text noted, as for any scalar (kustomize prints the text unless a
   * JSON round trip retyped it); a value JSON cannot hold (`.inf`) or a bad tag stays text, since
   * kyaml never decodes an annotation; a map or list is `""`.
   */
  private annotationValue(node: YNode | null | undefined, inFlow: boolean): Json {
    this.noted = undefined;
    const n = node ? this.deref(node) : null;
    if (n === null || n === undefined) return this.emptyScalar(inFlow);
    if (!isScalar(n)) return '';
    const raw = this.text(n);
    let v: Json;
    try {
      v = this.scalar(n, inFlow);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      v = raw;
    }
    if (typeof v !== 'string' || this.noted !== undefined) return v;
    return raw;
  }

  /** kyaml DeAnchor (merge sources, then own keys win) followed by yaml.v3 → JSON. */
  private mappingV3(pairs: Pair[], inFlow: boolean, topLevel: boolean, role: Role = NONE): JsonObject {
    let mergeIdx = -1;
    for (let i = 0; i < pairs.length; i++) {
      if (this.isMergeKey(pairs[i]!.key as YNode | null)) {
        if (mergeIdx >= 0) throw this.error('duplicate merge key', pairs[i]!);
        mergeIdx = i;
      }
    }
    // Sources in application order: later ones overwrite earlier ones, own keys win.
    const sources = mergeIdx >= 0 ? this.mergeSources(pairs[mergeIdx]!.value as YNode | null, pairs[mergeIdx]!) : [];
    // kyaml then clears the first field whose key text is "<<" (plain or quoted).
    let clearIdx = pairs.findIndex((p) => {
      const k = p.key ? this.deref(p.key as YNode) : null;
      return k !== null && isScalar(k) && String(k.value) === '<<';
    });
    if (clearIdx < 0) clearIdx = mergeIdx;
    const out: JsonObject = {};
    const own = new Map<string, Pair>();
    const ownKeys: string[] = [];
    const ownVals: Json[] = [];
    const ownTexts: (string | undefined)[] = [];
    const isList = role === RESOURCE && this.isListKind(pairs);
    for (let i = 0; i < pairs.length; i++) {
      if (i === clearIdx || i === mergeIdx) continue;
      const p = pairs[i]!;
      const key = this.keyString(p.key as YNode | null, inFlow, topLevel, p);
      const first = own.get(key);
      if (role === ANNOTATIONS) {
        // kyaml reads annotations into a Go map: a duplicate key is last-wins, not an error.
        const v = this.annotationValue(p.value as YNode | null, inFlow);
        if (first) {
          const idx = ownKeys.indexOf(key);
          ownVals[idx] = v;
          ownTexts[idx] = this.noted;
        } else {
          own.set(key, p);
          ownKeys.push(key);
          ownVals.push(v);
          ownTexts[ownKeys.length - 1] = this.noted;
        }
        continue;
      }
      if (first) {
        if (this.firstKeyWins) continue;
        const a = this.lines.pos(this.base + ((first.key as YNode | null)?.range?.[0] ?? 0)).line;
        throw this.error(`yaml: mapping key ${JSON.stringify(key)} already defined at line ${a}`, p);
      }
      own.set(key, p);
      ownKeys.push(key);
      ownVals.push(this.convert(p.value as YNode | null, inFlow, false, role === NONE ? NONE : this.childRole(role, key, isList)));
      ownTexts[ownKeys.length - 1] = this.noted;
    }
    for (let i = 0; i < ownKeys.length; i++) {
      setOwn(out, ownKeys[i]!, ownVals[i]!);
      const t = ownTexts[i];
      if (t !== undefined) noteScalarText(out, ownKeys[i]!, ownVals[i]!, t);
    }
    for (const src of sources) {
      const m = (isPair(src) ? this.mapping(src, true, false, role) : this.convert(src, inFlow, false, role)) as JsonObject;
      for (const k of Object.keys(m)) {
        if (own.has(k)) continue;
        setOwn(out, k, m[k] as Json);
        copyScalarText(m, k, out, k);
      }
    }
    this.noted = undefined;
    return out;
  }

  /** kyaml `findMergeValues`: a map, an alias to a map, or a list of those (first wins). */
  private mergeSources(value: YNode | null, pair: Pair): (YNode | Pair)[] {
    if (value === null || value === undefined) throw this.error('map merge requires map or sequence of maps as the value', pair);
    if (isAlias(value)) {
      const t = this.deref(value);
      if (!isMap(t)) throw this.error('invalid map merge: received alias for a non-map value', value);
      return [value];
    }
    if (isMap(value)) return [value];
    if (isSeq(value)) {
      // Each item is prepended, so the first item is applied last and wins.
      let res: (YNode | Pair)[] = [];
      for (const it of value.items as (YNode | Pair | null)[]) {
        if (isPair(it)) {
          res = [it, ...res];
          continue;
        }
        if (it && isSeq(it)) throw this.error('invalid map merge: received a nested sequence', it);
        res = [...this.mergeSources(it as YNode | null, pair), ...res];
      }
      return res;
    }
    throw this.error('map merge requires map or sequence of maps as the value', value);
  }

  /** yaml.v2 decode into interface{} (merges in order, duplicates last-wins) + sigs.k8s.io/yaml keys. */
  private mappingV2(pairs: Pair[], inFlow: boolean): JsonObject {
    const out: JsonObject = {};
    for (const p of pairs) {
      const keyNode = p.key as YNode | null;
      if (keyNode && this.isMergeKeyV2(keyNode)) {
        this.mergeV2(p.value as YNode | null, out, p);
        continue;
      }
      const key = this.keyString(keyNode, inFlow, false, p);
      const v = this.convert(p.value as YNode | null, inFlow);
      if (Object.prototype.hasOwnProperty.call(out, key)) delete out[key];
      setOwn(out, key, v);
    }
    return out;
  }

  private isMergeKeyV2(key: YNode): boolean {
    const k = this.deref(key);
    if (!isScalar(k) || k.type !== 'PLAIN' || String(k.value) !== '<<') return false;
    const tag = shortTag(k.tag);
    return tag === '!!merge' || (tag === '' && k.type === 'PLAIN');
  }

  private mergeV2(value: YNode | null, out: JsonObject, pair: Pair): void {
    const fail = () => this.error('yaml: map merge requires map or sequence of maps as the value', value ?? pair);
    const apply = (n: YNode | Pair) => {
      const m = (isPair(n) ? this.mapping(n, true, false) : this.convert(n, false)) as JsonObject;
      for (const k of Object.keys(m)) setOwn(out, k, m[k] as Json);
    };
    if (!value) throw fail();
    const v = this.deref(value);
    if (isMap(v)) return apply(value);
    if (isSeq(v) && !isAlias(value)) {
      const items = v.items as (YNode | Pair | null)[];
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i];
        if (isPair(it)) {
          apply(it);
          continue;
        }
        if (!it || !isMap(this.deref(it))) throw fail();
        apply(it);
      }
      return;
    }
    throw fail();
  }
}

/** Bytes → string as Go's encoding/json writes them: each invalid UTF-8 byte becomes U+FFFD. */
export function decodeUtf8LikeGoJson(b: Uint8Array): string {
  let out = '';
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i]!;
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    let cp = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let ok = i + need < n;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const cc = b[i + k]!;
        const l = k === 1 ? lo : 0x80;
        const h = k === 1 ? hi : 0xbf;
        if (cc < l || cc > h) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
    }
    if (!ok) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
