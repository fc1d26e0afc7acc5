/**
 * The fieldspec walker: finds (and optionally creates) the fields a FieldSpec designates in a
 * resource object and hands each one to a setter, exactly as kustomize's fieldspec filter does.
 * @see kustomize api/filters/fieldspec/fieldspec.go, api/filters/fsslice/fsslice.go (v5.5.0)
 */
import { type Json, type JsonObject, isObject, getOwn, setOwn } from '../core/json.js';
import { textOf } from '../core/scalar-text.js';
import { pathSplitter } from '../core/path-splitter.js';
import { KustomizeError, isKustomizeError } from '../core/errors.js';
import { Resource } from '../resource/resource.js';
import { resIdString } from '../resource/resid.js';
import type { FieldSpec } from './types.js';

/** A located field: its current value and a way to replace it in its parent. */
export interface FieldRef {
  readonly value: Json;
  /**
   * The located scalar's YAML text, as kyaml's `RNode.Value` holds it (`image: ~` is `~`,
   * `image:` is ``); see core/scalar-text.ts. Meaningless for maps and lists.
   */
  readonly text: string;
  set(v: Json): void;
}

/** Node kinds, named as kyaml names them in messages. */
export type NodeKind = 'ScalarNode' | 'MappingNode' | 'SequenceNode';

/** What a missing leaf is created as when its fieldSpec says `create: true`. */
export type CreateKind = 'scalar' | 'map';

export interface WalkOptions {
  /** Called on every field the path reaches (possibly null). May throw NodeKindError. */
  setValue(ref: FieldRef): void;
  /**
   * Kind of leaf to create for `create: true` fieldspecs. Unset: nothing is ever created
   * (kustomize's CreateKind 0, used by the image and name-reference filters).
   */
  createKind?: CreateKind;
}

/**
 * Raised by setters when the located node has the wrong kind (kyaml's InvalidNodeKindError).
 * Internal: applyFieldSpec turns it into a KustomizeError.
 */
export class NodeKindError extends Error {
  constructor(
    readonly expected: NodeKind,
    readonly actual: NodeKind,
    value: Json,
  ) {
    super(`wrong node kind: expected ${expected} but got ${actual}: node contents:\n${describeNode(value)}`);
    this.name = 'NodeKindError';
  }
}

/** A path that cannot be walked (kustomize's plain errors from the fieldspec filter). Internal. */
class WalkError extends Error {}

/** The kyaml kind of a JSON value (null counts as a scalar). */
export function nodeKindOf(v: Json): NodeKind {
  if (Array.isArray(v)) return 'SequenceNode';
  if (isObject(v)) return 'MappingNode';
  return 'ScalarNode';
}

/** Short rendering of a node for error messages. */
export function describeNode(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * Splits a fieldspec path on `/` (kyaml's PathSplitter): `a\/b` is the single key `a/b`, and a
 * leading `/` is allowed.
 */
export function splitFieldPath(path: string): string[] {
  return pathSplitter(path, '/');
}

/** Splits an apiVersion as kyaml's resid.ParseGroupVersion does (no special cases). */
function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i > -1 ? { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) } : { group: '', version: apiVersion };
}

/** True when the fieldSpec's group/version/kind (empty = any) match the object's. */
export function fieldSpecMatchesObject(fs: FieldSpec, obj: JsonObject): boolean {
  if (fs.kind) {
    const kind = getOwn(obj, 'kind');
    if (fs.kind !== (typeof kind === 'string' ? kind : '')) return false;
  }
  if (!fs.group && !fs.version) return true;
  const apiVersion = getOwn(obj, 'apiVersion');
  const { group, version } = splitApiVersion(typeof apiVersion === 'string' ? apiVersion : '');
  if (fs.group && fs.group !== group) return false;
  if (fs.version && fs.version !== version) return false;
  return true;
}

/**
 * Applies one fieldSpec to one resource object: if its GVK matches, walks `fs.path` and calls
 * `opts.setValue` on every field reached. Errors become a `KustomizeError` (code BAD_FIELD_PATH
 * unless the setter threw a KustomizeError, whose code is kept) prefixed like kustomize's
 * `considering field '<path>' of object <id>`.
 */
export function applyFieldSpec(obj: JsonObject, fs: FieldSpec, opts: WalkOptions): void {
  if (fieldSpecMatchesObject(fs, obj)) applyMatchingFieldSpec(obj, fs, opts);
}

/** {@link applyFieldSpec} for a spec known to match the object's GVK. */
function applyMatchingFieldSpec(obj: JsonObject, fs: FieldSpec, opts: WalkOptions): void {
  const path = compiledPath(fs.path);
  const root: FieldRef = path.length === 0 || path[0]!.restBlank ? rootRef(obj) : NO_REF;
  try {
    walk(obj, path, 0, root, fs, opts);
  } catch (e) {
    throw wrapError(e, `considering field '${fs.path}' of object ${objectIdString(obj)}`);
  }
}

/** Applies each fieldSpec in order (kustomize's fsslice filter). */
export function applyFieldSpecs(obj: JsonObject, fss: readonly FieldSpec[], opts: WalkOptions): void {
  // Indexed: for-of allocates an iterator result per element on frozen arrays (shared configs).
  if (fss.length < 8 || !Object.isFrozen(fss)) {
    for (let i = 0; i < fss.length; i++) applyFieldSpec(obj, fss[i]!, opts);
    return;
  }
  // A frozen list (a shared config's) is walked for many resources of few kinds: the specs that
  // match a kind and apiVersion are picked once.
  const matching = specsMatching(fss, obj);
  for (let i = 0; i < matching.length; i++) applyMatchingFieldSpec(obj, matching[i]!, opts);
}

/** For frozen fieldspec lists: the specs matching a kind and apiVersion, in list order. */
const matchingSpecs = new WeakMap<readonly FieldSpec[], Map<string, Map<string, readonly FieldSpec[]>>>();

function specsMatching(fss: readonly FieldSpec[], obj: JsonObject): readonly FieldSpec[] {
  const kind = getOwn(obj, 'kind');
  const apiVersion = getOwn(obj, 'apiVersion');
  const k = typeof kind === 'string' ? kind : '';
  const av = typeof apiVersion === 'string' ? apiVersion : '';
  let byKind = matchingSpecs.get(fss);
  if (byKind === undefined) {
    byKind = new Map();
    matchingSpecs.set(fss, byKind);
  }
  let byVersion = byKind.get(k);
  if (byVersion === undefined) {
    if (byKind.size >= 1000) byKind.clear();
    byVersion = new Map();
    byKind.set(k, byVersion);
  }
  let list = byVersion.get(av);
  if (list === undefined) {
    const probe: JsonObject = { kind: k, apiVersion: av };
    list = Object.freeze(fss.filter((fs) => fieldSpecMatchesObject(fs, probe)));
    if (byVersion.size >= 100) byVersion.clear();
    byVersion.set(av, list);
  }
  return list;
}

/** kustomize's ResId string of a bare object, for messages. */
export function objectIdString(obj: JsonObject): string {
  return resIdString(new Resource(obj).curId());
}

/**
 * Prefixes an error message the way kustomize's errors.WrapPrefixf does, keeping the code of a
 * KustomizeError (BAD_FIELD_PATH otherwise) and the original error as `cause`.
 */
export function wrapError(e: unknown, prefix: string): KustomizeError {
  if (isKustomizeError(e)) {
    return new KustomizeError(e.code, `${prefix}: ${e.message}`, {
      file: e.file,
      field: e.field,
      line: e.line,
      col: e.col,
      resource: e.resource,
      trail: e.trail,
      cause: e,
    });
  }
  if (e instanceof WalkError || e instanceof NodeKindError) {
    return new KustomizeError('BAD_FIELD_PATH', `${prefix}: ${e.message}`, { cause: e });
  }
  throw e;
}

/** Finds a NodeKindError in an error's cause chain. */
export function findNodeKindError(e: unknown): NodeKindError | undefined {
  for (let cur: unknown = e, depth = 0; cur && depth < 20; depth++) {
    if (cur instanceof NodeKindError) return cur;
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return undefined;
}

/** One step of a fieldspec path, analysed once per distinct path. */
interface Segment {
  /** The segment as written (for messages). */
  raw: string;
  /** Ends in `[]`. */
  isSeq: boolean;
  /** Without the `[]`. */
  fieldName: string;
  /** Trimmed field name; '' stays on the current node. */
  key: string;
  /** The key reads as a list selector (`0`, `-`, `[k=v]`), an error on a mapping. */
  listSelector: boolean;
  /**
   * This and every later segment are blank: a node reached here is the field itself, so it needs
   * a FieldRef (intermediate nodes do not, and skipping those saves most of the allocations).
   */
  restBlank: boolean;
}

/** Compiled paths: a config has a few hundred distinct paths, walked for every resource. */
const pathCache = new Map<string, readonly Segment[]>();

function compiledPath(path: string): readonly Segment[] {
  let segs = pathCache.get(path);
  if (segs) return segs;
  segs = splitFieldPath(path).map((raw): Segment => {
    const isSeq = raw.endsWith('[]');
    const fieldName = isSeq ? raw.slice(0, -2) : raw;
    const key = fieldName.trim();
    const listSelector = /^[+-]?[0-9]+$/.test(key) || key === '-' || (key.startsWith('[') && key.endsWith(']'));
    return { raw, isSeq, fieldName, key, listSelector, restBlank: false };
  });
  for (let i = segs.length - 1; i >= 0 && segs[i]!.key === ''; i--) segs[i]!.restBlank = true;
  if (pathCache.size >= 10_000) pathCache.clear();
  pathCache.set(path, segs);
  return segs;
}

function walk(node: Json, path: readonly Segment[], at: number, ref: FieldRef, fs: FieldSpec, opts: WalkOptions): void {
  if (at === path.length) {
    // Found the field: set its value.
    opts.setValue(ref);
    return;
  }
  if (node === null) return;
  if (Array.isArray(node)) {
    // A sequence: visit every element with the same remaining path (`[]` is only a creation hint).
    try {
      const needRef = at === path.length || path[at]!.restBlank;
      for (let i = 0; i < node.length; i++) walk(node[i]!, path, at, needRef ? new ElementRef(node, i) : NO_REF, fs, opts);
    } catch (e) {
      throw wrapError(e, `visit traversal on path: [${path.slice(at).map((s) => s.raw).join(' ')}]`);
    }
    return;
  }
  if (isObject(node)) {
    walkMap(node, path, at, ref, fs, opts);
    return;
  }
  throw new WalkError('expected sequence or mapping node');
}

function walkMap(obj: JsonObject, path: readonly Segment[], at: number, ref: FieldRef, fs: FieldSpec, opts: WalkOptions): void {
  const { isSeq, fieldName, key, listSelector } = path[at]!;
  if (fieldName === '') throw new WalkError('cannot set or create an empty field name');

  // What to create when missing, and what a null value turns into.
  let kind: 'scalar' | 'map' | 'seq' | undefined;
  let create = false;
  if (!fs.create || opts.createKind === undefined || isSeq) {
    // The `[]` hint turns a null field into an empty sequence, but never creates one.
    if (isSeq) kind = 'seq';
  } else {
    create = true;
    kind = path.length - at <= 1 ? opts.createKind : 'map';
  }

  // kyaml's PathGetter trims each part and skips empty ones: a blank segment stays on this node.
  if (key === '') {
    walk(obj, path, at + 1, ref, fs, opts);
    return;
  }
  if (listSelector) rejectListSegment(key, fieldName, obj);

  let value = getOwn(obj, key);
  if (value === undefined) {
    if (!create) return; // No error if the field is not found.
    value = kind === 'map' ? {} : '';
    setOwn(obj, key, value);
  } else if (value === null && kind !== undefined) {
    // The field exists but is null: change it to the creation kind.
    value = kind === 'map' ? {} : kind === 'seq' ? [] : '';
    setOwn(obj, key, value);
  }
  const needRef = at + 1 === path.length || path[at + 1]!.restBlank;
  walk(value, path, at + 1, needRef ? new MapEntryRef(obj, key) : NO_REF, fs, opts);
}

function rootRef(obj: JsonObject): FieldRef {
  return {
    value: obj,
    text: '',
    set() {
      throw new Error('internal: cannot replace a resource root');
    },
  };
}

/** Stands for the ref of an intermediate node, which is never set. */
const NO_REF: FieldRef = {
  value: null,
  text: '',
  set() {
    throw new Error('internal: an intermediate node has no ref');
  },
};

/**
 * Path parts that kyaml's PathGetter reads as list selectors (`0`, `-`, `[k=v]`) cannot apply to a
 * mapping: kustomize errors on them.
 */
function rejectListSegment(key: string, fieldName: string, obj: JsonObject): void {
  let msg: string | undefined;
  if (/^[+-]?[0-9]+$/.test(key)) {
    const idx = Number(key);
    msg =
      idx < 0
        ? `array index ${idx} cannot be negative`
        : new NodeKindError('SequenceNode', 'MappingNode', obj).message;
  } else if (key === '-') {
    msg = new NodeKindError('SequenceNode', 'MappingNode', obj).message;
  } else if (key.startsWith('[') && key.endsWith(']')) {
    msg = key.includes('=')
      ? new NodeKindError('SequenceNode', 'MappingNode', obj).message
      : 'list path element must contain fieldName=fieldValue for element to match';
  }
  if (msg !== undefined) throw new WalkError(`fieldName: ${fieldName}: ${msg}`);
}

/** The field `key` of a mapping (a class: cheaper to make than an object literal with a getter). */
export class MapEntryRef implements FieldRef {
  constructor(
    private readonly obj: JsonObject,
    private readonly key: string,
  ) {}
  get value(): Json {
    return getOwn(this.obj, this.key) ?? null;
  }
  get text(): string {
    return getOwn(this.obj, this.key) === undefined ? '' : textOf(this.obj, this.key);
  }
  set(v: Json): void {
    setOwn(this.obj, this.key, v);
  }
}

/** The element `i` of a sequence. */
export class ElementRef implements FieldRef {
  constructor(
    private readonly arr: Json[],
    private readonly i: number,
  ) {}
  get value(): Json {
    return this.arr[this.i] ?? null;
  }
  get text(): string {
    return this.arr[this.i] === undefined ? '' : textOf(this.arr, this.i);
  }
  set(v: Json): void {
    this.arr[this.i] = v;
  }
}
