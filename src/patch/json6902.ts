/**
 * RFC 6902 JSON patches as kustomize applies them: github.com/evanphx/json-patch v5.6.0 with its
 * default options (negative array indices allowed, removing a missing path is an error), through
 * kustomize's api/filters/patchjson6902. Ported rather than delegated to fast-json-patch, whose
 * semantics differ (replace of a missing key, copy from a missing key, "" paths, negative and
 * "01"/"+1" indices, test against a missing key) and whose errors differ.
 * @see kustomize api/filters/patchjson6902/patchjson6902.go; evanphx/json-patch v5.6.0 patch.go
 */
import { KustomizeError } from '../core/errors.js';
import { type Json, type JsonObject, isObject, clone, deepEqual, setOwn, getOwn } from '../core/json.js';
import { forgetScalarTexts } from '../core/scalar-text.js';
import { forgetLinks } from '../core/node-links.js';
import { formatFloatG64 } from '../yaml/go-strconv.js';
import { type Budget, sizeOf } from '../core/limits.js';

/**
 * Applies JSON 6902 operations to a resource. `ops` is the decoded op list (from JSON or YAML).
 * The patched object is returned: a copy of `target`, or with `inPlace` `target` itself (unless
 * an op replaces the whole document). `file` names the patch in errors. `budget` (the build's) is
 * charged with every value an op copies: `copy` operations can double a document each time.
 * @throws KustomizeError PATCH_FAILED with evanphx/json-patch's messages when an op fails, when
 *   `ops` is not a list of maps, or when the result is not a map.
 */
export function applyJson6902(target: JsonObject, ops: Json, file?: string, inPlace = false, budget?: Budget): JsonObject {
  const ctx = file === undefined ? {} : { file };
  if (!Array.isArray(ops)) {
    throw new KustomizeError('PATCH_FAILED', `json: cannot unmarshal ${jsonType(ops)} into Go value of type jsonpatch.Patch`, ctx);
  }
  for (const op of ops) {
    if (!isObject(op)) {
      throw new KustomizeError('PATCH_FAILED', `json: cannot unmarshal ${jsonType(op)} into Go value of type jsonpatch.Operation`, ctx);
    }
  }
  // In place when the caller owns the target and drops it on failure (a build does: a failed
  // patch fails the build); a copy otherwise, so that a failure leaves the target as it was.
  const doc: Box = { v: inPlace ? target : clone(target), budget };
  try {
    for (const op of ops as JsonObject[]) applyOp(doc, op);
  } catch (e) {
    if (e instanceof PatchError) throw new KustomizeError('PATCH_FAILED', e.message, ctx);
    throw e;
  }
  if (!isObject(doc.v)) {
    throw new KustomizeError('PATCH_FAILED', `json: cannot unmarshal ${jsonType(doc.v)} into Go value of type map[string]interface {}`, ctx);
  }
  // kustomize patches the resource's JSON and reads the result back: every YAML spelling is gone.
  forgetScalarTexts(doc.v, formatFloatG64);
  forgetLinks(doc.v);
  return doc.v;
}

/** A failure inside the port, turned into a KustomizeError at the boundary. */
class PatchError extends Error {}

/** The document being patched; `replace` with path "" swaps it. */
interface Box {
  v: Json;
  budget?: Budget;
}

/** A copy of `v`, charged to the build's budget first. */
function copyOf(doc: Box, v: Json): Json {
  if (doc.budget && (isObject(v) || Array.isArray(v) || (typeof v === 'string' && v.length > 4096))) {
    doc.budget.chargeCopy(sizeOf(v, doc.budget.limits.maxNodes), 'a JSON patch operation');
  }
  return clone(v);
}

type Container = JsonObject | Json[];

// ErrMissing / ErrInvalidIndex / ErrTestFailed suffixes, as pkg/errors.Wrapf prints them
const MISSING = 'missing value';
const INVALID_INDEX = 'invalid index referenced';
const TEST_FAILED = 'test failed';

function jsonType(v: Json | undefined): string {
  if (Array.isArray(v)) return 'array';
  if (v === null || v === undefined) return 'null';
  return typeof v === 'object' ? 'object' : typeof v === 'number' ? 'number' : typeof v;
}

/** Operation.Kind: "unknown" unless "op" is a string. */
function opKind(op: JsonObject): string {
  const v = getOwn(op, 'op');
  return typeof v === 'string' ? v : 'unknown';
}

/** Operation.Path / From: the string field, or an error naming what is wrong. */
function opString(op: JsonObject, field: 'path' | 'from'): string | PatchError {
  const v = getOwn(op, field);
  if (v === undefined || v === null) {
    return new PatchError(field === 'path' ? `operation missing path field: ${MISSING}` : `operation, missing from field: ${MISSING}`);
  }
  if (typeof v !== 'string') return new PatchError(`json: cannot unmarshal ${jsonType(v)} into Go value of type string`);
  return v;
}

/** Operation.value: the "value" field; a missing value acts as null (lazyNode nil). */
function opValue(op: JsonObject): Json | undefined {
  return getOwn(op, 'value');
}

function applyOp(doc: Box, op: JsonObject): void {
  switch (opKind(op)) {
    case 'add':
      return opAdd(doc, op);
    case 'remove':
      return opRemove(doc, op);
    case 'replace':
      return opReplace(doc, op);
    case 'move':
      return opMove(doc, op);
    case 'test':
      return opTest(doc, op);
    case 'copy':
      return opCopy(doc, op);
    default:
      throw new PatchError(`Unexpected kind: ${opKind(op)}`);
  }
}

function opAdd(doc: Box, op: JsonObject): void {
  const path = opString(op, 'path');
  if (path instanceof PatchError) throw new PatchError(`add operation failed to decode path: ${MISSING}`);
  const [con, key] = findObject(doc, path);
  if (!con) throw new PatchError(`add operation does not apply: doc is missing path: "${path}": ${MISSING}`);
  wrap(`error in add for path: '${path}'`, () => add(con, key, valueOf(doc, op)));
}

function opRemove(doc: Box, op: JsonObject): void {
  const path = opString(op, 'path');
  if (path instanceof PatchError) throw new PatchError(`remove operation failed to decode path: ${MISSING}`);
  const [con, key] = findObject(doc, path);
  if (!con) throw new PatchError(`remove operation does not apply: doc is missing path: "${path}": ${MISSING}`);
  wrap(`error in remove for path: '${path}'`, () => remove(con, key));
}

function opReplace(doc: Box, op: JsonObject): void {
  const path = opString(op, 'path');
  if (path instanceof PatchError) throw new PatchError(`replace operation failed to decode path: ${path.message}`);
  if (path === '') {
    // The whole document; a value that is neither object nor array is ignored (evanphx wraps a
    // nil error there, which is no error).
    const v = opValue(op);
    if (isObject(v) || Array.isArray(v)) doc.v = copyOf(doc, v);
    return;
  }
  const [con, key] = findObject(doc, path);
  if (!con) throw new PatchError(`replace operation does not apply: doc is missing path: ${path}: ${MISSING}`);
  if (get(con, key) instanceof PatchError) {
    throw new PatchError(`replace operation does not apply: doc is missing key: ${path}: ${MISSING}`);
  }
  wrap(`error in remove for path: '${path}'`, () => set(con, key, valueOf(doc, op)));
}

function opMove(doc: Box, op: JsonObject): void {
  const from = opString(op, 'from');
  if (from instanceof PatchError) throw new PatchError(`move operation failed to decode from: ${from.message}`);
  let [con, key] = findObject(doc, from);
  if (!con) throw new PatchError(`move operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
  const val = get(con, key);
  if (val instanceof PatchError) throw new PatchError(`error in move for path: '${key}': ${val.message}`);
  const k = key;
  const c = con;
  wrap(`error in move for path: '${k}'`, () => remove(c, k));
  const path = opString(op, 'path');
  if (path instanceof PatchError) throw new PatchError(`move operation failed to decode path: ${path.message}`);
  [con, key] = findObject(doc, path);
  if (!con) throw new PatchError(`move operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
  const c2 = con;
  const k2 = key;
  wrap(`error in move for path: '${path}'`, () => add(c2, k2, val ?? null));
}

function opTest(doc: Box, op: JsonObject): void {
  const path = opString(op, 'path');
  if (path instanceof PatchError) throw new PatchError(`test operation failed to decode path: ${path.message}`);
  const want = opValue(op);
  if (path === '') {
    if (want !== undefined && deepEqual(doc.v, want)) return;
    throw new PatchError(`testing value ${path} failed: ${TEST_FAILED}`);
  }
  const [con, key] = findObject(doc, path);
  if (!con) throw new PatchError(`test operation does not apply: is missing path: ${path}: ${MISSING}`);
  const val = get(con, key);
  if (val instanceof PatchError) throw new PatchError(`error in test for path: '${path}': ${val.message}`);
  if (val === undefined || val === null) {
    // a missing (or null) value equals a null or missing "value"
    if (want === undefined || want === null) return;
    throw new PatchError(`testing value ${path} failed: ${TEST_FAILED}`);
  }
  if (want !== undefined && deepEqual(val, want)) return;
  throw new PatchError(`testing value ${path} failed: ${TEST_FAILED}`);
}

function opCopy(doc: Box, op: JsonObject): void {
  const from = opString(op, 'from');
  if (from instanceof PatchError) throw new PatchError(`copy operation failed to decode from: ${from.message}`);
  let [con, key] = findObject(doc, from);
  if (!con) throw new PatchError(`copy operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
  const val = get(con, key);
  if (val instanceof PatchError) throw new PatchError(`error in copy for from: '${from}': ${val.message}`);
  const path = opString(op, 'path');
  if (path instanceof PatchError) throw new PatchError(`copy operation failed to decode path: ${MISSING}`);
  [con, key] = findObject(doc, path);
  if (!con) throw new PatchError(`copy operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
  const c = con;
  const k = key;
  // a missing source copies null
  wrap('error while adding value during copy', () => add(c, k, val === undefined ? null : copyOf(doc, val)));
}

/** The value to insert: a copy of "value", or null when absent. */
function valueOf(doc: Box, op: JsonObject): Json {
  const v = opValue(op);
  return v === undefined ? null : copyOf(doc, v);
}

function wrap(prefix: string, f: () => void): void {
  try {
    f();
  } catch (e) {
    if (e instanceof PatchError) throw new PatchError(`${prefix}: ${e.message}`);
    throw e;
  }
}

/** RFC 6901 token decoding (evanphx decodePatchKey). */
function decodeKey(k: string): string {
  return k.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * findObject: the container holding the path's last token, and that token. The first segment
 * of the split path is ignored, so "a/b" addresses "/b"; a path without "/" has no container.
 */
function findObject(doc: Box, path: string): [Container | undefined, string] {
  const split = path.split('/');
  if (split.length < 2) return [undefined, ''];
  let cur: Json = doc.v;
  if (!isObject(cur) && !Array.isArray(cur)) return [undefined, ''];
  for (let i = 1; i < split.length - 1; i++) {
    const next = get(cur as Container, decodeKey(split[i]!));
    if (next === undefined || next === null || next instanceof PatchError) return [undefined, ''];
    if (!isObject(next) && !Array.isArray(next)) return [undefined, ''];
    cur = next;
  }
  return [cur as Container, decodeKey(split[split.length - 1]!)];
}

/** Go strconv.Atoi: optional sign, decimal digits, no spaces; errors otherwise. */
function atoi(s: string): number | PatchError {
  if (!/^[+-]?[0-9]+$/.test(s)) return new PatchError(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return new PatchError(`strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
  return n;
}

/** container.get: a map gives undefined for a missing key; an array errors out of range. */
function get(con: Container, key: string): Json | undefined | PatchError {
  if (!Array.isArray(con)) return getOwn(con, key);
  let idx = atoi(key);
  if (idx instanceof PatchError) return idx;
  if (idx < 0) {
    if (idx < -con.length) return new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
    idx += con.length;
  }
  if (idx >= con.length) return new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
  return con[idx];
}

/** container.set (replace): maps set the key; arrays need an existing index. */
function set(con: Container, key: string, val: Json): void {
  if (!Array.isArray(con)) {
    setOwn(con, key, val);
    return;
  }
  let idx = atoi(key);
  if (idx instanceof PatchError) throw idx;
  if (idx < 0) {
    if (idx < -con.length) throw new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
    idx += con.length;
  }
  if (idx >= con.length) throw new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
  con[idx] = val;
}

/** container.add: maps set the key; arrays insert ("-" and -1 append, len is allowed). */
function add(con: Container, key: string, val: Json): void {
  if (!Array.isArray(con)) {
    setOwn(con, key, val);
    return;
  }
  if (key === '-') {
    con.push(val);
    return;
  }
  let idx = atoi(key);
  if (idx instanceof PatchError) throw new PatchError(`value was not a proper array index: '${key}': ${idx.message}`);
  const size = con.length + 1;
  if (idx >= size) throw new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
  if (idx < 0) {
    if (idx < -size) throw new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
    idx += size;
  }
  con.splice(idx, 0, val);
}

/** container.remove: a missing map key or an out-of-range index is an error. */
function remove(con: Container, key: string): void {
  if (!Array.isArray(con)) {
    if (!Object.prototype.hasOwnProperty.call(con, key)) {
      throw new PatchError(`Unable to remove nonexistent key: ${key}: ${MISSING}`);
    }
    delete con[key];
    return;
  }
  let idx = atoi(key);
  if (idx instanceof PatchError) throw idx;
  if (idx >= con.length) throw new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
  if (idx < 0) {
    if (idx < -con.length) throw new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
    idx += con.length;
  }
  con.splice(idx, 1);
}
