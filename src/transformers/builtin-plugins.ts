/**
 * `transformers:` entries with `apiVersion: builtin` for the fieldspec-driven kinds: each config
 * is read as kustomize's builtin plugin reads it (sigs.k8s.io/yaml into the plugin struct: unknown
 * fields ignored, case-insensitive names, wrong types rejected; go-yaml v3 for the prefix/suffix
 * plugins) and runs with its own fieldSpecs only (the kustomization's transformer config does not
 * apply). src/accumulate/plugins.ts handles the other builtin kinds.
 * @see kustomize api/internal/builtins/*.go, api/internal/plugins/builtinhelpers/builtins.go
 */
import { type Json, type JsonObject, getOwn, isObject } from '../core/json.js';
import { KustomizeError, isKustomizeError } from '../core/errors.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec } from '../fieldspec/types.js';
import { type GoSchema, decodeGo } from '../fieldspec/go-json.js';
import {
  FIELD_SPECS_SCHEMA,
  FS_SLICE_SCHEMA,
  GO_BOOL,
  GO_STRING,
  IMAGE_SCHEMA,
  OBJECT_META_SCHEMA,
  REPLICA_SCHEMA,
  goStruct,
} from '../fieldspec/go-types.js';
import { normalizeFieldSpecs } from '../fieldspec/config.js';
import { applyNamespace, type RoleBindingSubjectMode } from './namespace.js';
import { applyPrefix, applySuffix } from './prefix-suffix.js';
import { applyLabels } from './labels.js';
import { applyAnnotations } from './annotations.js';
import { applyImages, type ImageTag } from './images.js';
import { applyReplicas } from './replicas.js';

/** The builtin kinds handled here. */
export const FIELD_SPEC_TRANSFORMER_KINDS = [
  'PrefixSuffixTransformer',
  'PrefixTransformer',
  'SuffixTransformer',
  'LabelTransformer',
  'AnnotationsTransformer',
  'NamespaceTransformer',
  'ImageTagTransformer',
  'ReplicaCountTransformer',
] as const;

export type FieldSpecTransformerKind = (typeof FIELD_SPEC_TRANSFORMER_KINDS)[number];

/** A configured transformer, ready to run on a resource map (mutates it in place). */
export type ConfiguredTransformer = (map: ResourceMap) => void;

export interface BuiltinConfigOptions {
  /** File the config came from, for errors. */
  file?: string;
}

/** True for the builtin kinds this module configures. */
export function isFieldSpecTransformerKind(kind: string): kind is FieldSpecTransformerKind {
  return (FIELD_SPEC_TRANSFORMER_KINDS as readonly string[]).includes(kind);
}

function pluginSchema(name: string, fields: Record<string, GoSchema>): GoSchema {
  return goStruct(name, `builtins.${name}`, fields);
}

const STRING_MAP: GoSchema = { t: 'map', goType: 'map[string]string', elem: { t: 'string' } };
const PREFIX_SCHEMA = pluginSchema('PrefixTransformerPlugin', { prefix: GO_STRING, fieldSpecs: FS_SLICE_SCHEMA });
const SUFFIX_SCHEMA = pluginSchema('SuffixTransformerPlugin', { suffix: GO_STRING, fieldSpecs: FS_SLICE_SCHEMA });
const LABEL_SCHEMA = pluginSchema('LabelTransformerPlugin', { labels: STRING_MAP, fieldSpecs: FIELD_SPECS_SCHEMA });
const ANNOTATIONS_SCHEMA = pluginSchema('AnnotationsTransformerPlugin', {
  annotations: STRING_MAP,
  fieldSpecs: FIELD_SPECS_SCHEMA,
});
const NAMESPACE_SCHEMA = pluginSchema('NamespaceTransformerPlugin', {
  metadata: OBJECT_META_SCHEMA,
  fieldSpecs: FIELD_SPECS_SCHEMA,
  unsetOnly: GO_BOOL,
  setRoleBindingSubjects: GO_STRING,
});
const IMAGE_TAG_SCHEMA = pluginSchema('ImageTagTransformerPlugin', { imageTag: IMAGE_SCHEMA, fieldSpecs: FIELD_SPECS_SCHEMA });
const REPLICA_COUNT_SCHEMA = pluginSchema('ReplicaCountTransformerPlugin', {
  replica: REPLICA_SCHEMA,
  fieldSpecs: FIELD_SPECS_SCHEMA,
});

type Decoded = Record<string, unknown>;

/**
 * The plugins whose Config() uses kyaml's yaml.Unmarshal (go-yaml v3: exact field names, numbers
 * read as strings) instead of sigs.k8s.io/yaml; checked with kubectl kustomize v5.5.0.
 */
const YAML_DECODED = new Set<string>(['PrefixTransformer', 'SuffixTransformer', 'PrefixSuffixTransformer']);

/**
 * Reads a builtin transformer config and returns the configured transformer, or undefined when
 * the kind is not one of FIELD_SPEC_TRANSFORMER_KINDS. Config errors are
 * INVALID_TRANSFORMER_CONFIG, worded like kustomize's `plugin <id> fails configuration: ...`.
 * kustomize configures every transformer before running any; callers can do the same.
 */
export function configureBuiltinTransformer(
  config: JsonObject,
  options: BuiltinConfigOptions = {},
): ConfiguredTransformer | undefined {
  const kind = getOwn(config, 'kind');
  if (typeof kind !== 'string' || !isFieldSpecTransformerKind(kind)) return undefined;
  try {
    return configureFieldSpecTransformer(kind, config, options);
  } catch (e) {
    if (!isKustomizeError(e)) throw e;
    throw new KustomizeError(e.code, `plugin ${configIdString(config)} fails configuration: ${e.message}`, {
      file: options.file,
      field: e.field,
      cause: e,
    });
  }
}

/**
 * Configures and runs one builtin transformer config on the map, in place. Returns false (and
 * does nothing) for kinds not handled here.
 */
export function applyBuiltinTransformerConfig(
  map: ResourceMap,
  config: JsonObject,
  options: BuiltinConfigOptions = {},
): boolean {
  const t = configureBuiltinTransformer(config, options);
  if (!t) return false;
  t(map);
  return true;
}

/**
 * Decodes and checks the config of one of FIELD_SPEC_TRANSFORMER_KINDS (kustomize's Config), and
 * returns the transformer. Errors are not yet prefixed with the plugin's id; their `field` is the
 * path inside the config.
 */
export function configureFieldSpecTransformer(
  kind: FieldSpecTransformerKind,
  config: JsonObject,
  options: BuiltinConfigOptions = {},
): ConfiguredTransformer {
  const decode = (schema: GoSchema): Decoded =>
    (decodeGo(config, schema, { strict: false, file: options.file, mode: YAML_DECODED.has(kind) ? 'yaml' : 'json' }) ??
      {}) as Decoded;
  switch (kind) {
    case 'PrefixTransformer': {
      const p = decodeAffix(decode(PREFIX_SCHEMA), 'prefix');
      return (m) => applyPrefix(m, { prefix: p.value, fieldSpecs: p.fieldSpecs });
    }
    case 'SuffixTransformer': {
      const s = decodeAffix(decode(SUFFIX_SCHEMA), 'suffix');
      return (m) => applySuffix(m, { suffix: s.value, fieldSpecs: s.fieldSpecs });
    }
    case 'PrefixSuffixTransformer': {
      // kustomize's MultiTransformer: a PrefixTransformer and a SuffixTransformer on the same config.
      const p = decodeAffix(decode(PREFIX_SCHEMA), 'prefix');
      const s = decodeAffix(decode(SUFFIX_SCHEMA), 'suffix');
      return (m) => {
        applyPrefix(m, { prefix: p.value, fieldSpecs: p.fieldSpecs });
        applySuffix(m, { suffix: s.value, fieldSpecs: s.fieldSpecs });
      };
    }
    case 'LabelTransformer': {
      const d = decode(LABEL_SCHEMA);
      const labels = (d['labels'] ?? {}) as Record<string, string>;
      const fieldSpecs = fieldSpecsOf(d);
      return (m) => applyLabels(m, { labels, fieldSpecs });
    }
    case 'AnnotationsTransformer': {
      const d = decode(ANNOTATIONS_SCHEMA);
      const annotations = (d['annotations'] ?? {}) as Record<string, string>;
      const fieldSpecs = fieldSpecsOf(d);
      return (m) => applyAnnotations(m, { annotations, fieldSpecs });
    }
    case 'NamespaceTransformer': {
      let d: Decoded;
      try {
        d = decode(NAMESPACE_SCHEMA);
      } catch (e) {
        if (!isKustomizeError(e)) throw e;
        throw new KustomizeError(e.code, `unmarshalling NamespaceTransformer config: ${e.message}`, {
          file: e.file,
          field: e.field,
          cause: e,
        });
      }
      const meta = (d['metadata'] ?? {}) as Record<string, Json>;
      const namespace = typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
      const mode = roleBindingMode((d['setRoleBindingSubjects'] as string | undefined) ?? '');
      const unsetOnly = d['unsetOnly'] === true;
      const fieldSpecs = fieldSpecsOf(d);
      return (m) => applyNamespace(m, { namespace, fieldSpecs, unsetOnly, setRoleBindingSubjects: mode });
    }
    case 'ImageTagTransformer': {
      const d = decode(IMAGE_TAG_SCHEMA);
      const image = { name: '', ...((d['imageTag'] ?? {}) as Partial<ImageTag>) };
      const fieldSpecs = fieldSpecsOf(d);
      return (m) => applyImages(m, { image, fieldSpecs });
    }
    case 'ReplicaCountTransformer': {
      const d = decode(REPLICA_COUNT_SCHEMA);
      const replica = (d['replica'] ?? {}) as { name?: string; count?: number };
      const fieldSpecs = fieldSpecsOf(d);
      return (m) => applyReplicas(m, { name: replica.name ?? '', count: replica.count ?? 0, fieldSpecs });
    }
  }
}

function fieldSpecsOf(d: Decoded): FieldSpec[] {
  const l = d['fieldSpecs'];
  return Array.isArray(l) ? normalizeFieldSpecs(l) : [];
}

/** Prefix/Suffix plugins require `fieldSpecs` (an empty list is fine, absent or null is not). */
function decodeAffix(d: Decoded, key: 'prefix' | 'suffix'): { value: string; fieldSpecs: FieldSpec[] } {
  if (!Array.isArray(d['fieldSpecs'])) {
    throw new KustomizeError('INVALID_TRANSFORMER_CONFIG', 'fieldSpecs is not expected to be nil', { field: ['fieldSpecs'] });
  }
  return { value: (d[key] as string | undefined) ?? '', fieldSpecs: fieldSpecsOf(d) };
}

function roleBindingMode(v: string): RoleBindingSubjectMode {
  if (v === '') return 'defaultOnly';
  if (v === 'defaultOnly' || v === 'allServiceAccounts' || v === 'none') return v;
  throw new KustomizeError(
    'INVALID_TRANSFORMER_CONFIG',
    `invalid value "${v}" for setRoleBindingSubjects: must be one of "defaultOnly", "none" or "allServiceAccounts"`,
    { field: ['setRoleBindingSubjects'] },
  );
}

/** The config's ResId string as kustomize prints it (`apiVersion: builtin` is a version). */
export function configIdString(config: JsonObject): string {
  const str = (v: Json | undefined): string => (typeof v === 'string' ? v : '');
  const apiVersion = str(getOwn(config, 'apiVersion'));
  const i = apiVersion.indexOf('/');
  const group = i > -1 ? apiVersion.slice(0, i) : '';
  const version = i > -1 ? apiVersion.slice(i + 1) : apiVersion;
  const meta = getOwn(config, 'metadata');
  const name = isObject(meta) ? str(getOwn(meta, 'name')) : '';
  const namespace = isObject(meta) ? str(getOwn(meta, 'namespace')) : '';
  return `${str(getOwn(config, 'kind')) || '[noKind]'}.${version || '[noVer]'}.${group || '[noGrp]'}/${name || '[noName]'}.${namespace || '[noNs]'}`;
}
