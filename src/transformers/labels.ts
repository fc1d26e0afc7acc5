/**
 * `commonLabels` and `labels` (and the builtin LabelTransformer): adds labels to metadata and,
 * depending on the fieldspecs, to selectors and pod templates.
 * @see kustomize api/filters/labels/labels.go, api/internal/target/kusttarget_configplugin.go (v5.5.0)
 */
import { KustomizeError } from '../core/errors.js';
import { type JsonObject, compareStrings } from '../core/json.js';
import { linkSlots } from '../core/node-links.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec, TransformerConfig } from '../fieldspec/types.js';
import { applyFieldSpecs, type FieldRef } from '../fieldspec/walk.js';
import { mergeFieldSpec, mergeFieldSpecs } from '../fieldspec/merge.js';
import { setMapEntry } from './setters.js';

export interface LabelsOptions {
  labels: Readonly<Record<string, string>>;
  fieldSpecs: readonly FieldSpec[];
}

/**
 * Sets every label on every field the fieldspecs designate (maps are created where a fieldSpec
 * says `create: true`), resource by resource, keys in byte order. No labels: no-op.
 */
export function applyLabels(map: ResourceMap, opts: LabelsOptions): void {
  applyStringMap(map, opts.labels, opts.fieldSpecs);
}

/** Shared by labels and annotations: kustomize's labels/annotations filters. */
export function applyStringMap(
  map: ResourceMap,
  entries: Readonly<Record<string, string>>,
  fieldSpecs: readonly FieldSpec[],
): void {
  const keys = Object.keys(entries).sort(compareStrings);
  if (keys.length === 0) return;
  const resources = map.resources();
  // kustomize walks every fieldspec once per key. When no key can be part of a fieldspec path
  // (the fields one key sets cannot change where another key's walk goes), one walk per fieldspec
  // setting all keys yields the same objects and the same first error.
  if (keys.length > 1 && !fieldSpecs.some((fs) => keys.some((k) => fs.path.includes(k)))) {
    // The places where each key is new share one node per resource (core/node-links.ts).
    const created: [JsonObject, string][][] = keys.map(() => []);
    const opts = {
      setValue: (ref: FieldRef) => {
        for (let i = 0; i < keys.length; i++) setMapEntry(ref, keys[i]!, entries[keys[i]!]!, created[i]);
      },
      createKind: 'map' as const,
    };
    for (const r of resources) {
      for (const c of created) c.length = 0;
      applyFieldSpecs(r.obj, fieldSpecs, opts);
      for (const c of created) linkSlots(c);
    }
    return;
  }
  for (const r of resources) {
    for (const k of keys) {
      const v = entries[k]!;
      const created: [JsonObject, string][] = [];
      applyFieldSpecs(r.obj, fieldSpecs, { setValue: (ref) => setMapEntry(ref, k, v, created), createKind: 'map' });
      linkSlots(created);
    }
  }
}

/** One entry of the kustomization's `labels` list, as far as fieldspecs are concerned. */
export interface LabelEntry {
  fields?: readonly FieldSpec[];
  includeSelectors?: boolean;
  includeTemplates?: boolean;
}

/**
 * The fieldspecs kustomize uses for one `labels` entry: its own `fields`, then the config's
 * `labels` list, then either every commonLabels spec (includeSelectors) or the template labels
 * (includeTemplates) plus `metadata/labels`. Conflicts raise FIELDSPEC_CONFLICT.
 */
export function labelEntryFieldSpecs(entry: LabelEntry, tcfg: TransformerConfig): FieldSpec[] {
  let fss = withPrefix('failed to merge labels', () => mergeFieldSpecs(entry.fields ?? [], tcfg.labels));
  if (entry.includeSelectors) {
    return withPrefix('failed to merge labels', () => mergeFieldSpecs(fss, tcfg.commonLabels));
  }
  if (entry.includeTemplates) {
    fss = withPrefix('failed to merge template fieldSpec', () => mergeFieldSpecs(fss, tcfg.templateLabels));
  }
  return withPrefix('failed to merge labels', () => mergeFieldSpec(fss, { path: 'metadata/labels', create: true }));
}

function withPrefix<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof KustomizeError) throw new KustomizeError(e.code, `${prefix}: ${e.message}`, { cause: e });
    throw e;
  }
}
