/**
 * Strategic-merge patches as kustomize applies them: kyaml's merge2 walker (not apimachinery's
 * strategicpatch), with merge keys from the build's OpenAPI schema and new list items prepended.
 * The semantics are ported statement by statement, quirks included (see the notes on each helper),
 * because `kustomize build` output depends on them.
 * @see kustomize kyaml/yaml/merge2/merge2.go, smpdirective.go, kyaml/yaml/walk/{walk,map,
 *      associative_sequence,nonassociative_sequence,scalar}.go, kyaml/yaml/fns.go (ElementSetter,
 *      ElementMatcher, FieldMatcher), kyaml/yaml/rnode.go (ElementValuesList, GetMeta),
 *      api/filters/patchstrategicmerge, api/resource/resource.go ApplySmPatch,
 *      api/resmap/reswrangler.go ApplySmPatch
 *
 * A null in the target that the patch does not mention is kept when it was written `key: null` or
 * `key: ~`, and dropped when it was written with no text (`key:`), as merge2's VisitMap does; the
 * spelling rides beside the JSON value (core/scalar-text.ts).
 *
 * Divergences: merge-key values are compared by their JSON text (`80`, `true`), not by their YAML
 * spelling (`0x50`, `True`). YAML comments, including kyaml's `# {"$openapi": ...}` field-schema
 * comments, are not seen.
 */
import { stringify } from 'yaml';
import { KustomizeError } from '../core/errors.js';
import { type Json, type JsonObject, isObject, clone, setOwn, getOwn, compareStrings } from '../core/json.js';
import { copyScalarText, isValuelessNull, scalarText } from '../core/scalar-text.js';
import { setSharedScalar } from '../core/node-links.js';
import type { Resource } from '../resource/resource.js';
import type { Schema, SchemaNode } from '../openapi/schema.js';

/**
 * A null in the target that kustomize keeps (merge2 VisitMap turns it into an untagged "null"
 * scalar, which is not a "null" any more for the rest of the walk). Stored as JSON null.
 */
const KEEP_NULL: unique symbol = Symbol('keep-null');

/** A node during the walk. `undefined` is a missing node (Go nil); `null` is a tagged null. */
type Node = Json | typeof KEEP_NULL | undefined;

type Directive = 'merge' | 'replace' | 'delete';

/** Tuning knobs of the merge engine; the result never depends on them. */
export interface MergeOptions {
  /**
   * Merge keyed lists through hash indexes when every item carries all merge keys and no key
   * repeats (the common case), instead of kyaml's quadratic scans. Results are identical; the
   * switch exists so tests can compare both paths. Default: true.
   */
  indexLists?: boolean;
}

/**
 * Applies a strategic-merge patch to `target` with kyaml merge2 semantics (ListIncreaseDirection:
 * prepend), as kustomize's patchstrategicmerge filter does.
 *
 * `target` is mutated in place and returned; `patch` is not modified. Returns null when the
 * resource is deleted (`$patch: delete`) or merges down to an empty map, which kustomize also
 * drops. As in kustomize, a top-level `$patch: replace` leaves the target unchanged (kyaml returns
 * the patch as a new node, and kustomize keeps the resource's original node).
 * @throws KustomizeError PATCH_FAILED for kind mismatches (map vs list vs scalar) and unknown
 *   `$patch` directives, with kustomize's messages.
 */
export function applyStrategicMerge(
  target: JsonObject,
  patch: JsonObject,
  schema: Schema,
  options: MergeOptions = {},
): JsonObject | null {
  const origin = clone(patch);
  const result = new Merger(schema, options.indexLists ?? true).walk(undefined, target, origin);
  // kustomize keeps the resource's own node, merged in place: a result that is another node (a
  // top-level `$patch: replace` returns the patch) is dropped, so that directive changes nothing.
  if (result === undefined || result === null || Object.keys(target).length === 0) return null;
  return target;
}

/**
 * kustomize's ResMap.ApplySmPatch + Resource.ApplySmPatch for one target: the patch takes the
 * target's apiVersion (its kind is kept), the merge runs, then the target's kind and name are
 * restored unless the patch allows changing them, and its namespace is always restored. When
 * name or kind may change, the current id is first stored as a previous id.
 *
 * A deleted resource is left with an empty object (`res.isEmpty()`), for the caller to drop.
 */
export function applySmPatchToResource(res: Resource, patch: Resource, schema: Schema): void {
  const name = res.name;
  const namespace = res.namespace;
  const kind = res.kind;
  const nameChange = patch.allowNameChange;
  const kindChange = patch.allowKindChange;
  if (nameChange || kindChange) res.storePreviousId();
  // patchCopy.SetGvk(res.GetGvk()); patchCopy.SetKind(patch.GetKind())
  const p: JsonObject = { ...patch.obj };
  const apiVersion = getOwn(res.obj, 'apiVersion');
  if (apiVersion === undefined) delete p['apiVersion'];
  else p['apiVersion'] = apiVersion;
  const out = applyStrategicMerge(res.obj, p, schema);
  if (out === null) {
    res.obj = {};
    return;
  }
  res.obj = out;
  if (!kindChange) res.setKind(kind);
  if (!nameChange) res.setName(name);
  res.setNamespace(namespace);
}

// ---- node helpers (kyaml/yaml rnode.go, fns.go) ---------------------------------------------------

type Kind = 'MappingNode' | 'SequenceNode' | 'ScalarNode';

function kindOf(n: Json | typeof KEEP_NULL): Kind {
  if (Array.isArray(n)) return 'SequenceNode';
  if (isObject(n)) return 'MappingNode';
  return 'ScalarNode';
}

/** IsMissingOrNull: nil, or tagged null. */
function isMissingOrNull(n: Node): n is undefined | null {
  return n === undefined || n === null;
}

/** IsEmptyMap: missing/null or a map without fields. */
function isEmptyMap(n: Node): boolean {
  if (isMissingOrNull(n)) return true;
  return isObject(n) && Object.keys(n).length === 0;
}

/** RNode.IsNilOrEmpty: missing, null, empty map or empty list. */
function isNilOrEmpty(n: Node): boolean {
  if (isMissingOrNull(n)) return true;
  if (Array.isArray(n)) return n.length === 0;
  if (isObject(n)) return Object.keys(n).length === 0;
  return false;
}

/** yaml.Node.Value: the text of a scalar; "" for maps and lists. */
function valueText(n: Node): string {
  if (n === undefined) return '';
  if (n === null || n === KEEP_NULL) return 'null';
  if (typeof n === 'string') return n;
  if (typeof n === 'number') return String(n);
  if (typeof n === 'boolean') return n ? 'true' : 'false';
  return '';
}

/** yaml.Node.Value of a map's field: its YAML spelling when it has one (`0x50`), else valueText. */
function fieldText(m: JsonObject, k: string): string {
  return scalarText(m, k) ?? valueText(m[k]);
}

/** The value of an untagged scalar written from text (FieldSetter with NewScalarRNode). */
function scalarFromText(t: string): Json {
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?(0|[1-9][0-9]*)$/.test(t) && Number.isSafeInteger(Number(t))) return Number(t);
  return t;
}

function hasOwn(o: JsonObject, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** Distinct keys in code-point order; insertion sort for the usual few keys (no allocation). */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort(compareStrings);
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    let j = i - 1;
    while (j >= 0 && compareStrings(keys[j]!, k) > 0) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

function materialize(n: Json | typeof KEEP_NULL): Json {
  return n === KEEP_NULL ? null : n;
}

function wrongKind(expected: Kind, n: Json | typeof KEEP_NULL): KustomizeError {
  return new KustomizeError(
    'PATCH_FAILED',
    `wrong node kind: expected ${expected} but got ${kindOf(n)}: node contents:\n${stringify(materialize(n)).trimEnd()}`,
  );
}

/** ErrorIfAnyInvalidAndNonNull */
function checkKinds(kind: Kind, a: Node, b: Node): void {
  if (!isMissingOrNull(a) && kindOf(a) !== kind) throw wrongKind(kind, a);
  if (!isMissingOrNull(b) && kindOf(b) !== kind) throw wrongKind(kind, b);
}

/**
 * FieldMatcher{Name, StringValue}.Filter, reduced to "found?". An empty `value` matches any value
 * (even null) of a present field; a non-empty one compares scalar text. Name "" matches a scalar
 * element by its text. Errors when the element's kind does not fit.
 */
function fieldMatches(elem: Json | typeof KEEP_NULL, name: string, value: string): boolean {
  if (elem === null) return false;
  if (name === '') {
    if (kindOf(elem) !== 'ScalarNode') throw wrongKind('ScalarNode', elem);
    return valueText(elem) === value;
  }
  if (!isObject(elem)) throw wrongKind('MappingNode', elem);
  if (!hasOwn(elem, name)) return false;
  return value === '' || fieldText(elem, name) === value;
}

/**
 * ElementSetter{Element, Keys, Values}.Filter, mutating `list` in place. Drops null and empty-map
 * elements; replaces every element matching all key/value pairs with `element` (or removes them
 * when `element` is undefined); appends `element` when nothing matched. With no values, every
 * element fails to match and is dropped (kyaml's behaviour, reached from appendListNode).
 */
function elementSetter(list: Node[], element: Node, keys: readonly string[], values: readonly string[]): void {
  if (keys.length === 0) keys = [''];
  const mappingSetter = keys[0] !== '' && values.length > 0 && values[0] !== '';
  const out: Node[] = [];
  let matched = false;
  for (const elem of list) {
    if (isMissingOrNull(elem) || isEmptyMap(elem)) continue;
    if (!isObject(elem) && mappingSetter) {
      out.push(elem);
      continue;
    }
    let found = true;
    let val = false;
    for (let j = 0; j < keys.length; j++) {
      if (j < values.length) val = fieldMatches(elem, keys[j]!, values[j]!);
      if (!val) {
        found = false;
        break;
      }
    }
    if (!found) {
      if (values.length > 0) out.push(elem);
      continue;
    }
    matched = true;
    if (element === undefined) continue;
    out.push(element);
  }
  list.length = 0;
  for (const e of out) list.push(e);
  if (isMissingOrNull(element)) return;
  if (!matched) list.push(element);
}

/** RNode.ElementList / ElementMatcher: the first element matching all key/value pairs. */
function elementList(list: Node, keys: readonly string[], values: readonly string[]): Node {
  if (!Array.isArray(list)) return undefined;
  if (keys.length === 0) keys = [''];
  if (values.length === 0) values = [''];
  if (keys[0] === '') {
    const v = values[0];
    for (const item of list) if (valueText(item) === v) return item;
    return undefined;
  }
  if (keys.length !== values.length) {
    throw new KustomizeError('PATCH_FAILED', 'length of keys must equal length of values when MatchAnyValue is false');
  }
  for (const elem of list) {
    if (!isObject(elem)) continue;
    let ok = true;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (!hasOwn(elem, k) || fieldText(elem, k) !== values[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return elem;
  }
  return undefined;
}

/** RNode.ElementValuesList: each element's key values; "" for a missing, null or empty value. */
function elementValuesList(list: readonly Json[], keys: readonly string[]): string[][] {
  return list.map((elem) =>
    keys.map((k) => {
      const f = isObject(elem) ? getOwn(elem, k) : undefined;
      return isNilOrEmpty(f) ? '' : fieldText(elem as JsonObject, k);
    }),
  );
}

/** Set of string tuples (kyaml sets.StringList). */
class TupleSet {
  private readonly s = new Set<string>();
  private key(t: readonly string[]): string {
    return t.length + '\u0000' + t.join('\u0000');
  }
  has(t: readonly string[]): boolean {
    return this.s.has(this.key(t));
  }
  add(t: readonly string[]): void {
    this.s.add(this.key(t));
  }
}

/** The keys that some tuple of valuesList has a value for (first half of walk.validateKeys). */
function validKeySet(valuesList: readonly (readonly string[])[], keys: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const vs of valuesList) for (let i = 0; i < vs.length; i++) if (vs[i] !== '') set.add(keys[i]!);
  return set;
}

/** Second half of walk.validateKeys. */
function validateKeysWith(set: Set<string>, values: readonly string[], keys: readonly string[]): [string[], string[]] {
  if (set.size === 0) return [keys.slice(), values.slice()];
  const validKeys = keys.filter((k) => set.has(k));
  const validValues: string[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] !== '' || set.has(keys[i]!)) validValues.push(values[i]!);
  return [validKeys, validValues];
}

/** walk.validateKeys: drops keys that no element has a value for. */
function validateKeys(
  valuesList: readonly (readonly string[])[],
  values: readonly string[],
  keys: readonly string[],
): [string[], string[]] {
  return validateKeysWith(validKeySet(valuesList, keys), values, keys);
}

/** walk.match: same length, one equal value, and other values differ only by being "". */
function matchValues(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length !== b.length) return undefined;
  let common = false;
  const res: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      common = true;
      res.push(a[i]!);
      continue;
    }
    if (a[i] !== '' && b[i] !== '') return undefined;
    res.push(a[i] !== '' ? a[i]! : b[i]!);
  }
  return common ? res : undefined;
}

/** walk.mergeValues: e.g. a port without protocol joins the same port with one. */
function mergeValues(valuesList: string[][]): string[][] {
  const n = valuesList.length;
  for (let i = 0; i < n; i++) {
    const v1 = valuesList[i]!;
    for (let j = 0; j < n; j++) {
      const merged = matchValues(v1, valuesList[j]!);
      if (merged) {
        valuesList[i] = merged;
        valuesList[j] = merged;
      }
    }
  }
  return valuesList;
}

function hasMergeStrategy(s: SchemaNode): boolean {
  return s.patchStrategy.split(',').includes('merge');
}

// ---- the walker --------------------------------------------------------------------------------

class Merger {
  constructor(
    private readonly schema: Schema,
    private readonly indexLists: boolean,
  ) {}

  /** walk.Walker.Walk with Sources [dest, origin]. Returns undefined to clear the field. */
  walk(schema: SchemaNode | undefined, dest: Node, origin: Node): Node {
    schema = this.getSchema(schema, dest, origin);
    const first = !isMissingOrNull(dest) ? dest : !isMissingOrNull(origin) ? origin : undefined;
    if (first === undefined || first === null) return this.walkMap(schema, dest, origin);
    const kind = kindOf(first);
    checkKinds(kind, dest, origin);
    if (kind === 'MappingNode') return this.walkMap(schema, dest, origin);
    if (kind === 'SequenceNode') {
      if (schema && hasMergeStrategy(schema)) return this.walkAssociativeSequence(schema, dest, origin);
      // walkNonAssociativeSequence / VisitList(NonAssociateList): the patch's list wins.
      return origin !== undefined ? origin : dest;
    }
    // walkScalar / VisitScalar
    return origin !== undefined ? origin : dest;
  }

  /**
   * Walker.GetSchema: the schema passed down from the parent, else the schema of the resource type
   * named by a source map's own apiVersion and kind (this is how embedded objects get one).
   */
  private getSchema(schema: SchemaNode | undefined, dest: Node, origin: Node): SchemaNode | undefined {
    if (schema) return schema;
    for (const src of [dest, origin]) {
      if (!isObject(src)) continue;
      const av = getOwn(src, 'apiVersion');
      const k = getOwn(src, 'kind');
      const apiVersion = isNilOrEmpty(av) ? '' : valueText(av);
      const kind = isNilOrEmpty(k) ? '' : valueText(k);
      if (apiVersion === '' || kind === '') continue;
      const s = this.schema.forResourceType(apiVersion, kind);
      if (s) return s;
    }
    return undefined;
  }

  /** walk.walkMap: VisitMap, then every field of both sources, in sorted order. */
  private walkMap(schema: SchemaNode | undefined, dest: Node, origin: Node): Node {
    const d = visitMap(dest, origin);
    if (d === undefined) return undefined;
    let sorted: string[];
    if (!isObject(origin)) {
      // Only the target's own fields (most of a resource is walked this way): no union to build.
      // Walking a scalar or null the patch does not mention gives it back unchanged, so only
      // the target's maps and lists are walked (in the same relative order).
      if (!isObject(d)) return d;
      let nested: string[] | undefined;
      let valueless: string[] | undefined;
      for (const k in d) {
        const v = d[k];
        if (typeof v === 'object' && v !== null) (nested ??= []).push(k);
        else if ((v === null || v === '') && isValuelessNull(d, k)) (valueless ??= []).push(k);
      }
      // VisitMap on a null the patch does not mention: kept (as an untagged scalar) when it has
      // text (`key: null`, `key: ~`), cleared when it has none (`key:`).
      if (valueless !== undefined) for (const k of valueless) delete d[k];
      if (nested === undefined) return d;
      sorted = sortKeys(nested);
    } else {
      const names = new Set<string>();
      if (isObject(d)) for (const k of Object.keys(d)) names.add(k);
      for (const k of Object.keys(origin)) names.add(k);
      sorted = sortKeys([...names]);
    }
    if (sorted.length === 0) return d;
    const dm = d as JsonObject;
    for (const key of sorted) {
      const dv = getOwn(dm, key);
      const ov = isObject(origin) ? getOwn(origin, key) : undefined;
      // A scalar or null of the target that the patch does not mention comes back unchanged,
      // except a valueless null (see above), which VisitMap clears.
      if (ov === undefined && (dv === null || typeof dv !== 'object')) {
        if ((dv === null || dv === '') && isValuelessNull(dm, key)) delete dm[key];
        continue;
      }
      const s = schema ? schema.field(key) : undefined;
      const val = this.walk(s, dv, ov);
      // FieldSetter: nil or tagged null clears the field.
      if (val === undefined || val === null) {
        if (hasOwn(dm, key)) delete dm[key];
      } else {
        const m = materialize(val);
        // FieldSetter on an existing scalar writes into its node, which other places may share.
        if (dv !== undefined && (dv === null || typeof dv !== 'object') && (m === null || typeof m !== 'object')) setSharedScalar(dm, key, m);
        else setOwn(dm, key, m);
        // A scalar taken from the patch keeps the patch's spelling (kyaml copies the node).
        if (ov !== undefined && m === ov && (m === null || typeof m !== 'object')) copyScalarText(origin as JsonObject, key, dm, key);
      }
    }
    return d;
  }

  /** walk.walkAssociativeSequence */
  private walkAssociativeSequence(schema: SchemaNode, dest: Node, origin: Node): Node {
    const d = visitAssociativeList(dest, origin);
    if (d === undefined) return undefined;
    let keys = schema.mergeKeys.slice();
    if (schema.patchStrategy === '' && keys.length === 0) keys = [elementKey(d, origin)];
    if (origin === undefined && this.indexLists && keys.length > 0 && Array.isArray(d) && uniqueCleanTuples(d, keys)) {
      // A list of the target the patch does not mention, whose items all carry distinct merge
      // keys: setElementsIndexed would walk each item (a map, which comes back as it is) and
      // return the same items in the same order.
      const elemSchema = schema.elements();
      for (let i = 0; i < d.length; i++) {
        if (this.walk(elemSchema, d[i], undefined) !== d[i]) throw new Error('internal: a target-only list item changed');
      }
      return d;
    }
    const values = elementValues(keys, d, origin);
    if (values.length !== 0 || keys.length > 0) return this.setElements(values, keys, d, origin, schema);
    return this.setElements(elementPrimitiveValues(d, origin), [''], d, origin, schema);
  }

  /** walk.setAssociativeSequenceElements, with MergeOptionsListPrepend. */
  private setElements(
    valuesList: string[][],
    keys: string[],
    dest: Node,
    origin: Node,
    schema: SchemaNode,
  ): Node {
    const elemSchema = schema.elements();
    if (this.indexLists && keys[0] !== '') {
      const fast = this.setElementsIndexed(valuesList, keys, dest, origin, elemSchema);
      if (fast !== NOT_CLEAN) return fast;
    }
    const items: Node[] = [];
    // mergeValues only changes tuples that have a "" (a missing key value)
    if (keys.length > 1 && valuesList.some((vs) => vs.includes(''))) valuesList = mergeValues(valuesList);
    // validateKeys' key set depends only on valuesList and keys: compute it once
    const keySet = validKeySet(valuesList, keys);
    let validKeys: string[] = [];
    let validValues: string[] = [];
    for (const values of valuesList) {
      if (values.length === 0) continue;
      [validKeys, validValues] = validateKeysWith(keySet, values, keys);
      // elementValueList
      const [ek, ev] = validateKeys([validValues], validValues, validKeys);
      const val = this.walk(elemSchema, elementList(dest, ek, ev), elementList(origin, ek, ev));
      let exit = false;
      for (let i = 0; i < validKeys.length; i++) {
        const key = validKeys[i]!;
        if (isMissingOrNull(val) || isEmptyMap(val)) {
          // delete the element from dest
          if (Array.isArray(dest)) elementSetter(dest, undefined, validKeys, validValues);
          exit = true;
        } else if (!(isObject(val) && hasOwn(val, key)) && validValues[i] !== '') {
          // make sure the key is set on the element (FieldSetter on the merged value)
          if (key === '') {
            if (kindOf(val) !== 'ScalarNode') throw wrongKind('ScalarNode', val);
          } else {
            if (!isObject(val)) throw wrongKind('MappingNode', val);
            setOwn(val, key, scalarFromText(validValues[i]!));
          }
        }
      }
      if (exit) continue;
      elementSetter(items, val, validKeys, validValues);
    }
    let out: Node | Node[] = dest;
    if (valuesList.length > 0) {
      // items from the patch are prepended: the dest elements are appended to them
      out = appendListNode(items, dest, validKeys);
    }
    if (out === undefined || out === null) return undefined;
    if (Array.isArray(out)) {
      // the walk is over for this list: untagged "null" scalars become plain JSON nulls
      for (let i = 0; i < out.length; i++) if (out[i] === KEEP_NULL) out[i] = null;
      return out as Json[];
    }
    return out;
  }

  /**
   * setElements for lists whose items are all maps carrying every merge key (non-empty scalar
   * values) with no repeated key tuple, in either source: what kyaml computes with repeated scans
   * reduces to this, with hash lookups. Returns NOT_CLEAN for other lists.
   *
   * Result: the patch's items in patch order, then the target's other items in target order
   * (items deleted by the patch dropped). With several keys kyaml's appendListNode deletes and
   * re-appends each remaining target item, so those move behind the patch-only items.
   */
  private setElementsIndexed(
    valuesList: string[][],
    keys: readonly string[],
    dest: Node,
    origin: Node,
    elemSchema: SchemaNode | undefined,
  ): Node | typeof NOT_CLEAN {
    if (!Array.isArray(dest)) return NOT_CLEAN;
    const destIdx = indexList(dest, keys);
    if (!destIdx) return NOT_CLEAN;
    const originIdx = dest === origin ? destIdx : indexList(origin, keys);
    if (!originIdx) return NOT_CLEAN;
    if (valuesList.length === 0) return dest;
    const items: Json[] = [];
    const itemPos = new Map<string, number>();
    const deleted = new Set<string>();
    for (const values of valuesList) {
      const t = values.join('\u0000');
      const d = deleted.has(t) ? undefined : destIdx.get(t);
      const val = this.walk(elemSchema, d, originIdx.get(t));
      if (isMissingOrNull(val) || isEmptyMap(val)) {
        deleted.add(t);
        continue;
      }
      // merging two maps (or one map and nothing) always yields a map
      if (!isObject(val)) throw new Error('internal: indexed list merge produced a non-map item');
      for (let i = 0; i < keys.length; i++) if (!hasOwn(val, keys[i]!)) setOwn(val, keys[i]!, scalarFromText(values[i]!));
      itemPos.set(t, items.length);
      items.push(val);
    }
    // appendListNode(items, dest): the target's surviving items take their slots back
    const remaining = dest.filter((e) => !deleted.has(cleanTuple(e, keys)!));
    if (keys.length === 1) {
      for (const e of remaining) items[itemPos.get(cleanTuple(e, keys)!)!] = e;
      return items;
    }
    const moved = new Set<string>();
    for (const e of remaining) moved.add(cleanTuple(e, keys)!);
    const out: Json[] = [];
    for (const [t, pos] of itemPos) if (!moved.has(t)) out.push(items[pos]!);
    for (const e of remaining) out.push(e);
    return out;
  }
}

/** Returned by setElementsIndexed when the lists do not qualify for it. */
const NOT_CLEAN: unique symbol = Symbol('not-clean');

/**
 * The key tuple of a list item when it is a non-empty map whose merge keys all hold non-empty
 * scalars; undefined otherwise.
 */
function cleanTuple(elem: Json, keys: readonly string[]): string | undefined {
  if (!isObject(elem)) return undefined;
  let t = '';
  for (let i = 0; i < keys.length; i++) {
    const v = getOwn(elem, keys[i]!);
    if (v === undefined || v === null || typeof v === 'object') return undefined;
    const text = fieldText(elem, keys[i]!);
    if (text === '') return undefined;
    t = i === 0 ? text : t + '\u0000' + text;
  }
  return t;
}

/** True when every item of `list` has a clean key tuple ({@link cleanTuple}) and no tuple repeats. */
function uniqueCleanTuples(list: readonly Json[], keys: readonly string[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const t = cleanTuple(list[i]!, keys);
    if (t === undefined || seen.has(t)) return false;
    seen.add(t);
  }
  return true;
}

/** Index of a list by key tuple; undefined when an item is not clean or a tuple repeats. */
function indexList(list: Node, keys: readonly string[]): Map<string, JsonObject> | undefined {
  const idx = new Map<string, JsonObject>();
  if (list === undefined) return idx;
  if (!Array.isArray(list)) return undefined;
  for (const elem of list) {
    const t = cleanTuple(elem, keys);
    if (t === undefined || idx.has(t)) return undefined;
    idx.set(t, elem as JsonObject);
  }
  return idx;
}

/** Merger.VisitMap (kustomize v5.5.0), including its directive handling. */
function visitMap(dest: Node, origin: Node): Node {
  if (isMissingOrNull(dest)) {
    const ps = directive(origin, false);
    if (ps === 'delete') return undefined;
    // An explicit null in the target survives when the patch does not mention the field.
    if (origin === undefined && dest === null) return KEEP_NULL;
    return origin;
  }
  if (origin === null) return undefined;
  const ps = directive(origin, true);
  if (ps === 'delete') return undefined;
  if (ps === 'replace') return origin;
  return dest;
}

/** Merger.VisitList for an associative list (non-associative lists never read directives). */
function visitAssociativeList(dest: Node, origin: Node): Node {
  if (isMissingOrNull(dest)) return origin;
  if (origin === null) return undefined;
  const ps = directive(origin, true);
  if (ps === 'delete') return undefined;
  if (ps === 'replace') return origin;
  return dest;
}

/**
 * determineSmpDirective: reads and removes `$patch` from a patch map, or from a patch list
 * (determineSequenceNodePatchStrategy: the first map item with a `$patch` field is the list's
 * directive when that is its only field, e.g. `- $patch: replace`; every item `{$patch: <it>}`
 * is then removed, through an ElementSetter that also drops null and empty items). With `strict`
 * false, errors yield "unknown" (kyaml ignores them when the target has no such field).
 */
function directive(patch: Node, strict: boolean): Directive | 'unknown' {
  if (patch === undefined) return 'merge';
  const kind = kindOf(patch);
  if (kind === 'SequenceNode') {
    const list = patch as Json[];
    const node = list.find((e) => isObject(e) && hasOwn(e, '$patch')) as JsonObject | undefined;
    if (!node || Object.keys(node).length > 1) return 'merge';
    const v = valueText(node['$patch']);
    if (v === 'delete' || v === 'replace' || v === 'merge') {
      elementSetter(list, undefined, ['$patch'], [v]);
      return v;
    }
    if (!strict) return 'unknown';
    throw new KustomizeError('PATCH_FAILED', `unknown patch strategy '${v}'`);
  }
  if (kind === 'MappingNode') {
    const m = patch as JsonObject;
    if (!hasOwn(m, '$patch')) return 'merge';
    const v = valueText(m['$patch']);
    if (v === 'delete' || v === 'replace' || v === 'merge') {
      delete m['$patch'];
      return v;
    }
    if (!strict) return 'unknown';
    throw new KustomizeError('PATCH_FAILED', `unknown patch strategy '${v}'`);
  }
  if (!strict) return 'unknown';
  throw new KustomizeError(
    'PATCH_FAILED',
    `no implemented strategic merge patch strategy for '${valueText(patch)}'`,
  );
}

/** walk.elementValues: key tuples of the patch's elements, then the target's, without repeats. */
function elementValues(keys: readonly string[], dest: Node, origin: Node): string[][] {
  const out: string[][] = [];
  const seen = new TupleSet();
  for (const src of [origin, dest]) {
    if (!Array.isArray(src)) continue;
    for (const s of elementValuesList(src, keys)) {
      if (s.length === 0 || seen.has(s)) continue;
      out.push(s);
      seen.add(s);
    }
  }
  return out;
}

/** walk.elementPrimitiveValues: scalar texts of the patch's items, then the target's. */
function elementPrimitiveValues(dest: Node, origin: Node): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const src of [origin, dest]) {
    if (!Array.isArray(src)) continue;
    for (const item of src) {
      const t = valueText(item);
      if (seen.has(t)) continue;
      out.push([t]);
      seen.add(t);
    }
  }
  return out;
}

/**
 * walk.elementKey, for lists whose schema has neither strategy nor keys (unreachable from merge2,
 * which never infers associative lists; kept for completeness).
 */
function elementKey(dest: Node, origin: Node): string {
  let key = '';
  for (const src of [dest, origin]) {
    if (!Array.isArray(src) || src.length === 0) continue;
    const k = src.every((e) => isObject(e) && hasOwn(e, 'name')) ? 'name' : '';
    if (key !== '' && key !== k) {
      throw new KustomizeError('PATCH_FAILED', `conflicting merge keys [${key},${k}]`);
    }
    key = k;
  }
  if (key === '') throw new KustomizeError('PATCH_FAILED', 'no merge key found');
  return key;
}

/**
 * walk.appendListNode(dst, src, keys): puts each src element into dst via ElementSetter. Quirks
 * kept: an element lacking a key is appended and then, through an ElementSetter without values,
 * leaves dst holding only itself; with several keys, matches are deleted before the set.
 */
function appendListNode(dst: Node[], src: Node, keys: readonly string[]): Node[] {
  if (!Array.isArray(src)) return dst;
  for (const elem of src) {
    if (keys[0] === '') {
      elementSetter(dst, elem, [''], [valueText(elem)]);
      continue;
    }
    const v: string[] = [];
    for (const key of keys) {
      // yaml.Get(key): nil for a null element, an error for a non-map element.
      let valueNode: Node;
      if (elem === null) valueNode = undefined;
      else if (!isObject(elem)) throw wrongKind('MappingNode', elem);
      else valueNode = getOwn(elem, key);
      if (valueNode === undefined) {
        dst.push(elem);
        continue;
      }
      v.push(fieldText(elem as JsonObject, key));
    }
    if (keys.length > 1) elementSetter(dst, undefined, keys, v);
    elementSetter(dst, elem, keys, v);
  }
  return dst;
}
