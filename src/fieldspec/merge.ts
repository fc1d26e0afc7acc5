/**
 * Merging and ordering of fieldspec lists and transformer configs.
 * @see kustomize api/types/fieldspec.go (MergeOne/MergeAll),
 *      api/internal/plugins/builtinconfig/{transformerconfig,namebackreferences}.go
 */
import { KustomizeError } from '../core/errors.js';
import { type Json, compareStrings, deepEqual, deepFreeze } from '../core/json.js';
import { type Gvk, gvkIsSelected } from '../resource/resid.js';
import {
  type FieldSpec,
  type NameBackReferences,
  type TransformerConfig,
  FIELD_SPEC_LIST_KEYS,
} from './types.js';

/** The Gvk of a fieldSpec or back-reference (absent fields are ""). */
export function gvkOf(x: { group?: string; version?: string; kind?: string }): Gvk {
  return { group: x.group ?? '', version: x.version ?? '', kind: x.kind ?? '' };
}

/**
 * kustomize's FieldSpec.effectivelyEquals, as used by FsSlice.index: `existing` is selected by the
 * incoming spec's GVK (empty fields are wildcards) and the paths are equal. Note the asymmetry: an
 * incoming spec with an empty GVK "equals" any existing spec with the same path.
 */
function effectivelyEquals(existing: FieldSpec, incoming: FieldSpec): boolean {
  return gvkIsSelected(gvkOf(existing), gvkOf(incoming)) && existing.path === incoming.path;
}

/**
 * Adds `x` unless an effectively-equal spec is present; errors when that spec differs in `create`.
 * Returns a new list.
 */
export function mergeFieldSpec(list: readonly FieldSpec[], x: FieldSpec): FieldSpec[] {
  const existing = list.find((e) => effectivelyEquals(e, x));
  if (existing) {
    if (Boolean(existing.create) !== Boolean(x.create)) {
      throw new KustomizeError('FIELDSPEC_CONFLICT', 'conflicting fieldspecs');
    }
    return list.slice();
  }
  return [...list, { ...x }];
}

/**
 * kustomize's FsSlice.MergeAll: merges each incoming spec in order. Returns a new list. Equal to
 * folding {@link mergeFieldSpec}, but specs are looked up by path, so merging is linear rather than
 * quadratic in the list sizes (the default configs hold hundreds of specs, merged at every level).
 */
export function mergeFieldSpecs(list: readonly FieldSpec[], incoming: readonly FieldSpec[]): FieldSpec[] {
  const result = list.slice();
  if (incoming.length === 0) return result;
  const byPath = new Map<string, FieldSpec[]>();
  for (const e of result) {
    const l = byPath.get(e.path);
    if (l) l.push(e);
    else byPath.set(e.path, [e]);
  }
  for (const x of incoming) {
    const same = byPath.get(x.path);
    const existing = same?.find((e) => effectivelyEquals(e, x));
    if (existing) {
      if (Boolean(existing.create) !== Boolean(x.create)) {
        throw new KustomizeError('FIELDSPEC_CONFLICT', 'conflicting fieldspecs');
      }
      continue;
    }
    const copy = { ...x };
    result.push(copy);
    if (same) same.push(copy);
    else byPath.set(x.path, [copy]);
  }
  return result;
}

/** Merges one back-reference: same target GVK merges referrers, else appends. Returns a new list. */
export function mergeNameBackReference(
  list: readonly NameBackReferences[],
  other: NameBackReferences,
): NameBackReferences[] {
  let found = false;
  const og = gvkOf(other);
  const result = list.map((c) => {
    const cg = gvkOf(c);
    if (cg.group === og.group && cg.version === og.version && cg.kind === og.kind) {
      found = true;
      return { ...c, fieldSpecs: mergeFieldSpecs(c.fieldSpecs, other.fieldSpecs) };
    }
    return c;
  });
  if (!found) result.push(cloneBackReference(other));
  return result;
}

function cloneBackReference(b: NameBackReferences): NameBackReferences {
  return { ...b, fieldSpecs: b.fieldSpecs.map((f) => ({ ...f })) };
}

/**
 * Merges all incoming back-references in order. Returns a new list. Equal to folding
 * {@link mergeNameBackReference}, with back-references looked up by GVK.
 */
export function mergeNameBackReferences(
  list: readonly NameBackReferences[],
  incoming: readonly NameBackReferences[],
): NameBackReferences[] {
  const result = list.slice();
  if (incoming.length === 0) return result;
  const key = (b: NameBackReferences): string => `${b.group ?? ''}\u0000${b.version ?? ''}\u0000${b.kind ?? ''}`;
  const byGvk = new Map<string, number[]>();
  result.forEach((b, i) => {
    const l = byGvk.get(key(b));
    if (l) l.push(i);
    else byGvk.set(key(b), [i]);
  });
  for (const x of incoming) {
    const at = byGvk.get(key(x));
    if (at) {
      for (const i of at) result[i] = { ...result[i]!, fieldSpecs: mergeFieldSpecs(result[i]!.fieldSpecs, x.fieldSpecs) };
    } else {
      byGvk.set(key(x), [result.length]);
      result.push(cloneBackReference(x));
    }
  }
  return result;
}

// Ported from kustomize kyaml/resid/gvk.go (Apache-2.0): the kind order behind Gvk.IsLessThan.
const ORDER_FIRST = [
  'Namespace',
  'ResourceQuota',
  'StorageClass',
  'CustomResourceDefinition',
  'ServiceAccount',
  'PodSecurityPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ConfigMap',
  'Secret',
  'Endpoints',
  'Service',
  'LimitRange',
  'PriorityClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Deployment',
  'StatefulSet',
  'CronJob',
  'PodDisruptionBudget',
];
const ORDER_LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

function typeOrder(kind: string): number {
  const i = ORDER_FIRST.indexOf(kind);
  if (i >= 0) return i - ORDER_FIRST.length;
  const j = ORDER_LAST.indexOf(kind);
  return j >= 0 ? 1 + j : 0;
}

/** kyaml's Gvk.stableSortString: `group_version_kind` with `~G`/`~V`/`~K` for empty fields. */
function stableSortString(g: Gvk): string {
  return `${g.group || '~G'}_${g.version || '~V'}_${g.kind || '~K'}`;
}

/** kyaml's Gvk.IsLessThan as a comparator. */
export function compareGvk(a: Gvk, b: Gvk): number {
  const ia = typeOrder(a.kind);
  const ib = typeOrder(b.kind);
  if (ia !== ib) return ia < ib ? -1 : 1;
  return compareStrings(stableSortString(a), stableSortString(b));
}

/**
 * Sorts by GVK as kustomize's sortFields does. Go's sort.Sort is not stable; we sort stably, so
 * specs with equal GVKs keep their order (only which error is reported first could differ).
 */
export function sortByGvk<T extends { group?: string; version?: string; kind?: string }>(list: readonly T[]): T[] {
  const keyed = list.map((x, i) => {
    const g = gvkOf(x);
    return { x, i, order: typeOrder(g.kind), key: stableSortString(g) };
  });
  keyed.sort((a, b) => {
    if (a.order !== b.order) return a.order < b.order ? -1 : 1;
    return compareStrings(a.key, b.key) || a.i - b.i;
  });
  return keyed.map((k) => k.x);
}

/** An empty TransformerConfig. */
export function emptyTransformerConfig(): TransformerConfig {
  return {
    namePrefix: [],
    nameSuffix: [],
    namespace: [],
    commonLabels: [],
    labels: [],
    templateLabels: [],
    commonAnnotations: [],
    nameReference: [],
    varReference: [],
    images: [],
    replicas: [],
  };
}

const MERGE_LABELS: Record<(typeof FIELD_SPEC_LIST_KEYS)[number], string> = {
  namePrefix: 'NamePrefix',
  nameSuffix: 'NameSuffix',
  namespace: 'NameSpace',
  commonAnnotations: 'CommonAnnotations',
  commonLabels: 'CommonLabels',
  labels: 'Labels',
  templateLabels: 'TemplateLabels',
  varReference: 'VarReference',
  images: 'Images',
  replicas: 'Replicas',
};

/** Sorts every list of a config by GVK, in place (kustomize's sortFields). Returns it. */
export function sortTransformerConfig(t: TransformerConfig): TransformerConfig {
  for (const k of FIELD_SPEC_LIST_KEYS) t[k] = sortByGvk(t[k]);
  t.nameReference = sortByGvk(t.nameReference);
  return t;
}

/**
 * Configs that are deeply frozen and never change: the shared defaults, the shared empty config,
 * and merge results built on them. Merging is a pure function of the two configs' contents, so
 * merges of such configs are cached by identity: every kustomization of a build merges the same
 * defaults into the same accumulated config, and this turns hundreds of identical merges of
 * hundreds of fieldspecs into map lookups.
 */
const immutableConfigs = new WeakSet<TransformerConfig>();
const mergeCache = new WeakMap<TransformerConfig, WeakMap<TransformerConfig, TransformerConfig>>();

/** Deep-freezes a config that no one else holds parts of, and marks it immutable. Returns it. */
export function freezeTransformerConfig(t: TransformerConfig): TransformerConfig {
  if (immutableConfigs.has(t)) return t;
  deepFreeze(t);
  immutableConfigs.add(t);
  return t;
}

const EMPTY_CONFIG = freezeTransformerConfig(emptyTransformerConfig());

/** A shared, frozen empty config (the start of every accumulation). */
export function frozenEmptyTransformerConfig(): TransformerConfig {
  return EMPTY_CONFIG;
}

function configsEqual(a: TransformerConfig, b: TransformerConfig): boolean {
  for (const k of FIELD_SPEC_LIST_KEYS) if (!deepEqual(a[k] as unknown as Json, b[k] as unknown as Json)) return false;
  return deepEqual(a.nameReference as unknown as Json, b.nameReference as unknown as Json);
}

/**
 * kustomize's TransformerConfig.Merge: a new config with `input` merged into `base`, every list
 * sorted by GVK. Conflicting fieldspecs raise FIELDSPEC_CONFLICT (`failed to merge X fieldSpec`).
 *
 * When `base` is immutable (see {@link freezeTransformerConfig}) the result is too, and is `base`
 * or `input` themselves when it equals one of them; when both are, the result is cached.
 */
export function mergeTransformerConfigs(base: TransformerConfig, input: TransformerConfig): TransformerConfig {
  const frozenBase = immutableConfigs.has(base);
  const cacheable = frozenBase && immutableConfigs.has(input);
  if (cacheable) {
    const hit = mergeCache.get(base)?.get(input);
    if (hit) return hit;
  }
  const merged = emptyTransformerConfig();
  for (const k of FIELD_SPEC_LIST_KEYS) {
    try {
      merged[k] = mergeFieldSpecs(base[k], input[k]);
    } catch (e) {
      throw prefixConflict(e, MERGE_LABELS[k]);
    }
    if (k === 'varReference') {
      // kustomize merges nameReference right after varReference.
      try {
        merged.nameReference = mergeNameBackReferences(base.nameReference, input.nameReference);
      } catch (e) {
        throw prefixConflict(e, 'NameReference');
      }
    }
  }
  sortTransformerConfig(merged);
  // The result shares base's fieldspec objects; it may only be frozen when those already are.
  if (!frozenBase) return merged;
  const result = configsEqual(merged, base)
    ? base
    : immutableConfigs.has(input) && configsEqual(merged, input)
      ? input
      : freezeTransformerConfig(merged);
  if (cacheable) {
    let m = mergeCache.get(base);
    if (!m) mergeCache.set(base, (m = new WeakMap()));
    m.set(input, result);
  }
  return result;
}

function prefixConflict(e: unknown, what: string): unknown {
  if (e instanceof KustomizeError) {
    return new KustomizeError(e.code, `failed to merge ${what} fieldSpec: ${e.message}`, { cause: e });
  }
  return e;
}

/** Deep copy of a config (kustomize's DeepCopy). */
export function cloneTransformerConfig(t: TransformerConfig): TransformerConfig {
  const c = emptyTransformerConfig();
  for (const k of FIELD_SPEC_LIST_KEYS) c[k] = t[k].map((f) => ({ ...f }));
  c.nameReference = t.nameReference.map(cloneBackReference);
  return c;
}
