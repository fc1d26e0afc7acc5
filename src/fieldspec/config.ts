/**
 * Transformer configs: kustomize's defaults, user `configurations` files, and their merge.
 * @see kustomize api/internal/plugins/builtinconfig/{transformerconfig,loaddefaultconfig}.go
 */
import type { Json } from '../core/json.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { type GoSchema, decodeGo } from './go-json.js';
import { FS_SLICE_SCHEMA } from './go-types.js';
import { emptyTransformerConfig, freezeTransformerConfig, mergeTransformerConfigs, sortTransformerConfig } from './merge.js';
import {
  type FieldSpec,
  type NameBackReferences,
  type TransformerConfig,
  FIELD_SPEC_LIST_KEYS,
} from './types.js';
import { NAME_PREFIX_FIELD_SPECS, NAME_SUFFIX_FIELD_SPECS } from './defaults/name-prefix.js';
import { COMMON_LABEL_SELECTOR_FIELD_SPECS } from './defaults/common-labels.js';
import { METADATA_LABEL_FIELD_SPECS } from './defaults/metadata-labels.js';
import { COMMON_ANNOTATION_FIELD_SPECS } from './defaults/common-annotations.js';
import { NAMESPACE_FIELD_SPECS } from './defaults/namespace.js';
import { VAR_REFERENCE_FIELD_SPECS } from './defaults/var-reference.js';
import { NAME_REFERENCE_BACK_REFERENCES } from './defaults/name-reference.js';
import { IMAGE_FIELD_SPECS } from './defaults/images.js';
import { REPLICA_FIELD_SPECS } from './defaults/replicas.js';

const copyAll = (l: readonly FieldSpec[]): FieldSpec[] => l.map((f) => ({ ...f }));

/**
 * kustomize's default TransformerConfig (MakeDefaultConfig), lists sorted by GVK as kustomize
 * sorts them. A fresh deep copy on every call: callers may mutate it.
 */
export function defaultTransformerConfig(): TransformerConfig {
  const t = emptyTransformerConfig();
  t.namePrefix = copyAll(NAME_PREFIX_FIELD_SPECS);
  t.nameSuffix = copyAll(NAME_SUFFIX_FIELD_SPECS);
  t.namespace = copyAll(NAMESPACE_FIELD_SPECS);
  // commonlabels.go appends the metadata labels list to the selector list.
  t.commonLabels = copyAll([...COMMON_LABEL_SELECTOR_FIELD_SPECS, ...METADATA_LABEL_FIELD_SPECS]);
  t.templateLabels = copyAll(METADATA_LABEL_FIELD_SPECS);
  t.commonAnnotations = copyAll(COMMON_ANNOTATION_FIELD_SPECS);
  t.varReference = copyAll(VAR_REFERENCE_FIELD_SPECS);
  t.nameReference = NAME_REFERENCE_BACK_REFERENCES.map((b) => ({ ...b, fieldSpecs: copyAll(b.fieldSpecs) }));
  t.images = copyAll(IMAGE_FIELD_SPECS);
  t.replicas = copyAll(REPLICA_FIELD_SPECS);
  return sortTransformerConfig(t);
}

const NBR_SCHEMA: GoSchema = {
  t: 'struct',
  name: 'NameBackReferences',
  goType: 'builtinconfig.NameBackReferences',
  fields: {
    group: { t: 'string' },
    version: { t: 'string' },
    kind: { t: 'string' },
    fieldSpecs: FS_SLICE_SCHEMA,
  },
};

const TRANSFORMER_CONFIG_SCHEMA: GoSchema = {
  t: 'struct',
  name: 'TransformerConfig',
  goType: 'builtinconfig.TransformerConfig',
  fields: {
    namePrefix: FS_SLICE_SCHEMA,
    nameSuffix: FS_SLICE_SCHEMA,
    namespace: FS_SLICE_SCHEMA,
    commonLabels: FS_SLICE_SCHEMA,
    labels: FS_SLICE_SCHEMA,
    templateLabels: FS_SLICE_SCHEMA,
    commonAnnotations: FS_SLICE_SCHEMA,
    nameReference: { t: 'slice', goType: 'builtinconfig.nbrSlice', elem: NBR_SCHEMA },
    varReference: FS_SLICE_SCHEMA,
    images: FS_SLICE_SCHEMA,
    replicas: FS_SLICE_SCHEMA,
  },
};

/**
 * Parses one `configurations` file into a TransformerConfig, lists sorted by GVK. `source` is the
 * file's text (read as kustomize reads it: sigs.k8s.io/yaml, YAML 1.1, first document only) or an
 * already-decoded JSON value. Unknown fields are errors (UNKNOWN_FIELD), wrong types are
 * INVALID_TRANSFORMER_CONFIG, YAML errors YAML_SYNTAX; an empty document is an empty config.
 */
export function parseTransformerConfig(source: string | Json, file?: string): TransformerConfig {
  const doc = typeof source === 'string' ? parseKustomizationText(source, file ?? '') : source;
  const decoded = decodeGo(doc, TRANSFORMER_CONFIG_SCHEMA, { strict: true, file }) as Record<string, unknown> | undefined;
  const t = emptyTransformerConfig();
  if (decoded) {
    for (const k of FIELD_SPEC_LIST_KEYS) {
      const l = decoded[k];
      if (Array.isArray(l)) t[k] = normalizeFieldSpecs(l);
    }
    const nr = decoded['nameReference'];
    if (Array.isArray(nr)) {
      t.nameReference = (nr as Partial<NameBackReferences>[]).map((b) => ({
        ...b,
        fieldSpecs: normalizeFieldSpecs(b.fieldSpecs ?? []),
      }));
    }
  }
  return sortTransformerConfig(t);
}

/** Decoded fieldspecs with the zero value filled in for a missing `path`. */
export function normalizeFieldSpecs(list: readonly unknown[]): FieldSpec[] {
  return list.map((f) => {
    const o = f as Partial<FieldSpec>;
    return { ...o, path: o.path ?? '' };
  });
}

let sharedDefaults: TransformerConfig | undefined;

/**
 * kustomize's MakeTransformerConfig: the user configs merged one after another into an empty
 * config, then that merged into the defaults. With no user configs, the defaults. The result is
 * immutable (deeply frozen, see freezeTransformerConfig); the defaults are one shared instance.
 */
export function makeTransformerConfig(userConfigs: readonly TransformerConfig[] = []): TransformerConfig {
  const defaults = (sharedDefaults ??= freezeTransformerConfig(defaultTransformerConfig()));
  if (userConfigs.length === 0) return defaults;
  let user = emptyTransformerConfig();
  for (const c of userConfigs) user = mergeTransformerConfigs(user, c);
  return mergeTransformerConfigs(defaults, user);
}
