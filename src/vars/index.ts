/**
 * The deprecated `vars` field: `$(NAME)` in the varReference fields is replaced by a field of
 * the resource the var's objref names.
 *
 * Three steps, as kustomize does them:
 * - after each kustomization's transformers, its vars are bound to the one resource matching the
 *   objref by any of its ids (`bindVars`), then added to the accumulated set, which rejects a
 *   name seen before (`mergeVars`, also used when a child kustomization's set is merged up);
 * - at the root, after hash suffixes and name references, every var is read from the CURRENT
 *   state of its bound resource and expanded in the varReference fields (`resolveVars`).
 * @see kustomize api/internal/accumulator/resaccumulator.go (MergeVars, ResolveVars),
 *      api/types/var.go, api/filters/refvar/{refvar,expand}.go (v5.5.0)
 */
import { type Json, type JsonObject, compareStrings, getOwn, isObject, setOwn } from '../core/json.js';
import { KustomizeError, isKustomizeError } from '../core/errors.js';
import type { VarEntry } from '../load/types.js';
import { type ResId, type Gvk, gvkString, gvknEquals, isClusterScoped, resIdEquals } from '../resource/resid.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec } from '../fieldspec/types.js';
import { type FieldRef, applyFieldSpec } from '../fieldspec/walk.js';
import { lookupPath, smarterPathSplitter } from '../replacements/path.js';
import { goFormatFloatV, nodeText } from '../replacements/scalar.js';

/** kustomize's defaultFieldPath for vars. */
export const DEFAULT_VAR_FIELD_PATH = 'metadata.name';

/** A var as kustomize holds it (types.Var), fields read leniently from a VarEntry. */
interface VarFields {
  name: string;
  gvk: Gvk;
  objName: string;
  namespace: string;
  apiVersion: string;
  fieldPath: string;
}

function str(o: unknown, ...keys: string[]): string {
  if (!isObject(o as Json)) return '';
  for (const k of keys) {
    const v = getOwn(o as JsonObject, k);
    if (typeof v === 'string') return v;
  }
  return '';
}

/**
 * The fields of a var entry. The objref's Gvk gets the group/version of its `apiVersion` when that
 * has one or two parts (kustomize's Target.GVK()).
 */
function fieldsOf(v: VarEntry): VarFields {
  const objref = (v.objref ?? {}) as unknown;
  const apiVersion = str(objref, 'apiVersion');
  const gvk: Gvk = { group: str(objref, 'group'), version: str(objref, 'version'), kind: str(objref, 'kind') };
  if (apiVersion !== '') {
    const parts = apiVersion.split('/');
    if (parts.length === 2) {
      gvk.group = parts[0]!;
      gvk.version = parts[1]!;
    } else if (parts.length === 1) {
      gvk.version = parts[0]!;
    }
  }
  return {
    name: typeof v.name === 'string' ? v.name : '',
    gvk,
    objName: str(objref, 'name'),
    namespace: str(objref, 'namespace'),
    apiVersion,
    // The loader spells it `fieldpath` (kustomize's JSON key), the type `fieldPath`.
    fieldPath: str(v.fieldref, 'fieldPath', 'fieldpath'),
  };
}

/** Go's `%v` of a types.Var: `{NAME Kind.version.group {fieldpath}}`. */
function varString(f: VarFields): string {
  return `{${f.name} ${gvkString(f.gvk)} {${f.fieldPath}}}`;
}

/** Go's `%v` of a var as written in the kustomization (objref Gvk not yet taken from apiVersion). */
function rawVarString(v: VarEntry): string {
  const objref = (v.objref ?? {}) as unknown;
  const gvk = { group: str(objref, 'group'), version: str(objref, 'version'), kind: str(objref, 'kind') };
  return `{${typeof v.name === 'string' ? v.name : ''} ${gvkString(gvk)} {${str(v.fieldref, 'fieldPath', 'fieldpath')}}}`;
}

/** kustomize's Var.Defaulting(): fieldPath defaults to metadata.name, objref Gvk from apiVersion. */
function defaulted(v: VarEntry): VarEntry {
  const f = fieldsOf(v);
  const objref: NonNullable<VarEntry['objref']> = {};
  if (f.apiVersion) objref.apiVersion = f.apiVersion;
  if (f.gvk.group) objref.group = f.gvk.group;
  if (f.gvk.version) objref.version = f.gvk.version;
  if (f.gvk.kind) objref.kind = f.gvk.kind;
  objref.name = f.objName;
  if (f.namespace) objref.namespace = f.namespace;
  return { name: f.name, objref, fieldref: { fieldPath: f.fieldPath || DEFAULT_VAR_FIELD_PATH } };
}

function varError(message: string): KustomizeError {
  return new KustomizeError('VAR_FAILED', message);
}

/**
 * kustomize's VarSet merge (MergeSlice / MergeSet): appends `incoming` to `existing`, failing on
 * any name already present — even for an identical var. Returns the new list (vars defaulted).
 */
export function mergeVars(existing: readonly VarEntry[], incoming: readonly VarEntry[]): VarEntry[] {
  const out = existing.slice();
  const names = new Set(existing.map((v) => fieldsOf(v).name));
  for (const v of incoming) {
    const name = fieldsOf(v).name;
    if (names.has(name)) throw varError(`var '${name}' already encountered`);
    names.add(name);
    out.push(defaulted(v));
  }
  return out;
}

/**
 * The first half of kustomize's ResAccumulator.MergeVars: each var is bound to the resource
 * whose previous or current id equals its objref (namespace ignored when the objref has none and
 * the kind is namespaced); several matches are an error, none leaves the var unbound (an error
 * only when it is resolved).
 */
export function bindVars(map: ResourceMap, incoming: readonly VarEntry[]): void {
  const resources = map.resources().filter((r) => !r.isEmpty());
  for (const v of incoming) {
    const f = fieldsOf(v);
    const target: ResId = { ...f.gvk, name: f.objName, namespace: f.namespace };
    const matches =
      f.namespace !== '' || isClusterScoped(f.gvk)
        ? (id: ResId) => resIdEquals(target, id)
        : (id: ResId) => gvknEquals(target, id);
    const matched = resources.filter((r) => r.allIds().some(matches));
    if (matched.length > 1) {
      throw varError(`found ${matched.length} resId matches for var ${varString({ ...f })} (unable to disambiguate)`);
    }
    if (matched.length === 1) matched[0]!.refVarNames.push(f.name);
  }
}

/**
 * kustomize's ResAccumulator.MergeVars for one kustomization's `vars` (run after its
 * transformers): binds them to resources of `map`, then merges them into `existing`.
 */
export function mergeKustomizationVars(
  map: ResourceMap,
  existing: readonly VarEntry[],
  incoming: readonly VarEntry[],
  file?: string,
): VarEntry[] {
  try {
    bindVars(map, incoming);
    return mergeVars(existing, incoming);
  } catch (e) {
    if (!isKustomizeError(e)) throw e;
    throw new KustomizeError(e.code, `merging vars [${incoming.map(rawVarString).join(' ')}]: ${e.message}`, {
      file,
      field: ['vars'],
      cause: e,
    });
  }
}

/** A var's value as GetFieldValue returns it; `other` for maps and lists (never substituted). */
type VarValue =
  | { kind: 'string'; s: string }
  | { kind: 'int'; n: number }
  | { kind: 'float'; n: number }
  | { kind: 'bool'; b: boolean }
  | { kind: 'other' };

/** kyaml's RNode.GetFieldValue: `a.b[0].c`-style paths (SmarterPathSplitter, then `x[N]` split). */
function getFieldValue(obj: JsonObject, path: string): VarValue | undefined {
  const fields: string[] = [];
  for (const s of smarterPathSplitter(path, '.')) {
    const m = s.endsWith(']') ? /^(.*)\[(\d+)\]$/s.exec(s) : null;
    if (!m) {
      fields.push(s);
      continue;
    }
    if (m[1] !== '') fields.push(m[1]!);
    fields.push(m[2]!);
  }
  let v: Json | undefined;
  try {
    v = lookupPath(obj, fields);
  } catch {
    return undefined;
  }
  if (v === undefined) return undefined;
  if (isObject(v) || Array.isArray(v)) return { kind: 'other' };
  if (typeof v === 'string') return { kind: 'string', s: v };
  if (typeof v === 'boolean') return { kind: 'bool', b: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { kind: 'int', n: v } : { kind: 'float', n: v };
  // A null node: its text comes back as a string.
  return { kind: 'string', s: nodeText(v) };
}

/** Go's `%v` of a substituted value inside a longer string. */
function formatValue(v: VarValue): string {
  switch (v.kind) {
    case 'string':
      return v.s;
    case 'int':
      return String(v.n);
    case 'float':
      return goFormatFloatV(v.n);
    case 'bool':
      return v.b ? 'true' : 'false';
    default:
      return '';
  }
}

/** The JSON a wholly substituted `$(VAR)` becomes (kustomize's updateNodeValue). */
function valueJson(v: VarValue): Json {
  switch (v.kind) {
    case 'string':
      return v.s;
    case 'int':
    case 'float':
      return v.n;
    case 'bool':
      return v.b;
    default:
      return '';
  }
}

type Mapping = (name: string) => VarValue | string;

/**
 * kustomize's DoReplacements: `$(NAME)` becomes the mapped value, `$$` an escaped `$`; anything
 * else (unknown names, unterminated `$(`) is kept. When the whole input is one reference, the
 * mapped value is returned as is, keeping its type.
 */
export function expandVars(input: string, mapping: Mapping): VarValue | string {
  let buf = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    buf += input.slice(checkpoint, cursor);
    const rest = input.slice(cursor + 1);
    let read: string;
    let isVar = false;
    let advance = 1;
    if (rest[0] === '$') {
      read = '$';
    } else if (rest[0] === '(') {
      const close = rest.indexOf(')', 1);
      if (close >= 1) {
        read = rest.slice(1, close);
        isVar = true;
        advance = close + 1;
      } else {
        read = '$(';
      }
    } else {
      read = '$' + rest[0]!;
    }
    if (isVar) {
      const mapped = mapping(read);
      if (input === `$(${read})`) return mapped;
      buf += typeof mapped === 'string' ? mapped : formatValue(mapped);
    } else {
      buf += read;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return buf + input.slice(checkpoint);
}

function toJson(v: VarValue | string): Json {
  return typeof v === 'string' ? v : valueJson(v);
}

/**
 * kustomize's ResolveVars at the root: reads every var (sorted by name) from the first resource
 * bound to it, then expands `$(NAME)` in the given varReference fieldspecs of every resource.
 * Strings at those paths are expanded, and so are the string values of a map and the items of a
 * list found there (a non-string list item is an error). Map and list var values are left
 * unsubstituted, as kustomize does (it only logs them).
 */
export function resolveVars(map: ResourceMap, vars: readonly VarEntry[], varReferenceFieldSpecs: readonly FieldSpec[]): void {
  const sorted = vars.map(fieldsOf).sort((a, b) => compareStrings(a.name, b.name));
  const values = new Map<string, VarValue>();
  const resources = map.resources();
  for (const f of sorted) {
    const shown = varString({ ...f, fieldPath: f.fieldPath || DEFAULT_VAR_FIELD_PATH });
    const res = resources.find((r) => r.refVarNames.includes(f.name));
    if (!res) throw varError(`var '${shown}' cannot be mapped to a field in the set of known resources`);
    const v = getFieldValue(res.obj, f.fieldPath || DEFAULT_VAR_FIELD_PATH);
    if (v === undefined) throw varError(`field specified in var '${shown}' not found in corresponding resource`);
    values.set(f.name, v);
  }
  if (values.size === 0) return;

  const mapping: Mapping = (name) => {
    const v = values.get(name);
    if (v === undefined || v.kind === 'other') return `$(${name})`;
    return v;
  };
  const setValue = (ref: FieldRef): void => {
    const node = ref.value;
    if (node === null || node === undefined) return;
    if (typeof node === 'string') {
      ref.set(toJson(expandVars(node, mapping)));
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i]!;
        if (typeof item !== 'string') throw varError('invalid value type expect a string');
        node[i] = toJson(expandVars(item, mapping));
      }
    } else if (isObject(node)) {
      for (const k of Object.keys(node)) {
        const item = getOwn(node, k);
        if (typeof item !== 'string') continue;
        setOwn(node, k, toJson(expandVars(item, mapping)));
      }
    }
  };
  for (const r of resources) {
    for (const fs of varReferenceFieldSpecs) applyFieldSpec(r.obj, fs, { setValue });
  }
}
