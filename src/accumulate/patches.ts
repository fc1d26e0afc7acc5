/**
 * The three patch fields: `patchesStrategicMerge` (PatchStrategicMergeTransformer), `patches`
 * (PatchTransformer) and `patchesJson6902` (PatchJson6902Transformer): loading, SMP-vs-JSON6902
 * detection, target selection. The merge engines live in src/patch.
 * @see kustomize api/internal/builtins/{PatchTransformer,PatchStrategicMergeTransformer,PatchJson6902Transformer}.go
 */
import { type Budget, sizeOf } from '../core/limits.js';
import { KustomizeError, isKustomizeError, withContext } from '../core/errors.js';
import { type Json, type JsonObject, compareStrings, isObject, setOwn } from '../core/json.js';
import type { PatchEntry } from '../load/types.js';
import { resourcesFromText } from '../resource/factory.js';
import { resIdString } from '../resource/resid.js';
import type { Resource } from '../resource/resource.js';
import type { ResourceMap } from '../resource/resmap.js';
import { selectResources } from '../resource/selector.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { applyJson6902 } from '../patch/json6902.js';
import { applySmPatchToResource } from '../patch/strategic-merge.js';
import type { Schema } from '../patch/schema-types.js';
import type { Target } from './target.js';

/**
 * An error parsing text held inline in a field: its line and column count from the start of the
 * text, not of the file holding it, so they are dropped (the field's position stands instead).
 */
function inlineTextError(e: unknown): unknown {
  if (isKustomizeError(e)) {
    e.line = undefined;
    e.col = undefined;
  }
  return e;
}

/** Tries to read text as strategic-merge patch documents; undefined when it is not YAML objects. */
function trySmPatches(text: string, file: string): Resource[] | undefined {
  try {
    const rs = resourcesFromText(text, file, { firstKeyWins: true });
    return rs;
  } catch {
    return undefined;
  }
}

/**
 * Decodes JSON 6902 operations from JSON or YAML text; undefined when it is not an op list.
 * Text that decodes to null (only comments) is an empty op list, as with evanphx/json-patch.
 */
function tryJsonPatch(text: string, file: string): Json[] | undefined {
  if (text === '' || startsWithMappingKey(text)) return undefined;
  try {
    const v = text[0] === '[' ? (JSON.parse(text) as Json) : parseKustomizationText(text, file);
    if (v === null) return [];
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the first content line (after blank and comment lines) is an unindented plain key
 * followed by `:` and a space or the line end: the first document is then a block mapping, which
 * can never decode to an op list or null, so the JSON 6902 attempt (a second full parse of every
 * strategic-merge patch) can be skipped.
 */
function startsWithMappingKey(text: string): boolean {
  return MAPPING_START.test(text);
}
const MAPPING_START = /^(?:[ \t]*(?:#[^\n]*)?\n)*[A-Za-z_][A-Za-z0-9_./-]*:(?: |\n|$)/;

/**
 * True when the first content line is an unindented block sequence entry (`- ...`): the first
 * document is then a non-empty sequence, which the resource reader rejects, so the
 * strategic-merge attempt (a full parse ending in an error) can be skipped.
 */
function startsWithSequenceItem(text: string): boolean {
  return SEQUENCE_START.test(text);
}
const SEQUENCE_START = /^(?:[ \t]*(?:#[^\n]*)?\n)*-(?: |\n)/;

/**
 * kustomize v5.5.0 crashes (nil pointer) when a patch document looks up a resource after an
 * earlier document of the same patch deleted one; we fail cleanly at the same point.
 */
function failIfEmptied(map: ResourceMap, remaining: number, file: string): void {
  if (remaining > 0 && map.resources().some((r) => r.isEmpty())) {
    throw new KustomizeError(
      'PATCH_FAILED',
      'a patch document follows one that deleted a resource in the same patch; kustomize v5.5.0 crashes here (split the patch into separate entries)',
      { file },
    );
  }
}

/** Applies one SMP patch to the resource it names (by any of its ids). */
function applyByOwnId(map: ResourceMap, patch: Resource, schema: Schema, viaResMap = false): void {
  const id = patch.orgId();
  const matches = map.byAnyId(id);
  if (matches.length !== 1) {
    const what = matches.length === 0 ? 'no matches' : 'multiple matches';
    throw new KustomizeError(
      'PATCH_NO_TARGET',
      `${what} for Id ${resIdString(id)}; failed to find unique target for patch ${resIdString(id)}`,
      { resource: resIdString(id) },
    );
  }
  if (viaResMap) {
    const copy = patch.deepCopy();
    copyMergeMetaDataFieldsFromSelf(copy);
    applySmPatchToResource(matches[0]!, copy, schema);
  } else {
    applySmPatchToResource(matches[0]!, patch, schema);
  }
}

/**
 * What kustomize's ResMap.ApplySmPatch does to each copy of a patch (patchesStrategicMerge, and
 * `patches` with a target) before merging it: `patchCopy.CopyMergeMetaDataFieldsFrom(patch)`,
 * i.e. its own labels and annotations read as text (GetLabels) and written back as strings
 * (SetLabels). So `v: 1.50` patches the label to "1.50", `x: ~` to "~", and a null or empty
 * `labels:`/`annotations:` of the patch is dropped instead of deleting the target's.
 */
function copyMergeMetaDataFieldsFromSelf(patch: Resource): void {
  const md = patch.metadata;
  if (!md) return;
  for (const field of ['labels', 'annotations'] as const) {
    if (!Object.prototype.hasOwnProperty.call(md, field)) continue;
    const text = patch.getStringMap(field);
    delete md[field];
    const keys = Object.keys(text).sort(compareStrings);
    if (keys.length === 0) continue;
    const m: JsonObject = {};
    for (const k of keys) setOwn(m, k, text[k]!);
    md[field] = m;
  }
}

/** Strategic-merge patches loaded for PatchStrategicMergeTransformer, with the field each came from. */
export type LoadedSmPatches = { patch: Resource; field: (string | number)[] }[];

/** `patchesStrategicMerge`: each entry is inline patch YAML or a file path. */
export function applyPatchesStrategicMerge(t: Target, map: ResourceMap, schema: Schema): void {
  const entries = t.k.patchesStrategicMerge ?? [];
  if (!entries.length) return;
  let patches: LoadedSmPatches;
  try {
    patches = loadSmPatches(t, entries, '', ['patchesStrategicMerge'], [], t.loaded.file);
  } catch (e) {
    throw withContext(e, { file: t.loaded.file, field: ['patchesStrategicMerge'] });
  }
  applySmPatchesById(map, schema, patches, t.loaded.file);
}

/**
 * PatchStrategicMergeTransformer's Config: each of `paths` is patch content when it parses as
 * such (for legacy reasons; text holding no document, such as "", is content holding no patch),
 * else a file; `patches` is content. `owner` is the file holding them; errors of an entry carry
 * `[...pathsField, i]`, of `patches` `patchesField`.
 */
export function loadSmPatches(
  t: Target,
  paths: readonly string[],
  patches: string,
  pathsField: (string | number)[],
  patchesField: (string | number)[],
  owner: string,
): LoadedSmPatches {
  if (paths.length === 0 && patches === '') {
    throw new KustomizeError('PATCH_FAILED', 'empty file path and empty patch content');
  }
  const out: LoadedSmPatches = [];
  paths.forEach((entry, i) => {
    try {
      let loaded = trySmPatches(entry, t.loaded.file);
      if (!loaded) {
        const text = t.ldr.readText(entry);
        loaded = resourcesFromText(text, t.ldr.abs(entry), { firstKeyWins: true, budget: t.ldr.budget });
      }
      for (const p of loaded) out.push({ patch: p, field: [...pathsField, i] });
    } catch (e) {
      throw withContext(e, { file: owner, field: [...pathsField, i] });
    }
  });
  if (patches !== '') {
    try {
      for (const p of resourcesFromText(patches, owner)) out.push({ patch: p, field: patchesField });
    } catch (e) {
      throw withContext(inlineTextError(e), { file: owner, field: patchesField });
    }
  }
  if (out.length === 0) {
    throw new KustomizeError('PATCH_FAILED', `patch appears to be empty; files=[${paths.join(' ')}], Patch=${patches}`);
  }
  return out;
}

/** PatchStrategicMergeTransformer's Transform: each patch to the resource its own id names. */
export function applySmPatchesById(map: ResourceMap, schema: Schema, patches: LoadedSmPatches, owner: string): void {
  for (const { patch, field } of patches) {
    try {
      try {
        applyByOwnId(map, patch, schema, true);
      } catch (e) {
        // The error is about the patch: its file when it has one.
        throw withContext(e, { file: patch.source?.file ?? owner });
      }
      map.dropEmpties();
    } catch (e) {
      throw withContext(e, { file: owner, field });
    }
  }
}

/** `patches`: SMP or JSON 6902, from a file or inline, with an optional target selector. */
export function applyPatches(
  t: Target,
  map: ResourceMap,
  schema: Schema,
  entries: readonly PatchEntry[],
  field = 'patches',
  offset = 0,
): void {
  entries.forEach((p, i) => {
    const fieldPath = [field, offset + i];
    try {
      applyPatchEntry(t, map, schema, p ?? {});
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: fieldPath });
    }
  });
}

function applyPatchEntry(t: Target, map: ResourceMap, schema: Schema, p: PatchEntry): void {
  applyPreparedPatch(map, schema, preparePatch(t, p));
}

/** A `patches` entry (PatchTransformer config) read and parsed: strategic-merge documents or JSON 6902 ops. */
export interface PreparedPatch {
  entry: PatchEntry;
  /** The patch file, or the kustomization holding the patch inline. */
  file: string;
  /** Where the patch came from, as kustomize names it in messages: `[path: "p.yaml"]` or `[patch: "..."]`. */
  text: string;
  sm?: Resource[];
  json?: Json[];
  /** The build's budget, charged with the copies of the patch and what JSON copy operations make. */
  budget: Budget;
}

/**
 * PatchTransformer's Config: the patch loaded and told apart (strategic merge or JSON 6902).
 * `owner` is the file holding the entry (the kustomization, or a plugin config file).
 */
export function preparePatch(t: Target, p: PatchEntry, owner: string = t.loaded.file): PreparedPatch {
  let text = (p.patch ?? '').trim();
  const path = p.path ?? '';
  if (text === '' && path === '') {
    throw new KustomizeError('PATCH_FAILED', 'must specify one of patch and path');
  }
  if (text !== '' && path !== '') {
    throw new KustomizeError('PATCH_FAILED', "patch and path can't be set at the same time");
  }
  let file = owner;
  if (path !== '') {
    text = t.ldr.readText(path);
    file = t.ldr.abs(path);
  }
  const json = tryJsonPatch(text, file);
  const smParsed = startsWithSequenceItem(text) ? undefined : trySmPatches(text, file);
  if (json && smParsed) {
    throw new KustomizeError('PATCH_FAILED', `illegally qualifies as both an SM and JSON patch: ${JSON.stringify(text)}`, {
      file,
    });
  }
  const sm = json ? undefined : smParsed;
  // kustomize names the patch by where it came from: [path: "p.yaml"] or [patch: "..."].
  const source = path !== '' ? `[path: ${JSON.stringify(path)}]` : `[patch: ${JSON.stringify(text)}]`;
  if (!json && !sm) {
    throw new KustomizeError('PATCH_FAILED', `unable to parse SM or JSON patch from ${source}`, { file });
  }
  const budget = t.ldr.budget;
  return sm ? { entry: p, file, text: source, sm, budget } : { entry: p, file, text: source, json: json!, budget };
}

/** PatchTransformer's Transform. */
export function applyPreparedPatch(map: ResourceMap, schema: Schema, prepared: PreparedPatch): void {
  const { entry: p, file, text, sm, json, budget } = prepared;
  if (sm) {
    // The target (a kustomization field) is resolved first; errors applying the patch are about
    // the patch: its file, or the kustomization holding it inline.
    const selected = p.target ? selectResources(map.resources(), p.target) : undefined;
    try {
      applySmPatches(map, schema, sm, p.options ?? {}, selected, file, budget);
    } catch (e) {
      throw withContext(e, { file });
    }
    return;
  }
  if (!p.target) {
    throw new KustomizeError('PATCH_FAILED', `must specify a target for JSON patch ${text}`, { file });
  }
  const selected = selectResources(map.resources(), p.target);
  for (const res of selected) {
    res.storePreviousId();
    res.obj = applyJson6902(res.obj, json as Json, file, true, budget);
  }
}

/** Applies strategic-merge patch documents: to the `selected` resources, else each to its own id. */
function applySmPatches(
  map: ResourceMap,
  schema: Schema,
  sm: Resource[],
  options: Record<string, boolean>,
  selected: Resource[] | undefined,
  file: string,
  budget: Budget,
): void {
  for (const patch of sm) {
    if (options['allowNameChange']) patch.allowNameChange = true;
    if (options['allowKindChange']) patch.allowKindChange = true;
  }
  if (!selected) {
    sm.forEach((patch, i) => {
      applyByOwnId(map, patch, schema);
      failIfEmptied(map, sm.length - 1 - i, file);
    });
  } else {
    for (const patch of sm) {
      // One copy of the patch per selected resource.
      budget.chargeCopy(sizeOf(patch.obj, budget.limits.maxNodes), `patch ${file}`, selected.length);
      for (const target of selected) {
        const copy = patch.deepCopy();
        copyMergeMetaDataFieldsFromSelf(copy);
        // The patch takes the target's identity, except what the options let it change.
        if (!copy.allowNameChange) copy.setName(target.name);
        copy.setNamespace(target.namespace);
        if (!copy.allowKindChange) copy.setGvk(target.gvk());
        applySmPatchToResource(target, copy, schema);
      }
    }
  }
  map.dropEmpties();
}

/** `patchesJson6902` entry `only` (or every entry): a JSON 6902 op list and a required target. */
export function applyPatchesJson6902(t: Target, map: ResourceMap, only?: number): void {
  (t.k.patchesJson6902 ?? []).forEach((p, i) => {
    if (only !== undefined && i !== only) return;
    try {
      applyPreparedJson6902(map, prepareJson6902(t, p ?? {}));
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: ['patchesJson6902', i] });
    }
  });
}

/** A PatchJson6902Transformer config read: its target and decoded operations. */
export interface PreparedJson6902 {
  target: NonNullable<PatchEntry['target']>;
  ops: Json[];
  /** The patch file, or the kustomization holding the ops inline. */
  file: string;
  /** The build's budget, charged with what copy operations create. */
  budget: Budget;
}

/**
 * PatchJson6902Transformer's Config: `patch` is the jsonOp text. kustomize v5.5.0 crashes on a
 * config without a target; this fails as it does for a target without a name.
 */
export function prepareJson6902(t: Target, p: PatchEntry, owner: string = t.loaded.file): PreparedJson6902 {
  const target = p.target;
  if (!target || !target.name) throw new KustomizeError('PATCH_FAILED', 'must specify the target name');
  let text = p.patch ?? '';
  let file = owner;
  if (!p.path && !text) throw new KustomizeError('PATCH_FAILED', 'empty file path and empty jsonOp');
  if (p.path) {
    if (text) throw new KustomizeError('PATCH_FAILED', 'must specify a file path or jsonOp, not both');
    text = t.ldr.readText(p.path);
    file = t.ldr.abs(p.path);
    if (text === '') throw new KustomizeError('PATCH_FAILED', `patch file '${p.path}' empty seems to be empty`, { file });
  }
  let ops: Json;
  if (text[0] === '[') {
    try {
      ops = JSON.parse(text) as Json;
    } catch (e) {
      throw new KustomizeError('PATCH_FAILED', `decoding ${text}: ${(e as Error).message}`, { file, cause: e });
    }
  } else {
    try {
      ops = parseKustomizationText(text, file);
    } catch (e) {
      throw p.path ? e : inlineTextError(e);
    }
  }
  if (ops !== null && !Array.isArray(ops)) {
    const type = isObject(ops) ? 'object' : typeof ops === 'boolean' ? 'bool' : typeof ops;
    throw new KustomizeError(
      'PATCH_FAILED',
      `decoding ${text[0] === '[' ? text : JSON.stringify(ops)}: json: cannot unmarshal ${type} into Go value of type jsonpatch.Patch`,
      { file },
    );
  }
  if (!Array.isArray(ops) || ops.length === 0) {
    throw new KustomizeError('PATCH_FAILED', `patch appears to be empty; file=${p.path ?? ''}, JsonOp=${text}`, { file });
  }
  return { target, ops, file, budget: t.ldr.budget };
}

/** PatchJson6902Transformer's Transform. */
export function applyPreparedJson6902(map: ResourceMap, prepared: PreparedJson6902): void {
  const { target, ops, file, budget } = prepared;
  const selected = selectResources(map.resources(), target);
  if (selected.length === 0) {
    throw new KustomizeError(
      'PATCH_NO_TARGET',
      `patchesJson6902 target not found for ${resIdString({ group: target.group ?? '', version: target.version ?? '', kind: target.kind ?? '', name: target.name ?? '', namespace: target.namespace ?? '' })}`,
    );
  }
  for (const res of selected) res.obj = applyJson6902(res.obj, ops, file, true, budget);
}
