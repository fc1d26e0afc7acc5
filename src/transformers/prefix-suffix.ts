/**
 * `namePrefix` / `nameSuffix` (and the builtin PrefixTransformer, SuffixTransformer and
 * PrefixSuffixTransformer): prepend/append to the fields the fieldspecs name, recording the
 * prefix/suffix and the previous id so name references can follow.
 * @see kustomize api/internal/builtins/{Prefix,Suffix}Transformer.go, api/filters/{prefix,suffix} (v5.5.0)
 */
import type { Json } from '../core/json.js';
import { type Gvk, gvkIsSelected } from '../resource/resid.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec } from '../fieldspec/types.js';
import { applyFieldSpec, type FieldRef } from '../fieldspec/walk.js';
import { orgIdOf } from './ids.js';
import { requireScalar, resolvePlainScalar, scalarText } from './setters.js';

export interface PrefixOptions {
  prefix: string;
  /** The `namePrefix` list of the transformer config. */
  fieldSpecs: readonly FieldSpec[];
}

export interface SuffixOptions {
  suffix: string;
  /** The `nameSuffix` list of the transformer config. */
  fieldSpecs: readonly FieldSpec[];
}

/** Kinds never renamed (kustomize's prefixFieldSpecsToSkip / suffixFieldSpecsToSkip). */
const SKIPPED: readonly Partial<Gvk>[] = [
  { kind: 'CustomResourceDefinition' },
  { group: 'apiregistration.k8s.io', kind: 'APIService' },
  { kind: 'Namespace' },
];

/** Prepends `prefix` to every field the fieldspecs designate, in place. */
export function applyPrefix(map: ResourceMap, opts: PrefixOptions): void {
  affix(map, opts.fieldSpecs, opts.prefix, 'prefix');
}

/** Appends `suffix` to every field the fieldspecs designate, in place. */
export function applySuffix(map: ResourceMap, opts: SuffixOptions): void {
  affix(map, opts.fieldSpecs, opts.suffix, 'suffix');
}

/** The builtin PrefixSuffixTransformer: the prefix pass over all resources, then the suffix pass. */
export function applyPrefixSuffix(
  map: ResourceMap,
  opts: { prefix: string; suffix: string; fieldSpecs: readonly FieldSpec[] },
): void {
  applyPrefix(map, { prefix: opts.prefix, fieldSpecs: opts.fieldSpecs });
  applySuffix(map, { suffix: opts.suffix, fieldSpecs: opts.fieldSpecs });
}

function affix(map: ResourceMap, fieldSpecs: readonly FieldSpec[], value: string, mode: 'prefix' | 'suffix'): void {
  for (const r of map.resources()) {
    const id = orgIdOf(r);
    if (SKIPPED.some((s) => gvkIsSelected(id, s))) continue;
    for (const fs of fieldSpecs) {
      // A fieldSpec's group, version and kind (unset = any) select like its Gvk.
      if (!gvkIsSelected(id, fs)) continue;
      if (fs.path === 'metadata/name') {
        // kustomize records the prefix/suffix (nothing when empty) and the id before the rename.
        if (value !== '') {
          (mode === 'prefix' ? r.prefixes : r.suffixes).push(value);
          r.storePreviousId();
        }
      }
      applyFieldSpec(r.obj, fs, {
        setValue: (ref) => affixField(ref, value, mode),
        createKind: 'scalar',
      });
    }
  }
}

function affixField(ref: FieldRef, value: string, mode: 'prefix' | 'suffix'): void {
  requireScalar(ref);
  const old: Json = ref.value;
  const text = mode === 'prefix' ? value + scalarText(old) : scalarText(old) + value;
  // kustomize writes an untagged scalar in the old node's style: a plain (non-string) value
  // re-resolves, a string stays a string.
  ref.set(typeof old === 'string' ? text : resolvePlainScalar(text));
}
