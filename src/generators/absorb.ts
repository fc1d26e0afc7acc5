/**
 * Adding generated resources to a kustomization's resources, honouring `behavior`
 * (kustomize's ResMap.AbsorbAll / appendReplaceOrMerge).
 * @see kustomize api/resmap/reswrangler.go appendReplaceOrMerge, api/resource/resource.go
 *   CopyMergeMetaDataFieldsFrom, MergeDataMapFrom, MergeBinaryDataMapFrom
 */
import { textOf } from '../core/scalar-text.js';
import { KustomizeError } from '../core/errors.js';
import { type Json, type JsonObject, compareStrings, getOwn, isObject, setOwn } from '../core/json.js';
import { type ResId, resIdString, isClusterScoped } from '../resource/resid.js';
import type { Resource } from '../resource/resource.js';
import type { ResourceMap } from '../resource/resmap.js';

/** Error context of generated resources, for errors raised when they are absorbed. */
const generatorFields = new WeakMap<Resource, { file: string; field?: (string | number)[] }>();

/** Records where a generated resource was configured (used by {@link absorbGenerated} errors). */
export function rememberGeneratorField(r: Resource, file: string, field: (string | number)[] | undefined): void {
  generatorFields.set(r, field ? { file, field } : { file });
}

/**
 * Adds generated resources to `map` in order. A resource whose id (current or previous, of
 * any resource in `map`) is new is appended, unless its behavior is `merge` or `replace`,
 * which need an existing resource. A resource whose id exists must be `merge` (labels,
 * annotations, data and binaryData merged, the generated values winning) or `replace` (the
 * generated resource replaces the old one, keeping its name, namespace and merged
 * labels/annotations); `create` or an unknown behavior is an error then.
 */
export function absorbGenerated(map: ResourceMap, generated: Resource[]): void {
  for (const res of generated) appendReplaceOrMerge(map, res);
}

function appendReplaceOrMerge(map: ResourceMap, res: Resource): void {
  const id = res.curId();
  const matches = map.byAnyId(id);
  const ctx = generatorFields.get(res);
  const err = (code: 'GENERATOR_FAILED' | 'ID_CONFLICT', msg: string, field?: string): KustomizeError =>
    new KustomizeError(code, msg, {
      file: ctx?.file,
      field: ctx?.field ? (field ? [...ctx.field, field] : ctx.field) : undefined,
      resource: resIdString(id),
    });
  if (matches.length === 0) {
    if (res.behavior === 'merge' || res.behavior === 'replace') {
      throw err('GENERATOR_FAILED', `id ${goResId(id)} does not exist; cannot merge or replace`, 'behavior');
    }
    map.append(res);
    return;
  }
  if (matches.length > 1) {
    throw err(
      'GENERATOR_FAILED',
      `found multiple objects [${matches.map((m) => resIdString(m.curId())).join(' ')}] that could accept merge of ${resIdString(id)}`,
    );
  }
  const old = matches[0]!;
  const index = map.indexOf(old);
  switch (res.behavior) {
    case 'replace':
      copyMergeMetaDataFieldsFrom(res, old);
      if (!res.origin) res.origin = old.origin;
      break;
    case 'merge': {
      copyMergeMetaDataFieldsFrom(res, old);
      mergeStringField(res, old, 'data');
      mergeStringField(res, old, 'binaryData');
      // The base's origin is kept (kustomize restores it after merging annotations).
      if (old.origin) res.origin = old.origin;
      break;
    }
    default:
      throw err('ID_CONFLICT', `id ${goResId(id)} exists; behavior must be merge or replace`, 'behavior');
  }
  // kustomize's Replace: looks the slot up again by the (now inherited) current id.
  const cur = res.curId();
  const curKey = res.curKey();
  const slots = map.resources().flatMap((r, i) => (r.curKey() === curKey ? [i] : []));
  if (slots.length > 1) throw err('GENERATOR_FAILED', `in Replace: id matched ${slots.length} resources`);
  if (slots.length === 0) throw err('GENERATOR_FAILED', `cannot find resource with id ${resIdString(cur)} to replace`);
  if (slots[0] !== index) throw err('GENERATOR_FAILED', 'unexpected target index in replacement');
  map.replaceAt(index, res);
}

/**
 * kustomize's CopyMergeMetaDataFieldsFrom: labels and annotations merged (the new resource
 * wins), name and namespace taken from the old one, and the build bookkeeping inherited
 * from the old one, except that a hash suffix is kept only when both want it (kubectl
 * kustomize v5.5.0: a base generator with `disableNameSuffixHash` stays unhashed after an
 * overlay merge, and an overlay's `disableNameSuffixHash` removes the base's hash).
 */
function copyMergeMetaDataFieldsFrom(res: Resource, old: Resource): void {
  setStringMap(res, 'labels', { ...stringMapOf(old, 'labels'), ...stringMapOf(res, 'labels') });
  setStringMap(res, 'annotations', { ...stringMapOf(old, 'annotations'), ...stringMapOf(res, 'annotations') });
  res.setName(old.name);
  res.setNamespace(old.namespace);
  res.prevIds = old.prevIds.slice();
  res.prefixes = old.prefixes.slice();
  res.suffixes = old.suffixes.slice();
  res.refBy = old.refBy.slice();
  res.refVarNames = old.refVarNames.slice();
  res.allowNameChange = old.allowNameChange;
  res.allowKindChange = old.allowKindChange;
  res.needsHash = res.needsHash && old.needsHash;
  res.behavior = old.behavior;
  if (!res.transformations && old.transformations) res.transformations = old.transformations.slice();
}

/**
 * MergeDataMapFrom / MergeBinaryDataMapFrom: the union of both maps as strings (the new
 * values win), keys sorted; an empty union removes the field.
 */
function mergeStringField(res: Resource, old: Resource, field: 'data' | 'binaryData'): void {
  const merged: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const src of [old, res]) {
    const m = getOwn(src.obj, field);
    if (!isObject(m)) continue;
    for (const k of Object.keys(m)) merged[k] = valueText(m, k);
  }
  const keys = Object.keys(merged).sort(compareStrings);
  delete res.obj[field];
  if (keys.length === 0) return;
  const out: JsonObject = {};
  for (const k of keys) setOwn(out, k, merged[k]!);
  res.obj[field] = out;
}

/**
 * The string kustomize reads for a data value (kyaml GetValue): the scalar's YAML text (`0x10`
 * stays `0x10`), `""` for null and for maps or sequences.
 */
function valueText(m: JsonObject, k: string): string {
  const v = m[k] as Json;
  if (v === null || typeof v === 'object') return '';
  return textOf(m, k);
}

/** metadata.labels / annotations as kustomize's GetLabels reads them (scalars as their text). */
function stringMapOf(r: Resource, field: 'labels' | 'annotations'): Record<string, string> {
  return r.getStringMap(field);
}

/** kyaml SetLabels / SetAnnotations: replaces the map (keys sorted); an empty map removes the field. */
function setStringMap(r: Resource, field: 'labels' | 'annotations', m: Record<string, string>): void {
  const md = r.ensureMetadata();
  delete md[field];
  const keys = Object.keys(m).sort(compareStrings);
  if (keys.length === 0) return;
  const out: JsonObject = {};
  for (const k of keys) setOwn(out, k, m[k]!);
  md[field] = out;
}

/** Go's `%#v` of a resid.ResId, as kustomize prints it in these errors. */
function goResId(id: ResId): string {
  const q = (s: string) => JSON.stringify(s);
  return (
    `resid.ResId{Gvk:resid.Gvk{Group:${q(id.group)}, Version:${q(id.version)}, Kind:${q(id.kind)}, ` +
    `isClusterScoped:${isClusterScoped(id)}}, Name:${q(id.name)}, Namespace:${q(id.namespace)}}`
  );
}
