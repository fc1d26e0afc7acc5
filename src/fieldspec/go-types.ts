/**
 * kustomize's Go types (api/types, kyaml/resid) as {@link GoSchema}s for {@link decodeGo}: the
 * shapes transformer configurations and builtin plugin configs are decoded into. Embedded
 * (`json:",inline"`) structs are kept as embeds, since sigs.k8s.io/yaml treats promoted fields
 * differently (see go-json.ts).
 * @see kustomize api/types/{fieldspec,selector,image,replica,objectmeta,generatorargs,generatoroptions,replacement}.go, kyaml/resid
 */
import type { GoSchema, GoStruct } from './go-json.js';

export const GO_STRING: GoSchema = { t: 'string' };
export const GO_BOOL: GoSchema = { t: 'bool' };
const STRINGS: GoSchema = { t: 'slice', goType: '[]string', elem: GO_STRING };
const STRING_MAP: GoSchema = { t: 'map', goType: 'map[string]string', elem: GO_STRING };

/** A struct type; `embeds` are its anonymous (inline) struct fields. */
export function goStruct(
  name: string,
  goType: string,
  fields: Record<string, GoSchema>,
  embeds?: readonly GoStruct[],
): GoStruct {
  return embeds ? { t: 'struct', name, goType, fields, embeds } : { t: 'struct', name, goType, fields };
}

export function goSlice(elem: GoSchema, goType: string): GoSchema {
  return { t: 'slice', goType, elem };
}

/** resid.Gvk */
export const GVK_SCHEMA = goStruct('Gvk', 'resid.Gvk', { group: GO_STRING, version: GO_STRING, kind: GO_STRING });

/** resid.ResId */
export const RESID_SCHEMA = goStruct('ResId', 'resid.ResId', { name: GO_STRING, namespace: GO_STRING }, [GVK_SCHEMA]);

/** types.Selector */
export const SELECTOR_SCHEMA = goStruct(
  'Selector',
  'types.Selector',
  { annotationSelector: GO_STRING, labelSelector: GO_STRING },
  [RESID_SCHEMA],
);

/** types.FieldSpec */
export const FIELD_SPEC_SCHEMA = goStruct('FieldSpec', 'types.FieldSpec', { path: GO_STRING, create: GO_BOOL }, [GVK_SCHEMA]);

/** types.FsSlice */
export const FS_SLICE_SCHEMA: GoSchema = goSlice(FIELD_SPEC_SCHEMA, 'types.FsSlice');

/** []types.FieldSpec */
export const FIELD_SPECS_SCHEMA: GoSchema = goSlice(FIELD_SPEC_SCHEMA, '[]types.FieldSpec');

/** types.ObjectMeta */
export const OBJECT_META_SCHEMA = goStruct('ObjectMeta', 'types.ObjectMeta', {
  name: GO_STRING,
  namespace: GO_STRING,
  labels: STRING_MAP,
  annotations: STRING_MAP,
});

/** types.Image */
export const IMAGE_SCHEMA = goStruct('Image', 'types.Image', {
  name: GO_STRING,
  newName: GO_STRING,
  tagSuffix: GO_STRING,
  newTag: GO_STRING,
  digest: GO_STRING,
});

/** types.Replica */
export const REPLICA_SCHEMA = goStruct('Replica', 'types.Replica', { name: GO_STRING, count: { t: 'int64' } });

/** types.GeneratorOptions */
export const GENERATOR_OPTIONS_SCHEMA = goStruct('GeneratorOptions', 'types.GeneratorOptions', {
  labels: STRING_MAP,
  annotations: STRING_MAP,
  disableNameSuffixHash: GO_BOOL,
  immutable: GO_BOOL,
});

/** types.KvPairSources */
const KV_PAIR_SOURCES_SCHEMA = goStruct('KvPairSources', 'types.KvPairSources', {
  literals: STRINGS,
  files: STRINGS,
  envs: STRINGS,
  env: GO_STRING,
});

/** types.GeneratorArgs */
const GENERATOR_ARGS_SCHEMA = goStruct(
  'GeneratorArgs',
  'types.GeneratorArgs',
  { namespace: GO_STRING, name: GO_STRING, behavior: GO_STRING, options: GENERATOR_OPTIONS_SCHEMA },
  [KV_PAIR_SOURCES_SCHEMA],
);

/** types.ConfigMapArgs */
export const CONFIG_MAP_ARGS_SCHEMA = goStruct('ConfigMapArgs', 'types.ConfigMapArgs', {}, [GENERATOR_ARGS_SCHEMA]);

/** types.SecretArgs */
export const SECRET_ARGS_SCHEMA = goStruct('SecretArgs', 'types.SecretArgs', { type: GO_STRING }, [GENERATOR_ARGS_SCHEMA]);

/** types.FieldOptions */
const FIELD_OPTIONS_SCHEMA = goStruct('FieldOptions', 'types.FieldOptions', {
  delimiter: GO_STRING,
  index: { t: 'int' },
  encoding: GO_STRING,
  create: GO_BOOL,
});

/** types.SourceSelector */
const SOURCE_SELECTOR_SCHEMA = goStruct(
  'SourceSelector',
  'types.SourceSelector',
  { fieldPath: GO_STRING, options: FIELD_OPTIONS_SCHEMA },
  [RESID_SCHEMA],
);

/** types.TargetSelector */
const TARGET_SELECTOR_SCHEMA = goStruct('TargetSelector', 'types.TargetSelector', {
  select: SELECTOR_SCHEMA,
  reject: goSlice(SELECTOR_SCHEMA, '[]*types.Selector'),
  fieldPaths: STRINGS,
  options: FIELD_OPTIONS_SCHEMA,
});

/** types.Replacement */
export const REPLACEMENT_SCHEMA = goStruct('Replacement', 'types.Replacement', {
  source: SOURCE_SELECTOR_SCHEMA,
  targets: goSlice(TARGET_SELECTOR_SCHEMA, '[]*types.TargetSelector'),
});

/** types.ReplacementField: a replacement inline, or the path of a file holding replacements. */
export const REPLACEMENT_FIELD_SCHEMA = goStruct('ReplacementField', 'types.ReplacementField', { path: GO_STRING }, [
  REPLACEMENT_SCHEMA,
]);
