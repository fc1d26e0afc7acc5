/**
 * The setters the builtin transformers hand to the fieldspec walker, ported from kyaml's
 * FieldSetter as kustomize's filtersutil uses it.
 * @see kustomize api/filters/filtersutil/setters.go, kyaml/yaml/fns.go FieldSetter
 */
import { type Json, type JsonObject, getOwn, isObject, setOwn } from '../core/json.js';
import { setSharedScalar } from '../core/node-links.js';
import { type FieldRef, NodeKindError, nodeKindOf } from '../fieldspec/walk.js';

/**
 * The text of a scalar as kyaml's `YNode().Value` gives it. Nulls read as "" (JSON keeps no
 * trace of whether the YAML said `null`, `~` or nothing).
 */
export function scalarText(v: Json): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** Throws kyaml's wrong-kind error unless the located node is a scalar (or null). */
export function requireScalar(ref: FieldRef): void {
  const v = ref.value;
  if (isObject(v) || Array.isArray(v)) throw new NodeKindError('ScalarNode', nodeKindOf(v), v);
}

/** Replaces a scalar (or null) in place; maps and sequences are an error (kyaml FieldSetter, no name). */
export function setScalar(ref: FieldRef, value: Json): void {
  requireScalar(ref);
  ref.set(value);
}

/**
 * Sets one entry of the located map (kyaml FieldSetter with a name). A null node is left alone,
 * as kustomize leaves it; scalars and sequences are an error.
 */
export function setMapEntry(ref: FieldRef, key: string, value: string, created?: [JsonObject, string][]): void {
  const m = ref.value;
  if (m === null) return;
  if (!isObject(m)) throw new NodeKindError('MappingNode', nodeKindOf(m), m);
  const old = getOwn(m, key);
  if (old === undefined) {
    // A new field: kyaml inserts the filter's one value node for this key (see core/node-links.ts).
    setOwn(m, key, value);
    created?.push([m, key]);
  } else if (old === null || typeof old !== 'object') {
    // An existing scalar is written in place, and so are the places sharing its node.
    setSharedScalar(m, key, value);
  } else {
    setOwn(m, key, value);
  }
}

/**
 * The JSON value kustomize ends up with when it writes `text` as an untagged plain scalar:
 * numbers and booleans resolve to their types (YAML core schema), anything else stays a string.
 */
export function resolvePlainScalar(text: string): Json {
  if (/^[-+]?[0-9]+$/.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
  }
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  return text;
}
