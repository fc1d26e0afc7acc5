/**
 * The three patch fields: `patchesStrategicMerge` (PatchStrategicMergeTransformer), `patches`
 * (PatchTransformer) and `patchesJson6902` (PatchJson6902Transformer): loading, SMP-vs-JSON6902
 * detection, target selection. The merge engines live in src/patch.
 * @see kustomize api/internal/builtins/{PatchTransformer,PatchStrategicMergeTransformer,PatchJson6902Transformer}.go
 */
import { sizeOf } from '../core/limits.js';
import { KustomizeError, withContext } from '../core/errors.js';
import { type Json } from '../core/json.js';
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

/** Tries to read text as strategic-merge patch documents; undefined when it is not YAML objects. */
function trySmPatches(text: string, file: string): Resource[] | undefined {
  try {
    const rs = resourcesFromText(text, file);
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
function applyByOwnId(map: ResourceMap, patch: Resource, schema: Schema): void {
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
  applySmPatchToResource(matches[0]!, patch, schema);
}

/** `patchesStrategicMerge`: each entry is inline patch YAML or a file path. */
export function applyPatchesStrategicMerge(t: Target, map: ResourceMap, schema: Schema): void {
  const entries = t.k.patchesStrategicMerge ?? [];
  if (!entries.length) return;
  const patches: { patch: Resource; i: number }[] = [];
  entries.forEach((entry, i) => {
    try {
      // For legacy reasons kustomize first tries the entry as patch content, then as a path.
      let loaded = entry.includes('\n') || entry.includes(': ') ? trySmPatches(entry, t.loaded.file) : undefined;
      if (!loaded || loaded.length === 0) {
        const text = t.ldr.readText(entry);
        loaded = resourcesFromText(text, t.ldr.abs(entry), { budget: t.ldr.budget });
      }
      for (const p of loaded) patches.push({ patch: p, i });
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: ['patchesStrategicMerge', i] });
    }
  });
  if (patches.length === 0) {
    throw new KustomizeError('PATCH_FAILED', `patch appears to be empty; files=${JSON.stringify(entries)}`, {
      file: t.loaded.file,
      field: ['patchesStrategicMerge'],
    });
  }
  for (const { patch, i } of patches) {
    try {
      applyByOwnId(map, patch, schema);
      map.dropEmpties();
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: ['patchesStrategicMerge', i] });
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
  let text = (p.patch ?? '').trim();
  const path = p.path ?? '';
  if (text === '' && path === '') {
    throw new KustomizeError('PATCH_FAILED', 'must specify one of patch and path');
  }
  if (text !== '' && path !== '') {
    throw new KustomizeError('PATCH_FAILED', "patch and path can't be set at the same time");
  }
  let file = t.loaded.file;
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
  if (!json && !sm) {
    throw new KustomizeError('PATCH_FAILED', `unable to parse SM or JSON patch from ${text}`, { file });
  }
  const options = p.options ?? {};
  if (sm) {
    for (const patch of sm) {
      if (options['allowNameChange']) patch.allowNameChange = true;
      if (options['allowKindChange']) patch.allowKindChange = true;
    }
    if (!p.target) {
      sm.forEach((patch, i) => {
        applyByOwnId(map, patch, schema);
        failIfEmptied(map, sm.length - 1 - i, file);
      });
    } else {
      const selected = selectResources(map.resources(), p.target);
      for (const patch of sm) {
        // One copy of the patch per selected resource.
        t.ldr.budget.chargeCopy(sizeOf(patch.obj, t.ldr.budget.limits.maxNodes), `patch ${file}`, selected.length);
        for (const target of selected) {
          const copy = patch.deepCopy();
          // The patch takes the target's identity, except what the options let it change.
          if (!copy.allowNameChange) copy.setName(target.name);
          copy.setNamespace(target.namespace);
          if (!copy.allowKindChange) copy.setGvk(target.gvk());
          applySmPatchToResource(target, copy, schema);
        }
      }
    }
    map.dropEmpties();
    return;
  }
  if (!p.target) {
    throw new KustomizeError('PATCH_FAILED', `must specify a target for JSON patch ${text}`, { file });
  }
  const selected = selectResources(map.resources(), p.target);
  for (const res of selected) {
    res.storePreviousId();
    res.obj = applyJson6902(res.obj, json as Json, file, true, t.ldr.budget);
  }
}

/** `patchesJson6902` entry `only` (or every entry): a JSON 6902 op list and a required target. */
export function applyPatchesJson6902(t: Target, map: ResourceMap, only?: number): void {
  (t.k.patchesJson6902 ?? []).forEach((p, i) => {
    if (only !== undefined && i !== only) return;
    try {
      const target = p?.target;
      if (!target || !target.name) throw new KustomizeError('PATCH_FAILED', 'must specify the target name');
      let text = p.patch ?? '';
      let file = t.loaded.file;
      if (!p.path && !text) throw new KustomizeError('PATCH_FAILED', 'empty file path and empty jsonOp');
      if (p.path) {
        if (text) throw new KustomizeError('PATCH_FAILED', 'must specify a file path or jsonOp, not both');
        text = t.ldr.readText(p.path);
        file = t.ldr.abs(p.path);
        if (text === '') throw new KustomizeError('PATCH_FAILED', `patch file '${p.path}' empty seems to be empty`, { file });
      }
      const ops = text[0] === '[' ? parseJsonOps(text, file) : parseKustomizationText(text, file);
      if (!Array.isArray(ops) || ops.length === 0) {
        throw new KustomizeError('PATCH_FAILED', `patch appears to be empty; file=${p.path ?? ''}, JsonOp=${text}`, { file });
      }
      const selected = selectResources(map.resources(), target);
      if (selected.length === 0) {
        throw new KustomizeError(
          'PATCH_NO_TARGET',
          `patchesJson6902 target not found for ${resIdString({ group: target.group ?? '', version: target.version ?? '', kind: target.kind ?? '', name: target.name ?? '', namespace: target.namespace ?? '' })}`,
        );
      }
      for (const res of selected) res.obj = applyJson6902(res.obj, ops, file, true, t.ldr.budget);
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: ['patchesJson6902', i] });
    }
  });
}

/** JSON 6902 operations written as JSON (kustomize's jsonpatch.DecodePatch); a syntax error is PATCH_FAILED. */
function parseJsonOps(text: string, file: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    throw new KustomizeError('PATCH_FAILED', `decoding ${text.length > 200 ? text.slice(0, 200) + '…' : text}: ${e.message}`, { file, cause: e });
  }
}
